#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>

// The SAP BTP subaccount's destination trust certificate, as an administrator opens or pastes it:
// PEM, DER, CRLF line ends, or the bare base64 body. Source of the export: SAP BTP Connectivity,
// "Manage Trust" (loio 82dbeca): Connectivity > Destination Trust > Export gives a .pem file.
class TrustCertificate
{
    Q_DECLARE_TR_FUNCTIONS(TrustCertificate)

public:
    enum class Error { None, FileUnreadable, Empty, PrivateKey, PublicKeyOrRequest, Truncated, NotACertificate };
    enum class Status { Valid, ExpiringSoon, Expired, NotYetValid };
    // SAP's own expiry notices start 14 days ahead; a month leaves time to rotate in every provider.
    static constexpr int ExpiryWarningDays = 30;

    static TrustCertificate fromData(const QByteArray &data);
    static TrustCertificate fromFile(const QString &path);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // What is wrong and what to do next, in plain words.
    QString errorMessage() const { return m_errorMessage; }

    QString subject() const;
    QString subjectCommonName() const;
    // The subaccount whose destination trust this is, as SAP names it in the subject:
    // CN=cfapps.<region>.hana.ondemand.com/<subaccount id>; empty for any other certificate. Source: a
    // certificate the btp CLI returned, recorded in reference/sap-updates-2026.md ("Trust endpoints").
    QString subaccountId() const;
    QString issuer() const;
    QDateTime validFrom() const { return m_certificate.effectiveDate().toUTC(); }
    QDateTime validUntil() const { return m_certificate.expiryDate().toUTC(); }
    // Whole days until expiry; negative once expired.
    qint64 daysLeft(const QDateTime &now) const;
    Status status(const QDateTime &now) const;
    QString statusText(const QDateTime &now) const;
    // Upper-case hex pairs joined by ':', as the cockpit and openssl show it.
    QString sha256Fingerprint() const;
    QByteArray toPem() const { return m_certificate.toPem(); }
    // The base64 between BEGIN and END on one line: what SuccessFactors' X.509 Certificate field takes.
    QString base64Body() const;
    QSslCertificate certificate() const { return m_certificate; }

private:
    static TrustCertificate failure(Error error, const QString &message);

    QSslCertificate m_certificate;
    Error m_error = Error::Empty;
    QString m_errorMessage;
};
