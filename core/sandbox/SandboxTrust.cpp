#include "sandbox/SandboxTrust.h"

#include "files/FileWriter.h"
#include "sandbox/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <optional>
#include <utility>

namespace {

const QString kCertificateFile = QStringLiteral("trust-certificate.pem");
const QString kKeyFile = QStringLiteral("trust-certificate-key.pem");
const QString kPassiveCertificateFile = QStringLiteral("trust-certificate-passive.pem");
const QString kPassiveKeyFile = QStringLiteral("trust-certificate-passive-key.pem");

// A certificate as SAP names a subaccount's destination trust: cfapps.<region host>/<subaccount id>; valid for two
// years (CONN manage-trust-82dbeca).
std::optional<CertificateFactory::GeneratedCertificate> makeCertificate(const QString &subaccountId,
                                                                        const QDateTime &now, QString *error)
{
    return CertificateFactory::createSelfSigned(QStringLiteral("cfapps.sandbox.localhost/") + subaccountId,
                                                now.addSecs(-60), now.addYears(2), error);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void SandboxTrust::load(const QString &dataDirectory, const QString &subaccountId)
{
    if (dataDirectory.isEmpty() || !isEmpty())
        return;
    const QDir dir(dataDirectory);
    m_certificatePem = readFile(dir.filePath(kCertificateFile));
    m_keyPem = readFile(dir.filePath(kKeyFile));
    // One an older version made names no subaccount as SAP's do: made anew.
    const QList<QSslCertificate> stored = QSslCertificate::fromData(m_certificatePem);
    if (stored.isEmpty() || m_keyPem.isEmpty()
        || !stored.first().subjectInfo(QSslCertificate::CommonName).value(0).endsWith(QLatin1Char('/') + subaccountId))
        m_certificatePem.clear();
    m_passiveCertificatePem = readFile(dir.filePath(kPassiveCertificateFile));
    m_passiveKeyPem = readFile(dir.filePath(kPassiveKeyFile));
    if (m_certificatePem.isEmpty() || m_passiveKeyPem.isEmpty())
        m_passiveCertificatePem.clear();
}

bool SandboxTrust::renew(const QString &dataDirectory, const QString &subaccountId, const QDateTime &now,
                         QString *error)
{
    const auto generated = makeCertificate(subaccountId, now, error);
    if (!generated)
        return false;
    SandboxTrust renewed = *this;
    renewed.m_certificatePem = generated->certificatePem;
    renewed.m_keyPem = generated->privateKeyPem;
    if (!renewed.keep(dataDirectory, error))
        return false;
    *this = renewed;
    return true;
}

bool SandboxTrust::makePassive(const QString &dataDirectory, const QString &subaccountId, const QDateTime &now,
                               QString *error)
{
    const auto generated = makeCertificate(subaccountId, now, error);
    if (!generated)
        return false;
    SandboxTrust made = *this;
    made.m_passiveCertificatePem = generated->certificatePem;
    made.m_passiveKeyPem = generated->privateKeyPem;
    if (!made.keep(dataDirectory, error))
        return false;
    *this = made;
    return true;
}

bool SandboxTrust::rotate(const QString &dataDirectory, QString *error)
{
    if (m_passiveCertificatePem.isEmpty())
        return false;
    SandboxTrust rotated = *this;
    std::swap(rotated.m_certificatePem, rotated.m_passiveCertificatePem);
    std::swap(rotated.m_keyPem, rotated.m_passiveKeyPem);
    if (!rotated.keep(dataDirectory, error))
        return false;
    *this = rotated;
    return true;
}

bool SandboxTrust::removePassive(const QString &dataDirectory, QString *error)
{
    if (m_passiveCertificatePem.isEmpty())
        return false;
    SandboxTrust removed = *this;
    removed.m_passiveCertificatePem.clear();
    removed.m_passiveKeyPem.clear();
    if (!removed.keep(dataDirectory, error))
        return false;
    *this = removed;
    return true;
}

// Every file written whole before the change counts; a passive certificate that is gone leaves no file behind.
bool SandboxTrust::keep(const QString &dataDirectory, QString *error) const
{
    if (dataDirectory.isEmpty())
        return true;
    const QDir dir(dataDirectory);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto write = [&dir, ownerOnly](const QString &name, const QByteArray &content, bool secret) {
        return FileWriter::write(dir.filePath(name), content, secret ? ownerOnly : QFileDevice::Permissions()).ok;
    };
    bool ok = dir.mkpath(QStringLiteral(".")) && write(kKeyFile, m_keyPem, true)
        && write(kCertificateFile, m_certificatePem, false);
    if (ok && m_passiveCertificatePem.isEmpty())
        ok = (!QFile::exists(dir.filePath(kPassiveCertificateFile))
              || QFile::remove(dir.filePath(kPassiveCertificateFile)))
            && (!QFile::exists(dir.filePath(kPassiveKeyFile)) || QFile::remove(dir.filePath(kPassiveKeyFile)));
    else if (ok)
        ok = write(kPassiveKeyFile, m_passiveKeyPem, true)
            && write(kPassiveCertificateFile, m_passiveCertificatePem, false);
    if (!ok && error)
        *error = tr("Cannot write the trust certificate into %1.").arg(dataDirectory);
    return ok;
}
