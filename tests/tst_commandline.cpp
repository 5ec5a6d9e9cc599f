// Runs the real taskcenter-connect executable, as scripts and administrators do, and checks exit codes,
// output and written files. Runs under tests/with-keyring.sh, so the keychain path is real too.
#include "OpenSslTool.h"
#include "formats/PropertiesFormat.h"
#include "providers/ProviderDefinition.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// withoutDisplay: as over SSH, neither a display nor a platform chosen.
Run run(const QStringList &arguments, bool withoutDisplay = false, const QProcessEnvironment &environmentToUse = {})
{
    QProcess process;
    if (!environmentToUse.isEmpty())
        process.setProcessEnvironment(environmentToUse);
    if (withoutDisplay) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
    }
    process.setProgram(QStringLiteral(TCC_APP_BINARY));
    process.setArguments(arguments);
    process.start();
    process.waitForFinished(60000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QHash<QString, QString> readProperties(const QString &path)
{
    QFile file(path);
    QHash<QString, QString> values;
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const auto &property : PropertiesFormat::parse(file.readAll()).properties)
        values.insert(property.key, property.value);
    return values;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray setupJson(const QString &extraValues = {}) const
    {
        return QStringLiteral(R"({"format":1,"provider":"successfactors","serviceKeyFile":"key.json",)"
                              R"("trustCertificateFile":"cert.pem","values":{"destinationName":"SF_Cli",)"
                              R"("apiServer":"https://api4.successfactors.com/odata/v2/","companyId":"ACME123",)"
                              R"("technicalUser":"TECHNICAL_USER_INBOX_CEF979F3")"
                              R"(%1}})")
            .arg(extraValues)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        runOpenSsl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=cli-subaccount"), QStringLiteral("-days"), QStringLiteral("400"),
                     QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                     path(QStringLiteral("cert.pem")) });
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeFile(path(QStringLiteral("expiring.pem")),
                  CertificateFactory::createSelfSigned(QStringLiteral("soon"), now.addDays(-300), now.addDays(10))
                      ->certificatePem);
        writeFile(path(QStringLiteral("expired.pem")),
                  CertificateFactory::createSelfSigned(QStringLiteral("old"), now.addDays(-700), now.addDays(-2))
                      ->certificatePem);
        QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        writeFile(path(QStringLiteral("key.json")), key.readAll());
        writeFile(path(QStringLiteral("setup.json")), setupJson());
    }

    void helpAndVersion()
    {
        const auto help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("inspect-cert FILE [--json]")));
        QVERIFY(help.out.contains(QStringLiteral("export SETUP.json --out DIR")));
        const auto exportHelp = run({ QStringLiteral("export"), QStringLiteral("--help") });
        QCOMPARE(exportHelp.exitCode, 0);
        QVERIFY(exportHelp.out.contains(QStringLiteral("--include-secrets")));
        QVERIFY(exportHelp.out.contains(QStringLiteral("--format")));
        const auto version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("taskcenter-connect " TCC_VERSION));
        const auto unknown = run({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("--help")));
        // An unknown option of the window is bad input too.
        QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
        offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto bogus = run({ QStringLiteral("--bogus") }, false, offscreen);
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains(QStringLiteral("bogus")) && bogus.err.contains(QStringLiteral("--help")),
                 qPrintable(bogus.err));
        // Without a screen too, a mistyped option is named as such (not "needs a screen"); Qt's own options pass.
        const auto bogusOverSsh = run({ QStringLiteral("--bogus") }, true);
        QCOMPARE(bogusOverSsh.exitCode, 2);
        QVERIFY2(bogusOverSsh.err.contains(QStringLiteral("Unknown option 'bogus'")), qPrintable(bogusOverSsh.err));
        QVERIFY(!bogusOverSsh.err.contains(QStringLiteral("needs a screen")));
        const auto qtOption = run({ QStringLiteral("-style"), QStringLiteral("fusion") }, true);
        QVERIFY2(qtOption.err.contains(QStringLiteral("needs a screen")), qPrintable(qtOption.err));
        // No screen: what to do instead, not a crash.
        const auto noScreen = run({}, true);
        QCOMPARE(noScreen.exitCode, 2);
        QVERIFY2(noScreen.err.contains(QStringLiteral("needs a screen")), qPrintable(noScreen.err));
        QVERIFY(noScreen.err.contains(QStringLiteral("taskcenter-connect --help")));
    }

    // A certificate or a destination crafted to act on a terminal (clear it, retitle its window, turn text around)
    // is printed as text: every control and bidi override as a visible escape, in every format.
    void outsideTextNeverActsOnTheTerminal()
    {
        const QString crafted = QStringLiteral("\x1b]0;pwned\x07"
                                               "evil\u202etxt.exe\u009b"
                                               "2J\u009d");
        runOpenSsl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-utf8"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=") + crafted, QStringLiteral("-days"),
                     QStringLiteral("30"), QStringLiteral("-keyout"), path(QStringLiteral("crafted.key")),
                     QStringLiteral("-out"), path(QStringLiteral("crafted.pem")) });
        writeFile(path(QStringLiteral("crafted/SF_Crafted.json")),
                  QJsonDocument(QJsonObject { { QStringLiteral("Name"), QStringLiteral("SF\u202eOld\x1b[2J") },
                                              { QStringLiteral("Type"), QStringLiteral("HTTP") },
                                              { QStringLiteral("URL"), QStringLiteral("https://x.example/\u009b") },
                                              { QStringLiteral("Authentication"), QStringLiteral("NoAuthentication") },
                                              { QStringLiteral("ProxyType"), QStringLiteral("Internet") },
                                              { QStringLiteral("tc.enabled"), QStringLiteral("yes\x07") } })
                      .toJson());
        const auto hidden = [](const QString &text) {
            for (const QChar c : text) {
                if (c != QLatin1Char('\n') && c != QLatin1Char('\t')
                    && (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)
                        || (c.unicode() >= 0x202a && c.unicode() <= 0x202e)))
                    return true;
            }
            return false;
        };
        const QList<QStringList> runs {
            { QStringLiteral("inspect-cert"), path(QStringLiteral("crafted.pem")) },
            { QStringLiteral("inspect-cert"), path(QStringLiteral("crafted.pem")), QStringLiteral("--json") },
            { QStringLiteral("validate"), path(QStringLiteral("crafted")) },
            { QStringLiteral("validate"), path(QStringLiteral("crafted")), QStringLiteral("--format"),
              QStringLiteral("json") },
            { QStringLiteral("validate"), path(QStringLiteral("crafted")), QStringLiteral("--format"),
              QStringLiteral("html") },
        };
        for (const QStringList &arguments : runs) {
            const auto result = run(arguments);
            QVERIFY2(!result.out.isEmpty(), qPrintable(arguments.join(QLatin1Char(' ')) + result.err));
            QVERIFY2(!hidden(result.out) && !hidden(result.err), qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(result.out.contains(QStringLiteral("\\u202e")), qPrintable(result.out));
        }
        // What is said stays readable: the subject with its escapes, in the order it has.
        const auto text = run({ QStringLiteral("inspect-cert"), path(QStringLiteral("crafted.pem")) });
        QVERIFY2(text.out.contains(QStringLiteral("CN=\\u001b]0;pwned\\u0007evil\\u202etxt.exe\\u009b2J\\u009d")),
                 qPrintable(text.out));
    }

    // One window per user: a second start brings the open one forward and ends; commands still run beside it.
    void aSecondStartBringsTheWindowForward()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tcc.window.debug=true"));
        QProcess window;
        window.setProcessEnvironment(environment);
        window.setProcessChannelMode(QProcess::MergedChannels);
        window.start(QStringLiteral(TCC_APP_BINARY), {});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += window.readAll()).contains("listening for later starts")
                                     || window.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(window.state() == QProcess::Running, said.constData());
        const auto second = run({}, false, environment);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(QStringLiteral("brought to the front")), qPrintable(second.err));
        QTRY_VERIFY_WITH_TIMEOUT((said += window.readAll()).contains("asked this window to come forward"), 10000);
        // A command runs beside the window.
        QCOMPARE(run({ QStringLiteral("--version") }, false, environment).exitCode, 0);
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
        // Once it is gone, a start opens a window again.
        QProcess next;
        next.setProcessEnvironment(environment);
        next.setProcessChannelMode(QProcess::MergedChannels);
        next.start(QStringLiteral(TCC_APP_BINARY), {});
        said.clear();
        QTRY_VERIFY_WITH_TIMEOUT((said += next.readAll()).contains("listening for later starts"), 30000);
        next.kill();
        next.waitForFinished(10000);
    }

    void inspectCertificate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("valid") << "cert.pem" << 0 << "valid";
        QTest::newRow("expiring") << "expiring.pem" << 1 << "expiring";
        QTest::newRow("expired") << "expired.pem" << 1 << "expired";
        QTest::newRow("private key") << "key.pem" << 2 << "";
        QTest::newRow("JSON file") << "key.json" << 2 << "";
        QTest::newRow("missing") << "missing.pem" << 2 << "";
    }
    void inspectCertificate()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const auto text = run({ QStringLiteral("inspect-cert"), path(file) });
        QCOMPARE(text.exitCode, exitCode);
        const auto json = run({ QStringLiteral("inspect-cert"), path(file), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        if (status.isEmpty()) {
            QVERIFY(!text.err.trimmed().isEmpty());
            QVERIFY(text.out.isEmpty());
            QVERIFY(object.contains(QStringLiteral("error")));
            return;
        }
        QVERIFY(text.out.contains(QStringLiteral("SHA-256:")));
        QCOMPARE(object.value(QStringLiteral("status")).toString(), status);
        QVERIFY(QDateTime::fromString(object.value(QStringLiteral("validUntil")).toString(), Qt::ISODate).isValid());
        if (file == QStringLiteral("cert.pem")) {
            const QByteArray fingerprint
                = runOpenSsl({ QStringLiteral("x509"), QStringLiteral("-in"), path(file), QStringLiteral("-noout"),
                               QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
            QCOMPARE(object.value(QStringLiteral("sha256Fingerprint")).toString(),
                     QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1).trimmed()));
            QCOMPARE(object.value(QStringLiteral("daysLeft")).toInt(), 399);
            QVERIFY(text.out.contains(QStringLiteral("CN=cli-subaccount")));
        }
    }

    void exportWritesTheDocumentedDestinations()
    {
        const QString out = path(QStringLiteral("out"));
        const auto result
            = run({ QStringLiteral("export"), path(QStringLiteral("setup.json")), QStringLiteral("--out"), out });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("clientKey")));
        for (const auto &name : { "SF_Cli.properties", "SF_Cli.json", "SF_Cli_PP.properties", "SF_Cli_PP.json" })
            QVERIFY2(result.out.contains(QString::fromLatin1(name)), qPrintable(result.out));
        const auto primary = readProperties(out + QStringLiteral("/SF_Cli.properties"));
        QCOMPARE(primary.value(QStringLiteral("URL")), QStringLiteral("https://api4.successfactors.com/api-ext/"));
        QCOMPARE(primary.value(QStringLiteral("tokenServiceURL")),
                 QStringLiteral("https://api4.successfactors.com/oauth/token"));
        QCOMPARE(primary.value(QStringLiteral("tc.enabled")), QStringLiteral("true"));
        QCOMPARE(primary.value(QStringLiteral("SystemUser")), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        QVERIFY(!primary.contains(QStringLiteral("apiKey")));
        const auto secondary = readProperties(out + QStringLiteral("/SF_Cli_PP.properties"));
        QCOMPARE(secondary.value(QStringLiteral("Name")), QStringLiteral("SF_Cli_PP"));
        QVERIFY(!secondary.contains(QStringLiteral("tc.enabled")));
        QVERIFY(!secondary.contains(QStringLiteral("SystemUser")));
        QCOMPARE(secondary.value(QStringLiteral("tc.provider_type")), QStringLiteral("SuccessFactors"));
    }

    // The setup-file values and secrets files the FSM and S/4HANA Cloud issues give, through the same verb.
    // A run that writes nothing says why: the formation way writes no destinations; and values of the manual way
    // without a "path" are an error, not a silent no-op.
    void aRunThatWritesNothingSaysWhy()
    {
        QFile source(QStringLiteral(TCC_TEST_DATA_DIR "/setups/s4hanacloud.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray manual = source.readAll();
        const QString withoutPath = path(QStringLiteral("s4-no-path.json"));
        writeFile(withoutPath, QByteArray(manual).replace(R"("path": "manual", )", ""));
        const auto silent = run(
            { QStringLiteral("export"), withoutPath, QStringLiteral("--out"), path(QStringLiteral("s4-no-path")) });
        QCOMPARE(silent.exitCode, 2);
        QVERIFY2(silent.err.contains(QStringLiteral("Add \"path\": \"manual\"")), qPrintable(silent.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("s4-no-path"))));
        const QString formation = path(QStringLiteral("s4-formation.json"));
        writeFile(formation, R"({"format":1,"provider":"s4hanacloud","path":"formation"})");
        const auto nothing = run(
            { QStringLiteral("export"), formation, QStringLiteral("--out"), path(QStringLiteral("s4-formation")) });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains(QStringLiteral("writes no destinations"))
                     && nothing.err.contains(QStringLiteral("\"path\": \"manual\"")),
                 qPrintable(nothing.err));
    }

    // The providers, for a script or a consultant writing a setup file: every shipped one, its ways, and the names of
    // the values and secrets a setup file and a secrets file give.
    void listsTheProviders()
    {
        const auto text = run({ QStringLiteral("providers") });
        QCOMPARE(text.exitCode, 0);
        const auto json = run({ QStringLiteral("providers"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray providers = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(providers.size(), ProviderDefinition::builtInIds().size());
        for (const auto &value : providers) {
            const QJsonObject entry = value.toObject();
            const QString id = entry.value(QStringLiteral("id")).toString();
            const auto provider = ProviderDefinition::builtIn(id);
            QVERIFY2(provider, qPrintable(id));
            QCOMPARE(entry.value(QStringLiteral("name")).toString(), provider->displayName());
            QVERIFY2(text.out.contains(id + QStringLiteral("  ") + provider->displayName()), qPrintable(text.out));
            QStringList secrets;
            for (const auto &path : entry.value(QStringLiteral("paths")).toArray()) {
                for (const auto &secret : path.toObject().value(QStringLiteral("secrets")).toArray())
                    if (!secrets.contains(secret.toString()))
                        secrets.append(secret.toString());
            }
            secrets.sort();
            QStringList expected = provider->secretInputIds();
            expected.sort();
            QCOMPARE(secrets, expected);
        }
        // S/4HANA Cloud's two ways, the formation writing nothing.
        QVERIFY2(text.out.contains(QStringLiteral("path formation: ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("secrets: communicationUserPassword")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("secrets: apiKey, ppApiKey")), qPrintable(text.out));
        QCOMPARE(run({ QStringLiteral("providers"), QStringLiteral("extra") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("providers"), QStringLiteral("--bogus") }).exitCode, 2);
        QVERIFY(run({ QStringLiteral("--help") }).out.contains(QStringLiteral("providers [--json]")));
    }

    void exportOtherProviders_data()
    {
        QTest::addColumn<QString>("setup"); // in tests/data/setups
        QTest::addColumn<QByteArray>("secrets");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("FSM") << "fsm.json" << QByteArray(R"({"clientSecret":"FsmSecretFromFile"})")
                             << QStringList { "FSM_Cli.json", "FSM_Cli_PP.json" } << "FSM_Cli_PP.json"
                             << "tokenServicePassword"
                             << "FsmSecretFromFile";
        QTest::newRow("FSM cluster address")
            << "fsm-cluster-address.json" << QByteArray(R"({"clientSecret":"SecondFsmSecret"})")
            << QStringList { "FSM_Cli2.json", "FSM_Cli2_PP.json" } << "FSM_Cli2.json"
            << "URL"
            << "https://us.fsm.cloud.sap/cloud-approval-service/api";
        QTest::newRow("S4HANA Cloud") << "s4hanacloud.json"
                                      << QByteArray(R"({"communicationUserPassword":"CommPasswordFromFile"})")
                                      << QStringList { "S4_Cli.json" } << "S4_Cli.json"
                                      << "tokenServicePassword"
                                      << "CommPasswordFromFile";
        QTest::newRow("S4HANA on-premise")
            << "s4hana.json" << QByteArray(R"({"servicePassword":"PullPasswordFromFile"})")
            << QStringList { "S4OP_Cli.json" } << "S4OP_Cli.json"
            << "Password"
            << "PullPasswordFromFile";
        QTest::newRow("S4HANA on-premise location")
            << "s4hana.json" << QByteArray(R"({"servicePassword":"PullPasswordFromFile"})")
            << QStringList { "S4OP_Cli.json" } << "S4OP_Cli.json"
            << "CloudConnectorLocationId"
            << "plant-2";
        QTest::newRow("S4HANA Cloud Private Edition push")
            << "s4hanaprivatecloud.json" << QByteArray(R"({"servicePassword":"PcePasswordFromFile"})")
            << QStringList { "S4PCE_Cli.json" } << "S4PCE_Cli.json"
            << "tc.clientId"
            << "sb-tc-push!b7|taskcenter!b5";
        QTest::newRow("SAP Concur Request") << "concur.json" << QByteArray(R"({"companyRequestToken":"ConcurToken1"})")
                                            << QStringList { "Concur_Request.json" } << "Concur_Request.json"
                                            << "URL"
                                            << "https://eu2.api.concursolutions.com/travelrequest";
    }
    void exportOtherProviders()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, secrets);
        QFETCH(QStringList, files);
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString setupFile = path(QStringLiteral("other-setup.json"));
        const QString secretsFile = path(QStringLiteral("other-secrets.json"));
        QFile source(QStringLiteral(TCC_TEST_DATA_DIR "/setups/") + setup);
        QVERIFY(source.open(QIODevice::ReadOnly));
        writeFile(setupFile, source.readAll());
        writeFile(secretsFile, secrets);
        const QString out = path(QStringLiteral("other-") + setup);
        const auto result = run({ QStringLiteral("export"), setupFile, QStringLiteral("--out"), out,
                                  QStringLiteral("--secrets"), secretsFile, QStringLiteral("--include-secrets"),
                                  QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QDir(out).entryList(QDir::Files), files);
        QFile json(out + QLatin1Char('/') + file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(key).toString(), value);
        // A file with secrets is its owner's alone.
        for (const QString &written : QDir(out).entryList(QDir::Files))
            QCOMPARE(QFile::permissions(out + QLatin1Char('/') + written)
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                            | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        // Without --include-secrets the files leave the secret out, even when the secrets are given.
        const QString plain = out + QStringLiteral("-plain");
        const auto withoutSecrets = run({ QStringLiteral("export"), setupFile, QStringLiteral("--out"), plain,
                                          QStringLiteral("--secrets"), secretsFile });
        QVERIFY2(withoutSecrets.exitCode == 0, qPrintable(withoutSecrets.err));
        for (const QString &written : QDir(plain).entryList(QDir::Files)) {
            QFile check(plain + QLatin1Char('/') + written);
            QVERIFY(check.open(QIODevice::ReadOnly));
            QVERIFY2(!check.readAll().contains(secrets.mid(secrets.indexOf(":\"") + 2).chopped(2)),
                     qPrintable(written));
        }
    }

    // The files cannot hold a key store: the destination names it, and the export says to upload the file under that
    // name, without copying it anywhere.
    void exportNamesTheKeyStoreToUpload()
    {
        const QString folder = path(QStringLiteral("keystore-export"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray keyStore
            = makeKeyStore(folder, QStringLiteral("Inbound-Passw0rd-2026"), QStringLiteral("inbound"));
        QVERIFY(!keyStore.isEmpty());
        const QString keyStoreFile = QDir(folder).filePath(QStringLiteral("inbound.p12"));
        const QJsonObject setup {
            { "format", 1 },
            { "provider", "s4hanacloud" },
            { "path", "mtls" },
            { "trustCertificateFile", path(QStringLiteral("cert.pem")) },
            { "values",
              QJsonObject { { "destinationName", "S4_Mtls" },
                            { "serviceUrl",
                              "https://my1-api.s4hana.ondemand.com/sap/opu/odata4/sap/api_task_spi_replication/default/"
                              "sap/api_task_spi_replication/0001/?sap-client=100" },
                            { "samlAudience", "https://my1.s4hana.ondemand.com" },
                            { "clientId", "COM501SID100" },
                            { "tokenServiceUrl", "https://my1-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
                            { "sapClient", "100" },
                            { "pushClientId", "sb-taskcenter-push!b1234|taskcenter!b5" },
                            { "tokenKeyStoreFile", keyStoreFile } } }
        };
        const QString setupFile = path(QStringLiteral("mtls-setup.json"));
        writeFile(setupFile, QJsonDocument(setup).toJson());
        const QString out = path(QStringLiteral("mtls-out"));
        const auto result = run({ QStringLiteral("export"), setupFile, QStringLiteral("--out"), out,
                                  QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Upload %1 to the subaccount's destination certificates "
                                                    "(Connectivity > Destination Certificates) as inbound.p12: S4_Mtls")
                                         .arg(keyStoreFile)),
                 qPrintable(result.err));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList { QStringLiteral("S4_Mtls.json") });
        QFile json(QDir(out).filePath(QStringLiteral("S4_Mtls.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("tokenService.KeyStoreLocation")).toString(),
                 QStringLiteral("inbound.p12"));
        QVERIFY(!written.contains(QStringLiteral("tokenService.KeyStorePassword")));
    }

    void exportRefusesAnotherProvidersSecret()
    {
        writeFile(path(QStringLiteral("wrong-secrets.json")), R"({"apiKey":"x"})");
        writeFile(path(QStringLiteral("fsm-setup.json")), R"({"format":1,"provider":"fsm","values":{}})");
        const auto result = run({ QStringLiteral("export"), path(QStringLiteral("fsm-setup.json")),
                                  QStringLiteral("--out"), path(QStringLiteral("x")), QStringLiteral("--secrets"),
                                  path(QStringLiteral("wrong-secrets.json")) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("clientSecret")), qPrintable(result.err));
    }

    // validate on files: the exported destinations pass (exit 0), a damaged file is a finding while the others are
    // still checked (exit 1), and the JSON report has the documented shape.
    void validatesFiles()
    {
        const QString folder = path(QStringLiteral("validate-export"));
        QCOMPARE(run({ QStringLiteral("export"), path(QStringLiteral("setup.json")), QStringLiteral("--out"), folder,
                       QStringLiteral("--format"), QStringLiteral("properties") })
                     .exitCode,
                 0);
        const auto good = run({ QStringLiteral("validate"), folder });
        QVERIFY2(good.exitCode == 0, qPrintable(good.out + good.err));
        QVERIFY(good.out.contains(QStringLiteral("2 destinations checked")));
        QVERIFY(good.out.contains(QStringLiteral("secrets-not-checked")));

        writeFile(folder + QStringLiteral("/broken.json"), "{\"Name\": ");
        const QString report = path(QStringLiteral("validate-report.json"));
        const auto bad = run({ QStringLiteral("validate"), folder, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--out"), report });
        QCOMPARE(bad.exitCode, 1);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("destinations")).toInt(), 2);
        bool unreadable = false;
        for (const auto &finding : root.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject object = finding.toObject();
            QVERIFY(object.contains(QStringLiteral("destination")) && object.contains(QStringLiteral("fix")));
            unreadable
                = unreadable || object.value(QStringLiteral("rule")).toString() == QLatin1String("source-unreadable");
        }
        QVERIFY(unreadable);

        const auto html
            = run({ QStringLiteral("validate"), folder, QStringLiteral("--format"), QStringLiteral("html") });
        QCOMPARE(html.exitCode, 1);
        QVERIFY(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.out.contains(QStringLiteral("source-unreadable")));
        // A PDF needs no display: the command lays it out on its own.
        const QString pdfPath = path(QStringLiteral("validate-report.pdf"));
        const auto pdf = run(
            { QStringLiteral("validate"), folder, QStringLiteral("--format=pdf"), QStringLiteral("--out"), pdfPath },
            true);
        QCOMPARE(pdf.exitCode, 1);
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfData = pdfFile.readAll();
        QVERIFY(pdfData.startsWith("%PDF-"));
        QVERIFY(pdfData.trimmed().endsWith("%%EOF"));
        QCOMPARE(run({ QStringLiteral("validate") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("validate"), path(QStringLiteral("no-such-folder")) }).exitCode, 2);
        QCOMPARE(
            run({ QStringLiteral("validate"), folder, QStringLiteral("--format"), QStringLiteral("xml") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("validate"), folder, QStringLiteral("--trust"), path(QStringLiteral("key.pem")) })
                     .exitCode,
                 2);
        // An expired trust certificate is an error of its own.
        const auto expired
            = run({ QStringLiteral("validate"), path(QStringLiteral("validate-export/SF_Cli.properties")),
                    QStringLiteral("--trust"), path(QStringLiteral("expired.pem")) });
        QCOMPARE(expired.exitCode, 1);
        QVERIFY2(expired.out.contains(QStringLiteral("trust-expired")), qPrintable(expired.out));
    }

    void exportWithSecretsFile()
    {
        writeFile(path(QStringLiteral("secrets.json")), R"({"apiKey":"TechKeyFromFile","ppApiKey":"PpKeyFromFile"})");
        const QString out = path(QStringLiteral("with-secrets"));
        const auto result
            = run({ QStringLiteral("export"), path(QStringLiteral("setup.json")), QStringLiteral("--out"), out,
                    QStringLiteral("--secrets"), path(QStringLiteral("secrets.json")),
                    QStringLiteral("--include-secrets"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!QFile::exists(out + QStringLiteral("/SF_Cli.properties")));
        QFile json(out + QStringLiteral("/SF_Cli_PP.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(object.value(QStringLiteral("clientKey")).toString(), QStringLiteral("PpKeyFromFile"));
        QCOMPARE(object.value(QStringLiteral("apiKey")).toString(), QStringLiteral("PpKeyFromFile"));
        QVERIFY(!result.out.contains(QStringLiteral("KeyFromFile"))
                && !result.err.contains(QStringLiteral("KeyFromFile")));

        // Without --include-secrets, a secrets file changes nothing in the files.
        const QString plain = path(QStringLiteral("without"));
        QCOMPARE(run({ QStringLiteral("export"), path(QStringLiteral("setup.json")), QStringLiteral("--out"), plain,
                       QStringLiteral("--secrets"), path(QStringLiteral("secrets.json")) })
                     .exitCode,
                 0);
        for (const auto &file : QDir(plain).entryList(QDir::Files)) {
            QFile written(plain + QLatin1Char('/') + file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY2(!written.readAll().contains("KeyFromFile"), qPrintable(file));
        }
    }

    void exportTakesSecretsFromTheKeychain()
    {
        SecretStore store(SecretStore::DefaultService);
        for (const auto &[key, value] : { std::pair { "files/successfactors/SF_Cli/apiKey", "TechKeyFromKeychain" },
                                          std::pair { "files/successfactors/SF_Cli/ppApiKey", "PpKeyFromKeychain" } }) {
            auto *job = store.write(QString::fromLatin1(key), QString::fromLatin1(value));
            QSignalSpy done(job, &SecretJob::finished);
            QVERIFY(done.wait(20000));
            QCOMPARE(job->result(), SecretStore::Result::Ok);
        }
        const QString out = path(QStringLiteral("from-keychain"));
        const auto result = run({ QStringLiteral("export"), path(QStringLiteral("setup.json")), QStringLiteral("--out"),
                                  out, QStringLiteral("--include-secrets") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(readProperties(out + QStringLiteral("/SF_Cli.properties")).value(QStringLiteral("clientKey")),
                 QStringLiteral("TechKeyFromKeychain"));

        // A setup whose secrets were never saved: exit 2, and the message says what to do.
        writeFile(
            path(QStringLiteral("unsaved.json")),
            QString::fromUtf8(setupJson()).replace(QStringLiteral("SF_Cli"), QStringLiteral("SF_Unsaved")).toUtf8());
        const auto missing
            = run({ QStringLiteral("export"), path(QStringLiteral("unsaved.json")), QStringLiteral("--out"),
                    path(QStringLiteral("unsaved-out")), QStringLiteral("--include-secrets") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--secrets")), qPrintable(missing.err));
        QVERIFY(!QDir(path(QStringLiteral("unsaved-out"))).exists());
    }

    // A file argument is read only if it is a file, and only so far: a device never ends, a pipe blocks, a huge
    // file is the wrong one. Each is refused at once with a plain message and exit 2.
    void refusesWhatIsNotAFileOrTooLarge()
    {
        const QString fifo = path(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QFile big(path(QStringLiteral("big.pem")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(200 * 1024 * 1024)); // sparse: takes no room on disk
        big.close();
        const QList<QPair<QStringList, QString>> cases {
            { { QStringLiteral("inspect-cert"), QStringLiteral("/dev/zero") }, QStringLiteral("not a file") },
            { { QStringLiteral("inspect-cert"), fifo }, QStringLiteral("not a file") },
            { { QStringLiteral("inspect-cert"), big.fileName() }, QStringLiteral("too large") },
            { { QStringLiteral("export"), QStringLiteral("/dev/urandom"), QStringLiteral("--out"), path("x") },
              QStringLiteral("not a file") },
            { { QStringLiteral("export"), big.fileName(), QStringLiteral("--out"), path("x") },
              QStringLiteral("too large") },
            { { QStringLiteral("export"), path(QStringLiteral("setup.json")), QStringLiteral("--out"), path("x"),
                QStringLiteral("--secrets"), fifo },
              QStringLiteral("not a file") },
            { { QStringLiteral("fetch-trust"), QStringLiteral("--subaccount"), QStringLiteral("/dev/zero"),
                QStringLiteral("--out"), path("x.pem") },
              QStringLiteral("not a file") },
            { { QStringLiteral("validate"), QStringLiteral("--subaccount"), big.fileName() },
              QStringLiteral("too large") },
        };
        for (const auto &[arguments, expected] : cases) {
            const auto result = run(arguments);
            QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(' ') + QStringLiteral(": ") + result.err));
            QVERIFY2(result.err.contains(expected),
                     qPrintable(arguments.join(' ') + QStringLiteral(": ") + result.err));
        }
        // A name that is not UTF-8 is refused, not replaced and acted on as another file. QProcess passes arguments
        // as UTF-8, so the raw byte (0xE9, Latin-1 "é") goes through the shell.
        QProcess latin1;
        latin1.setProgram(QStringLiteral("/bin/sh"));
        latin1.setArguments({ QStringLiteral("-c"), QStringLiteral("exec \"$0\" inspect-cert \"$1$(printf '\\351')\""),
                              QStringLiteral(TCC_APP_BINARY), path(QStringLiteral("cert")) });
        latin1.start();
        QVERIFY(latin1.waitForFinished(30000));
        QCOMPARE(latin1.exitCode(), 2);
        const QByteArray latin1Error = latin1.readAllStandardError();
        QVERIFY2(latin1Error.contains("not valid UTF-8"), latin1Error.constData());

        // Among files to check, such a source is a finding; the others are still checked.
        const auto validated = run({ QStringLiteral("validate"), fifo, path(QStringLiteral("setup.json")) });
        QVERIFY2(validated.exitCode == 1, qPrintable(validated.err));
        QVERIFY(validated.out.contains(QStringLiteral("a device or a pipe")));
    }

    void exportRejectsBadInput_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        const QString secrets = QStringLiteral("bad-secrets.json");
        QTest::newRow("missing setup") << "nope.json" << QStringList() << "does not exist";
        QTest::newRow("setup not JSON") << "cert.pem" << QStringList() << "not valid JSON";
        QTest::newRow("no --out") << "setup.json" << QStringList { QStringLiteral("--out"), QString() } << "--out";
        QTest::newRow("unknown format") << "setup.json"
                                        << QStringList { QStringLiteral("--format"), QStringLiteral("yaml") } << "yaml";
        QTest::newRow("secrets not JSON")
            << "setup.json" << QStringList { QStringLiteral("--secrets"), QStringLiteral("cert.pem") } << "JSON object";
        QTest::newRow("unknown secret") << "setup.json" << QStringList { QStringLiteral("--secrets"), secrets }
                                        << "password";
        QTest::newRow("invalid company") << "bad-company.json" << QStringList() << "companyId";
        QTest::newRow("expired certificate") << "expired-setup.json" << QStringList() << "trustCertificate";
        QTest::newRow("output below a file")
            << "setup.json" << QStringList { QStringLiteral("--out"), QStringLiteral("cert.pem/sub") }
            << "cannot be created";
        QTest::newRow("unknown option") << "setup.json" << QStringList { QStringLiteral("--colour") } << "colour";
    }
    void exportRejectsBadInput()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        writeFile(path(QStringLiteral("bad-secrets.json")), R"({"password":"x"})");
        writeFile(path(QStringLiteral("bad-company.json")), setupJson().replace("ACME123", "ACME 123"));
        writeFile(path(QStringLiteral("expired-setup.json")), setupJson().replace("cert.pem", "expired.pem"));
        QStringList arguments { QStringLiteral("export"), path(setup) };
        if (!extra.contains(QStringLiteral("--out")))
            arguments << QStringLiteral("--out") << path(QStringLiteral("rejected"));
        for (int i = 0; i < extra.size(); ++i) {
            // Option values that name files are relative to the test folder.
            const bool isFile = i > 0
                && (extra.at(i - 1) == QStringLiteral("--secrets") || extra.at(i - 1) == QStringLiteral("--out"));
            arguments << (isFile && !extra.at(i).isEmpty() ? path(extra.at(i)) : extra.at(i));
        }
        const auto result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(!QDir(path(QStringLiteral("rejected"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
