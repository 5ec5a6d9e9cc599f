// The review and apply steps without a window, against the sandbox subaccount over loopback HTTP: the plan and
// the other primaries to the same system, applying and testing, a rename that cannot read the subaccount, and
// the destinations held back behind a primary left alone.
#include "ApplySession.h"
#include "CertificateFactory.h"
#include "SandboxSubaccount.h"
#include "SetupModel.h"
#include "SubaccountConnection.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
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

    static bool reviewed(ApplySession &session)
    {
        QSignalSpy done(&session, &ApplySession::reviewed);
        session.review();
        return done.wait(15000) && done.first().first().toBool();
    }

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestApplySession)
#include "tst_applysession.moc"
