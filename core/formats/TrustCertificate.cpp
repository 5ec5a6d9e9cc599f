#include "formats/TrustCertificate.h"

#include "files/BoundedFile.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <openssl/x509.h>

namespace {

QString exportHint()
{
    return QCoreApplication::translate(
        "TrustCertificate",
        "Export the trust certificate from the SAP BTP cockpit: Connectivity > Destination Trust > Export.");
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // Qt gives the attributes one by one; join them the way certificate viewers show a name.
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const auto &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const auto &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

// A DER blob that QSslCertificate accepts can still be a fragment; OpenSSL says whether all of it parsed.
bool isCompleteDer(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *parsed = d2i_X509(nullptr, &cursor, der.size());
    if (!parsed)
        return false;
    X509_free(parsed);
    return true;
}

} // namespace

TrustCertificate TrustCertificate::failure(Error error, const QString &message)
{
    TrustCertificate certificate;
    certificate.m_error = error;
    certificate.m_errorMessage = message;
    return certificate;
}

TrustCertificate TrustCertificate::fromFile(const QString &path)
{
    QByteArray content;
    QString error;
    if (!BoundedFile::read(path, BoundedFile::SmallFile, &content, &error))
        return failure(Error::FileUnreadable, error);
    return fromData(content);
}

TrustCertificate TrustCertificate::fromData(const QByteArray &data)
{
    QByteArray text = data;
    text.replace("\r\n", "\n").replace('\r', '\n');
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(Error::Empty, tr("The certificate is empty. %1").arg(exportHint()));

    if (trimmed.contains("PRIVATE KEY-----"))
        return failure(
            Error::PrivateKey,
            tr("This holds a private key, not a certificate. Never share a private key. %1").arg(exportHint()));

    QByteArray der;
    const int begin = trimmed.indexOf("-----BEGIN CERTIFICATE-----");
    if (begin >= 0) {
        const int bodyStart = begin + int(qstrlen("-----BEGIN CERTIFICATE-----"));
        const int end = trimmed.indexOf("-----END CERTIFICATE-----", bodyStart);
        if (end < 0)
            return failure(Error::Truncated,
                           tr("The certificate is cut off: its END CERTIFICATE line is missing. "
                              "Copy or export it again, completely."));
        der = QByteArray::fromBase64(trimmed.mid(bodyStart, end - bodyStart).simplified().replace(' ', ""));
    } else if (trimmed.contains("-----BEGIN ")) {
        return failure(Error::PublicKeyOrRequest,
                       tr("This is a different kind of file (a public key or a certificate request), not the trust "
                          "certificate. %1")
                           .arg(exportHint()));
    } else if (!trimmed.isEmpty() && static_cast<unsigned char>(trimmed.at(0)) == 0x30) {
        der = data; // DER: binary, starts with an ASN.1 SEQUENCE
    } else {
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/=\\s]+$"));
        if (!base64.match(QString::fromLatin1(trimmed)).hasMatch())
            return failure(Error::NotACertificate, tr("This is not a certificate. %1").arg(exportHint()));
        der = QByteArray::fromBase64(trimmed.simplified().replace(' ', ""));
    }

    if (!isCompleteDer(der)) {
        // Base64 that decodes to the start of a certificate means the copy was cut short.
        const bool looksLikeStart = der.size() > 4 && static_cast<unsigned char>(der.at(0)) == 0x30;
        return looksLikeStart ? failure(Error::Truncated,
                                        tr("The certificate is incomplete: part of it is missing. "
                                           "Copy or export it again, completely."))
                              : failure(Error::NotACertificate, tr("This is not a certificate. %1").arg(exportHint()));
    }
    const QSslCertificate parsed(der, QSsl::Der);
    if (parsed.isNull())
        return failure(Error::NotACertificate, tr("This is not a certificate. %1").arg(exportHint()));
    TrustCertificate certificate;
    certificate.m_certificate = parsed;
    certificate.m_error = Error::None;
    return certificate;
}

QString TrustCertificate::subject() const
{
    return distinguishedName(m_certificate, false);
}

QString TrustCertificate::subjectCommonName() const
{
    const QStringList names = m_certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? subject() : names.first();
}

QString TrustCertificate::subaccountId() const
{
    static const QRegularExpression destinationTrust(QStringLiteral(
        "^cfapps\\.[^/\\s]+/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"));
    const QRegularExpressionMatch match = destinationTrust.match(subjectCommonName());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString TrustCertificate::issuer() const
{
    return distinguishedName(m_certificate, true);
}

qint64 TrustCertificate::daysLeft(const QDateTime &now) const
{
    const qint64 seconds = now.secsTo(validUntil());
    // Whole days either way; an expired certificate never shows 0, so "expired an hour ago" is -1.
    return seconds >= 0 ? seconds / 86400 : -std::max<qint64>(1, -seconds / 86400);
}

TrustCertificate::Status TrustCertificate::status(const QDateTime &now) const
{
    if (now < validFrom())
        return Status::NotYetValid;
    if (now >= validUntil())
        return Status::Expired;
    if (daysLeft(now) < ExpiryWarningDays)
        return Status::ExpiringSoon;
    return Status::Valid;
}

QString TrustCertificate::statusText(const QDateTime &now) const
{
    const QLocale locale;
    const qint64 days = daysLeft(now);
    switch (status(now)) {
    case Status::Valid:
        return tr("The certificate is valid for %n more day(s).", nullptr, int(days));
    case Status::ExpiringSoon:
        return tr("The certificate expires in %n day(s), on %1. Renew it soon in the SAP BTP cockpit "
                  "(Connectivity > Destination Trust > Rotate, so nothing stops), then update it in every task "
                  "provider; until then tasks keep working.",
                  nullptr, int(days))
            .arg(locale.toString(validUntil().toLocalTime().date(), QLocale::LongFormat));
    case Status::Expired:
        return tr("The certificate expired on %1. SAP Task Center cannot read or update tasks with it. Renew it in the "
                  "SAP BTP cockpit (Connectivity > Destination Trust), export the new one and open it here.")
            .arg(locale.toString(validUntil().toLocalTime().date(), QLocale::LongFormat));
    case Status::NotYetValid:
        return tr("The certificate is not valid before %1. Check the date and time of this computer, or export the "
                  "active certificate again.")
            .arg(locale.toString(validFrom().toLocalTime(), QLocale::LongFormat));
    }
    return {};
}

QString TrustCertificate::sha256Fingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TrustCertificate::base64Body() const
{
    return QString::fromLatin1(m_certificate.toDer().toBase64());
}
