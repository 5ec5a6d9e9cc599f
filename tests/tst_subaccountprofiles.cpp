// Subaccount profiles in the settings: round trip, the secret never written, ids and name checks.
#include "subaccounts/SubaccountProfiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

DestinationServiceKey sampleKey(const QString &secret)
{
    return DestinationServiceKey::fromText(
        QStringLiteral("{\"clientid\":\"sb-clone!b1|destination-xsappname!b9\","
                       "\"clientsecret\":\"%1\","
                       "\"url\":\"https://acme.authentication.eu10.hana.ondemand.com\","
                       "\"uri\":\"https://destination-configuration.cfapps.eu10.hana."
                       "ondemand.com\"}")
            .arg(secret)
            .toUtf8());
}

} // namespace

class SubaccountProfilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripWithoutSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            SubaccountProfile profile;
            profile.id = QStringLiteral("production-eu10");
            profile.displayName = QStringLiteral("Production EU10");
            profile.key = sampleKey(QStringLiteral("s3cr3t-value"));
            QVERIFY(profile.key.isValid());
            SubaccountProfiles::save(settings, profile);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("s3cr3t-value"));
        QVERIFY(written.contains("Production EU10"));

        QSettings settings(path, QSettings::IniFormat);
        const QList<SubaccountProfile> profiles = SubaccountProfiles::load(settings);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().displayName, QStringLiteral("Production EU10"));
        QCOMPARE(profiles.first().key.clientId(), QStringLiteral("sb-clone!b1|destination-xsappname!b9"));
        QVERIFY(profiles.first().key.lacksOnlyClientSecret());
        QCOMPARE(profiles.first().secretKey(), QStringLiteral("subaccount/production-eu10/clientsecret"));

        SubaccountProfiles::remove(settings, QStringLiteral("production-eu10"));
        QVERIFY(SubaccountProfiles::load(settings).isEmpty());
    }

    void newId_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Production EU10" << QStringList() << "production-eu10";
        QTest::newRow("symbols") << "  Dev / Test (US) " << QStringList() << "dev-test-us";
        QTest::newRow("nothing usable") << "???" << QStringList() << "subaccount";
        QTest::newRow("taken") << "Dev" << QStringList { "dev", "dev-2" } << "dev-3";
    }

    void newId()
    {
        QFETCH(QString, displayName);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QList<SubaccountProfile> existing;
        for (const QString &id : taken)
            existing.append(SubaccountProfile { id, id, {} });
        QCOMPARE(SubaccountProfiles::newId(displayName, existing), expected);
    }

    void checkDisplayName_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("ownId");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("new name") << "QA"
                                  << "" << true;
        QTest::newRow("empty") << "   "
                               << "" << false;
        QTest::newRow("taken, other case") << "production eu10"
                                           << "" << false;
        QTest::newRow("own name when renaming") << "Production EU10"
                                                << "production-eu10" << true;
    }

    void checkDisplayName()
    {
        QFETCH(QString, displayName);
        QFETCH(QString, ownId);
        QFETCH(bool, accepted);
        const QList<SubaccountProfile> existing {
            { QStringLiteral("production-eu10"), QStringLiteral("Production EU10"), {} }
        };
        QCOMPARE(SubaccountProfiles::checkDisplayName(displayName, existing, ownId).isEmpty(), accepted);
    }
};

QTEST_GUILESS_MAIN(SubaccountProfilesTest)
#include "tst_subaccountprofiles.moc"
