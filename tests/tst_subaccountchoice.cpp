// Where the destinations go, decided without a window: a new subaccount's key is tested against the sandbox over
// loopback HTTP and kept with its secret in a real keychain (the test runs under tests/with-keyring.sh); a saved
// one is read back from it.
#include "destinationservice/DestinationServiceClient.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "secrets/SecretStore.h"
#include "subaccounts/SubaccountChoice.h"
#include "subaccounts/SubaccountConnection.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestSubaccountChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
    }

    void addsChoosesAndRemovesASubaccount()
    {
        SandboxSubaccount sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        SubaccountConnection connection(&network);
        SecretStore secrets(SecretStore::DefaultService);
        SubaccountChoice choice(&connection, &secrets);
        choice.setKeychainAvailable(true);
        choice.reload();
        QVERIFY(choice.profiles().isEmpty());
        QSignalSpy said(&choice, &SubaccountChoice::said);
        QSignalSpy saved(&choice, &SubaccountChoice::newProfileSaved);
        QSignalSpy changed(&choice, &SubaccountChoice::profilesChanged);

        // Checked before anything is sent: a name and a key are needed.
        QString problem;
        QVERIFY(!choice.testAndSave(QString(), QJsonDocument(sandbox.serviceKey()).toJson(), &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!choice.testAndSave(QStringLiteral("QA"), QByteArray("{}"), &problem));
        QVERIFY(!problem.isEmpty());

        // A rejected key: said why, nothing kept, nothing used.
        QJsonObject wrong = sandbox.serviceKey();
        wrong.insert(QStringLiteral("clientsecret"), QStringLiteral("not-the-secret"));
        QVERIFY(choice.testAndSave(QStringLiteral("QA EU10"), QJsonDocument(wrong).toJson(), &problem));
        QVERIFY(choice.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!choice.isBusy(), 15000);
        QCOMPARE(said.last().at(0).value<SubaccountChoice::Tone>(), SubaccountChoice::Tone::Error);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(connection.target(), SubaccountConnection::Target::FilesOnly);

        // The right key: used at once, then kept with its secret in the keychain only.
        QVERIFY(choice.testAndSave(QStringLiteral("QA EU10"), QJsonDocument(sandbox.serviceKey()).toJson(), &problem));
        QVERIFY(changed.wait(15000));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(said.last().at(0).value<SubaccountChoice::Tone>(), SubaccountChoice::Tone::Success);
        QCOMPARE(connection.target(), SubaccountConnection::Target::Profile);
        QCOMPARE(choice.profiles().size(), 1);
        const SubaccountProfile profile = choice.profiles().first();
        QCOMPARE(choice.lastProfileId(), profile.id);
        QSettings settings;
        QVERIFY(SubaccountProfiles::load(settings).first().key.clientSecret().isEmpty());

        // Chosen again later: the secret comes back from the keychain.
        choice.chooseFilesOnly();
        QCOMPARE(connection.target(), SubaccountConnection::Target::FilesOnly);
        choice.chooseProfile(profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(connection.target(), SubaccountConnection::Target::Profile, 15000);
        QCOMPARE(connection.profileId(), profile.id);
        auto *token = connection.client()->requestToken();
        QSignalSpy tokenDone(token, &DestinationServiceReply::finished);
        QVERIFY(tokenDone.wait(15000));
        QCOMPARE(token->error(), DestinationServiceReply::Error::NoError);

        // A setup for this subaccount kept a secret under its name.
        const QString setupSecret = profile.secretOwner() + QStringLiteral("/successfactors/SF/apiKey");
        auto *write = secrets.write(setupSecret, QStringLiteral("SetupKeyOfQa"));
        QSignalSpy writeDone(write, &SecretJob::finished);
        QVERIFY(writeDone.wait(15000));
        QCOMPARE(secrets.knownKeys(profile.secretOwner() + QLatin1Char('/')), QStringList { setupSecret });

        // Removed: gone from the settings and the keychain, the setups' secrets for it too.
        choice.removeProfile(profile.id);
        QVERIFY(choice.profiles().isEmpty());
        QCOMPARE(connection.target(), SubaccountConnection::Target::FilesOnly);
        auto *read = secrets.read(profile.secretKey());
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(15000));
        QCOMPARE(read->result(), SecretStore::Result::NotFound);
        auto *readSetup = secrets.read(setupSecret);
        QSignalSpy readSetupDone(readSetup, &SecretJob::finished);
        QVERIFY(readSetupDone.wait(15000));
        QCOMPARE(readSetup->result(), SecretStore::Result::NotFound);
        QVERIFY(secrets.knownKeys(profile.secretOwner()).isEmpty());
        choice.chooseProfile(profile.id); // no such profile any more: nothing happens
        QCOMPARE(connection.target(), SubaccountConnection::Target::FilesOnly);
    }
};

QTEST_GUILESS_MAIN(TestSubaccountChoice)
#include "tst_subaccountchoice.moc"
