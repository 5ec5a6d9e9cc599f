// Every shipped provider file loads and passes the load-time checks; a file that names something that does
// not exist (a check, a transform, an input, a placeholder, a destination) is refused with the name in the message.
#include "providers/ProviderDefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// A small valid definition: one values step, one destinations step, a primary and its secondary.
QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
      "format": 2, "id": "demo", "displayName": "Demo provider", "providerType": "Custom", "family": "thirdParty",
      "inputs": [
        {"id": "host", "label": "Host", "check": "httpsUrl", "required": true},
        {"id": "destinationName", "label": "Name", "check": "primaryDestinationName", "default": "Demo"}
      ],
      "derived": [{"id": "origin", "label": "Origin", "from": "host", "take": "origin", "join": "/"}],
      "steps": [
        {"id": "system", "kind": "values", "title": "System", "inputs": ["host"], "derived": ["origin"]},
        {"id": "destinations", "kind": "destinations"}
      ],
      "destinations": [
        {"role": "primary", "title": "Primary", "name": "${destinationName}", "nameInput": "destinationName",
         "properties": [{"key": "URL", "value": "${origin}"}, {"key": "tc.enabled", "value": "true"}]},
        {"role": "secondary", "title": "Secondary", "name": "${destinationName}_PP", "primary": "primary",
         "properties": [{"key": "URL", "value": "${origin}"}]}
      ]})")
        .object();
}

// The definition with one member of one entry of a list ("steps", "inputs", "destinations") set.
QJsonObject with(QJsonObject root, const char *list, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray entries = root.value(QLatin1String(list)).toArray();
    QJsonObject entry = entries.at(index).toObject();
    entry.insert(key, value);
    entries.replace(index, entry);
    root.insert(QLatin1String(list), entries);
    return root;
}

QJsonObject withStep(const QJsonObject &root, int index, const QString &key, const QJsonValue &value)
{
    return with(root, "steps", index, key, value);
}

QJsonObject withInput(const QJsonObject &root, int index, const QString &key, const QJsonValue &value)
{
    return with(root, "inputs", index, key, value);
}

QJsonObject withDestination(const QJsonObject &root, int index, const QString &key, const QJsonValue &value)
{
    return with(root, "destinations", index, key, value);
}

} // namespace

class TestProviderDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedProviderLoads_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList ids = ProviderDefinition::builtInIds();
        QVERIFY(ids.contains(QStringLiteral("successfactors")));
        QVERIFY(ids.contains(QStringLiteral("fsm")));
        QVERIFY(ids.contains(QStringLiteral("s4hanacloud")));
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyShippedProviderLoads()
    {
        QFETCH(QString, id);
        QString error;
        const auto provider = ProviderDefinition::builtIn(id, &error);
        QVERIFY2(provider, qPrintable(error));
        // The program loads its own files checking their structure only: here everything is checked (regular
        // expressions, and every example against its own checks).
        QFile file(QStringLiteral(":/providers/%1.json").arg(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(ProviderDefinition::fromJson(file.readAll(), &error, ProviderDefinition::Checks::Everything),
                 qPrintable(error));
        QCOMPARE(provider->id(), id);
        QVERIFY(!provider->summary().isEmpty());
        QVERIFY(!provider->systemIdentity().isEmpty());
        QVERIFY(!provider->tokenErrorHint(QStringLiteral("anything")).isEmpty());
        // Every path has steps, and each path that writes destinations ends with them.
        const QStringList paths = provider->paths().isEmpty() ? QStringList { QString() } : [&] {
            QStringList ids;
            for (const auto &path : provider->paths())
                ids.append(path.id);
            return ids;
        }();
        for (const QString &path : paths) {
            const auto steps = provider->steps(path);
            QVERIFY(!steps.isEmpty());
            const auto *p = provider->path(path);
            if (!p || p->writesDestinations)
                QCOMPARE(steps.last().kind, ProviderDefinition::Step::Kind::Destinations);
        }
    }

    // The catalogue the first page lists is made by the build from the same files: every one, with its own names.
    void theCatalogueListsEveryShippedProvider()
    {
        const auto catalogue = ProviderDefinition::catalogue();
        QStringList ids;
        for (const auto &entry : catalogue) {
            ids.append(entry.id);
            const auto provider = ProviderDefinition::builtIn(entry.id);
            QVERIFY2(provider, qPrintable(entry.id));
            QCOMPARE(entry.displayName, provider->displayName());
            QCOMPARE(entry.summary, provider->summary());
        }
        QCOMPARE(ids, ProviderDefinition::builtInIds());
    }

    // A choice input: one of a documented set, any other value refused with the set named; a default outside it is
    // an error of the file.
    void aChoiceInputTakesOnlyItsChoices()
    {
        QJsonObject root
            = withInput(withInput(minimal(), 0, QStringLiteral("check"), QString()), 0, QStringLiteral("choices"),
                        QJsonArray { QStringLiteral("eu2"), QStringLiteral("us2") });
        QString error;
        const auto provider = ProviderDefinition::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(provider, qPrintable(error));
        const auto *input = provider->input(QStringLiteral("host"));
        QCOMPARE(input->choices, (QStringList { QStringLiteral("eu2"), QStringLiteral("us2") }));
        QVERIFY(!input->checkValue(QStringLiteral("us2")).isError());
        const auto refused = input->checkValue(QStringLiteral("us1"));
        QVERIFY(refused.isError());
        QVERIFY2(refused.message.contains(QStringLiteral("eu2, us2")), qPrintable(refused.message));
        // An input without choices keeps its named check alone.
        QVERIFY(provider->input(QStringLiteral("destinationName"))->checkValue(QStringLiteral("Demo")).severity
                == InputChecks::Severity::Ok);

        root = withInput(root, 0, QStringLiteral("default"), QStringLiteral("us1"));
        QVERIFY(!ProviderDefinition::fromJson(QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("host")) && error.contains(QStringLiteral("choices")),
                 qPrintable(error));
    }

    // A check said in the file: the whole value must match the pattern, else the file's own message.
    void aPatternInTheFileChecksTheValue()
    {
        const QJsonObject root = withInput(
            withInput(minimal(), 0, QStringLiteral("check"), QString()), 0, QStringLiteral("pattern"),
            QJsonObject { { QStringLiteral("match"), QStringLiteral("https?://[^/:]+:[0-9]+") },
                          { QStringLiteral("message"), QStringLiteral("Give the virtual host and port.") } });
        QString error;
        const auto provider = ProviderDefinition::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(provider, qPrintable(error));
        const auto *input = provider->input(QStringLiteral("host"));
        QVERIFY(!input->checkValue(QStringLiteral("http://s4hana:44300")).isError());
        QVERIFY(!input->checkValue(QStringLiteral(" http://s4hana:44300 ")).isError());
        const auto refused = input->checkValue(QStringLiteral("http://s4hana:44300/sap/bc"));
        QVERIFY(refused.isError()); // the whole value, not a part of it
        QCOMPARE(refused.message, QStringLiteral("Give the virtual host and port."));
        QVERIFY(ProviderDefinition::sourceTexts(QJsonDocument(root).toJson())
                    .contains(QStringLiteral("Give the virtual host and port.")));
    }

    // A way may fix values of the destinations and defaults of inputs; all ways fix the same values, and a value may
    // not hide an input.
    void waysFixValuesAndDefaults()
    {
        const auto withPaths = [](const QJsonArray &paths) {
            QJsonObject root = minimal();
            root.insert(QStringLiteral("paths"), paths);
            QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
            QJsonObject primary = destinations.at(0).toObject();
            QJsonArray properties = primary.value(QStringLiteral("properties")).toArray();
            properties.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("product") },
                                            { QStringLiteral("value"), QStringLiteral("${product}") } });
            primary.insert(QStringLiteral("properties"), properties);
            destinations.replace(0, primary);
            root.insert(QStringLiteral("destinations"), destinations);
            return QJsonDocument(root).toJson();
        };
        const auto way = [](const QString &id, const QJsonObject &values, const QJsonObject &defaults = {}) {
            return QJsonObject { { QStringLiteral("id"), id },
                                 { QStringLiteral("title"), id },
                                 { QStringLiteral("values"), values },
                                 { QStringLiteral("defaults"), defaults } };
        };
        QString error;
        const auto provider = ProviderDefinition::fromJson(
            withPaths({ way(QStringLiteral("a"), { { QStringLiteral("product"), QStringLiteral("one") } },
                            { { QStringLiteral("destinationName"), QStringLiteral("First") } }),
                        way(QStringLiteral("b"), { { QStringLiteral("product"), QStringLiteral("two") } }) }),
            &error);
        QVERIFY2(provider, qPrintable(error));
        QCOMPARE(provider->path(QStringLiteral("a"))->values.value(QStringLiteral("product")), QStringLiteral("one"));
        QCOMPARE(provider->path(QStringLiteral("a"))->defaults.value(QStringLiteral("destinationName")),
                 QStringLiteral("First"));

        QVERIFY(!ProviderDefinition::fromJson(
            withPaths({ way(QStringLiteral("a"), { { QStringLiteral("product"), QStringLiteral("one") } }),
                        way(QStringLiteral("b"), {}) }),
            &error));
        QVERIFY2(error.contains(QStringLiteral("\"b\"")), qPrintable(error));
        QVERIFY(!ProviderDefinition::fromJson(withPaths({ way(QStringLiteral("a"),
                                                              { { QStringLiteral("product"), QStringLiteral("one") },
                                                                { QStringLiteral("host"), QStringLiteral("x") } }),
                                                          way(QStringLiteral("b"),
                                                              { { QStringLiteral("product"), QStringLiteral("two") },
                                                                { QStringLiteral("host"), QStringLiteral("y") } }) }),
                                              &error));
        QVERIFY2(error.contains(QStringLiteral("host")), qPrintable(error));
        QVERIFY(!ProviderDefinition::fromJson(
            withPaths({ way(QStringLiteral("a"), { { QStringLiteral("product"), QStringLiteral("one") } },
                            { { QStringLiteral("ghost"), QStringLiteral("x") } }),
                        way(QStringLiteral("b"), { { QStringLiteral("product"), QStringLiteral("two") } }) }),
            &error));
        QVERIFY2(error.contains(QStringLiteral("ghost")), qPrintable(error));
    }

    // Optional and written-once properties are read as such.
    void propertiesMayBeOptionalOrWrittenOnce()
    {
        QJsonObject root = minimal();
        QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
        QJsonObject primary = destinations.at(0).toObject();
        QJsonArray properties = primary.value(QStringLiteral("properties")).toArray();
        properties.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("CloudConnectorLocationId") },
                                        { QStringLiteral("value"), QStringLiteral("${host}") },
                                        { QStringLiteral("optional"), true } });
        properties.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("clientKey") },
                                        { QStringLiteral("value"), QStringLiteral("${host}") },
                                        { QStringLiteral("writtenOnce"), true } });
        primary.insert(QStringLiteral("properties"), properties);
        destinations.replace(0, primary);
        root.insert(QStringLiteral("destinations"), destinations);
        QString error;
        const auto provider = ProviderDefinition::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(provider, qPrintable(error));
        const auto &read = provider->destinations().at(0).properties;
        QCOMPARE(read.size(), 4);
        QVERIFY(!read.at(0).optional && !read.at(0).writtenOnce);
        QVERIFY(read.at(2).optional && !read.at(2).writtenOnce);
        QVERIFY(!read.at(3).optional && read.at(3).writtenOnce);
    }

    void theMinimalDefinitionLoads()
    {
        QString error;
        const auto provider = ProviderDefinition::fromJson(QJsonDocument(minimal()).toJson(), &error);
        QVERIFY2(provider, qPrintable(error));
        QCOMPARE(provider->destinations().size(), 2);
        QVERIFY(provider->destinations().at(0).isPrimary());
        QCOMPARE(provider->destinations().at(1).primaryRole, QStringLiteral("primary"));
        QCOMPARE(provider->steps({}).size(), 2);
    }

    // A step may say what it is for (the help window shows it); like its other texts, it is offered for translation.
    void aStepsHelpIsReadAndTranslatable()
    {
        const QByteArray json
            = QJsonDocument(withStep(minimal(), 0, QStringLiteral("help"), QStringLiteral("Why this step is needed.")))
                  .toJson();
        QString error;
        const auto provider = ProviderDefinition::fromJson(json, &error);
        QVERIFY2(provider, qPrintable(error));
        QCOMPARE(provider->steps({}).at(0).help, QStringLiteral("Why this step is needed."));
        QVERIFY(provider->steps({}).at(1).help.isEmpty());
        QVERIFY(ProviderDefinition::sourceTexts(json).contains(QStringLiteral("Why this step is needed.")));
    }

    // Guides for the whole of a provider's procedure, for a step, or for one destination's page.
    static QJsonObject withGuides(QJsonObject root, const QStringList &destinationsSteps, const QString &ownStep)
    {
        root.insert(
            QStringLiteral("sources"),
            QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Destinations guide") },
                                       { QStringLiteral("url"), QStringLiteral("https://help.sap.com/a") },
                                       { QStringLiteral("steps"), QJsonArray::fromStringList(destinationsSteps) } },
                         QJsonObject { { QStringLiteral("title"), QStringLiteral("Secondary guide") },
                                       { QStringLiteral("url"), QStringLiteral("https://help.sap.com/b") },
                                       { QStringLiteral("steps"), QJsonArray { ownStep } } } });
        return root;
    }

    // A destination's page has the guide that names it ("destination:secondary"), else the one of every destination.
    void aDestinationMayHaveItsOwnGuide()
    {
        QString error;
        const auto provider
            = ProviderDefinition::fromJson(QJsonDocument(withGuides(minimal(), { QStringLiteral("destinations") },
                                                                    QStringLiteral("destination:secondary")))
                                               .toJson(),
                                           &error);
        QVERIFY2(provider, qPrintable(error));
        QCOMPARE(provider->guideFor(QStringLiteral("destination:secondary")).title, QStringLiteral("Secondary guide"));
        QCOMPARE(provider->guideFor(QStringLiteral("destination:primary")).title, QStringLiteral("Destinations guide"));
        QCOMPARE(provider->guideFor(QStringLiteral("destinations")).title, QStringLiteral("Destinations guide"));
    }

    // What a file's "take" and "join" make of a value: the URL templates the providers' guides give.
    void derivationsSaidInTheFile_data()
    {
        QTest::addColumn<QString>("take");
        QTest::addColumn<QString>("join");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("made");
        QTest::newRow("origin, path joined once") << R"("origin")"
                                                  << "/api-ext/"
                                                  << "https://api4.example.com/odata/v2/"
                                                  << "https://api4.example.com/api-ext/";
        QTest::newRow("origin, root") << R"("origin")"
                                      << "/"
                                      << "HTTPS://Host.Example.com:8443/x?y=1"
                                      << "https://host.example.com:8443/";
        QTest::newRow("no origin of http") << R"("origin")"
                                           << "x"
                                           << "http://host.example.com"
                                           << "";
        QTest::newRow("query, any case") << R"("query:company")"
                                         << ""
                                         << "https://h.example.com/login?Company=ACME"
                                         << "ACME";
        QTest::newRow("query absent") << R"("query:company")"
                                      << ""
                                      << "https://h.example.com/login"
                                      << "";
        QTest::newRow("join only: trailing slashes of the value go") << "null"
                                                                     << "realms/x"
                                                                     << "https://h.example.com//"
                                                                     << "https://h.example.com/realms/x";
        QTest::newRow("match rewritten, then origin")
            << R"([{"match": "([a-z]+)|https://([a-z]+)\\.example\\.com.*", "value": "https://\\1\\2.example.com"}, "origin"])"
            << "api"
            << "EU"
            << "https://eu.example.com/api";
        QTest::newRow("match refused") << R"({"match": "[0-9]+", "value": "\\0"})"
                                       << ""
                                       << "12a"
                                       << "";
    }
    void derivationsSaidInTheFile()
    {
        QFETCH(QString, take);
        QFETCH(QString, join);
        QFETCH(QString, input);
        QFETCH(QString, made);
        QString error;
        const auto document = QJsonDocument::fromJson("[" + take.toUtf8() + "]");
        QVERIFY(document.isArray());
        const auto derivation = ValueDerivation::fromJson(document.array().at(0), join, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(derivation.apply(input), made);
    }

    void refusesWhatDoesNotExist_data()
    {
        QTest::addColumn<QJsonObject>("definition");
        QTest::addColumn<QString>("named");
        const QJsonObject root = minimal();
        QTest::newRow("unknown check") << withInput(root, 0, QStringLiteral("check"), QStringLiteral("noSuchCheck"))
                                       << "noSuchCheck";
        QTest::newRow("pattern that is no regular expression")
            << withInput(root, 0, QStringLiteral("pattern"),
                         QJsonObject { { QStringLiteral("match"), QStringLiteral("(unclosed") },
                                       { QStringLiteral("message"), QStringLiteral("Never shown.") } })
            << "host";
        // An example the walks would fill in must pass the input's own check.
        QTest::newRow("example refused by its check")
            << withInput(root, 0, QStringLiteral("example"), QStringLiteral("not-an-address")) << "host";
        QTest::newRow("unknown differentFrom")
            << withInput(root, 0, QStringLiteral("differentFrom"), QStringLiteral("ghost")) << "ghost";
        QTest::newRow("fill from an unknown input")
            << withInput(root, 0, QStringLiteral("fillFrom"),
                         QJsonObject { { QStringLiteral("input"), QStringLiteral("ghost") },
                                       { QStringLiteral("take"), QStringLiteral("origin") } })
            << "ghost";
        QTest::newRow("unknown way to take a value")
            << withInput(root, 0, QStringLiteral("fillFrom"),
                         QJsonObject { { QStringLiteral("input"), QStringLiteral("destinationName") },
                                       { QStringLiteral("take"), QStringLiteral("magic") } })
            << "magic";
        QTest::newRow("hint that is no regular expression")
            << withInput(root, 0, QStringLiteral("hints"),
                         QJsonArray { QJsonObject { { QStringLiteral("when"), QStringLiteral("(unclosed") },
                                                    { QStringLiteral("message"), QStringLiteral("Never shown.") } } })
            << "host";
        QTest::newRow("hint with a suggestion its message does not name")
            << withInput(root, 0, QStringLiteral("hints"),
                         QJsonArray { QJsonObject { { QStringLiteral("when"), QStringLiteral("x") },
                                                    { QStringLiteral("suggestion"), QStringLiteral("y") },
                                                    { QStringLiteral("message"), QStringLiteral("Use another.") } } })
            << "host";
        QTest::newRow("hint of an unknown severity")
            << withInput(root, 0, QStringLiteral("hints"),
                         QJsonArray { QJsonObject { { QStringLiteral("when"), QStringLiteral("x") },
                                                    { QStringLiteral("severity"), QStringLiteral("fatal") },
                                                    { QStringLiteral("message"), QStringLiteral("Never shown.") } } })
            << "fatal";
        QTest::newRow("guide of an unknown destination")
            << withGuides(root, { QStringLiteral("destinations") }, QStringLiteral("destination:ghost"))
            << "destination:ghost";
        QTest::newRow("unknown step kind")
            << withStep(root, 0, QStringLiteral("kind"), QStringLiteral("dance")) << "dance";
        QTest::newRow("unknown step input")
            << withStep(root, 0, QStringLiteral("inputs"), QJsonArray { QStringLiteral("ghost") }) << "ghost";
        QTest::newRow("unknown derived value")
            << withStep(root, 0, QStringLiteral("derived"), QJsonArray { QStringLiteral("phantom") }) << "phantom";
        QTest::newRow("unknown document")
            << withStep(withStep(root, 0, QStringLiteral("kind"), QStringLiteral("document")), 0,
                        QStringLiteral("document"), QStringLiteral("passport"))
            << "passport";
        QTest::newRow("unknown placeholder in a property")
            << withDestination(root, 0, QStringLiteral("properties"),
                               QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("URL") },
                                                          { QStringLiteral("value"), QStringLiteral("${nowhere}") } } })
            << "nowhere";
        QTest::newRow("unknown placeholder in a name")
            << withDestination(root, 1, QStringLiteral("name"), QStringLiteral("${nobody}_PP")) << "nobody";
        QTest::newRow("secondary of an unknown primary")
            << withDestination(root, 1, QStringLiteral("primary"), QStringLiteral("tertiary")) << "tertiary";
        QTest::newRow("unknown name input")
            << withDestination(root, 0, QStringLiteral("nameInput"), QStringLiteral("label")) << "label";
        QTest::newRow("input no step asks for") << withStep(root, 0, QStringLiteral("inputs"), QJsonArray()) << "host";
        QTest::newRow("unknown path") << withStep(root, 0, QStringLiteral("paths"), QJsonArray { QStringLiteral("x") })
                                      << "x";
        QJsonObject noDestinations = root;
        QJsonArray steps = noDestinations.value(QStringLiteral("steps")).toArray();
        steps.removeLast();
        noDestinations.insert(QStringLiteral("steps"), steps);
        QTest::newRow("destinations without their step") << noDestinations << "no destinations step";
        QJsonObject transform = root;
        QJsonArray derived = transform.value(QStringLiteral("derived")).toArray();
        QJsonObject origin = derived.at(0).toObject();
        origin.insert(QStringLiteral("take"),
                      QJsonObject { { QStringLiteral("match"), QStringLiteral("(x") },
                                    { QStringLiteral("value"), QStringLiteral("\\1") } });
        derived.replace(0, origin);
        transform.insert(QStringLiteral("derived"), derived);
        QTest::newRow("derivation that is no regular expression") << transform << "origin";
        origin.remove(QStringLiteral("take"));
        origin.remove(QStringLiteral("join"));
        derived.replace(0, origin);
        transform.insert(QStringLiteral("derived"), derived);
        QTest::newRow("derivation that takes nothing") << transform << "origin";
    }
    void refusesWhatDoesNotExist()
    {
        QFETCH(QJsonObject, definition);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!ProviderDefinition::fromJson(QJsonDocument(definition).toJson(), &error));
        // A name as the file writes it, quoted or as a placeholder; a phrase as it is.
        const bool said = named.contains(QLatin1Char(' '))
            ? error.contains(named)
            : error.contains(QStringLiteral("\"%1\"").arg(named)) || error.contains(QStringLiteral("${%1}").arg(named));
        QVERIFY2(said, qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProviderDefinition)
#include "tst_providerdefinition.moc"
