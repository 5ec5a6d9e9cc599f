#include "sandbox/SandboxTrust.h"

#include "files/FileWriter.h"
#include "sandbox/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>

namespace {

const QString kCertificateFile = QStringLiteral("trust-certificate.pem");
const QString kKeyFile = QStringLiteral("trust-certificate-key.pem");

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
}

bool SandboxTrust::renew(const QString &dataDirectory, const QString &subaccountId, const QDateTime &now,
                         QString *error)
{
    // Named as SAP names a subaccount's destination trust: cfapps.<region host>/<subaccount id>.
    const auto generated = CertificateFactory::createSelfSigned(
        QStringLiteral("cfapps.sandbox.localhost/") + subaccountId, now.addSecs(-60), now.addYears(2), error);
    if (!generated)
        return false;
    if (!dataDirectory.isEmpty()) {
        const QDir dir(dataDirectory);
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!dir.mkpath(QStringLiteral("."))
            || !FileWriter::write(dir.filePath(kKeyFile), generated->privateKeyPem, ownerOnly).ok
            || !FileWriter::write(dir.filePath(kCertificateFile), generated->certificatePem, QFileDevice::Permissions())
                    .ok) {
            if (error)
                *error = tr("Cannot write the trust certificate into %1.").arg(dataDirectory);
            return false;
        }
    }
    m_certificatePem = generated->certificatePem;
    m_keyPem = generated->privateKeyPem;
    return true;
}
