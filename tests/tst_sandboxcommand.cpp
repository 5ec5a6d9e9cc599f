// `taskcenter-connect sandbox`: the real executable serves the sandbox subaccount, writes its service key,
// answers real HTTP and stops cleanly on SIGTERM and SIGINT, as scripts and the Cloud SDK check use it.
#include "ClientCredentialsForm.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <csignal>

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    void startSandbox(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Keep the sandbox's data folder (AppDataLocation) inside the test folder.
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(TCC_APP_BINARY));
        process.setArguments(arguments);
        process.start();
    }

    QPair<int, QByteArray> send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(20000);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        const QPair<int, QByteArray> answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                              reply->readAll() };
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void help()
    {
        QProcess process;
        startSandbox(process, { QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.readAllStandardOutput().contains("sandbox [--port N] [--seed empty|demo] [--write-key FILE]"));
        startSandbox(process, { QStringLiteral("sandbox"), QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(30000));
        const QByteArray verbHelp = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        for (const char *option : { "--port", "--seed", "--write-key" })
            QVERIFY2(verbHelp.contains(option), option);
    }

    void servesUntilStopped_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    }

    void servesUntilStopped()
    {
        QFETCH(int, signal);
        const QString keyPath = m_dir.filePath(QStringLiteral("keys/%1/key.json").arg(signal));
        QProcess process;
        startSandbox(process,
                     { QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--write-key"), keyPath });
        QVERIFY(process.waitForStarted(10000));
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(keyPath) && process.state() == QProcess::Running && timer.elapsed() < 30000)
            QTest::qWait(50);
        QFile keyFile(keyPath);
        QVERIFY2(keyFile.open(QIODevice::ReadOnly), qPrintable(process.readAllStandardError()));
        const QJsonObject key = QJsonDocument::fromJson(keyFile.readAll()).object();
        QVERIFY(keyFile.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!keyFile.permissions().testFlag(QFileDevice::ReadOther));
        const QUrl url(key.value(QStringLiteral("url")).toString());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);

        const auto token
            = send("POST", QUrl(url.toString() + QStringLiteral("/oauth/token")), clientCredentialsForm(key),
                   { { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(token.first, 200);
        const QByteArray bearer = "Bearer "
            + QJsonDocument::fromJson(token.second)
                  .object()
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
        const QUrl list(key.value(QStringLiteral("uri")).toString()
                        + QStringLiteral("/destination-configuration/v1/subaccountDestinations"));
        const auto destinations = send("GET", list, {}, { { "Authorization", bearer } });
        QCOMPARE(destinations.first, 200);
        QVERIFY(QJsonDocument::fromJson(destinations.second).array().size() >= 5); // the demo seed
        QCOMPARE(send("GET", list, {}, {}).first, 401);
        // Faults over HTTP, as tests of the executable use them.
        QCOMPARE(send("POST", QUrl(url.toString() + QStringLiteral("/sandbox/faults")), "{\"status\":503,\"count\":1}",
                      { { "Content-Type", "application/json" } })
                     .first,
                 200);
        QCOMPARE(send("GET", list, {}, { { "Authorization", bearer } }).first, 503);
        QCOMPARE(send("GET", list, {}, { { "Authorization", bearer } }).first, 200);
        // Its key, for scripts on this computer, and validate --sandbox on it (the demo seed's planted mistakes).
        const auto served = send("GET", QUrl(url.toString() + QStringLiteral("/sandbox/service-key")), {}, {});
        QCOMPARE(served.first, 200);
        QCOMPARE(QJsonDocument::fromJson(served.second).object(), key);
        QCOMPARE(send("GET", QUrl(url.toString() + QStringLiteral("/sandbox/service-key")), {},
                      { { "Host", "attacker.example:80" } })
                     .first,
                 403);
        QProcess validate;
        validate.start(QStringLiteral(TCC_APP_BINARY),
                       { QStringLiteral("validate"), QStringLiteral("--sandbox"), url.toString(),
                         QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(validate.waitForFinished(60000));
        QCOMPARE(validate.exitCode(), 1);
        const QByteArray report = validate.readAllStandardOutput();
        QVERIFY2(report.contains("\"primary-duplicate\""), report.constData());
        QVERIFY(report.contains("\"secondary-missing\""));
        // The trust certificate is kept in the data folder.
        QVERIFY(QFile::exists(
            m_dir.filePath(QStringLiteral("data/TaskCenterConnect/taskcenter-connect/sandbox/trust-certificate.pem"))));

        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("listening on ") + url.toString()), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("Ctrl+C")));
        QVERIFY(output.contains(QStringLiteral("stopped")));
    }

    void validateWithoutASandbox()
    {
        QProcess validate;
        validate.start(
            QStringLiteral(TCC_APP_BINARY),
            { QStringLiteral("validate"), QStringLiteral("--sandbox"), QStringLiteral("http://127.0.0.1:1") });
        QVERIFY(validate.waitForFinished(60000));
        QCOMPARE(validate.exitCode(), 3);
        QVERIFY(validate.readAllStandardError().contains("taskcenter-connect sandbox"));
        validate.start(QStringLiteral(TCC_APP_BINARY),
                       { QStringLiteral("validate"), QStringLiteral("--sandbox"), QStringLiteral("not a url") });
        QVERIFY(validate.waitForFinished(60000));
        QCOMPARE(validate.exitCode(), 2);
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("port not a number")
            << QStringList { QStringLiteral("--port"), QStringLiteral("abc") } << "--port";
        QTest::newRow("port too big") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") } << "--port";
        QTest::newRow("unknown seed") << QStringList { QStringLiteral("--seed"), QStringLiteral("full") } << "--seed";
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour") } << "colour";
        QTest::newRow("a file") << QStringList { QStringLiteral("key.json") } << "no FILE";
        QTest::newRow("port in use") << QStringList { QStringLiteral("--port"), QStringLiteral("BUSY") }
                                     << "already in use";
    }

    void rejectsBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        arguments.replaceInStrings(QStringLiteral("BUSY"), QString::number(busy.serverPort()));
        QProcess process;
        startSandbox(process, QStringList { QStringLiteral("sandbox") } + arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
