// The review and apply steps without a window, against the sandbox subaccount over loopback HTTP: the plan and
// the other primaries to the same system, applying and testing, a rename that cannot read the subaccount, and
// the destinations held back behind a primary left alone, and the key stores uploaded before the destinations that
// name them.
#include "ExampleValues.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "setup/ApplySession.h"
#include "setup/SetupModel.h"
#include "subaccounts/SubaccountConnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestApplySession : public QObject
{
    Q_OBJECT

private:
    SandboxSubaccount *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    SubaccountConnection *m_connection = nullptr;

    // A SuccessFactors setup for the demo landscape's system (apisalesdemo8, company SFPART000123).
    std::unique_ptr<SetupModel> model(const QString &name, const QString &company = QStringLiteral("SFPART000123"))
    {
        auto setup = std::make_unique<SetupModel>(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        setup->setValue(QStringLiteral("destinationName"), name);
        setup->setValue(QStringLiteral("apiServer"), QStringLiteral("https://apisalesdemo8.successfactors.com"));
        setup->setValue(QStringLiteral("companyId"), company);
        setup->setValue(QStringLiteral("technicalUser"), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        setup->setValue(QStringLiteral("apiKey"), QStringLiteral("session-technical-key"));
        setup->setValue(QStringLiteral("ppApiKey"), QStringLiteral("session-pp-key"));
        return setup;
    }

    static QHash<QString, QJsonObject> byName(const QList<QJsonObject> &destinations)
    {
        QHash<QString, QJsonObject> named;
        for (const QJsonObject &destination : destinations)
            named.insert(destination.value(QStringLiteral("Name")).toString(), destination);
        return named;
    }

    static bool reviewed(ApplySession &session)
    {
        QSignalSpy done(&session, &ApplySession::reviewed);
        session.review();
        return done.wait(15000) && done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
    }

    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxSubaccount(this);
        QVERIFY(m_sandbox->seed(SandboxSubaccount::Seed::Demo));
        QVERIFY(m_sandbox->start());
        m_network = new QNetworkAccessManager(this);
        m_connection = new SubaccountConnection(m_network, this);
        m_connection->useProfile({ QStringLiteral("test"), QStringLiteral("Test"),
                                   DestinationServiceKey::fromText(QJsonDocument(m_sandbox->serviceKey()).toJson()) });
    }
    void cleanup()
    {
        delete m_connection;
        delete m_network;
        delete m_sandbox;
    }

    void plansAndNamesTheOtherPrimariesToTheSameSystem()
    {
        auto setup = model(QStringLiteral("SF_New"));
        ApplySession session(setup.get(), m_connection);
        QVERIFY(reviewed(session));
        QCOMPARE(session.plan().size(), 2);
        QCOMPARE(session.plan().at(0).name, QStringLiteral("SF_New"));
        QCOMPARE(session.plan().at(1).primaryName, QStringLiteral("SF_New"));
        QCOMPARE(session.plan().count(DestinationChange::Action::Create), 2);
        QStringList duplicates = session.duplicatePrimaries();
        duplicates.sort();
        QCOMPARE(duplicates, QStringList({ QStringLiteral("SuccessFactors"), QStringLiteral("SuccessFactors_HR") }));
        QCOMPARE(session.primaryName(), QStringLiteral("SF_New"));

        // Another company on the same API server is another system.
        auto other = model(QStringLiteral("SF_Other"), QStringLiteral("OTHERCO"));
        ApplySession otherSession(other.get(), m_connection);
        QVERIFY(reviewed(otherSession));
        QVERIFY(otherSession.duplicatePrimaries().isEmpty());
    }

    // A destination of our name that connects another system is named with what it connects today; one to the
    // same system (a new API key, say) is not.
    void namesTheConnectionsAnUpdateWouldReplace()
    {
        auto sameName = model(QStringLiteral("SuccessFactors"), QStringLiteral("OTHERCO"));
        ApplySession session(sameName.get(), m_connection);
        QVERIFY(reviewed(session));
        QCOMPARE(session.plan().at(0).action, DestinationChange::Action::Update);
        QVERIFY2(session.replacedConnections().contains(QStringLiteral(
                     "SuccessFactors now connects apisalesdemo8.successfactors.com, companyId SFPART000123")),
                 qPrintable(session.replacedConnections().join(QStringLiteral("; "))));
        auto sameSystem = model(QStringLiteral("SuccessFactors"), QStringLiteral("SFPART000123"));
        sameSystem->setValue(QStringLiteral("apiServer"), QStringLiteral("https://apisalesdemo8.successfactors.com"));
        sameSystem->setValue(QStringLiteral("apiKey"), QStringLiteral("a-new-api-key"));
        ApplySession update(sameSystem.get(), m_connection);
        QVERIFY(reviewed(update));
        QCOMPARE(update.plan().at(0).action, DestinationChange::Action::Update);
        QVERIFY2(update.replacedConnections().isEmpty(), qPrintable(update.replacedConnections().join("; ")));
    }

    // The test connection also compares the certificate the setup used with the subaccount's current one.
    void testConnectionComparesTheTrustCertificate()
    {
        auto setup = model(QStringLiteral("SF_Trust"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto old
            = CertificateFactory::createSelfSigned(QStringLiteral("renewed-meanwhile"), now, now.addDays(90));
        QVERIFY(old);
        setup->setTrustCertificate(TrustCertificate::fromData(old->certificatePem));
        ApplySession session(setup.get(), m_connection);
        QVERIFY(reviewed(session));
        DestinationApplier *applier = session.applier(this);
        QSignalSpy finished(applier, &DestinationApplier::finished);
        applier->start();
        QVERIFY(finished.wait(15000));
        QSignalSpy tested(&session, &ApplySession::tested);
        session.testConnection();
        QVERIFY(tested.wait(15000));
        const QString message = tested.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("is not the subaccount's current one")), qPrintable(message));
        QVERIFY(message.contains(TrustCertificate::fromData(m_sandbox->trustCertificatePem()).sha256Fingerprint()));
        // With the subaccount's own certificate, nothing is said about it.
        setup->setTrustCertificate(TrustCertificate::fromData(m_sandbox->trustCertificatePem()));
        tested.clear();
        session.testConnection();
        QVERIFY(tested.wait(15000));
        QVERIFY(!tested.first().at(1).toString().contains(QStringLiteral("current one")));
    }

    void appliesAndTests()
    {
        auto setup = model(QStringLiteral("SF_Applied"));
        ApplySession session(setup.get(), m_connection);
        QVERIFY(reviewed(session));
        DestinationApplier *applier = session.applier(this);
        QSignalSpy finished(applier, &DestinationApplier::finished);
        applier->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(applier->succeeded());
        QSignalSpy tested(&session, &ApplySession::tested);
        session.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).value<ApplySession::TestOutcome>(), ApplySession::TestOutcome::Works);
        // Again: nothing to write.
        QVERIFY(reviewed(session));
        QVERIFY(!session.plan().hasWrites());
    }

    // Faults during the connection test: the outcome is said in plain words, nothing the user typed is lost, and
    // testing again without the fault works.
    void testConnectionUnderFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("kind"); // "status", "drop" or "slow"
        QTest::addColumn<bool>("works"); // the client's retries carry it through
        QTest::addColumn<QString>("said");
        QTest::newRow("401 twice") << 401 << 2 << 0 << "status" << false << "rejected the service key";
        QTest::newRow("403") << 403 << 1 << 0 << "status" << false << "access denied";
        QTest::newRow("404") << 404 << 1 << 0 << "status" << false << "does not exist in the subaccount";
        QTest::newRow("429 with Retry-After") << 429 << 1 << 1 << "status" << true << "works";
        QTest::newRow("500 past the retries") << 500 << 4 << 0 << "status" << false << "problem on its side";
        QTest::newRow("503 once") << 503 << 1 << 0 << "status" << true << "works";
        QTest::newRow("timeout") << 0 << 2 << 0 << "slow" << false << "did not answer within";
        QTest::newRow("dropped connection") << 0 << 2 << 0 << "drop" << false << "closed the connection";
    }
    void testConnectionUnderFaults()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(int, retryAfter);
        QFETCH(QString, kind);
        QFETCH(bool, works);
        QFETCH(QString, said);
        auto setup = model(QStringLiteral("SF_Tested"));
        const QHash<QString, QString> typed = setup->templateValues();
        ApplySession session(setup.get(), m_connection);
        QVERIFY(reviewed(session));
        DestinationApplier *applier = session.applier(this);
        QSignalSpy applied(applier, &DestinationApplier::finished);
        applier->start();
        QVERIFY(applied.wait(15000));
        QVERIFY(applier->succeeded());

        DestinationServiceClient *client = m_connection->client();
        client->setRetryPolicy(3, 50);
        client->setTimeout(1000);
        SandboxSubaccount::Fault fault;
        fault.status = status;
        fault.count = count;
        fault.retryAfterSeconds = retryAfter;
        fault.dropConnection = kind == QStringLiteral("drop");
        fault.delayMs = kind == QStringLiteral("slow") ? 3000 : 0;
        fault.pathPrefix = QStringLiteral("/destination-configuration/v1/destinations/");
        m_sandbox->injectFault(fault);
        QElapsedTimer clock;
        clock.start();
        QSignalSpy tested(&session, &ApplySession::tested);
        session.testConnection();
        QVERIFY(tested.wait(15000));
        const auto outcome = tested.first().at(0).value<ApplySession::TestOutcome>();
        const QString message = tested.first().at(1).toString();
        QCOMPARE(outcome, works ? ApplySession::TestOutcome::Works : ApplySession::TestOutcome::Failed);
        QVERIFY2(message.contains(said), qPrintable(message));
        if (retryAfter > 0)
            QVERIFY2(clock.elapsed() >= retryAfter * 1000 - 50, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(setup->templateValues(), typed);

        m_sandbox->clearFaults();
        tested.clear();
        session.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).value<ApplySession::TestOutcome>(), ApplySession::TestOutcome::Works);
    }

    void aRenameThatCannotReadKeepsTheOldName()
    {
        auto setup = model(QStringLiteral("SF_Taken"));
        ApplySession session(setup.get(), m_connection);
        QVERIFY(reviewed(session));
        QString problem;
        QVERIFY(!session.rename(QStringLiteral("SF Taken 2"), &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(setup->value(QStringLiteral("destinationName")), QStringLiteral("SF_Taken"));

        SandboxSubaccount::Fault slow;
        slow.delayMs = 10000;
        slow.pathPrefix = QStringLiteral("/destination-configuration");
        m_sandbox->injectFault(slow);
        QSignalSpy done(&session, &ApplySession::reviewed);
        QVERIFY(session.rename(QStringLiteral("SF_Taken_2"), &problem));
        QCOMPARE(setup->value(QStringLiteral("destinationName")), QStringLiteral("SF_Taken_2"));
        session.cancel();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().first().toBool(), false);
        // Nothing was read under the new name, so the old one and its plan stay.
        QCOMPARE(setup->value(QStringLiteral("destinationName")), QStringLiteral("SF_Taken"));
        QCOMPARE(session.primaryName(), QStringLiteral("SF_Taken"));
    }

    void holdsBackTheSecondaryOfAPrimaryLeftAlone()
    {
        auto setup = model(QStringLiteral("SuccessFactors"), QStringLiteral("ANOTHERCO")); // the demo's name
        ApplySession session(setup.get(), m_connection);
        QVERIFY(reviewed(session));
        QCOMPARE(session.plan().at(0).action, DestinationChange::Action::Update);
        QStringList held;
        const DestinationChangePlan writes = session.writes(false, &held);
        // SuccessFactors_PP exists too, with other values: an update, left alone as well; nothing to write.
        QCOMPARE(writes.size(), 0);
        auto fresh = model(QStringLiteral("SuccessFactors_HR"), QStringLiteral("ANOTHERCO"));
        ApplySession freshSession(fresh.get(), m_connection);
        QVERIFY(reviewed(freshSession));
        QCOMPARE(freshSession.plan().at(0).action, DestinationChange::Action::Update);
        QCOMPARE(freshSession.plan().at(1).action, DestinationChange::Action::Create);
        held.clear();
        QCOMPARE(freshSession.writes(false, &held).size(), 0);
        QCOMPARE(held, QStringList { QStringLiteral("SuccessFactors_HR_PP") });
        QCOMPARE(freshSession.writes(true, &held).size(), 2);
    }

    // A key store the destinations name (C4C's primary with a certificate) goes to the subaccount's destination
    // certificates before them: uploaded when new, left when the subaccount has the same file, replaced only when
    // updates are asked for (the destinations that name it wait otherwise), and when there is nothing to upload and the
    // subaccount has none, the destinations that name it are not written.
    void keyStoresGoFirst_data()
    {
        QTest::addColumn<QString>("value"); // "file": the .p12 on this computer; else a name only
        QTest::addColumn<QString>("inSubaccount"); // "": none of that name; "same" or "other" content
        QTest::addColumn<int>("action"); // CertificateChange::Action
        QTest::addColumn<bool>("written"); // whether the destinations are written (with updates)
        QTest::newRow("new file") << "file"
                                  << "" << int(CertificateChange::Action::Upload) << true;
        QTest::newRow("the same file is there") << "file"
                                                << "same" << int(CertificateChange::Action::Unchanged) << true;
        QTest::newRow("another file of that name") << "file"
                                                   << "other" << int(CertificateChange::Action::Replace) << true;
        QTest::newRow("a name the subaccount has") << "c4c.p12"
                                                   << "other" << int(CertificateChange::Action::Unchanged) << true;
        QTest::newRow("a name the subaccount lacks") << "c4c.p12"
                                                     << "" << int(CertificateChange::Action::Missing) << false;
    }
    void keyStoresGoFirst()
    {
        QFETCH(QString, value);
        QFETCH(QString, inSubaccount);
        QFETCH(int, action);
        QFETCH(bool, written);
        QTemporaryDir folder;
        SetupModel setup(ProviderDefinition::builtIn(QStringLiteral("c4c")));
        setup.setPath(QStringLiteral("certificate"));
        fillInExampleValues(&setup, folder.path());
        setup.setValue(QStringLiteral("destinationName"), QStringLiteral("C4C_Cert"));
        setup.setTrustCertificate(TrustCertificate::fromData(m_sandbox->trustCertificatePem()));
        const QString file = setup.value(QStringLiteral("keyStoreFile"));
        QFile ours(file);
        QVERIFY(ours.open(QIODevice::ReadOnly));
        const QByteArray content = ours.readAll();
        if (value != QLatin1String("file"))
            setup.setValue(QStringLiteral("keyStoreFile"), value);
        QVERIFY2(!setup.hasErrors(QDateTime::currentDateTimeUtc()),
                 qPrintable(setup.problems(QDateTime::currentDateTimeUtc()).value(0).message));
        QCOMPARE(setup.destination(QStringLiteral("primary")).value(QStringLiteral("KeyStoreLocation")),
                 QStringLiteral("c4c.p12"));
        const QByteArray other = makeKeyStore(folder.path(), QStringLiteral("other"), QStringLiteral("someone-else"));
        if (!inSubaccount.isEmpty()) {
            QVERIFY(m_sandbox->addCertificate(QStringLiteral("c4c.p12"), inSubaccount == "same" ? content : other));
            // Someone else's destination that names the same file.
            QVERIFY(m_sandbox->addDestination({ { "Name", "Other_C4C" },
                                                { "Type", "HTTP" },
                                                { "URL", "https://other.example.com" },
                                                { "Authentication", "ClientCertificateAuthentication" },
                                                { "KeyStoreLocation", "c4c.p12" },
                                                { "KeyStorePassword", "x" },
                                                { "ProxyType", "Internet" } }));
        }
        ApplySession session(&setup, m_connection);
        QVERIFY(reviewed(session));
        QCOMPARE(session.plan().certificates().size(), 1);
        const CertificateChange &certificate = session.plan().certificates().first();
        QCOMPARE(certificate.name, QStringLiteral("c4c.p12"));
        QCOMPARE(int(certificate.action), action);
        QCOMPARE(certificate.usedBy, QStringList { QStringLiteral("C4C_Cert") });
        QCOMPARE(certificate.alsoUsedBy,
                 inSubaccount.isEmpty() ? QStringList() : QStringList { QStringLiteral("Other_C4C") });
        QCOMPARE(certificate.problem.isEmpty(), action != int(CertificateChange::Action::Missing));

        // Without updates, a key store with other content stays, and the destinations that name it wait.
        QStringList held;
        const DestinationChangePlan cautious = session.writes(false, &held);
        const bool replaces = action == int(CertificateChange::Action::Replace);
        const QStringList pair { QStringLiteral("C4C_Cert"), QStringLiteral("C4C_Cert_PP") };
        QCOMPARE(held, replaces ? pair : QStringList());
        QCOMPARE(cautious.certificates().size(), replaces ? 0 : 1);

        DestinationApplier *applier = session.applier(this, session.writes(true));
        QSignalSpy finished(applier, &DestinationApplier::finished);
        QSignalSpy uploaded(applier, &DestinationApplier::certificateFinished);
        applier->start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(uploaded.size(), 1);
        const DestinationApplyResult &result = applier->certificateResults().first();
        QCOMPARE(result.outcome == DestinationApplyResult::Outcome::Done, written);
        QCOMPARE(applier->succeeded(), written);
        const QHash<QString, QByteArray> certificates = m_sandbox->subaccountCertificates();
        if (value == QLatin1String("file"))
            QCOMPARE(certificates.value(QStringLiteral("c4c.p12")), content);
        else
            QCOMPARE(certificates.value(QStringLiteral("c4c.p12")), inSubaccount.isEmpty() ? QByteArray() : other);
        QStringList names;
        for (const QJsonObject &destination : m_sandbox->subaccountDestinations())
            names.append(destination.value(QStringLiteral("Name")).toString());
        QCOMPARE(names.contains(QStringLiteral("C4C_Cert")), written);
        QCOMPARE(names.contains(QStringLiteral("C4C_Cert_PP")), written);
        if (!written) {
            QCOMPARE(applier->result(0).outcome, DestinationApplyResult::Outcome::Skipped);
            QVERIFY2(applier->result(0).errorMessage.contains(QStringLiteral("c4c.p12")),
                     qPrintable(applier->result(0).errorMessage));
            return;
        }
        // Client certificate authentication fetches no token: the test says whether the Destination service hands
        // out the key store, and says so when it is gone.
        for (const bool present : { true, false }) {
            if (!present)
                QVERIFY(m_sandbox->removeCertificate(QStringLiteral("c4c.p12")));
            QSignalSpy tested(&session, &ApplySession::tested);
            session.testConnection();
            QVERIFY(tested.wait(15000));
            const auto outcome = tested.first().at(0).value<ApplySession::TestOutcome>();
            const QString message = tested.first().at(1).toString();
            QCOMPARE(outcome, present ? ApplySession::TestOutcome::Works : ApplySession::TestOutcome::Failed);
            QVERIFY2(message.contains(present ? QStringLiteral("hands out its key store c4c.p12")
                                              : QStringLiteral("does not find the key store c4c.p12")),
                     qPrintable(message));
        }
    }

    // A key store the service refuses keeps the destinations that name it out, and says why; retrying the primary
    // uploads the key store first, then writes the primary and the secondary that waited for it.
    void aRefusedKeyStoreIsUploadedAgainOnRetry()
    {
        QTemporaryDir folder;
        SetupModel setup(ProviderDefinition::builtIn(QStringLiteral("c4c")));
        setup.setPath(QStringLiteral("certificate"));
        fillInExampleValues(&setup, folder.path());
        setup.setValue(QStringLiteral("destinationName"), QStringLiteral("C4C_Retry"));
        setup.setTrustCertificate(TrustCertificate::fromData(m_sandbox->trustCertificatePem()));
        ApplySession session(&setup, m_connection);
        QVERIFY(reviewed(session));
        SandboxSubaccount::Fault refused;
        refused.status = 403;
        refused.method = "POST";
        refused.pathPrefix = QStringLiteral("/destination-configuration/v1/subaccountCertificates");
        m_sandbox->injectFault(refused);
        DestinationApplier *applier = session.applier(this);
        QSignalSpy finished(applier, &DestinationApplier::finished);
        applier->start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(applier->certificateResults().first().outcome, DestinationApplyResult::Outcome::Failed);
        QVERIFY(!applier->certificateResults().first().errorMessage.isEmpty());
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(applier->result(i).outcome, DestinationApplyResult::Outcome::Skipped);
            QVERIFY(!byName(m_sandbox->subaccountDestinations()).contains(applier->result(i).name));
        }
        QVERIFY2(applier->result(0).errorMessage.contains(QStringLiteral("c4c.p12")),
                 qPrintable(applier->result(0).errorMessage));

        applier->retry(0);
        QVERIFY(finished.wait(15000));
        QCOMPARE(applier->certificateResults().first().outcome, DestinationApplyResult::Outcome::Done);
        QCOMPARE(applier->result(0).outcome, DestinationApplyResult::Outcome::Done);
        QCOMPARE(applier->result(1).outcome, DestinationApplyResult::Outcome::Done);
        QVERIFY(m_sandbox->subaccountCertificates().contains(QStringLiteral("c4c.p12")));
        const auto written = byName(m_sandbox->subaccountDestinations());
        QVERIFY(written.contains(QStringLiteral("C4C_Retry")) && written.contains(QStringLiteral("C4C_Retry_PP")));
    }

    // A key store on this computer is checked where it is entered: a wrong password at the password, a file that is
    // no key store at the file.
    void aKeyStoreIsCheckedWhereItIsEntered()
    {
        QTemporaryDir folder;
        SetupModel setup(ProviderDefinition::builtIn(QStringLiteral("c4c")));
        setup.setPath(QStringLiteral("certificate"));
        fillInExampleValues(&setup, folder.path());
        QCOMPARE(setup.checkInput(QStringLiteral("keyStoreFile")).severity, InputChecks::Severity::Ok);
        QCOMPARE(setup.checkInput(QStringLiteral("keyStorePassword")).severity, InputChecks::Severity::Ok);
        setup.setValue(QStringLiteral("keyStorePassword"), QStringLiteral("not-the-password"));
        QCOMPARE(setup.checkInput(QStringLiteral("keyStoreFile")).severity, InputChecks::Severity::Ok);
        QVERIFY(setup.checkInput(QStringLiteral("keyStorePassword")).message.contains(QStringLiteral("password")));
        const QString notAKeyStore = folder.filePath(QStringLiteral("notes.p12"));
        QFile text(notAKeyStore);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a key store") > 0);
        text.close();
        setup.setValue(QStringLiteral("keyStoreFile"), notAKeyStore);
        QVERIFY(setup.checkInput(QStringLiteral("keyStoreFile")).isError());
        QCOMPARE(setup.checkInput(QStringLiteral("keyStorePassword")).severity, InputChecks::Severity::Ok);
        setup.setValue(QStringLiteral("keyStoreFile"), folder.filePath(QStringLiteral("gone.p12")));
        QVERIFY(setup.checkInput(QStringLiteral("keyStoreFile")).isError());
        // A name only: the subaccount is to have it, which the review finds out.
        setup.setValue(QStringLiteral("keyStoreFile"), QStringLiteral("c4c.p12"));
        QCOMPARE(setup.checkInput(QStringLiteral("keyStoreFile")).severity, InputChecks::Severity::Ok);
        QCOMPARE(setup.keyStores().value(0).localPath, QString());
        QCOMPARE(setup.keyStores().value(0).name, QStringLiteral("c4c.p12"));
    }
};

QTEST_GUILESS_MAIN(TestApplySession)
#include "tst_applysession.moc"
