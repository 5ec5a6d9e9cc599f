// Runs against a real Secret Service (tests/with-keyring.sh starts a throw-away gnome-keyring), or, when
// TCC_EXPECT_NO_KEYCHAIN=1, with no session bus at all, where every job must say "unavailable".
#include "secrets/SecretStore.h"
#include "setup/SetupModel.h"
#include "setup/SetupSecrets.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

SecretJob *finished(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    // A job answers within its timeout plus one retry at the most.
    if (!spy.wait(25000))
        qFatal("a keychain job never finished");
    return job;
}

bool expectNoKeychain()
{
    return qEnvironmentVariable("TCC_EXPECT_NO_KEYCHAIN") == QStringLiteral("1");
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // Each run of the test uses its own service name, so nothing collides with other entries.
    const QString m_service = QStringLiteral("taskcenter-connect-test");

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void probe()
    {
        SecretStore store(m_service);
        auto *job = finished(store.probe());
        if (expectNoKeychain()) {
            QCOMPARE(job->result(), SecretStore::Result::Unavailable);
            QVERIFY(job->userMessage().contains(QStringLiteral("No keychain")));
            QVERIFY(!job->technicalDetails().isEmpty());
        } else {
            QCOMPARE(job->result(), SecretStore::Result::Ok);
            QCOMPARE(job->value(), QString()); // the probe's value is not handed out
        }
    }

    void writeThenRead_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("api key") << QStringLiteral("NjVkMmZhYzI0ZTFhNDk5OTk");
        QTest::newRow("non-ASCII") << QStringLiteral("Schlüssel-€-任务");
        QTest::newRow("long") << QString(4000, QLatin1Char('x'));
        QTest::newRow("special characters") << QStringLiteral("a=b!c#d:e\\f\"g'");
    }
    void writeThenRead()
    {
        QFETCH(QString, value);
        SecretStore store(m_service);
        const QString key = QStringLiteral("successfactors/Test/apiKey");
        if (expectNoKeychain()) {
            // Never a plain-text fallback: without a keychain nothing is stored anywhere.
            QCOMPARE(finished(store.write(key, value))->result(), SecretStore::Result::Unavailable);
            QCOMPARE(finished(store.read(key))->result(), SecretStore::Result::Unavailable);
            return;
        }
        QCOMPARE(finished(store.write(key, value))->result(), SecretStore::Result::Ok);
        auto *read = finished(store.read(key));
        QCOMPARE(read->result(), SecretStore::Result::Ok);
        QCOMPARE(read->value(), value);
    }

    void overwriteRemoveAndMissing()
    {
        if (expectNoKeychain())
            return; // writeThenRead() covers the missing keychain
        SecretStore store(m_service);
        const QString key = QStringLiteral("successfactors/Other/ppApiKey");
        QCOMPARE(finished(store.write(key, QStringLiteral("first")))->result(), SecretStore::Result::Ok);
        QCOMPARE(finished(store.write(key, QStringLiteral("second")))->result(), SecretStore::Result::Ok);
        QCOMPARE(finished(store.read(key))->value(), QStringLiteral("second"));
        QCOMPARE(finished(store.remove(key))->result(), SecretStore::Result::Ok);
        auto *gone = finished(store.read(key));
        QCOMPARE(gone->result(), SecretStore::Result::NotFound);
        QVERIFY(gone->value().isEmpty());
        QCOMPARE(finished(store.read(QStringLiteral("never/written")))->result(), SecretStore::Result::NotFound);
    }

    void servicesAreIsolated()
    {
        if (expectNoKeychain())
            return; // writeThenRead() covers the missing keychain
        SecretStore demo(QStringLiteral("taskcenter-connect-demo-test"));
        SecretStore real(m_service);
        const QString key = QStringLiteral("successfactors/Shared/apiKey");
        QCOMPARE(finished(real.write(key, QStringLiteral("real")))->result(), SecretStore::Result::Ok);
        QCOMPARE(finished(demo.read(key))->result(), SecretStore::Result::NotFound);
        QCOMPARE(finished(demo.write(key, QStringLiteral("demo")))->result(), SecretStore::Result::Ok);
        QCOMPARE(finished(real.read(key))->value(), QStringLiteral("real"));
    }

    void setupSecretsRoundTrip()
    {
        SecretStore store(m_service);
        SetupModel model(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        model.setValue(QStringLiteral("destinationName"), QStringLiteral("RoundTrip"));
        model.setValue(QStringLiteral("apiKey"), QStringLiteral("TechKey"));
        model.setValue(QStringLiteral("ppApiKey"), QStringLiteral("PpKey"));
        auto *save = SetupSecrets::save(model, &store);
        QSignalSpy saved(save, &SetupSecrets::finished);
        QVERIFY(saved.wait(25000));
        if (expectNoKeychain()) {
            QVERIFY(!save->ok());
            QCOMPARE(save->worstResult(), SecretStore::Result::Unavailable);
            return;
        }
        QVERIFY2(save->ok(), qPrintable(save->userMessage()));

        SetupModel fresh(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        fresh.setValue(QStringLiteral("destinationName"), QStringLiteral("RoundTrip"));
        auto *load = SetupSecrets::load(&fresh, &store);
        QSignalSpy loaded(load, &SetupSecrets::finished);
        QVERIFY(loaded.wait(25000));
        QVERIFY(load->ok());
        QCOMPARE(fresh.value(QStringLiteral("apiKey")), QStringLiteral("TechKey"));
        QCOMPARE(fresh.value(QStringLiteral("ppApiKey")), QStringLiteral("PpKey"));

        // Another destination's secrets are not there: reported as missing, not as a keychain failure.
        SetupModel other(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        other.setValue(QStringLiteral("destinationName"), QStringLiteral("NeverSaved"));
        auto *none = SetupSecrets::load(&other, &store);
        QSignalSpy noneDone(none, &SetupSecrets::finished);
        QVERIFY(noneDone.wait(25000));
        QVERIFY(none->ok());
        QCOMPARE(none->missing(), QStringList({ QStringLiteral("apiKey"), QStringLiteral("ppApiKey") }));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
