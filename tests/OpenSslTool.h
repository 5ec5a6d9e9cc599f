#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Runs the openssl command line, so tests use certificates made by the real tool, not by our own code.
inline QByteArray runOpenSsl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000))
        qFatal("openssl could not be started");
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// A PKCS#12 key store (.p12) with a fresh EC key and its self-signed certificate, protected by `password`: what an
// administrator exports for a client certificate. `folder` holds the key and certificate files openssl needs.
inline QByteArray makeKeyStore(const QString &folder, const QString &password,
                               const QString &commonName = QStringLiteral("taskcenter-client"))
{
    const QString key = folder + QStringLiteral("/") + commonName + QStringLiteral("-key.pem");
    const QString certificate = folder + QStringLiteral("/") + commonName + QStringLiteral(".pem");
    const QString keyStore = folder + QStringLiteral("/") + commonName + QStringLiteral(".p12");
    runOpenSsl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-subj"),
                 QStringLiteral("/CN=") + commonName, QStringLiteral("-days"), QStringLiteral("30") });
    runOpenSsl({ QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key,
                 QStringLiteral("-in"), certificate, QStringLiteral("-passout"), QStringLiteral("pass:") + password,
                 QStringLiteral("-out"), keyStore });
    QFile file(keyStore);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
