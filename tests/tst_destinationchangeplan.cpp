#include "destinationservice/DestinationChangePlan.h"

#include <QJsonObject>
#include <QTest>

namespace {

Destination primary(const QString &url = QStringLiteral("https://api4.successfactors.com"),
                    const QString &apiKey = QStringLiteral("api-key-1"))
{
    Destination destination;
    destination.setValue(QStringLiteral("Name"), QStringLiteral("SuccessFactors"));
    destination.setValue(QStringLiteral("Type"), QStringLiteral("HTTP"));
    destination.setValue(QStringLiteral("URL"), url);
    destination.setValue(QStringLiteral("Authentication"), QStringLiteral("OAuth2SAMLBearerAssertion"));
    destination.setValue(QStringLiteral("apiKey"), apiKey, true);
    destination.setValue(QStringLiteral("tc.enabled"), QStringLiteral("true"));
    return destination;
}
QJsonObject stored(const Destination &destination)
{
    return destination.toJson(true);
}
QJsonObject with(QJsonObject object, const QString &key, const QString &value)
{
    if (value.isNull())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

Q_DECLARE_METATYPE(DestinationChange::Action)

class TestDestinationChangePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherPrimariesToTheSameSystem_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("enabled");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("reported");
        const QString ours = QStringLiteral("https://api4.successfactors.com/api-ext/");
        QTest::newRow("same URL, enabled") << ours << "true"
                                           << "SF_Old" << true;
        QTest::newRow("host case and slash differ") << "https://API4.successfactors.com/api-ext"
                                                    << "true"
                                                    << "SF_Old" << true;
        QTest::newRow("disabled by Task Center") << ours << "false"
                                                 << "SF_Old" << false;
        QTest::newRow("another system") << "https://api8.sapsf.com/api-ext/"
                                        << "true"
                                        << "SF_Other" << false;
        QTest::newRow("ours itself") << ours << "true"
                                     << "SF" << false;
        QTest::newRow("same URL, another company") << ours << "true"
                                                   << "SF_Other_Company" << false;
    }

    void otherPrimariesToTheSameSystem()
    {
        QFETCH(QString, url);
        QFETCH(QString, enabled);
        QFETCH(QString, name);
        QFETCH(bool, reported);
        const Destination primary(
            { { QStringLiteral("Name"), QStringLiteral("SF") },
              { QStringLiteral("URL"), QStringLiteral("https://api4.successfactors.com/api-ext/") },
              { QStringLiteral("companyId"), QStringLiteral("ACME") },
              { QStringLiteral("tc.enabled"), QStringLiteral("true") } });
        const QString company
            = name == QLatin1String("SF_Other_Company") ? QStringLiteral("OTHER") : QStringLiteral("acme");
        const QJsonObject existing { { QStringLiteral("Name"), name },
                                     { QStringLiteral("URL"), url },
                                     { QStringLiteral("companyId"), company },
                                     { QStringLiteral("tc.enabled"), enabled } };
        QCOMPARE(DestinationChangePlan::otherPrimariesTo(primary, { existing },
                                                         { QStringLiteral("URL"), QStringLiteral("companyId") }),
                 reported ? QStringList { name } : QStringList());
    }

    // A value written only when the destination is created (Concur's client key, which becomes a refresh token):
    // created with it, and afterwards the subaccount's value stands, changed or not, and is sent back as it is.
    void aValueWrittenOnceIsKeptAfterwards()
    {
        Destination desired = primary();
        desired.setValue(QStringLiteral("clientKey"), QStringLiteral("client-key-from-concur"), true);
        desired.setWrittenOnce(QStringLiteral("clientKey"));

        const DestinationChange create = DestinationChangePlan::compare(desired, {});
        QCOMPARE(create.action, DestinationChange::Action::Create);
        QCOMPARE(create.requestBody().value(QStringLiteral("clientKey")).toString(),
                 QStringLiteral("client-key-from-concur"));

        const QJsonObject exchanged
            = with(stored(desired), QStringLiteral("clientKey"), QStringLiteral("refresh-token"));
        const DestinationChange again = DestinationChangePlan::compare(desired, exchanged);
        QCOMPARE(again.action, DestinationChange::Action::Unchanged);

        // Another change to the destination sends the refresh token back, not the first key.
        const DestinationChange update = DestinationChangePlan::compare(
            desired, with(exchanged, QStringLiteral("URL"), QStringLiteral("https://elsewhere.example")));
        QCOMPARE(update.action, DestinationChange::Action::Update);
        QCOMPARE(update.propertyChanges.size(), 1);
        QCOMPARE(update.propertyChanges.first().key, QStringLiteral("URL"));
        QCOMPARE(update.requestBody().value(QStringLiteral("clientKey")).toString(), QStringLiteral("refresh-token"));

        // Gone from the subaccount: written again.
        const DestinationChange lost
            = DestinationChangePlan::compare(desired, with(exchanged, QStringLiteral("clientKey"), QString()));
        QCOMPARE(lost.action, DestinationChange::Action::Update);
        QCOMPARE(lost.requestBody().value(QStringLiteral("clientKey")).toString(),
                 QStringLiteral("client-key-from-concur"));
    }

    void secretKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("apiKey") << "apiKey" << true;
        QTest::newRow("Password") << "Password" << true;
        QTest::newRow("lower-case password") << "password" << true;
        QTest::newRow("tokenServicePassword") << "tokenServicePassword" << true;
        QTest::newRow("additional header") << "URL.headers.X-Api-Token-Value" << true;
        QTest::newRow("query parameter") << "URL.queries.api_key" << true;
        QTest::newRow("cip token") << "tc.pp.cip.token" << true;
        QTest::newRow("tokenServiceURL") << "tokenServiceURL" << false;
        QTest::newRow("URL") << "URL" << false;
        QTest::newRow("companyId") << "companyId" << false;
        QTest::newRow("tc.enabled") << "tc.enabled" << false;
    }

    void secretKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(DestinationChangePlan::isSecretKey(key), secret);
    }

    void decidesPerDestination_data()
    {
        QTest::addColumn<QJsonObject>("current");
        QTest::addColumn<Destination>("desired");
        QTest::addColumn<DestinationChange::Action>("action");
        QTest::addColumn<QStringList>("lines");

        const QJsonObject same = stored(primary());
        QTest::newRow("missing") << QJsonObject() << primary() << DestinationChange::Action::Create << QStringList();
        QTest::newRow("same") << same << primary() << DestinationChange::Action::Unchanged << QStringList();
        QTest::newRow("url changed") << same << primary(QStringLiteral("https://api8.successfactors.com"))
                                     << DestinationChange::Action::Update
                                     << QStringList { QString::fromUtf8("changed URL: https://api4.successfactors.com "
                                                                        "\u2192 https://api8.successfactors.com") };
        QTest::newRow("secret changed is masked")
            << same << primary(QStringLiteral("https://api4.successfactors.com"), QStringLiteral("api-key-2"))
            << DestinationChange::Action::Update << QStringList { QStringLiteral("changed apiKey (hidden)") };
        QTest::newRow("empty secret keeps what is there")
            << same << primary(QStringLiteral("https://api4.successfactors.com"), QString())
            << DestinationChange::Action::Unchanged << QStringList();
        QTest::newRow("empty secret, nothing there")
            << with(same, QStringLiteral("apiKey"), QString())
            << primary(QStringLiteral("https://api4.successfactors.com"), QString())
            << DestinationChange::Action::Unchanged << QStringList();
        QTest::newRow("secret added is masked")
            << with(same, QStringLiteral("apiKey"), QString()) << primary() << DestinationChange::Action::Update
            << QStringList { QString::fromUtf8("added apiKey: \u2022\u2022\u2022\u2022") };
        QTest::newRow("extra key removed") << with(same, QStringLiteral("Description"), QStringLiteral("made by hand"))
                                           << primary() << DestinationChange::Action::Update
                                           << QStringList { QStringLiteral("removed Description (was made by hand)") };
        QTest::newRow("extra secret removed is masked")
            << with(same, QStringLiteral("Password"), QStringLiteral("hunter2")) << primary()
            << DestinationChange::Action::Update
            << QStringList { QString::fromUtf8("removed Password (was \u2022\u2022\u2022\u2022)") };
        QTest::newRow("tc.enabled switched off by Task Center")
            << with(same, QStringLiteral("tc.enabled"), QStringLiteral("false")) << primary()
            << DestinationChange::Action::Update
            << QStringList { QString::fromUtf8("changed tc.enabled: false \u2192 true") };
        QTest::newRow("non-secret empty value differs")
            << with(same, QStringLiteral("URL"), QStringLiteral("https://x")) << primary(QString())
            << DestinationChange::Action::Update << QStringList { QString::fromUtf8("changed URL: https://x \u2192 ") };
    }
    void decidesPerDestination()
    {
        QFETCH(QJsonObject, current);
        QFETCH(Destination, desired);
        QFETCH(DestinationChange::Action, action);
        QFETCH(QStringList, lines);
        const DestinationChange change = DestinationChangePlan::compare(desired, current);
        QCOMPARE(change.action, action);
        QCOMPARE(change.name, QStringLiteral("SuccessFactors"));
        QCOMPARE(change.describeChanges(), lines);
        for (const auto &line : change.describeChanges()) {
            QVERIFY(!line.contains(QStringLiteral("api-key")));
            QVERIFY(!line.contains(QStringLiteral("hunter2")));
        }
    }

    // Whether a change is shown or masked follows the desired destination (its provider file): FSM's account and
    // company IDs in URL.headers.* and its client ID in clientKey are not secrets, and are shown; a property only
    // the subaccount has is masked when its name hints at a secret.
    void secretsAreWhatTheDestinationSays()
    {
        Destination fsm;
        fsm.setValue(QStringLiteral("Name"), QStringLiteral("SuccessFactors"));
        fsm.setValue(QStringLiteral("URL.headers.X-Account-ID"), QStringLiteral("98765"));
        fsm.setValue(QStringLiteral("clientKey"), QStringLiteral("fsm-client-id"));
        fsm.setValue(QStringLiteral("tokenServicePassword"), QStringLiteral("hunter2"), true);
        QJsonObject current = fsm.toJson(true);
        current.insert(QStringLiteral("URL.headers.X-Account-ID"), QStringLiteral("12345"));
        current.insert(QStringLiteral("clientKey"), QStringLiteral("old-client-id"));
        current.insert(QStringLiteral("tokenServicePassword"), QStringLiteral("old-password"));
        current.insert(QStringLiteral("URL.headers.X-Other-Token"), QStringLiteral("theirs"));
        const QStringList lines = DestinationChangePlan::compare(fsm, current).describeChanges();
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("12345")) && all.contains(QStringLiteral("98765")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("fsm-client-id")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("hunter2")) && !all.contains(QStringLiteral("old-password")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("theirs")), qPrintable(all));
    }

    void requestBodyKeepsSecrets()
    {
        const QJsonObject current = stored(primary());
        const auto change = DestinationChangePlan::compare(
            primary(QStringLiteral("https://api8.successfactors.com"), QString()), current);
        QCOMPARE(change.action, DestinationChange::Action::Update);
        const QJsonObject body = change.requestBody();
        QCOMPARE(body.value(QStringLiteral("apiKey")).toString(), QStringLiteral("api-key-1"));
        QCOMPARE(body.value(QStringLiteral("URL")).toString(), QStringLiteral("https://api8.successfactors.com"));
        const auto create = DestinationChangePlan::compare(primary(QStringLiteral("https://a"), QString()), {});
        QVERIFY(!create.requestBody().contains(QStringLiteral("apiKey")));
        QCOMPARE(DestinationChangePlan::compare(primary(), {}).requestBody(), stored(primary()));
    }

    void planKeepsDesiredOrder()
    {
        Destination secondary = primary();
        secondary.setValue(QStringLiteral("Name"), QStringLiteral("SuccessFactors_PP"));
        secondary.remove(QStringLiteral("tc.enabled"));
        const QList<QJsonObject> current
            = { with(stored(secondary), QStringLiteral("Name"), QStringLiteral("Other")), stored(secondary) };
        const DestinationChangePlan plan({ primary(), secondary }, current);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).name, QStringLiteral("SuccessFactors"));
        QCOMPARE(plan.at(0).action, DestinationChange::Action::Create);
        QCOMPARE(plan.at(1).name, QStringLiteral("SuccessFactors_PP"));
        QCOMPARE(plan.at(1).action, DestinationChange::Action::Unchanged);
        QCOMPARE(plan.count(DestinationChange::Action::Create), 1);
        QVERIFY(plan.hasWrites());

        const DestinationChangePlan again({ primary(), secondary }, { stored(primary()), stored(secondary) });
        QVERIFY(!again.hasWrites());
        QCOMPARE(again.count(DestinationChange::Action::Unchanged), 2);
    }

    void secondaryFollowsItsPrimary_data()
    {
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QStringList>("planned");
        QTest::newRow("already in order") << QStringList { "SF", "SF_PP" } << QStringList { "SF", "SF_PP" };
        QTest::newRow("secondary first") << QStringList { "SF_PP", "SF" } << QStringList { "SF", "SF_PP" };
        QTest::newRow("mixed") << QStringList { "C4C_PP", "SF_AI", "Other", "SF", "C4C", "SF_PP" }
                               << QStringList { "Other", "SF", "SF_AI", "SF_PP", "C4C", "C4C_PP" };
        QTest::newRow("orphan secondary keeps its place")
            << QStringList { "X_PP", "SF" } << QStringList { "X_PP", "SF" };
        // Pairing comes from the definition: a name that merely ends in _PP belongs to nobody.
        QTest::newRow("suffix alone pairs nothing")
            << QStringList { "Other_PP", "Other" } << QStringList { "Other_PP", "Other" };
    }
    void secondaryFollowsItsPrimary()
    {
        QFETCH(QStringList, given);
        QFETCH(QStringList, planned);
        const QHash<QString, QString> primaryOf
            = { { "SF_PP", "SF" }, { "SF_AI", "SF" }, { "C4C_PP", "C4C" }, { "X_PP", "X" } };
        QList<Destination> desired;
        for (const auto &name : given) {
            Destination d = primary();
            d.setValue(QStringLiteral("Name"), name);
            desired << d;
        }
        const DestinationChangePlan plan(desired, {}, primaryOf);
        QStringList names;
        for (const auto &change : plan.changes())
            names << change.name;
        QCOMPARE(names, planned);
        for (const auto &change : plan.changes())
            QCOMPARE(change.primaryName, primaryOf.value(change.name));
    }

    void thousandDestinations()
    {
        QList<Destination> desired;
        QList<QJsonObject> current;
        for (int i = 0; i < 1000; ++i) {
            Destination destination = primary(QStringLiteral("https://host%1.example").arg(i));
            destination.setValue(QStringLiteral("Name"), QStringLiteral("D%1").arg(i));
            desired.append(destination);
            if (i % 2 == 0)
                current.prepend(stored(destination));
        }
        const DestinationChangePlan plan(desired, current);
        QCOMPARE(plan.count(DestinationChange::Action::Create), 500);
        QCOMPARE(plan.count(DestinationChange::Action::Unchanged), 500);
    }
};

QTEST_GUILESS_MAIN(TestDestinationChangePlan)
#include "tst_destinationchangeplan.moc"
