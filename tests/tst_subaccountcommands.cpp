// `taskcenter-connect apply` and `fetch-trust`: the real executable against the sandbox subaccount running in
// this test process, over real loopback HTTP. Checks exit codes, what is printed, and what the subaccount holds.
#include "ProviderRows.h"
#include "destinationservice/DestinationLock.h"
#include "formats/DestinationServiceKey.h"
#include "providers/ProviderDefinition.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "setup/SetupModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSubaccountCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxSubaccount m_sandbox;
    QString m_setup;
    QString m_secrets;
    QString m_key;
    int m_writes = 0; // POST and PUT requests the sandbox served

    // Runs the program without blocking this process's event loop, which serves the sandbox.
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(extra);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TCC_APP_BINARY), arguments);
        if (!finished.wait(60000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    void writeSetup(const QString &companyId)
    {
        writeFile(m_setup,
                  QStringLiteral("{\"format\":1,\"provider\":\"successfactors\",\"serviceKeyFile\":"
                                 "\"tc-key.json\",\"trustCertificateFile\":\"trust.pem\",\"values\":{"
                                 "\"destinationName\":\"SF_Cli\",\"apiServer\":\"https://api4."
                                 "successfactors.com/odata/v2/\",\"companyId\":\"%1\",\"technicalUser\":"
                                 "\"TECH_USER\"}}")
                      .arg(companyId)
                      .toUtf8());
    }

    QHash<QString, QJsonObject> destinations() const
    {
        QHash<QString, QJsonObject> byName;
        for (const QJsonObject &destination : m_sandbox.subaccountDestinations())
            byName.insert(destination.value(QStringLiteral("Name")).toString(), destination);
        return byName;
    }

    // A fault on the sandbox: an HTTP status (or a dropped connection, or a late answer), count times, for one
    // method and path.
    void injectFault(int status, int count, bool drop, const QByteArray &method, const QString &pathPrefix,
                     int delayMs = 0, int retryAfterSeconds = 0)
    {
        SandboxSubaccount::Fault fault;
        fault.status = status;
        fault.count = count;
        fault.dropConnection = drop;
        fault.method = method;
        fault.pathPrefix = pathPrefix;
        fault.delayMs = delayMs;
        fault.retryAfterSeconds = retryAfterSeconds;
        m_sandbox.injectFault(fault);
    }

    QStringList applyArguments(const QStringList &extra = {}) const
    {
        return QStringList { QStringLiteral("apply"),     m_setup,  QStringLiteral("--subaccount"), m_key,
                             QStringLiteral("--secrets"), m_secrets }
        + extra;
    }

    // A setup and secrets file for one way of a provider from the provider file's examples, as a user's would give
    // them (a key store made by openssl); the arguments that apply them to the sandbox.
    QStringList exampleSetup(const ProviderDefinition &definition, const QString &path, const QString &name,
                             QJsonObject *values, QJsonObject *secrets)
    {
        for (const QString &id : definition.inputIdsOf(path)) {
            const auto *input = definition.input(id);
            if (id == QLatin1String("destinationName"))
                values->insert(id, name);
            else if (input && input->isKeyStore())
                values->insert(id, exampleKeyStore(definition, *input, m_dir.path()));
            else if (input && !input->example.isEmpty())
                (input->secret ? *secrets : *values).insert(id, input->example);
        }
        QJsonObject setup { { QStringLiteral("format"), 1 },
                            { QStringLiteral("provider"), definition.id() },
                            { QStringLiteral("values"), *values } };
        if (!path.isEmpty())
            setup.insert(QStringLiteral("path"), path);
        for (const auto &step : definition.steps(path)) {
            if (step.document == QLatin1String("trustCertificate"))
                setup.insert(QStringLiteral("trustCertificateFile"), m_dir.filePath(QStringLiteral("trust.pem")));
            else if (step.document == QLatin1String("serviceKey"))
                setup.insert(QStringLiteral("serviceKeyFile"), m_dir.filePath(QStringLiteral("tc-key.json")));
        }
        const QString setupFile = m_dir.filePath(name + QStringLiteral("-setup.json"));
        const QString secretsFile = m_dir.filePath(name + QStringLiteral("-secrets.json"));
        writeFile(setupFile, QJsonDocument(setup).toJson());
        writeFile(secretsFile, QJsonDocument(*secrets).toJson());
        return { QStringLiteral("apply"),     setupFile,  QStringLiteral("--subaccount"), m_key,
                 QStringLiteral("--secrets"), secretsFile };
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        connect(&m_sandbox, &SandboxSubaccount::requestServed, this,
                [this](const QString &method, const QString &path, int) {
                    if ((method == QStringLiteral("POST") || method == QStringLiteral("PUT"))
                        && path.contains(QStringLiteral("subaccountDestinations")))
                        ++m_writes;
                });
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto trust
            = CertificateFactory::createSelfSigned(QStringLiteral("cli-subaccount"), now.addDays(-1), now.addDays(300));
        QVERIFY(trust);
        writeFile(m_dir.filePath(QStringLiteral("trust.pem")), trust->certificatePem);
        QFile taskCenterKey(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY(taskCenterKey.open(QIODevice::ReadOnly));
        writeFile(m_dir.filePath(QStringLiteral("tc-key.json")), taskCenterKey.readAll());
        m_setup = m_dir.filePath(QStringLiteral("setup.json"));
        m_secrets = m_dir.filePath(QStringLiteral("secrets.json"));
        m_key = m_dir.filePath(QStringLiteral("destination-key.json"));
        writeSetup(QStringLiteral("ACME1"));
        writeFile(m_secrets, "{\"apiKey\":\"KeyOne123\",\"ppApiKey\":\"KeyTwo456\"}");
        writeFile(m_key, QJsonDocument(m_sandbox.serviceKey()).toJson());
    }

    void dryRunWritesNothing()
    {
        const Run result = run(applyArguments({ QStringLiteral("--dry-run") }));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("would create  SF_Cli\n")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("would create  SF_Cli_PP\n")));
        QVERIFY(m_sandbox.subaccountDestinations().isEmpty());
        QCOMPARE(m_writes, 0);
    }

    // A dry run needs no secrets: it plans, and says which secret values it could not compare.
    void dryRunNeedsNoSecrets()
    {
        // A name no keychain holds secrets for.
        const QString name = QStringLiteral("SF_Dry_%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString setup = m_dir.filePath(QStringLiteral("dry-setup.json"));
        QFile original(m_setup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(setup, original.readAll().replace("SF_Cli", name.toUtf8()));
        const Run result = run(
            { QStringLiteral("apply"), setup, QStringLiteral("--subaccount"), m_key, QStringLiteral("--dry-run") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("would create  %1\n").arg(name)));
        QVERIFY2(result.out.contains(QStringLiteral("not compared  %1: clientKey, apiKey").arg(name)),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("not compared  %1_PP: clientKey, apiKey").arg(name)));
        QCOMPARE(m_writes, 0);
        // A real apply still needs them.
        const Run real = run({ QStringLiteral("apply"), setup, QStringLiteral("--subaccount"), m_key });
        QCOMPARE(real.exitCode, 2);
        QCOMPARE(m_writes, 0);
    }

    void createsBothThenChangesNothing()
    {
        Run result = run(applyArguments());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("created    SF_Cli\n")), qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("created    SF_Cli_PP\n")));
        const auto written = destinations();
        QCOMPARE(written.value(QStringLiteral("SF_Cli")).value(QStringLiteral("tc.enabled")).toString(),
                 QStringLiteral("true"));
        QCOMPARE(written.value(QStringLiteral("SF_Cli")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("KeyOne123"));
        QCOMPARE(written.value(QStringLiteral("SF_Cli_PP")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("KeyTwo456"));
        QVERIFY(!written.value(QStringLiteral("SF_Cli_PP")).contains(QStringLiteral("tc.enabled")));
        QVERIFY(!result.out.contains(QStringLiteral("KeyOne123")) && !result.err.contains(QStringLiteral("KeyOne123")));

        // The same values again: nothing to do, nothing written.
        const int writesBefore = m_writes;
        result = run(applyArguments());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("unchanged  SF_Cli\n")));
        QVERIFY(result.out.contains(QStringLiteral("unchanged  SF_Cli_PP\n")));
        QCOMPARE(m_writes, writesBefore);
    }

    // The other providers through the same verb: their setup and secrets files, written over the Destination
    // service, and a second run changes nothing.
    void appliesOtherProviders_data()
    {
        QTest::addColumn<QString>("setup"); // in tests/data/setups
        QTest::addColumn<QByteArray>("secrets");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("secretProperty");
        QTest::newRow("FSM") << "fsm.json" << QByteArray(R"({"clientSecret":"FsmApplySecret"})")
                             << QStringList { "FSM_Cli", "FSM_Cli_PP" } << "tokenServicePassword";
        QTest::newRow("S4HANA Cloud") << "s4hanacloud.json"
                                      << QByteArray(R"({"communicationUserPassword":"CommApplyPassword"})")
                                      << QStringList { "S4_Cli" } << "tokenServicePassword";
        QTest::newRow("S4HANA on-premise") << "s4hana.json" << QByteArray(R"({"servicePassword":"PullApplyPassword"})")
                                           << QStringList { "S4OP_Cli" } << "Password";
        QTest::newRow("S4HANA Cloud Private Edition")
            << "s4hanaprivatecloud.json" << QByteArray(R"({"servicePassword":"PcePullPassword"})")
            << QStringList { "S4PCE_Cli" } << "Password";
        QTest::newRow("SAP Concur Request")
            << "concur.json" << QByteArray(R"({"companyRequestToken":"ConcurRequestToken"})")
            << QStringList { "Concur_Request" } << "clientKey";
    }
    void appliesOtherProviders()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, secrets);
        QFETCH(QStringList, names);
        QFETCH(QString, secretProperty);
        QFile source(QStringLiteral(TCC_TEST_DATA_DIR "/setups/") + setup);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString setupFile = m_dir.filePath(setup);
        writeFile(setupFile, source.readAll());
        // The setup files name the certificate and key as cert.pem and key.json.
        QFile::copy(m_dir.filePath(QStringLiteral("trust.pem")), m_dir.filePath(QStringLiteral("cert.pem")));
        QFile::copy(m_dir.filePath(QStringLiteral("tc-key.json")), m_dir.filePath(QStringLiteral("key.json")));
        const QString secretsFile = m_dir.filePath(QStringLiteral("other-secrets.json"));
        writeFile(secretsFile, secrets);
        const QStringList arguments { QStringLiteral("apply"),     setupFile,  QStringLiteral("--subaccount"), m_key,
                                      QStringLiteral("--secrets"), secretsFile };
        Run result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const auto written = destinations();
        for (const QString &name : names) {
            QVERIFY2(result.out.contains(QStringLiteral("created    %1\n").arg(name)), qPrintable(result.out));
            QVERIFY(written.contains(name));
        }
        const QString secret = QString::fromUtf8(secrets.mid(secrets.indexOf(":\"") + 2).chopped(2));
        QCOMPARE(written.value(names.first()).value(secretProperty).toString(), secret);
        QCOMPARE(written.value(names.first()).value(QStringLiteral("tc.enabled")).toString(), QStringLiteral("true"));
        QVERIFY(!result.out.contains(secret) && !result.err.contains(secret));

        const int writesBefore = m_writes;
        result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        for (const QString &name : names)
            QVERIFY(result.out.contains(QStringLiteral("unchanged  %1\n").arg(name)));
        QCOMPARE(m_writes, writesBefore);
    }

    // Every provider file, each way that writes destinations, applied from its own examples as a user's setup and
    // secrets files would give them: every destination it names is created, and a second run writes nothing.
    void appliesEveryProviderFromItsExamples_data() { addARowForEachWayThatWrites(); }
    void appliesEveryProviderFromItsExamples()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        const auto definition = ProviderDefinition::builtIn(provider);
        QVERIFY(definition);
        // A name of its own, so that no other test's destination is in the way.
        const QString name = QStringLiteral("Ex_%1_%2").arg(provider, path.isEmpty() ? QStringLiteral("only") : path);
        QJsonObject values;
        QJsonObject secrets;
        const QStringList arguments = exampleSetup(*definition, path, name, &values, &secrets);
        Run result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        SetupModel model(definition);
        model.setPath(path);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            model.setValue(it.key(), it.value().toString());
        const auto written = destinations();
        for (const auto &destination : definition->destinations()) {
            const QString expected = model.destination(destination.role).name();
            QVERIFY2(result.out.contains(QStringLiteral("created    %1\n").arg(expected)), qPrintable(result.out));
            QCOMPARE(written.value(expected).value(QStringLiteral("tc.provider_type")).toString(),
                     definition->providerType());
        }
        for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
            QVERIFY(!result.out.contains(it.value().toString()) && !result.err.contains(it.value().toString()));

        // Each key store is uploaded under its file name, as the destination names it.
        for (const SetupModel::KeyStore &keyStore : model.keyStores()) {
            QVERIFY2(result.out.contains(QStringLiteral("uploaded   key store %1\n").arg(keyStore.name)),
                     qPrintable(result.out));
            QVERIFY(m_sandbox.subaccountCertificates().contains(keyStore.name));
        }

        const int writesBefore = m_writes;
        result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(m_writes, writesBefore);
        for (const SetupModel::KeyStore &keyStore : model.keyStores())
            QVERIFY(result.out.contains(QStringLiteral("unchanged  key store %1\n").arg(keyStore.name)));
    }

    // A key store of that name with other content in the subaccount is someone's: without --overwrite it stays, and
    // the destination that names it is held back; with it, the file is replaced and the destination written. A name
    // only that the subaccount lacks writes nothing.
    void aKeyStoreIsReplacedOnlyWithOverwrite()
    {
        const auto definition = ProviderDefinition::builtIn(QStringLiteral("s4hanacloud"));
        QJsonObject values;
        QJsonObject secrets;
        const QString name = QStringLiteral("Mtls_Replace");
        QStringList arguments = exampleSetup(*definition, QStringLiteral("mtls"), name, &values, &secrets);
        const QByteArray theirs = makeKeyStore(m_dir.path(), QStringLiteral("theirs"), QStringLiteral("theirs"));
        m_sandbox.removeCertificate(QStringLiteral("inbound.p12")); // another test's
        QVERIFY(m_sandbox.addCertificate(QStringLiteral("inbound.p12"), theirs));
        Run result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.out.contains(QStringLiteral("exists     key store inbound.p12: the subaccount has another file")),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("held back  %1: the key store it names, inbound.p12").arg(name)),
                 qPrintable(result.out));
        QVERIFY(!destinations().contains(name));
        QCOMPARE(m_sandbox.subaccountCertificates().value(QStringLiteral("inbound.p12")), theirs);

        result = run(arguments << QStringLiteral("--overwrite"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("replaced   key store inbound.p12\n")), qPrintable(result.out));
        QVERIFY(destinations().contains(name));
        QFile ours(values.value(QStringLiteral("tokenKeyStoreFile")).toString());
        QVERIFY(ours.open(QIODevice::ReadOnly));
        QCOMPARE(m_sandbox.subaccountCertificates().value(QStringLiteral("inbound.p12")), ours.readAll());

        // A name only, not in the subaccount.
        QJsonObject nameOnly;
        QJsonObject noSecrets;
        arguments
            = exampleSetup(*definition, QStringLiteral("mtls"), QStringLiteral("Mtls_Missing"), &nameOnly, &noSecrets);
        QFile setupFile(arguments.at(1));
        QVERIFY(setupFile.open(QIODevice::ReadOnly));
        QJsonObject setup = QJsonDocument::fromJson(setupFile.readAll()).object();
        setupFile.close();
        QJsonObject setupValues = setup.value(QStringLiteral("values")).toObject();
        setupValues.insert(QStringLiteral("tokenKeyStoreFile"), QStringLiteral("elsewhere.p12"));
        setup.insert(QStringLiteral("values"), setupValues);
        writeFile(arguments.at(1), QJsonDocument(setup).toJson());
        result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("MISSING    key store elsewhere.p12")), qPrintable(result.out));
        QVERIFY(!destinations().contains(QStringLiteral("Mtls_Missing")));
    }

    // SAP Task Center turns Concur's Company Request Token into a refresh token and tc.concur.auth.req.token.enabled
    // into false after its first exchange; SAP says resetting them breaks the connection. Applying again keeps both,
    // also when another value changes and --overwrite writes it.
    void applyingAgainKeepsWhatConcurExchanged()
    {
        QFile source(QStringLiteral(TCC_TEST_DATA_DIR "/setups/concur.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray setup = source.readAll();
        const QString setupFile = m_dir.filePath(QStringLiteral("concur-exchange.json"));
        writeFile(setupFile, setup);
        const QString secretsFile = m_dir.filePath(QStringLiteral("concur-secrets.json"));
        writeFile(secretsFile, R"({"companyRequestToken":"FirstCompanyRequestToken"})");
        const QStringList arguments { QStringLiteral("apply"),     setupFile,  QStringLiteral("--subaccount"), m_key,
                                      QStringLiteral("--secrets"), secretsFile };
        m_sandbox.removeDestination(QStringLiteral("Concur_Request")); // another test's
        QCOMPARE(run(arguments).exitCode, 0);
        QJsonObject exchanged = destinations().value(QStringLiteral("Concur_Request"));
        QCOMPARE(exchanged.value(QStringLiteral("clientKey")).toString(), QStringLiteral("FirstCompanyRequestToken"));
        QCOMPARE(exchanged.value(QStringLiteral("tc.concur.auth.req.token.enabled")).toString(),
                 QStringLiteral("true"));
        exchanged.insert(QStringLiteral("clientKey"), QStringLiteral("refresh-token-from-concur"));
        exchanged.insert(QStringLiteral("tc.concur.auth.req.token.enabled"), QStringLiteral("false"));
        QVERIFY(m_sandbox.removeDestination(QStringLiteral("Concur_Request")));
        QVERIFY(m_sandbox.addDestination(exchanged));

        Run result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("unchanged  Concur_Request\n")), qPrintable(result.out));

        writeFile(
            setupFile,
            QByteArray(setup).replace("8f2c6a1e-4b7d-4e2a-9c3f-1d5e7a9b0c24", "0b9d2c4e-6f1a-4a3b-8c5d-7e9f1a2b3c4d"));
        result = run(arguments + QStringList { QStringLiteral("--overwrite") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("updated    Concur_Request\n")), qPrintable(result.out));
        const QJsonObject after = destinations().value(QStringLiteral("Concur_Request"));
        QCOMPARE(after.value(QStringLiteral("tc.concur.companyUUID")).toString(),
                 QStringLiteral("0b9d2c4e-6f1a-4a3b-8c5d-7e9f1a2b3c4d"));
        QCOMPARE(after.value(QStringLiteral("clientKey")).toString(), QStringLiteral("refresh-token-from-concur"));
        QCOMPARE(after.value(QStringLiteral("tc.concur.auth.req.token.enabled")).toString(), QStringLiteral("false"));
    }

    // Another enabled primary to the same system (same URL and company) is named as a warning; another company on
    // the same API server is not.
    void warnsOfAnotherPrimaryToTheSameSystem()
    {
        QJsonObject twin = destinations().value(QStringLiteral("SF_Cli"));
        QVERIFY(!twin.isEmpty());
        twin.insert(QStringLiteral("Name"), QStringLiteral("SF_Twin"));
        QVERIFY(m_sandbox.addDestination(twin));
        QJsonObject otherCompany = twin;
        otherCompany.insert(QStringLiteral("Name"), QStringLiteral("SF_Other_Company"));
        otherCompany.insert(QStringLiteral("companyId"), QStringLiteral("OTHER"));
        QVERIFY(m_sandbox.addDestination(otherCompany));
        const Run result = run(applyArguments({ QStringLiteral("--dry-run") }));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("SF_Twin")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("SF_Other_Company")));
        QVERIFY(m_sandbox.removeDestination(QStringLiteral("SF_Twin")));
        QVERIFY(m_sandbox.removeDestination(QStringLiteral("SF_Other_Company")));
    }

    void existingWithOtherValuesNeedsOverwrite()
    {
        writeSetup(QStringLiteral("ACME2"));
        const int writesBefore = m_writes;
        Run result = run(applyArguments());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("exists     SF_Cli: it differs")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("companyId: ACME1 → ACME2")));
        QCOMPARE(m_writes, writesBefore);
        QCOMPARE(destinations().value(QStringLiteral("SF_Cli")).value(QStringLiteral("companyId")).toString(),
                 QStringLiteral("ACME1"));

        result = run(applyArguments({ QStringLiteral("--overwrite") }));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("updated    SF_Cli\n")));
        QCOMPARE(destinations().value(QStringLiteral("SF_Cli")).value(QStringLiteral("companyId")).toString(),
                 QStringLiteral("ACME2"));
        writeSetup(QStringLiteral("ACME1"));
    }

    // A secondary is never written next to a primary of the same name that connects another system: without
    // --overwrite both are left alone, and nothing is written.
    void noSecondaryBesideAnotherSystemsPrimary()
    {
        const QJsonObject primary = destinations().value(QStringLiteral("SF_Cli"));
        QVERIFY(!primary.isEmpty());
        QVERIFY(m_sandbox.removeDestination(QStringLiteral("SF_Cli_PP")));
        writeSetup(QStringLiteral("ACME9"));
        const int writesBefore = m_writes;
        const Run result = run(applyArguments());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("held back  SF_Cli_PP")), qPrintable(result.out));
        QVERIFY(!result.out.contains(QStringLiteral("created")));
        QCOMPARE(m_writes, writesBefore);
        QVERIFY(!destinations().contains(QStringLiteral("SF_Cli_PP")));
        writeSetup(primary.value(QStringLiteral("companyId")).toString());
        const Run same = run(applyArguments()); // the same system: the pair made whole
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        QVERIFY(destinations().contains(QStringLiteral("SF_Cli_PP")));
        writeSetup(QStringLiteral("ACME1"));
    }

    // Faults on the writes: each outcome is said, no secondary is left without its primary, and running again
    // converges.
    void faultsEndConsistent_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<bool>("fails"); // false: the client's retries carry it through
        QTest::addColumn<int>("delayMs"); // the answer comes this late (the command waits one second)
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("said");
        // The subaccount was read before the write: a destination that fails is exit 1, unless the key stopped
        // being accepted (3).
        QTest::addColumn<int>("exitCode");
        QTest::newRow("401") << 401 << 2 << false << true << 0 << 0 << "rejected the service key" << 3;
        QTest::newRow("403") << 403 << 1 << false << true << 0 << 0 << "access denied" << 3;
        QTest::newRow("404") << 404 << 1 << false << true << 0 << 0 << "not found" << 1;
        QTest::newRow("409") << 409 << 1 << false << true << 0 << 0 << "exists" << 1;
        QTest::newRow("429 once") << 429 << 1 << false << false << 0 << 0 << "" << 0;
        QTest::newRow("429 with Retry-After") << 429 << 1 << false << false << 0 << 1 << "" << 0;
        // A pause longer than the command waits (--timeout 1) is not waited out: it ends and says why.
        QTest::newRow("429 asking for an hour")
            << 429 << 1 << false << true << 0 << 3600 << "asked to wait 3600 seconds" << 1;
        QTest::newRow("500 past the retries") << 500 << 5 << false << true << 0 << 0 << "problem on its side" << 1;
        QTest::newRow("503 once") << 503 << 1 << false << false << 0 << 0 << "" << 0;
        QTest::newRow("dropped connection") << 0 << 2 << true << true << 0 << 0 << "may have been made" << 1;
        QTest::newRow("timeout") << 0 << 1 << false << true << 3000 << 0 << "did not answer within 1 second" << 1;
    }
    void faultsEndConsistent()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(bool, drop);
        QFETCH(bool, fails);
        QFETCH(int, delayMs);
        QFETCH(int, retryAfter);
        QFETCH(QString, said);
        QFETCH(int, exitCode);
        const QString name
            = QStringLiteral("SF_Fault_%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString setup = m_dir.filePath(name + QStringLiteral(".json"));
        QFile original(m_setup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(setup, original.readAll().replace("SF_Cli", name.toUtf8()));
        const QStringList arguments { QStringLiteral("apply"),        setup,
                                      QStringLiteral("--subaccount"), m_key,
                                      QStringLiteral("--secrets"),    m_secrets,
                                      QStringLiteral("--timeout"),    QStringLiteral("1") };
        injectFault(status, count, drop, "POST", QStringLiteral("/destination-configuration/v1/subaccountDestinations"),
                    delayMs, retryAfter);
        QElapsedTimer clock;
        clock.start();
        const Run faulted = run(arguments);
        m_sandbox.clearFaults();
        QVERIFY2(faulted.out.contains(said) || faulted.err.contains(said), qPrintable(faulted.out + faulted.err));
        if (retryAfter > 0 && !fails) // the pause the service asked for was kept
            QVERIFY2(clock.elapsed() >= retryAfter * 1000 - 20, qPrintable(QString::number(clock.elapsed())));
        if (retryAfter > 0 && fails) // and one longer than the command waits was not
            QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        // Said in plain words: every destination has its line, a failure its reason.
        QVERIFY2(faulted.out.contains(name), qPrintable(faulted.out + faulted.err));
        QVERIFY2((faulted.exitCode != 0) == fails, qPrintable(faulted.out + faulted.err));
        QCOMPARE(faulted.exitCode, exitCode);
        if (faulted.exitCode != 0)
            QVERIFY2(faulted.out.contains(QStringLiteral("FAILED")) || faulted.out.contains(QStringLiteral("exists"))
                         || !faulted.err.isEmpty(),
                     qPrintable(faulted.out + faulted.err));
        // Never a secondary without its primary.
        const auto now = destinations();
        QVERIFY2(!now.contains(name + QStringLiteral("_PP")) || now.contains(name), qPrintable(faulted.out));
        // Again, without the fault: whole.
        const Run again = run(arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(destinations().contains(name) && destinations().contains(name + QStringLiteral("_PP")));
        QCOMPARE(destinations().value(name + QStringLiteral("_PP")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("KeyTwo456"));
    }

    // The subaccount goes away while a write is on its way (the write was made, its answer never comes): the command
    // says the change may have been made, leaves no secondary without its primary, and once the subaccount is back,
    // running again converges.
    void subaccountGoneMidApply()
    {
        const QString name = QStringLiteral("SF_Gone");
        const QString setup = m_dir.filePath(name + QStringLiteral(".json"));
        QFile original(m_setup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(setup, original.readAll().replace("SF_Cli", name.toUtf8()));
        const QStringList arguments { QStringLiteral("apply"),     setup,    QStringLiteral("--subaccount"), m_key,
                                      QStringLiteral("--secrets"), m_secrets };
        injectFault(0, 1, false, "POST", QStringLiteral("/destination-configuration/v1/subaccountDestinations"), 5000);
        const quint16 port = m_sandbox.port();
        QMetaObject::Connection stopper = connect(
            &m_sandbox, &SandboxSubaccount::requestServed, this, [this](const QString &method, const QString &path) {
                if (method == QStringLiteral("POST") && path.contains(QStringLiteral("subaccountDestinations")))
                    QTimer::singleShot(300, &m_sandbox, [this] { m_sandbox.stop(); });
            });
        const Run gone = run(arguments);
        disconnect(stopper);
        m_sandbox.clearFaults();
        const bool back = m_sandbox.isListening() || m_sandbox.start(port); // for the tests that follow too
        QVERIFY(back);
        QVERIFY2(gone.exitCode != 0, qPrintable(gone.out + gone.err));
        QVERIFY2(gone.out.contains(QStringLiteral("may have been made")), qPrintable(gone.out + gone.err));
        QVERIFY2(gone.out.contains(name + QStringLiteral("_PP")), qPrintable(gone.out)); // said, not silently left out
        QVERIFY(destinations().contains(name)); // it was made
        QVERIFY(!destinations().contains(name + QStringLiteral("_PP")));

        const Run again = run(arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(destinations().contains(name) && destinations().contains(name + QStringLiteral("_PP")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subaccount") << QStringList { QStringLiteral("apply"), QStringLiteral("SETUP") }
                                       << "--subaccount";
        QTest::newRow("Task Center key instead")
            << QStringList { QStringLiteral("--subaccount"), QStringLiteral("TC") } << "not of the Destination service";
        QTest::newRow("missing secrets file")
            << QStringList { QStringLiteral("--secrets"), QStringLiteral("NONE") } << "does not exist";
        QTest::newRow("fetch-trust without --out")
            << QStringList { QStringLiteral("fetch-trust"), QStringLiteral("--subaccount"), QStringLiteral("KEY") }
            << "--out FILE";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QStringList full;
        if (arguments.first() == QStringLiteral("apply") || arguments.first() == QStringLiteral("fetch-trust"))
            full = arguments;
        else
            full = applyArguments() + arguments; // a later option wins
        full.replaceInStrings(QStringLiteral("SETUP"), m_setup);
        full.replaceInStrings(QStringLiteral("KEY"), m_key);
        full.replaceInStrings(QStringLiteral("TC"), m_dir.filePath(QStringLiteral("tc-key.json")));
        full.replaceInStrings(QStringLiteral("NONE"), m_dir.filePath(QStringLiteral("no-such-secrets.json")));
        const Run result = run(full);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void unreachableOrRejected_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing listens") << "port"
                                         << "Nothing answers";
        QTest::newRow("wrong client secret") << "secret"
                                             << "rejected";
    }

    void unreachableOrRejected()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        QJsonObject key = m_sandbox.serviceKey();
        if (change == QStringLiteral("port")) {
            SandboxSubaccount stopped;
            QVERIFY(stopped.start());
            key = stopped.serviceKey();
        } else {
            key.insert(QStringLiteral("clientsecret"), QStringLiteral("not-the-secret"));
        }
        const QString path = m_dir.filePath(QStringLiteral("other-key.json"));
        writeFile(path, QJsonDocument(key).toJson());
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("apply"), m_setup, QStringLiteral("--subaccount"), path,
                             QStringLiteral("--secrets"), m_secrets },
               QStringList { QStringLiteral("fetch-trust"), QStringLiteral("--subaccount"), path,
                             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never.pem")) } }) {
            const Run result = run(arguments);
            QCOMPARE(result.exitCode, 3);
            QVERIFY2(result.err.contains(message, Qt::CaseInsensitive), qPrintable(result.err));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pem"))));
    }

    // Without a keychain the command says what to do instead (--secrets), not the window's "You can continue"; a dry
    // run, which needs no secrets, says in one line why they are not compared.
    void withoutAKeychainSaysWhatToDo()
    {
        QProcessEnvironment noKeychain;
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/no-bus"));
        const QString setup = m_dir.filePath(QStringLiteral("no-keychain.json"));
        QFile original(m_setup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(setup, original.readAll().replace("SF_Cli", "SF_NoKeychain").replace("ACME1", "NOKEY1"));
        const QStringList arguments { QStringLiteral("apply"), setup, QStringLiteral("--subaccount"), m_key };
        const Run stopped = run(arguments, noKeychain);
        QCOMPARE(stopped.exitCode, 2);
        QVERIFY2(stopped.err.contains(QStringLiteral("No keychain is available")), qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(QStringLiteral("--secrets SECRETS.json")), qPrintable(stopped.err));
        QVERIFY2(!stopped.err.contains(QStringLiteral("continue")), qPrintable(stopped.err));
        const Run dry = run(arguments + QStringList { QStringLiteral("--dry-run") }, noKeychain);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(!dry.err.contains(QStringLiteral("continue")) && dry.err.count(QLatin1Char('\n')) <= 1,
                 qPrintable(dry.err));
    }

    // Two runs of the same pair with other values at the same time: they take turns, each pair ends whole (one run's
    // values or the other's, never a mix), and both say what they did.
    void concurrentRunsNeverMixAPair()
    {
        const auto startApply = [this](QProcess &process, const QString &companyId) {
            const QString setup = m_dir.filePath(QStringLiteral("race-%1.json").arg(companyId));
            QFile original(m_setup);
            QVERIFY(original.open(QIODevice::ReadOnly));
            writeFile(setup, original.readAll().replace("SF_Cli", "SF_Race").replace("ACME1", companyId.toUtf8()));
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(TCC_APP_BINARY),
                          { QStringLiteral("apply"), setup, QStringLiteral("--subaccount"), m_key,
                            QStringLiteral("--secrets"), m_secrets, QStringLiteral("--overwrite") });
        };
        for (int attempt = 0; attempt < 4; ++attempt) {
            QProcess first;
            QProcess second;
            QSignalSpy firstDone(&first, &QProcess::finished);
            QSignalSpy secondDone(&second, &QProcess::finished);
            startApply(first, QStringLiteral("RACEA%1").arg(attempt));
            startApply(second, QStringLiteral("RACEB%1").arg(attempt));
            QTRY_VERIFY_WITH_TIMEOUT(!firstDone.isEmpty() && !secondDone.isEmpty(), 60000);
            const QString said = QString::fromUtf8(first.readAll() + first.readAllStandardError() + second.readAll()
                                                   + second.readAllStandardError());
            QCOMPARE(first.exitCode(), 0);
            QCOMPARE(second.exitCode(), 0);
            const auto now = destinations();
            const QString primary = now.value(QStringLiteral("SF_Race")).value(QStringLiteral("companyId")).toString();
            const QString secondary
                = now.value(QStringLiteral("SF_Race_PP")).value(QStringLiteral("companyId")).toString();
            QVERIFY2(primary.endsWith(QString::number(attempt)), qPrintable(primary));
            QVERIFY2(primary == secondary,
                     qPrintable(primary + QStringLiteral(" / ") + secondary + QLatin1Char('\n') + said));
        }
    }

    // A run that finds the pair locked by another says who holds it, and gives up after its time without writing.
    void aLockedPairSaysWhoHoldsIt()
    {
        const DestinationServiceKey key = DestinationServiceKey::fromFile(m_key);
        QLockFile other(DestinationLock::lockFilePath(key.authUrl(), key.serviceUri(), QStringLiteral("SF_Held")));
        QDir().mkpath(QFileInfo(other.fileName()).absolutePath());
        QVERIFY(other.tryLock(0));
        const QString setup = m_dir.filePath(QStringLiteral("held.json"));
        QFile original(m_setup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(setup, original.readAll().replace("SF_Cli", "SF_Held"));
        const Run result
            = run({ QStringLiteral("apply"), setup, QStringLiteral("--subaccount"), m_key, QStringLiteral("--secrets"),
                    m_secrets, QStringLiteral("--timeout"), QStringLiteral("1") });
        QCOMPARE(result.exitCode, 1);
        const QString holder = QStringLiteral("process %1").arg(QCoreApplication::applicationPid());
        QVERIFY2(result.err.contains(holder), qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("still writing")), qPrintable(result.out));
        QVERIFY(!destinations().contains(QStringLiteral("SF_Held")));
    }

    // validate on a subaccount: its destinations and its current trust certificate; unreachable is exit 3.
    void validatesASubaccount()
    {
        QJsonObject paused { { QStringLiteral("Name"), QStringLiteral("Paused_Provider") },
                             { QStringLiteral("Type"), QStringLiteral("HTTP") },
                             { QStringLiteral("URL"), QStringLiteral("https://example.com/tasks") },
                             { QStringLiteral("ProxyType"), QStringLiteral("Internet") },
                             { QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication") },
                             { QStringLiteral("User"), QStringLiteral("TASKS") },
                             { QStringLiteral("Password"), QStringLiteral("PausedPassword42") },
                             { QStringLiteral("tc.provider_type"), QStringLiteral("Custom") } };
        QVERIFY(m_sandbox.addDestination(paused));
        const Run result = run({ QStringLiteral("validate"), QStringLiteral("--subaccount"), m_key,
                                 QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(result.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QStringList rules;
        for (const auto &finding : root.value(QStringLiteral("findings")).toArray()) {
            if (finding.toObject().value(QStringLiteral("destination")).toString() == QLatin1String("Paused_Provider"))
                rules.append(finding.toObject().value(QStringLiteral("rule")).toString());
        }
        QVERIFY2(rules.contains(QStringLiteral("tc-enabled-missing")), qPrintable(result.out));
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("destinations")).toInt(),
                 int(m_sandbox.subaccountDestinations().size()));
        // No secret of the subaccount reaches the report, in any format (the PDF is laid out from the HTML).
        QVERIFY(!result.out.contains(QStringLiteral("KeyOne123")));
        const Run html = run({ QStringLiteral("validate"), QStringLiteral("--subaccount"), m_key,
                               QStringLiteral("--format"), QStringLiteral("html") });
        QCOMPARE(html.exitCode, 1);
        QVERIFY(html.out.contains(QStringLiteral("Paused_Provider")));
        const QRegularExpression secretKey(QStringLiteral("(password|secret|apikey|clientkey)$"),
                                           QRegularExpression::CaseInsensitiveOption);
        int secrets = 0;
        for (const QJsonObject &destination : m_sandbox.subaccountDestinations()) {
            for (auto it = destination.begin(); it != destination.end(); ++it) {
                const QString value = it.value().toString();
                if (!it.key().contains(secretKey) || value.size() < 6)
                    continue;
                ++secrets;
                QVERIFY2(!html.out.contains(value) && !result.out.contains(value), qPrintable(it.key()));
            }
        }
        QVERIFY(secrets > 0);
        QVERIFY(m_sandbox.removeDestination(QStringLiteral("Paused_Provider")));

        // The certificate a provider holds, against the subaccount's current one.
        const QString held = m_dir.filePath(QStringLiteral("held.pem"));
        writeFile(held, m_sandbox.trustCertificatePem());
        const Run same = run(
            { QStringLiteral("validate"), QStringLiteral("--subaccount"), m_key, QStringLiteral("--trust"), held });
        QVERIFY2(!same.out.contains(QStringLiteral("trust-mismatch")), qPrintable(same.out));
        const Run other = run({ QStringLiteral("validate"), QStringLiteral("--subaccount"), m_key,
                                QStringLiteral("--trust"), m_dir.filePath(QStringLiteral("trust.pem")) });
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.out.contains(QStringLiteral("trust-mismatch")), qPrintable(other.out));

        SandboxSubaccount stopped;
        QVERIFY(stopped.start());
        const QString stoppedKey = m_dir.filePath(QStringLiteral("stopped-key.json"));
        writeFile(stoppedKey, QJsonDocument(stopped.serviceKey()).toJson());
        stopped.stop();
        QCOMPARE(run({ QStringLiteral("validate"), QStringLiteral("--subaccount"), stoppedKey }).exitCode, 3);
    }

    // The token test of validate, end to end: the sandbox answers find-destination with authTokens as the service
    // does, here with the provider refusing (a certificate SuccessFactors does not hold) and with SystemUser no
    // longer honoured; each becomes a finding with the provider file's hint.
    void validateTestsTokens()
    {
        QVERIFY(destinations().contains(QStringLiteral("SF_Cli")));
        const auto tokenFinding = [this]() {
            const Run result = run({ QStringLiteral("validate"), QStringLiteral("--subaccount"), m_key,
                                     QStringLiteral("--format"), QStringLiteral("json") });
            for (const auto &finding :
                 QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
                const QJsonObject object = finding.toObject();
                if (object.value(QStringLiteral("destination")).toString() == QLatin1String("SF_Cli")
                    && object.value(QStringLiteral("rule")).toString() == QLatin1String("token-error"))
                    return object;
            }
            return QJsonObject();
        };
        QVERIFY(tokenFinding().isEmpty()); // the sandbox fetches a token with it

        m_sandbox.setProviderRejection(QStringLiteral("SF_Cli"),
                                       QStringLiteral("Unable to verify the signature of the SAML assertion"));
        QJsonObject finding = tokenFinding();
        QVERIFY(!finding.isEmpty());
        QVERIFY2(finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("signature")),
                 qPrintable(finding.value(QStringLiteral("message")).toString()));
        QVERIFY2(finding.value(QStringLiteral("fix")).toString().contains(QStringLiteral("trust certificate")),
                 qPrintable(finding.value(QStringLiteral("fix")).toString()));
        QVERIFY(finding.value(QStringLiteral("fix")).toString().contains(QStringLiteral("samlAssertionEncoding")));
        m_sandbox.setProviderRejection(QStringLiteral("SF_Cli"), {});

        m_sandbox.setSystemUserHonoured(false);
        finding = tokenFinding();
        m_sandbox.setSystemUserHonoured(true);
        QVERIFY2(finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("Cannot determine user")),
                 qPrintable(finding.value(QStringLiteral("message")).toString()));
        QVERIFY(finding.value(QStringLiteral("fix")).toString().contains(QStringLiteral("SystemUser")));
    }

    // Rotating the trust without downtime: a passive certificate first, for the providers; rotate only when told;
    // a provider that does not hold the new one yet makes it rotate back; then the old one can go.
    void trustRotatesWithoutDowntime()
    {
        const QStringList withKey { QStringLiteral("--subaccount"), m_key };
        // A SuccessFactors primary with a technical user: its token is asked for with the certificate that signs.
        const QJsonObject successFactors { { "Name", "SF_Rotation" },
                                           { "Type", "HTTP" },
                                           { "URL", "https://api4.successfactors.com" },
                                           { "ProxyType", "Internet" },
                                           { "Authentication", "OAuth2SAMLBearerAssertion" },
                                           { "audience", "www.successfactors.com" },
                                           { "clientKey", "rotation-key" },
                                           { "tokenServiceURL", "https://api4.successfactors.com/oauth/token" },
                                           { "SystemUser", "TECH_USER" },
                                           { "tc.enabled", "true" },
                                           { "tc.provider_type", "SuccessFactors" } };
        QVERIFY(m_sandbox.addDestination(successFactors));
        const auto cleanUp = qScopeGuard([this] {
            m_sandbox.setProviderTrust(QStringLiteral("SF_Rotation"), {});
            m_sandbox.removeDestination(QStringLiteral("SF_Rotation"));
        });
        const QByteArray before = m_sandbox.trustCertificatePem();
        const Run status = run(QStringList { QStringLiteral("trust"), QStringLiteral("status") } + withKey);
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
        QVERIFY2(status.out.contains(QStringLiteral("Passive: none")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("SAP SuccessFactors")), qPrintable(status.out));
        QVERIFY(status.out.contains(TrustCertificate::fromData(before).sha256Fingerprint()));

        // Without --yes, and without a passive certificate, nothing changes.
        const Run notYet = run(QStringList { QStringLiteral("trust"), QStringLiteral("rotate") } + withKey);
        QCOMPARE(notYet.exitCode, 1);
        QVERIFY2(notYet.err.contains(QStringLiteral("trust prepare")), qPrintable(notYet.err));
        QCOMPARE(m_sandbox.trustCertificatePem(), before);

        const QString passiveFile = m_dir.filePath(QStringLiteral("trust/passive.pem"));
        const Run prepared = run(
            QStringList { QStringLiteral("trust"), QStringLiteral("prepare"), QStringLiteral("--out"), passiveFile }
            + withKey);
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.out + prepared.err));
        const QByteArray passive = m_sandbox.passiveTrustCertificatePem();
        QVERIFY(!passive.isEmpty() && passive != before);
        QFile file(passiveFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(TrustCertificate::fromData(file.readAll()).sha256Fingerprint(),
                 TrustCertificate::fromData(passive).sha256Fingerprint());
        QCOMPARE(m_sandbox.trustCertificatePem(), before);

        // SuccessFactors still holds only the old certificate: its token test fails with the new one, and the
        // rotation is undone.
        m_sandbox.setProviderTrust(QStringLiteral("SF_Rotation"), { before });
        const QStringList rotate
            = QStringList { QStringLiteral("trust"), QStringLiteral("rotate"), QStringLiteral("--yes") } + withKey;
        const Run refused = run(rotate);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Rotated back")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("SF_Rotation")), qPrintable(refused.err));
        QCOMPARE(m_sandbox.trustCertificatePem(), before);
        QCOMPARE(m_sandbox.passiveTrustCertificatePem(), passive);

        // Given the new one too, it accepts: rotated, the old one passive, then removed.
        m_sandbox.setProviderTrust(QStringLiteral("SF_Rotation"), { before, passive });
        const Run rotated = run(rotate);
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.out + rotated.err));
        QVERIFY2(rotated.out.contains(QStringLiteral("Rotated.")), qPrintable(rotated.out));
        QCOMPARE(m_sandbox.trustCertificatePem(), passive);
        QCOMPARE(m_sandbox.passiveTrustCertificatePem(), before);
        const Run removed = run(QStringList { QStringLiteral("trust"), QStringLiteral("remove-passive") } + withKey);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
        QVERIFY(m_sandbox.passiveTrustCertificatePem().isEmpty());
        QCOMPARE(m_sandbox.trustCertificatePem(), passive);

        // Bad input says what to do.
        QCOMPARE(run(QStringList { QStringLiteral("trust") } + withKey).exitCode, 2);
        QCOMPARE(
            run(QStringList { QStringLiteral("trust"), QStringLiteral("status"), QStringLiteral("--yes") } + withKey)
                .exitCode,
            2);
    }

    void fetchTrustWritesTheSubaccountsCertificate()
    {
        const QString out = m_dir.filePath(QStringLiteral("fetched/trust.pem"));
        const Run result = run(
            { QStringLiteral("fetch-trust"), QStringLiteral("--subaccount"), m_key, QStringLiteral("--out"), out });
        QCOMPARE(result.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), m_sandbox.trustCertificatePem().trimmed());
        QVERIFY(result.out.contains(QStringLiteral("SHA-256:")));
    }

    // Faults on reading the trust certificate: each said, with its exit code; nothing half-written; again: whole.
    void fetchTrustFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("401") << 401 << 2 << false << 3;
        QTest::newRow("403") << 403 << 1 << false << 3;
        QTest::newRow("404 (not the Destination service)") << 404 << 1 << false << 3;
        QTest::newRow("429 once") << 429 << 1 << false << 0;
        QTest::newRow("500 past the retries") << 500 << 5 << false << 3;
        QTest::newRow("503 once") << 503 << 1 << false << 0;
        QTest::newRow("dropped connection") << 0 << 2 << true << 3;
    }
    void fetchTrustFaults()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(bool, drop);
        QFETCH(int, exitCode);
        const QString out = m_dir.filePath(QStringLiteral("fault-trust/%1.pem").arg(QTest::currentDataTag()));
        QFile::remove(out);
        injectFault(status, count, drop, "GET", QStringLiteral("/destination-configuration/v1/saml2Metadata"));
        const QStringList arguments { QStringLiteral("fetch-trust"), QStringLiteral("--subaccount"), m_key,
                                      QStringLiteral("--out"), out };
        const Run faulted = run(arguments);
        m_sandbox.clearFaults();
        QVERIFY2(faulted.exitCode == exitCode,
                 qPrintable(QString::number(faulted.exitCode) + faulted.out + faulted.err));
        if (exitCode != 0) {
            QVERIFY2(!faulted.err.trimmed().isEmpty(), "a failure says why");
            QVERIFY(!QFileInfo::exists(out)); // nothing half-written
        }
        const Run again = run(arguments);
        QCOMPARE(again.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), m_sandbox.trustCertificatePem().trimmed());
    }
};

QTEST_GUILESS_MAIN(TestSubaccountCommands)
#include "tst_subaccountcommands.moc"
