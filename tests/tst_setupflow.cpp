// The flow of a setup and of a check, without a window: for every provider and way, the steps in SAP's order with
// where the destinations go; a check and "Set up again" from its report; the progress kept on each step and offered
// with its number; a resumed setup continuing where the user was and saying what to give again; the setup's
// secrets in a real keychain (the test runs under tests/with-keyring.sh), a rename leaving no entry behind.
#include "ExampleValues.h"
#include "flow/SetupFlow.h"
#include "formats/DestinationServiceKey.h"
#include "secrets/SecretStore.h"
#include "setup/SetupFile.h"
#include "setup/SetupModel.h"
#include "subaccounts/SubaccountConnection.h"
#include "subaccounts/SubaccountProfiles.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

// A Destination service key as the cockpit gives it; nothing is asked of it here.
DestinationServiceKey subaccountKey()
{
    return DestinationServiceKey::fromText(
        "{\"clientid\":\"sb-clone!b1|destination-xsappname!b9\","
        "\"clientsecret\":\"not-used\","
        "\"url\":\"https://acme.authentication.eu10.hana.ondemand.com\","
        "\"uri\":\"https://destination-configuration.cfapps.eu10.hana.ondemand.com\"}");
}

// A flow over a model of its own, as the wizard and the command line set one up.
struct Flow
{
    QNetworkAccessManager network;
    SubaccountConnection subaccount { &network };
    SecretStore secrets { QStringLiteral("taskcenter-connect-tests") };
    SetupModel model { ProviderDefinition::builtIn(QStringLiteral("successfactors")) };
    SetupFlow flow { &model, &subaccount, &secrets };

    void choose(const QString &provider, const QString &path, bool toSubaccount)
    {
        model.setProvider(ProviderDefinition::builtIn(provider));
        if (!path.isEmpty())
            model.setPath(path);
        if (toSubaccount)
            subaccount.useProfile({ QStringLiteral("acme-prod"), QStringLiteral("Acme Prod"), subaccountKey() });
        else
            subaccount.useFilesOnly();
    }
};

// Every way of every provider (those that write destinations and those that do not), into a subaccount and into
// files.
void addARowForEveryWayAndTarget()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("toSubaccount");
    for (const QString &id : ProviderDefinition::builtInIds()) {
        const auto provider = ProviderDefinition::builtIn(id);
        QStringList ways;
        for (const auto &path : provider->paths())
            ways.append(path.id);
        if (ways.isEmpty())
            ways.append(QString());
        for (const QString &way : std::as_const(ways)) {
            const QString name = way.isEmpty() ? id : id + QLatin1Char('/') + way;
            QTest::newRow(qPrintable(name + QStringLiteral(" into a subaccount"))) << id << way << true;
            QTest::newRow(qPrintable(name + QStringLiteral(" into files"))) << id << way << false;
        }
    }
}

// The steps SAP's procedure takes for the chosen way, read from the provider file: a page per step, a destinations
// step a page per destination.
QStringList documentedSteps(const SetupModel &model)
{
    QStringList keys;
    for (const auto &step : model.steps()) {
        if (step.kind != ProviderDefinition::Step::Kind::Destinations) {
            keys.append(step.id);
            continue;
        }
        for (const QString &role : model.roles())
            keys.append(QStringLiteral("destination:") + role);
    }
    return keys;
}

} // namespace

class TestSetupFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The test's own settings (saved subaccounts, the keychain's index), kept in test mode between runs.
        QSettings().clear();
    }

    void init() { QDir(QFileInfo(SetupFlow::progressFile()).absolutePath()).removeRecursively(); }

    void everyWayGoesThroughItsStepsInOrder_data() { addARowForEveryWayAndTarget(); }
    void everyWayGoesThroughItsStepsInOrder()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(bool, toSubaccount);
        Flow f;
        f.choose(provider, path, toSubaccount);
        const bool writes = f.model.writesDestinations();
        QStringList expected { SetupFlow::Welcome };
        if (writes)
            expected.append(SetupFlow::Subaccount); // where the destinations go, asked only when some are written
        expected += documentedSteps(f.model);
        if (writes && toSubaccount)
            expected << SetupFlow::Review << SetupFlow::Apply;
        expected.append(SetupFlow::Finish);
        QCOMPARE(f.flow.path(), expected);
        QCOMPARE(SetupFlow::stepsOf(f.model, toSubaccount), expected);
        QVERIFY(!f.flow.providerSteps().isEmpty());
        QCOMPARE(f.flow.nextAfter(SetupFlow::Finish), QString());
        QCOMPARE(f.flow.nextAfter(QStringLiteral("no such step")), QString());
        // Walking it: each step is kept as where the user was, and the progress file says so.
        for (const QString &key : expected) {
            f.flow.arriveAt(key);
            if (key == SetupFlow::Welcome) {
                QVERIFY(!f.flow.hasStarted());
                continue;
            }
            QVERIFY(f.flow.hasStarted());
            QCOMPARE(f.model.lastStep(), key);
            QString error;
            const auto kept = SetupFile::load(SetupFlow::progressFile(), &error);
            QVERIFY2(kept, qPrintable(error));
            QCOMPARE(kept->lastStep(), key);
            QCOMPARE(kept->provider().id(), provider);
        }
    }

    void theKeptSetupIsOfferedWithItsStep_data() { addARowForEveryWayAndTarget(); }
    void theKeptSetupIsOfferedWithItsStep()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(bool, toSubaccount);
        const QStringList steps = [&] {
            Flow f;
            f.choose(provider, path, toSubaccount);
            return f.flow.path();
        }();
        for (int at = 1; at < steps.size(); ++at) {
            {
                Flow f;
                f.choose(provider, path, toSubaccount);
                f.flow.arriveAt(steps.at(at));
            }
            Flow next;
            const QString summary = next.flow.keptProgressSummary();
            // What was reviewed or applied is continued from the last step before it, and counted as that.
            const bool wasWriting = steps.at(at) == SetupFlow::Review || steps.at(at) == SetupFlow::Apply
                || steps.at(at) == SetupFlow::Finish;
            const QString continuedOn = wasWriting
                ? steps.at(steps.indexOf(SetupFlow::Finish) - (steps.contains(SetupFlow::Review) ? 3 : 1))
                : steps.at(at);
            const QString expected = QStringLiteral("step %1 of %2, %3")
                                         .arg(steps.indexOf(continuedOn) + 1)
                                         .arg(steps.size())
                                         .arg(ProviderDefinition::builtIn(provider)->displayName());
            QVERIFY2(summary.startsWith(expected), qPrintable(summary + QStringLiteral(" / ") + expected));
        }
        // Forgotten: nothing is offered.
        Flow last;
        last.flow.forgetProgress();
        QCOMPARE(last.flow.keptProgressSummary(), QString());
    }

    void anUnreadableKeptSetupIsForgotten()
    {
        QDir().mkpath(QFileInfo(SetupFlow::progressFile()).absolutePath());
        QFile broken(SetupFlow::progressFile());
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not a setup");
        broken.close();
        Flow f;
        QCOMPARE(f.flow.keptProgressSummary(), QString());
        QVERIFY(!QFileInfo::exists(SetupFlow::progressFile()));
    }

    void aCheckKeepsNothingAndSetsUpAgainFromItsReport()
    {
        Flow f;
        f.flow.arriveAt(SetupFlow::Welcome);
        f.flow.startChecking();
        QCOMPARE(f.flow.path(), QStringList({ SetupFlow::Welcome, SetupFlow::CheckSource, SetupFlow::CheckReport }));
        f.flow.arriveAt(SetupFlow::CheckSource);
        f.flow.arriveAt(SetupFlow::CheckReport);
        QVERIFY(!f.flow.hasStarted());
        QVERIFY(!QFileInfo::exists(SetupFlow::progressFile()));
        // Only from the report, and only for a provider this program knows.
        QVERIFY(!f.flow.setUpAgain(QStringLiteral("no-such-provider"), QStringLiteral("FSM"), {}));
        QVERIFY(f.flow.setUpAgain(QStringLiteral("fsm"), QStringLiteral("FSM"), {}));
        QVERIFY(f.flow.isSetUpFromCheck());
        QCOMPARE(f.model.provider().id(), QStringLiteral("fsm"));
        QCOMPARE(f.flow.nextAfter(SetupFlow::CheckReport), f.flow.providerSteps().first());
        // Back from the first step to the report: the report ends the way again.
        f.flow.leaveStepsSetUpAgain();
        QCOMPARE(f.flow.nextAfter(SetupFlow::CheckReport), QString());
        QVERIFY(!f.flow.isSetUpFromCheck());
        // Back on the first page: Next sets up a provider again.
        QVERIFY(f.flow.setUpAgain(QStringLiteral("fsm"), QStringLiteral("FSM"), {}));
        f.flow.arriveAt(SetupFlow::Welcome);
        QVERIFY(!f.flow.isChecking());
        QVERIFY(!f.flow.isSetUpFromCheck());
        QVERIFY(!f.flow.setUpAgain(QStringLiteral("fsm"), QStringLiteral("FSM"), {}));
        QCOMPARE(f.flow.nextAfter(SetupFlow::Welcome), SetupFlow::Subaccount);
    }

    void aResumedSetupContinuesWhereTheUserWas_data()
    {
        QTest::addColumn<QString>("lastStep");
        QTest::addColumn<QString>("continuesOn");
        Flow f;
        f.choose(QStringLiteral("fsm"), QString(), true);
        const QStringList steps = f.flow.providerSteps();
        QTest::newRow("where the destinations go") << SetupFlow::Subaccount << SetupFlow::Subaccount;
        for (const QString &step : steps)
            QTest::newRow(qPrintable(step)) << step << step;
        // What was reviewed or applied is read again from the subaccount: the way there starts at the last step.
        for (const QString &step : { SetupFlow::Review, SetupFlow::Apply, SetupFlow::Finish })
            QTest::newRow(qPrintable(step)) << step << steps.last();
        QTest::newRow("a step this way has not") << QStringLiteral("formation") << QString();
    }
    void aResumedSetupContinuesWhereTheUserWas()
    {
        QFETCH(QString, lastStep);
        QFETCH(QString, continuesOn);
        SetupModel saved(ProviderDefinition::builtIn(QStringLiteral("fsm")));
        saved.setLastStep(lastStep);
        saved.setSecretOwner(QStringLiteral("files"));
        Flow f;
        QSignalSpy resumed(&f.flow, &SetupFlow::resumed);
        f.flow.resume(saved, {});
        QCOMPARE(f.model.provider().id(), QStringLiteral("fsm"));
        QCOMPARE(f.flow.resumeStep(), continuesOn);
        f.flow.loadSecrets();
        QVERIFY(resumed.wait(20000));
        QCOMPARE(resumed.size(), 1);
    }

    void aResumedSetupSaysWhatToGiveAgainUntilGiven()
    {
        SetupModel filled(ProviderDefinition::builtIn(QStringLiteral("fsm")));
        fillInExampleValues(&filled);
        filled.setLastStep(SetupFlow::Review);
        filled.setSecretOwner(QStringLiteral("files"));
        const QStringList secrets = filled.secretInputIds();
        QVERIFY(!secrets.isEmpty());
        // As saved: the setup file holds no secret.
        const QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("setup.json"));
        QString error;
        QVERIFY2(SetupFile::save(filled, file, &error), qPrintable(error));
        const auto saved = SetupFile::load(file, &error);
        QVERIFY2(saved, qPrintable(error));
        Flow f;
        QSignalSpy changed(&f.flow, &SetupFlow::toGiveAgainChanged);
        // A trust certificate file that is gone, and secrets the keychain does not hold for this setup.
        f.flow.resume(
            *saved, { { QStringLiteral("trustCertificate"), QStringLiteral("gone"), InputChecks::Severity::Warning } });
        QSignalSpy resumed(&f.flow, &SetupFlow::resumed);
        f.flow.loadSecrets();
        QVERIFY(resumed.wait(20000));
        QStringList fields;
        for (const auto &item : f.flow.toGiveAgain())
            fields.append(item.field);
        QVERIFY2(fields.contains(QStringLiteral("trustCertificate")), qPrintable(fields.join(u',')));
        for (const QString &secret : secrets)
            QVERIFY2(fields.contains(secret), qPrintable(secret));
        QVERIFY(!changed.isEmpty());
        // Each one given goes from the list.
        changed.clear();
        f.model.setValue(secrets.first(), QStringLiteral("typed again"));
        QVERIFY(!changed.isEmpty());
        for (const auto &item : f.flow.toGiveAgain())
            QVERIFY(item.field != secrets.first());
        // Another provider: nothing of the old one is asked for.
        f.model.setProvider(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        QVERIFY(f.flow.toGiveAgain().isEmpty());
    }

    void secretsGoToTheKeychainAndARenameLeavesNoneBehind()
    {
        Flow f;
        QSignalSpy checked(&f.flow, &SetupFlow::keychainChecked);
        f.flow.probeKeychain();
        QVERIFY(checked.wait(20000));
        QVERIFY2(checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));
        QVERIFY(f.flow.keychainAvailable());
        QVERIFY(f.flow.whereSecretsAreKept().contains(QStringLiteral("keychain")));
        f.choose(QStringLiteral("fsm"), QString(), true);
        fillInExampleValues(&f.model);
        const SubaccountProfile chosen { QStringLiteral("acme-prod"), {}, {} };
        QCOMPARE(f.model.secretOwner(), chosen.secretOwner());

        QSignalSpy saved(&f.flow, &SetupFlow::secretsSaved);
        f.flow.saveSecrets();
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        const QStringList before = f.secrets.knownKeys(f.model.secretOwner());
        QVERIFY(!before.isEmpty());

        // The primary destination renamed: the entries keep their names (the setup's id), none is added.
        const QString nameInput = f.model.provider().destinations().first().nameInput;
        QVERIFY(!nameInput.isEmpty());
        f.model.setValue(nameInput, f.model.value(nameInput) + QStringLiteral("_RENAMED"));
        saved.clear();
        f.flow.saveSecrets();
        QVERIFY(saved.wait(20000));
        QVERIFY(saved.first().at(0).toBool());
        QCOMPARE(f.secrets.knownKeys(f.model.secretOwner()), before);
        for (const QString &key : before)
            QVERIFY2(key.contains(f.model.setupId()), qPrintable(key));

        // Read back into another flow, as a resumed setup is.
        Flow other;
        other.choose(QStringLiteral("fsm"), QString(), true);
        other.model.setSetupId(f.model.setupId());
        QSignalSpy loaded(&other.flow, &SetupFlow::secretsLoaded);
        other.flow.loadSecrets();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().at(0).toBool());
        for (const QString &secret : f.model.secretInputIds())
            QCOMPARE(other.model.value(secret), f.model.value(secret));
    }

    // A setup kept for a subaccount, then renamed: its file keeps its id and subaccount, and resumed from that file
    // (as after a restart) it finds its secrets under that subaccount's entries, none under a name the user typed.
    void aKeptSetupFindsItsSecretsUnderItsSubaccount()
    {
        Flow f;
        f.choose(QStringLiteral("fsm"), QString(), true);
        fillInExampleValues(&f.model);
        if (f.model.setupId().isEmpty())
            f.model.setSetupId(SetupModel::newSetupId());
        const QString nameInput = f.model.provider().destinations().first().nameInput;
        f.model.setValue(nameInput, QStringLiteral("FSM_Before"));
        QSignalSpy saved(&f.flow, &SetupFlow::secretsSaved);
        f.flow.saveSecrets();
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        f.model.setValue(nameInput, QStringLiteral("FSM_After"));
        const QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("fsm-prod.json"));
        QString error;
        QVERIFY2(SetupFile::save(f.model, file, &error), qPrintable(error));
        const auto kept = SetupFile::load(file, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->setupId(), f.model.setupId());
        QCOMPARE(kept->secretOwner(), f.model.secretOwner());

        Flow resumedFlow;
        resumedFlow.flow.resume(*kept, {});
        QSignalSpy resumed(&resumedFlow.flow, &SetupFlow::resumed);
        resumedFlow.flow.loadSecrets();
        QVERIFY(resumed.wait(20000));
        QCOMPARE(resumedFlow.model.secretOwner(), f.model.secretOwner());
        QVERIFY(!f.model.secretInputIds().isEmpty());
        for (const QString &secret : f.model.secretInputIds())
            QCOMPARE(resumedFlow.model.value(secret), f.model.value(secret));
        for (const QString &key : f.secrets.knownKeys(f.model.secretOwner())) {
            QVERIFY2(!key.contains(QLatin1String("FSM_Before")) && !key.contains(QLatin1String("FSM_After")),
                     qPrintable(key));
        }
    }

    void entriesOfASetupWithoutAnIdMoveOnceAndNoneIsLost()
    {
        // A setup saved before setups had an id, its secret kept under the name it had then.
        SetupModel older(ProviderDefinition::builtIn(QStringLiteral("fsm")));
        fillInExampleValues(&older);
        QVERIFY(older.setupId().isEmpty());
        const QString secret = older.secretInputIds().first();
        const QString olderName = older.legacyKeychainKey(secret);
        QCOMPARE(older.keychainKey(secret), olderName);
        SecretStore store(QStringLiteral("taskcenter-connect-tests"));
        SecretJob *write = store.write(olderName, QStringLiteral("kept-before"));
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(20000));
        QCOMPARE(write->result(), SecretStore::Result::Ok);
        const QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("older.json"));
        QString error;
        QVERIFY2(SetupFile::save(older, file, &error), qPrintable(error));

        // Continued in the wizard: it gets an id, and its secret is read from the older name and moved.
        Flow f;
        QSignalSpy checked(&f.flow, &SetupFlow::keychainChecked);
        f.flow.probeKeychain();
        QVERIFY(checked.wait(20000));
        const auto saved = SetupFile::load(file, &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->setupId().isEmpty());
        f.flow.resume(*saved, {});
        QVERIFY(SetupModel::isSetupId(f.model.setupId()));
        QSignalSpy resumed(&f.flow, &SetupFlow::resumed);
        f.flow.loadSecrets();
        QVERIFY(resumed.wait(20000));
        QCOMPARE(f.model.value(secret), QStringLiteral("kept-before"));
        const QString newName = f.model.keychainKey(secret);
        QVERIFY(newName != olderName);
        QTRY_VERIFY_WITH_TIMEOUT(!store.knownKeys(QStringLiteral("files/")).contains(olderName), 20000);
        QVERIFY(store.knownKeys(QStringLiteral("files/")).contains(newName));

        // Saved again, the setup keeps its id; read again, the secret is there under its new name only.
        QVERIFY2(SetupFile::save(f.model, file, &error), qPrintable(error));
        const auto again = SetupFile::load(file, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->setupId(), f.model.setupId());
        Flow next;
        next.flow.resume(*again, {});
        QCOMPARE(next.model.setupId(), f.model.setupId());
        QSignalSpy resumedAgain(&next.flow, &SetupFlow::resumed);
        next.flow.loadSecrets();
        QVERIFY(resumedAgain.wait(20000));
        QCOMPARE(next.model.value(secret), QStringLiteral("kept-before"));
    }

    void aSetupIdIsCheckedWhereTheFileIsRead_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("as the wizard writes it") << SetupModel::newSetupId() << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("a path") << QStringLiteral("../other") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
    }
    void aSetupIdIsCheckedWhereTheFileIsRead()
    {
        QFETCH(QString, id);
        QFETCH(bool, accepted);
        const QByteArray text
            = QStringLiteral("{\"format\": 1, \"provider\": \"fsm\", \"setupId\": \"%1\"}").arg(id).toUtf8();
        QString error;
        const auto loaded = SetupFile::fromData(text, QStringLiteral("setup.json"), &error);
        QCOMPARE(bool(loaded), accepted);
        if (accepted)
            QCOMPARE(loaded->setupId(), id);
        else
            QVERIFY2(error.contains(QStringLiteral("setupId")), qPrintable(error));
    }

    void theDemoKeepsNoSecrets()
    {
        Flow f;
        f.subaccount.setDemoStarter([](DestinationServiceKey *key, QString *) {
            *key = subaccountKey();
            return true;
        });
        QVERIFY(f.subaccount.useDemo());
        QCOMPARE(f.model.secretOwner(), QStringLiteral("demo"));
        QVERIFY(f.flow.whereSecretsAreKept().contains(QStringLiteral("demo subaccount keeps none")));
        QSignalSpy saved(&f.flow, &SetupFlow::secretsSaved);
        f.flow.saveSecrets();
        QCOMPARE(saved.size(), 1); // at once: the keychain is not asked
        QVERIFY(f.secrets.knownKeys(QStringLiteral("demo")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupFlow)
#include "tst_setupflow.moc"
