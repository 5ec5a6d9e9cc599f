#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

// Makes real self-signed X.509 certificates with OpenSSL: the built-in sandbox subaccount's trust
// certificate, and test certificates with any validity (also in the past).
namespace CertificateFactory {

struct GeneratedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

std::optional<GeneratedCertificate> createSelfSigned(const QString &commonName, const QDateTime &notBefore,
                                                     const QDateTime &notAfter, QString *error = nullptr);

} // namespace CertificateFactory
