#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

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
