// Every validation rule with a case that passes and one that fails, on destinations the provider files
// produce (so "correct" means what SAP documents), and the readers of every file form, damaged ones included.
#include "ExampleValues.h"
#include "OpenSslTool.h"
#include "ProviderRows.h"
#include "ValidationExamples.h"
#include "destinationservice/DestinationChangePlan.h"
#include "formats/PropertiesFormat.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "setup/SetupModel.h"
#include "validation/ConfigurationCheck.h"
#include "validation/ConfigurationFix.h"
#include "validation/ConfigurationSource.h"
#include "validation/ConfigurationValidator.h"
#include "validation/ValidationReport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopedPointer>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// A zip archive as the cockpit or a person makes one, written by libarchive (entries in the given order).
void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    QVERIFY(archive_write_open_filename(writer, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const auto &[name, data] : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, data.size());
        QCOMPARE(archive_write_header(writer, entry), ARCHIVE_OK);
        QCOMPARE(archive_write_data(writer, data.constData(), size_t(data.size())), la_ssize_t(data.size()));
        archive_entry_free(entry);
    }
    QCOMPARE(archive_write_close(writer), ARCHIVE_OK);
    archive_write_free(writer);
}

} // namespace

class TestConfigurationValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
    }

    // Every shipped provider, every way that writes destinations: what the wizard writes with the file's examples
    // passes the check clean, and each property SAP's table requires, taken away, is named.
    void everyProviderIsCheckedAsItsFileSays_data() { addARowForEachWayThatWrites(); }
    void everyProviderIsCheckedAsItsFileSays()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        SetupModel model(ProviderDefinition::builtIn(provider));
        if (!path.isEmpty())
            model.setPath(path);
        fillInExampleValues(&model);
        QJsonArray written;
        for (const Destination &destination : model.destinations())
            written.append(destination.toJson(true));
        QVERIFY(!written.isEmpty());
        const auto errors = [](const QList<ValidationFinding> &findings) {
            QStringList found;
            for (const auto &finding : findings) {
                if (finding.severity == ValidationFinding::Severity::Error)
                    found.append(finding.destination + QLatin1Char(' ') + finding.rule + QLatin1Char(' ')
                                 + finding.message);
            }
            return found;
        };
        const QStringList clean = errors(validate(written));
        QVERIFY2(clean.isEmpty(), qPrintable(clean.join(QLatin1Char('\n'))));
        for (const auto &definition : model.provider().destinations(path)) {
            const QString name = model.destination(definition.role).name();
            for (const auto &property : definition.properties) {
                if (property.optional || property.key == QLatin1String("tc.enabled"))
                    continue;
                // Without a property that only some ways write, the destination is another way's: nothing lacks.
                const auto ways = model.provider().paths();
                if (std::any_of(ways.cbegin(), ways.cend(), [&](const ProviderDefinition::Path &way) {
                        return way.writesDestinations && definition.isOnPath(way.id) && !property.isOnPath(way.id);
                    }))
                    continue;
                const auto findings = validate(with(written, name, property.key, QJsonValue::Undefined));
                const QStringList broken = errors(findings);
                QVERIFY2(std::any_of(broken.cbegin(), broken.cend(),
                                     [&](const QString &line) { return line.contains(property.key); }),
                         qPrintable(name + QLatin1Char(' ') + property.key + QStringLiteral(": ")
                                    + broken.join(QStringLiteral("; "))));
                // Each cites this provider's own page, which "Open SAP's page" opens.
                for (const auto &finding : findings) {
                    if (finding.rule != QLatin1String("property-missing"))
                        continue;
                    const QString link = ValidationReport::sourceLink(finding.source);
                    QVERIFY2(std::any_of(model.provider().sources().cbegin(), model.provider().sources().cend(),
                                         [&](const ProviderDefinition::Link &page) { return page.url == link; }),
                             qPrintable(finding.source));
                }
            }
        }
    }

    // <primary>_AI, SAP Build Process Automation's Intelligent Recommendations destination (TC loio 7c8900a): clean
    // as SAP's guide gives it; each departure named, the URL SAP changed in July 2025 among them.
    void intelligentRecommendationsDestination_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("rule"); // empty: no finding on the _AI destination
        QTest::newRow("as SAP's guide gives it") << QString() << QJsonValue() << QString();
        QTest::newRow("the URL before July 2025")
            << "URL" << QJsonValue("https://spa-api-gateway-eu10.cfapps.sap.hana.ondemand.com")
            << "recommendations-url-outdated";
        QTest::newRow("a trailing slash is the same URL")
            << "URL"
            << QJsonValue("https://spa-api-gateway-eu10.cfapps.sap.hana.ondemand.com/internal/visibility/intelligence/"
                          "rest/v1/")
            << QString();
        QTest::newRow("another authentication")
            << "Authentication" << QJsonValue("BasicAuthentication") << "recommendations-authentication";
        QTest::newRow("not dynamic") << "HTML5.DynamicDestination" << QJsonValue(QJsonValue::Undefined)
                                     << "recommendations-dynamic-destination";
        QTest::newRow("read as a primary") << "tc.enabled" << QJsonValue("true") << "recommendations-tc-enabled";
        QTest::newRow("named after no primary")
            << "Name" << QJsonValue("SAPBuildPA2_AI") << "recommendations-primary-missing";
    }
    void intelligentRecommendationsDestination()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, rule);
        SetupModel model(ProviderDefinition::builtIn(QStringLiteral("sbpa")));
        model.setPath(QStringLiteral("sameSubaccount"));
        fillInExampleValues(&model);
        model.setValue(QStringLiteral("destinationName"), QStringLiteral("SAPBuildPA"));
        QJsonObject recommendations = recommendationsDestination();
        if (!key.isEmpty()) {
            if (value.isUndefined())
                recommendations.remove(key);
            else
                recommendations.insert(key, value);
        }
        const QJsonArray destinations { model.destination(QStringLiteral("primary")).toJson(true), recommendations };
        const QString name = recommendations.value(QStringLiteral("Name")).toString();
        const QStringList rules = rulesOf(validate(destinations), name);
        QStringList ours;
        for (const QString &each : rules) {
            if (each.startsWith(QLatin1String("recommendations-")))
                ours.append(each);
        }
        QCOMPARE(ours, rule.isEmpty() ? QStringList() : QStringList { rule });
        // In the landscape it belongs to its primary.
        ConfigurationValidator::Input input;
        for (const auto &each : destinations)
            input.destinations.append({ each.toObject(), QStringLiteral("subaccount"), {}, false });
        const ValidationLandscape landscape = ConfigurationValidator().landscape(input, {});
        QCOMPARE(landscape.connections.size(), 1);
        QCOMPARE(landscape.connections.first().recommendations,
                 name == QLatin1String("SAPBuildPA_AI") ? name : QString());
        // The primary it belongs to is checked as SBPA's, clean.
        QVERIFY2(
            !rulesOf(validate(destinations), QStringLiteral("SAPBuildPA")).contains(QStringLiteral("property-missing")),
            qPrintable(rulesOf(validate(destinations), QStringLiteral("SAPBuildPA")).join(QLatin1Char(' '))));
    }

    // SAP's "(Optional)" rows are never demanded; a value written once is not compared (the provider changed it).
    void optionalAndWrittenOnceProperties()
    {
        const QByteArray json = R"({
          "format": 2, "id": "demo", "displayName": "Demo provider", "providerType": "Demo", "family": "thirdParty",
          "systemIdentity": ["URL"],
          "inputs": [
            {"id": "host", "label": "Host", "check": "httpsUrl", "required": true},
            {"id": "location", "label": "Location ID"},
            {"id": "destinationName", "label": "Name", "check": "primaryDestinationName", "default": "Demo"}
          ],
          "steps": [
            {"id": "system", "kind": "values", "title": "System", "inputs": ["host", "location"]},
            {"id": "destinations", "kind": "destinations"}
          ],
          "destinations": [
            {"role": "primary", "title": "Primary", "name": "${destinationName}", "nameInput": "destinationName",
             "properties": [{"key": "URL", "value": "${host}"},
                            {"key": "CloudConnectorLocationId", "value": "${location}", "optional": true},
                            {"key": "tc.concur.auth.req.token.enabled", "value": "true", "writtenOnce": true},
                            {"key": "Authentication", "value": "BasicAuthentication"},
                            {"key": "tc.enabled", "value": "true"},
                            {"key": "tc.provider_type", "value": "Demo"}]}
          ]})";
        QString error;
        const auto provider = ProviderDefinition::fromJson(json, &error);
        QVERIFY2(provider, qPrintable(error));
        const ConfigurationValidator validator({ provider });
        const auto check = [&](const QJsonObject &destination) {
            ConfigurationValidator::Input input;
            input.destinations.append({ destination, QStringLiteral("subaccount"), {}, false });
            return rulesOf(validator.validate(input), QStringLiteral("Demo"));
        };
        const QJsonObject written { { QStringLiteral("Name"), QStringLiteral("Demo") },
                                    { QStringLiteral("URL"), QStringLiteral("https://backend.example.com") },
                                    { QStringLiteral("tc.concur.auth.req.token.enabled"), QStringLiteral("false") },
                                    { QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication") },
                                    { QStringLiteral("tc.enabled"), QStringLiteral("true") },
                                    { QStringLiteral("tc.provider_type"), QStringLiteral("Demo") } };
        const QStringList clean = check(written);
        QVERIFY2(!clean.contains(QStringLiteral("property-missing"))
                     && !clean.contains(QStringLiteral("property-value")),
                 qPrintable(clean.join(QStringLiteral(", "))));
        // A required one missing is still found, so the check above could fail.
        QJsonObject broken = written;
        broken.remove(QStringLiteral("Authentication"));
        QVERIFY(check(broken).contains(QStringLiteral("property-missing")));
        // Written once, but never written at all: missing.
        broken = written;
        broken.remove(QStringLiteral("tc.concur.auth.req.token.enabled"));
        QVERIFY(check(broken).contains(QStringLiteral("property-missing")));
    }

    // What the provider files produce passes: no error, no warning but SuccessFactors' documented SystemUser.
    void aCorrectLandscapePasses()
    {
        const auto findings = validate(correctLandscape());
        QStringList rules = rulesOf(findings);
        QCOMPARE(rules, QStringList { QStringLiteral("systemuser-deprecated") });
        QCOMPARE(findings.first().destination, QStringLiteral("SF"));
    }

    // The correct landscape as the cockpit exports it: every secret (clientKey too) left out with a comment line.
    void aCorrectExportPasses()
    {
        ConfigurationValidator::Input input;
        for (const auto &value : correctLandscape()) {
            QJsonObject object = value.toObject();
            QStringList hidden;
            for (const QString &key : object.keys()) {
                if (DestinationChangePlan::isCredentialKey(key)) {
                    hidden.append(key);
                    object.remove(key);
                }
            }
            input.destinations.append({ object, object.value("Name").toString() + ".properties", hidden, false });
        }
        const QStringList rules = rulesOf(ConfigurationValidator().validate(input));
        QVERIFY2(!rules.contains(QStringLiteral("property-missing")), qPrintable(rules.join(", ")));
        QVERIFY(rules.contains(QStringLiteral("secrets-not-checked")));
        QCOMPARE(rules.count(QStringLiteral("systemuser-deprecated")), 1);
    }

    void misspeltProviderTypeIsReported()
    {
        const auto findings = validate(with(with(correctLandscape(), "SF", "tc.provider_type", "Successfactors"),
                                            "SF_PP", "tc.provider_type", "Successfactors"));
        QVERIFY(rulesOf(findings, "SF").contains(QStringLiteral("property-value")));
    }

    // A name ending in _PP means a secondary only where Task Center reads the destination at all.
    void unrelatedPpNamesAreLeftAlone()
    {
        const auto findings = validate(plus(correctLandscape(),
                                            QJsonObject { { "Name", "MyApp_PP" },
                                                          { "URL", "https://example.com" },
                                                          { "Authentication", "NoAuthentication" },
                                                          { "ProxyType", "Internet" } }));
        QVERIFY(rulesOf(findings, "MyApp_PP").isEmpty());
    }

    // Many primaries to one system: each finding names a few of the others, so the report grows linearly.
    void manyTwinsStayLinear()
    {
        QJsonArray landscape = correctLandscape();
        const QJsonObject fsm = landscape.at(indexOf(landscape, "FSM")).toObject();
        for (int i = 0; i < 200; ++i) {
            QJsonObject twin = fsm;
            twin.insert("Name", QStringLiteral("FSM_%1").arg(i));
            landscape.append(twin);
        }
        int duplicates = 0;
        for (const auto &finding : validate(landscape)) {
            if (finding.rule != QLatin1String("primary-duplicate"))
                continue;
            ++duplicates;
            QVERIFY2(finding.message.size() < 400, qPrintable(finding.message));
        }
        QCOMPARE(duplicates, 201);
    }

    void anotherCompanyIsAnotherSystem()
    {
        QJsonArray ok = correctLandscape();
        QJsonObject other = ok.at(indexOf(ok, "SF")).toObject();
        other.insert("Name", "SF_Other");
        other.insert("companyId", "OTHERCO");
        QJsonObject otherPp = ok.at(indexOf(ok, "SF_PP")).toObject();
        otherPp.insert("Name", "SF_Other_PP");
        QVERIFY(!rulesOf(validate(plus(plus(ok, other), otherPp))).contains(QStringLiteral("primary-duplicate")));
    }

    // Secrets an export leaves out are "not checked", never "missing"; a secret is never quoted.
    void hiddenSecretsAreNotChecked()
    {
        const QJsonArray ok = correctLandscape();
        QJsonObject sf = ok.at(indexOf(ok, "SF")).toObject();
        sf.remove("apiKey");
        sf.remove("clientKey");
        ConfigurationValidator::Input input;
        input.destinations.append({ sf, QStringLiteral("SF.properties"), { "apiKey", "clientKey" }, false });
        input.destinations.append({ ok.at(indexOf(ok, "SF_PP")).toObject(), QStringLiteral("SF_PP.json"), {}, true });
        const auto findings = ConfigurationValidator().validate(input);
        QVERIFY(!rulesOf(findings).contains(QStringLiteral("property-missing")));
        QVERIFY(rulesOf(findings, "SF").contains(QStringLiteral("secrets-not-checked")));
        // A source that shows no secrets at all leaves out only what the provider file calls secret: FSM's clientKey
        // on its secondary is a client ID, so missing there it is missing, not "not checked".
        QJsonObject fsmPp = ok.at(indexOf(ok, "FSM_PP")).toObject();
        fsmPp.remove("clientKey");
        ConfigurationValidator::Input fsm;
        fsm.destinations.append({ ok.at(indexOf(ok, "FSM")).toObject(), QStringLiteral("FSM.json"), {}, true });
        fsm.destinations.append({ fsmPp, QStringLiteral("FSM_PP.json"), {}, true });
        const auto fsmFindings = ConfigurationValidator().validate(fsm);
        QVERIFY2(rulesOf(fsmFindings, "FSM_PP").contains(QStringLiteral("property-missing")),
                 qPrintable(rulesOf(fsmFindings, "FSM_PP").join(", ")));
        QVERIFY(!rulesOf(fsmFindings, "FSM_PP").contains(QStringLiteral("secrets-not-checked")));
        // The same file without its comment lines: now they are missing.
        input.destinations[0].hiddenSecrets.clear();
        QVERIFY(rulesOf(ConfigurationValidator().validate(input), "SF").contains(QStringLiteral("property-missing")));
        const auto sample = validate(with(ok, "SF", "apiKey", "sample_apiKey"));
        for (const auto &finding : sample)
            QVERIFY2(!finding.message.contains(QStringLiteral("sample_apiKey")), qPrintable(finding.message));
    }

    void trustCertificateExpiry_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QString>("rule");
        QTest::newRow("valid") << 300 << QString();
        QTest::newRow("expiring") << 12 << "trust-expiring";
        QTest::newRow("expired") << -3 << "trust-expired";
    }
    void trustCertificateExpiry()
    {
        QFETCH(int, daysLeft);
        QFETCH(QString, rule);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto generated = CertificateFactory::createSelfSigned(QStringLiteral("subaccount"), now.addDays(-400),
                                                                    now.addDays(daysLeft));
        QVERIFY(generated);
        ConfigurationValidator::Input input;
        for (const auto &value : correctLandscape())
            input.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
        input.trust = TrustCertificate::fromData(generated->certificatePem);
        const auto findings = ConfigurationValidator().validate(input);
        const QStringList rules = rulesOf(findings);
        QCOMPARE(rules.contains(QStringLiteral("trust-expiring")), rule == QLatin1String("trust-expiring"));
        QCOMPARE(rules.contains(QStringLiteral("trust-expired")), rule == QLatin1String("trust-expired"));
        if (!rule.isEmpty()) {
            // Every provider that needs the new certificate is named.
            const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                         [&rule](const ValidationFinding &f) { return f.rule == rule; });
            for (const char *provider :
                 { "SAP SuccessFactors", "SAP Field Service Management", "SAP S/4HANA Cloud Public Edition" })
                QVERIFY2(it->message.contains(QLatin1String(provider)), qPrintable(it->message));
        }
    }

    void heldCertificateMustBeTheCurrentOne()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto current
            = CertificateFactory::createSelfSigned(QStringLiteral("now"), now.addDays(-1), now.addDays(300));
        const auto old
            = CertificateFactory::createSelfSigned(QStringLiteral("before"), now.addDays(-700), now.addDays(30));
        QVERIFY(current && old);
        ConfigurationValidator::Input input;
        input.trust = TrustCertificate::fromData(current->certificatePem);
        input.heldTrust = TrustCertificate::fromData(current->certificatePem);
        QVERIFY(!rulesOf(ConfigurationValidator().validate(input)).contains(QStringLiteral("trust-mismatch")));
        input.heldTrust = TrustCertificate::fromData(old->certificatePem);
        QVERIFY(rulesOf(ConfigurationValidator().validate(input)).contains(QStringLiteral("trust-mismatch")));
    }

    // The file forms: the cockpit's legacy export (escapes, removed secrets, no extension), JSON, folders and
    // damaged files, which are findings while the others are still read.
    void readsEveryFileForm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonArray ok = correctLandscape();
        Destination sf = Destination::fromJson(ok.at(indexOf(ok, "SF")).toObject(),
                                               { QStringLiteral("apiKey"), QStringLiteral("clientKey") });
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(QStringLiteral("SF"), PropertiesFormat::write(sf, false, QDateTime::currentDateTimeUtc()));
        write(QStringLiteral("pair.json"),
              QJsonDocument(QJsonArray { ok.at(indexOf(ok, "SF_PP")), ok.at(indexOf(ok, "FSM")) }).toJson());
        write(QStringLiteral("broken.json"), "{\"Name\": \"Half\", ");
        write(QStringLiteral("notes.txt"), "just some notes\n");
        const auto read = ConfigurationSource::fromPath(dir.path());
        QCOMPARE(read.destinations.size(), 3);
        QCOMPARE(read.problems.size(), 2);
        const auto legacy = std::find_if(read.destinations.cbegin(), read.destinations.cend(),
                                         [](const SourcedDestination &d) { return d.name() == QLatin1String("SF"); });
        QVERIFY(legacy != read.destinations.cend());
        QCOMPARE(legacy->value(QStringLiteral("URL")), QStringLiteral("https://api4.successfactors.com/api-ext/"));
        QVERIFY(legacy->secretHidden(QStringLiteral("apiKey")));
        QVERIFY(!legacy->has(QStringLiteral("apiKey")));
        ConfigurationValidator::Input input;
        input.destinations = read.destinations;
        input.problems = read.problems;
        const QStringList rules = rulesOf(ConfigurationValidator().validate(input));
        QCOMPARE(rules.count(QStringLiteral("source-unreadable")), 2);
        QVERIFY(rules.contains(QStringLiteral("secondary-missing"))); // FSM_PP was not given
        QVERIFY(!rules.contains(QStringLiteral("property-missing")));
        QCOMPARE(ConfigurationSource::fromPath(dir.filePath(QStringLiteral("missing"))).problems.size(), 1);
    }

    // A file saved as UTF-16 or UTF-32, with or without a byte order mark, is read as the text it is.
    void readsWideText_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("withMark");
        QTest::newRow("UTF-16LE with mark") << int(QStringConverter::Utf16LE) << true;
        QTest::newRow("UTF-16BE with mark") << int(QStringConverter::Utf16BE) << true;
        QTest::newRow("UTF-16LE without mark") << int(QStringConverter::Utf16LE) << false;
        QTest::newRow("UTF-16BE without mark") << int(QStringConverter::Utf16BE) << false;
        QTest::newRow("UTF-32LE with mark") << int(QStringConverter::Utf32LE) << true;
        QTest::newRow("UTF-32BE without mark") << int(QStringConverter::Utf32BE) << false;
    }
    void readsWideText()
    {
        QFETCH(int, encoding);
        QFETCH(bool, withMark);
        const QJsonArray ok = correctLandscape();
        const Destination sf = Destination::fromJson(ok.at(indexOf(ok, "SF")).toObject(),
                                                     { QStringLiteral("apiKey"), QStringLiteral("clientKey") });
        const QString text = QString::fromUtf8(PropertiesFormat::write(sf, false, QDateTime::currentDateTimeUtc()));
        QStringEncoder encoder(QStringConverter::Encoding(encoding),
                               withMark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const QByteArray bytes = encoder.encode(text);
        const auto read = ConfigurationSource::fromData(bytes, QStringLiteral("SF"));
        QVERIFY2(read.problems.isEmpty(),
                 qPrintable(read.problems.isEmpty() ? QString() : read.problems.first().message));
        QCOMPARE(read.destinations.size(), 1);
        QCOMPARE(read.destinations.first().name(), QStringLiteral("SF"));
        QCOMPARE(read.destinations.first().value(QStringLiteral("URL")), sf.value(QStringLiteral("URL")));
    }

    // Every entry that is not read is a finding: a pipe, a name that is not UTF-8 text, a link inside a zip archive,
    // a folder without permission; none is skipped without a word (the report would then claim a missing _PP).
    void nothingIsSkippedSilently()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonArray ok = correctLandscape();
        QFile sf(dir.filePath(QStringLiteral("export/SF.json")));
        QDir().mkpath(dir.filePath(QStringLiteral("export")));
        QVERIFY(sf.open(QIODevice::WriteOnly));
        sf.write(QJsonDocument(ok.at(indexOf(ok, "SF")).toObject()).toJson());
        sf.close();
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("export/SF_PP"))).constData(), 0600), 0);
        const QByteArray latin1Name = QFile::encodeName(dir.filePath(QStringLiteral("export/"))) + "FSM_\xe9t\xe9";
        const int fd = ::open(latin1Name.constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        auto read = ConfigurationSource::fromPath(dir.filePath(QStringLiteral("export")));
        QStringList said;
        for (const SourceProblem &problem : read.problems)
            said.append(QFileInfo(problem.origin).fileName() + QStringLiteral(": ") + problem.message);
        QCOMPARE(read.destinations.size(), 1);
        QCOMPARE(read.problems.size(), 2);
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("SF_PP: Not a file (a device or a pipe)")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("not UTF-8 text")),
                 qPrintable(said.join(QLatin1Char('\n'))));

        // A link inside a zip archive.
        const QString zip = dir.filePath(QStringLiteral("links.zip"));
        {
            archive *writer = archive_write_new();
            archive_write_set_format_zip(writer);
            QVERIFY(archive_write_open_filename(writer, QFile::encodeName(zip).constData()) == ARCHIVE_OK);
            archive_entry *entry = archive_entry_new();
            archive_entry_set_pathname(entry, "SF_PP");
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, "/etc/passwd");
            archive_entry_set_perm(entry, 0777);
            QCOMPARE(archive_write_header(writer, entry), ARCHIVE_OK);
            archive_entry_free(entry);
            QCOMPARE(archive_write_close(writer), ARCHIVE_OK);
            archive_write_free(writer);
        }
        read = ConfigurationSource::fromPath(zip);
        QCOMPARE(read.problems.size(), 1);
        QVERIFY2(read.problems.first().message.contains(QStringLiteral("A link inside the archive")),
                 qPrintable(read.problems.first().message));
        QCOMPARE(QFileInfo(read.problems.first().origin).fileName(), QStringLiteral("SF_PP"));

        // A folder without permission, as someone who may not read it (root may read anything: the check runs as
        // nobody for the moment).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QDir().mkpath(locked);
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ExeOther | QFileDevice::ReadOther);
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        const bool root = ::geteuid() == 0;
        if (root) {
            // Real, effective and file-system ids (access() checks the real one), keeping root as the saved id to
            // come back.
            QCOMPARE(::setgroups(0, nullptr), 0);
            QCOMPARE(::setresgid(65534, 65534, 0), 0);
            QCOMPARE(::setresuid(65534, 65534, 0), 0);
        }
        read = ConfigurationSource::fromPath(locked);
        if (root) {
            QCOMPARE(::setresuid(0, 0, 0), 0);
            QCOMPARE(::setresgid(0, 0, 0), 0);
            const gid_t rootGroup = 0;
            QCOMPARE(::setgroups(1, &rootGroup), 0);
        }
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(read.problems.size(), 1);
        QVERIFY2(read.problems.first().message.contains(QStringLiteral("no permission")),
                 qPrintable(read.problems.first().message));
    }

    // Exports of several subaccounts checked together, a folder or zip archive each: names and pairs are looked up
    // within each (the same names in two subaccounts are no twins), and each finding says which subaccount it is in.
    void checksSeveralSubaccountsApart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonArray ok = correctLandscape();
        const auto write = [&dir](const QString &name, const QJsonArray &destinations) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).path());
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(destinations).toJson());
        };
        // The same SuccessFactors system from two subaccounts; only prod has its secondary.
        write(QStringLiteral("dev/SF.json"), QJsonArray { ok.at(indexOf(ok, "SF")) });
        write(QStringLiteral("prod/SF.json"), QJsonArray { ok.at(indexOf(ok, "SF")), ok.at(indexOf(ok, "SF_PP")) });
        writeZip(dir.filePath(QStringLiteral("test.zip")),
                 { { QStringLiteral("SF.json"),
                     QJsonDocument(QJsonArray { ok.at(indexOf(ok, "SF")), ok.at(indexOf(ok, "SF_PP")) }).toJson() } });
        ConfigurationCheck check;
        check.addPaths({ dir.filePath(QStringLiteral("dev")), dir.filePath(QStringLiteral("prod")),
                         dir.filePath(QStringLiteral("test.zip")) });
        QSignalSpy finished(&check, &ConfigurationCheck::finished);
        check.start(nullptr, {});
        QVERIFY(finished.wait(5000));
        const QStringList rules = rulesOf(check.findings());
        QVERIFY2(!rules.contains(QStringLiteral("name-twice")), qPrintable(rules.join(' ')));
        QVERIFY(!rules.contains(QStringLiteral("primary-duplicate")));
        QCOMPARE(rules.count(QStringLiteral("secondary-missing")), 1);
        const auto missing = std::find_if(check.findings().cbegin(), check.findings().cend(),
                                          [](const ValidationFinding &f) { return f.rule == "secondary-missing"; });
        QCOMPARE(missing->subaccount, QDir::cleanPath(dir.filePath(QStringLiteral("dev"))));
        QCOMPARE(ValidationReport::placeOf(*missing), QStringLiteral("SF (in %1)").arg(missing->subaccount));
        const QJsonObject json = ValidationReport::toJson(check.findings(), check.destinationCount());
        QVERIFY(json.value("findings").toArray().first().toObject().contains(QStringLiteral("subaccount")));
        QVERIFY(ValidationReport::toText(check.findings(), 5).contains(QStringLiteral("SF (in ")));
        // Each subaccount's pair in the picture, once each.
        QCOMPARE(check.landscape().connections.size(), 3);
        QCOMPARE(check.landscape().connections.at(1).secondary, QStringLiteral("SF_PP"));
        QVERIFY(check.landscape().connections.at(0).secondary.isEmpty());
        QCOMPARE(check.landscape().connections.at(0).status, ValidationLandscape::Status::Error);
        QCOMPARE(check.landscape().connections.at(1).status, ValidationLandscape::Status::Warning);

        // Twins within one of several exports: both reported, in that export only.
        QJsonObject devTwin = ok.at(indexOf(ok, "SF")).toObject();
        devTwin.insert(QStringLiteral("Name"), QStringLiteral("SF_Twin"));
        write(QStringLiteral("dev/twin.json"), QJsonArray { devTwin });
        ConfigurationCheck twins;
        twins.addPaths({ dir.filePath(QStringLiteral("dev")), dir.filePath(QStringLiteral("prod")) });
        QSignalSpy twinsFinished(&twins, &ConfigurationCheck::finished);
        twins.start(nullptr, {});
        QVERIFY(twinsFinished.wait(5000));
        QStringList twinPlaces;
        for (const ValidationFinding &finding : twins.findings()) {
            if (finding.rule == QLatin1String("primary-duplicate"))
                twinPlaces.append(finding.destination + QLatin1Char('@') + QFileInfo(finding.subaccount).fileName());
        }
        twinPlaces.sort();
        QCOMPARE(twinPlaces, (QStringList { "SF@dev", "SF_Twin@dev" }));
        QFile::remove(dir.filePath(QStringLiteral("dev/twin.json")));

        // Twins within one subaccount are still twins; one subaccount is not named.
        QJsonObject twin = ok.at(indexOf(ok, "SF")).toObject();
        twin.insert(QStringLiteral("Name"), QStringLiteral("SF_Twin"));
        write(QStringLiteral("prod/twin.json"), QJsonArray { twin });
        ConfigurationCheck prod;
        prod.addPaths({ dir.filePath(QStringLiteral("prod")) });
        QSignalSpy prodFinished(&prod, &ConfigurationCheck::finished);
        prod.start(nullptr, {});
        QVERIFY(prodFinished.wait(5000));
        QCOMPARE(rulesOf(prod.findings()).count(QStringLiteral("primary-duplicate")), 2);
        for (const ValidationFinding &finding : prod.findings())
            QVERIFY(finding.subaccount.isEmpty());
        QVERIFY(!ValidationReport::toJson(prod.findings(), 3)
                     .value("findings")
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("subaccount")));
        // Files given on their own are one export together.
        QCOMPARE(
            ConfigurationSource::fromPath(dir.filePath(QStringLiteral("dev/SF.json"))).destinations.first().subaccount,
            QString());
    }

    // Zip archives of exports: read entry by entry (sorted, folders inside too), also inside a folder; a damaged,
    // empty, oversized or nested one is a finding, never a crash, and what could be read is still checked.
    void readsZipArchives()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonArray ok = correctLandscape();
        const Destination sf = Destination::fromJson(ok.at(indexOf(ok, "SF")).toObject(),
                                                     { QStringLiteral("apiKey"), QStringLiteral("clientKey") });
        const QByteArray legacy = PropertiesFormat::write(sf, false, QDateTime::currentDateTimeUtc());
        const QByteArray pair
            = QJsonDocument(QJsonArray { ok.at(indexOf(ok, "SF_PP")), ok.at(indexOf(ok, "FSM")) }).toJson();
        const QString exports = dir.filePath(QStringLiteral("exports.zip"));
        writeZip(exports, { { QStringLiteral("more/pair.json"), pair }, { QStringLiteral("SF"), legacy } });
        auto read = ConfigurationSource::fromPath(exports);
        QCOMPARE(read.problems.size(), 0);
        QCOMPARE(read.destinations.size(), 3);
        QCOMPARE(read.destinations.first().name(), QStringLiteral("SF"));
        QCOMPARE(read.destinations.first().origin, exports + QStringLiteral("/SF"));
        QVERIFY(read.destinations.first().secretHidden(QStringLiteral("apiKey")));
        QCOMPARE(read.destinations.at(1).origin, exports + QStringLiteral("/more/pair.json"));

        // Damaged: the second half cut off.
        QFile whole(exports);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString damaged = dir.filePath(QStringLiteral("folder/damaged.zip"));
        QDir().mkpath(dir.filePath(QStringLiteral("folder")));
        QFile cut(damaged);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        writeZip(dir.filePath(QStringLiteral("folder/empty.zip")), {});
        QByteArray zeros(5 * 1024 * 1024, '\0');
        writeZip(dir.filePath(QStringLiteral("folder/big.zip")),
                 { { QStringLiteral("huge"), zeros },
                   { QStringLiteral("inner.zip"), bytes },
                   { QStringLiteral("SF"), legacy } });
        read = ConfigurationSource::fromPath(dir.filePath(QStringLiteral("folder")));
        QStringList problems;
        for (const SourceProblem &problem : read.problems)
            problems.append(QFileInfo(problem.origin).fileName() + QStringLiteral(": ") + problem.message);
        const QString all = problems.join(QLatin1Char('\n'));
        QCOMPARE(read.problems.size(), 4);
        QVERIFY2(all.contains(QStringLiteral("damaged.zip: This zip archive is damaged")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("empty.zip: The zip archive holds no files.")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("huge: Too large")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("inner.zip: An archive inside an archive")), qPrintable(all));
        // An entry that says it is small but unpacks to more is cut off while it is read, not trusted.
        const QString lying = dir.filePath(QStringLiteral("lying.zip"));
        writeZip(lying, { { QStringLiteral("huge"), zeros } });
        QFile lyingFile(lying);
        QVERIFY(lyingFile.open(QIODevice::ReadWrite));
        QByteArray lyingBytes = lyingFile.readAll();
        const auto claimSmall = [&lyingBytes](const char *signature, int sizeOffset) {
            const qsizetype at = lyingBytes.indexOf(QByteArray(signature, 4));
            if (at < 0)
                return false;
            const char small[4] = { char(0xe8), char(0x03), 0, 0 }; // 1000, little-endian
            lyingBytes.replace(at + sizeOffset, 4, QByteArray(small, 4));
            return true;
        };
        QVERIFY(claimSmall("PK\x01\x02", 24)); // the central directory's uncompressed size
        claimSmall("PK\x07\x08", 12); // and the data descriptor's, where the writer put one
        lyingFile.seek(0);
        lyingFile.write(lyingBytes);
        lyingFile.close();
        const auto lied = ConfigurationSource::fromPath(lying);
        QCOMPARE(lied.destinations.size(), 0);
        QCOMPARE(lied.problems.size(), 1);
        QVERIFY2(lied.problems.first().message.contains(QStringLiteral("Too large")),
                 qPrintable(lied.problems.first().message));

        // The big archive's small export is still read beside its oversized and nested entries.
        QStringList origins;
        for (const SourcedDestination &destination : read.destinations)
            origins.append(QFileInfo(destination.origin).fileName());
        QVERIFY2(origins.contains(QStringLiteral("SF")), qPrintable(origins.join(", ")));
    }

    // The page to hand over escapes every text from outside: a destination named like markup stays text.
    void reportsAsHtml()
    {
        QJsonObject odd { { "Name", "<script>alert(1)</script>" },
                          { "URL", "https://example.com" },
                          { "Authentication", "NoAuthentication" },
                          { "tc.provider_type", "Custom" } };
        const auto findings = validate(plus(correctLandscape(), odd));
        const QString html = ValidationReport::toHtml(findings, 9, QDateTime::currentDateTimeUtc());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("tc-enabled-missing")));
        QVERIFY(html.contains(QStringLiteral("<h2>SF</h2>")));
    }

    // The report's picture: each primary with its secondary and backend system, coloured by the worst finding of
    // the two; Task Center's own destinations apart; the facts support asks for; no secret anywhere.
    void drawsTheLandscape()
    {
        using Status = ValidationLandscape::Status;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto generated
            = CertificateFactory::createSelfSigned(QStringLiteral("subaccount"), now.addDays(-1), now.addDays(200));
        QVERIFY(generated);
        ConfigurationValidator::Input input;
        const QJsonArray destinations
            = with(with(correctLandscape(), "FSM_PP", "tc.enabled", "true"), "S4", "tc.enabled", "false");
        for (const auto &value : destinations)
            input.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
        input.trust = TrustCertificate::fromData(generated->certificatePem);
        const ConfigurationValidator validator;
        const auto findings = validator.validate(input);
        const ValidationLandscape landscape = validator.landscape(input, findings);

        QStringList primaries;
        for (const auto &connection : landscape.connections)
            primaries.append(connection.primary);
        QCOMPARE(primaries, (QStringList { "FSM", "S4", "S4OnPremise", "SF" }));
        const auto &fsm = landscape.connections.at(0);
        QCOMPARE(fsm.secondary, QStringLiteral("FSM_PP"));
        QCOMPARE(fsm.system, QStringLiteral("eu.fsm.cloud.sap"));
        QCOMPARE(fsm.provider, QStringLiteral("SAP Field Service Management"));
        QCOMPARE(fsm.status, Status::Error); // its secondary carries tc.enabled
        QCOMPARE(landscape.connections.at(1).status, Status::Warning); // paused: tc-enabled-false is a warning
        // Through the Cloud Connector, as SAP's page gives it: nothing to say.
        QCOMPARE(landscape.connections.at(2).system, QStringLiteral("s4hana-virtual"));
        QCOMPARE(landscape.connections.at(2).status, Status::Fine);
        QCOMPARE(landscape.connections.at(3).secondary, QStringLiteral("SF_PP"));
        QCOMPARE(landscape.connections.at(3).status, Status::Warning); // SystemUser
        QCOMPARE(landscape.serviceDestinations, QStringList { QStringLiteral("Task_Center_global_settings") });
        QCOMPARE(landscape.providers.size(), 4);
        QVERIFY(landscape.authenticationTypes.contains(QStringLiteral("OAuth2SAMLBearerAssertion")));
        QCOMPARE(landscape.trustExpiry, input.trust->validUntil());

        const QString html = ValidationReport::toHtml(findings, int(destinations.size()), now, landscape);
        QVERIFY(html.contains(QStringLiteral("eu.fsm.cloud.sap")));
        QVERIFY(html.contains(input.trust->sha256Fingerprint()));
        for (const char *secret : { "technical-key", "pp-key", ">secret<", "password" })
            QVERIFY2(!html.contains(QLatin1String(secret)), secret);

        // A paused primary without findings of its own is drawn as paused, not as fine.
        ConfigurationValidator::Input paused;
        paused.destinations.append({ QJsonObject { { "Name", "Other" },
                                                   { "URL", "https://other.example.com" },
                                                   { "tc.provider_type", "Other" },
                                                   { "tc.enabled", "false" } },
                                     QStringLiteral("file"),
                                     {},
                                     false });
        const auto otherLandscape = validator.landscape(paused, {});
        QCOMPARE(otherLandscape.connections.size(), 1);
        QCOMPARE(otherLandscape.connections.first().status, Status::Paused);
        // A primary without a secondary takes no colour from findings about the whole configuration.
        ConfigurationValidator::Input withProblem;
        for (const auto &value : correctLandscape())
            withProblem.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
        withProblem.problems.append({ QStringLiteral("notes.txt"), QStringLiteral("Not a destination file") });
        const auto problemLandscape = validator.landscape(withProblem, validator.validate(withProblem));
        QCOMPARE(problemLandscape.connections.at(1).primary, QStringLiteral("S4"));
        QCOMPARE(problemLandscape.connections.at(1).status, Status::Fine);
        QVERIFY(otherLandscape.connections.first().secondary.isEmpty());
    }

    // The identity directory Task Center needs: missing from a whole subaccount (never from a selection of
    // exports), or with an authentication or address SAP does not document.
    void identityDirectory()
    {
        const QJsonObject directory = identityDirectoryDestination();
        const auto check = [](const QJsonArray &destinations, bool wholeSubaccount) {
            ConfigurationValidator::Input input;
            for (const auto &value : destinations)
                input.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
            input.wholeSubaccount = wholeSubaccount;
            return ConfigurationValidator().validate(input);
        };
        const auto missing = check(correctLandscape(), true);
        QCOMPARE(rulesOf(missing).count(QStringLiteral("identity-directory-missing")), 1);
        QVERIFY(std::find_if(missing.cbegin(), missing.cend(),
                             [](const ValidationFinding &f) {
                                 return f.rule == QLatin1String("identity-directory-missing") && f.destination.isEmpty()
                                     && f.severity == ValidationFinding::Severity::Error;
                             })
                != missing.cend());
        QVERIFY(!rulesOf(check(correctLandscape(), false)).contains(QStringLiteral("identity-directory-missing")));
        const QStringList fine = rulesOf(check(plus(correctLandscape(), directory), true));
        QVERIFY2(!fine.join(' ').contains(QStringLiteral("identity-directory")), qPrintable(fine.join(' ')));
        QJsonObject oauth = directory;
        oauth.insert(QStringLiteral("Authentication"), QStringLiteral("OAuth2ClientCredentials"));
        QCOMPARE(rulesOf(check(plus(correctLandscape(), oauth), true))
                     .count(QStringLiteral("identity-directory-authentication")),
                 1);
        QJsonObject plain = directory;
        plain.insert(QStringLiteral("URL"), QStringLiteral("http://acme.accounts.ondemand.com/"));
        QCOMPARE(
            rulesOf(check(plus(correctLandscape(), plain), true)).count(QStringLiteral("identity-directory-address")),
            1);
        // Never offered to be rewritten.
        QVERIFY(
            ConfigurationValidator::isServiceDestination(QStringLiteral("Identity_Authentication_Connectivity_IDS")));
    }

    void tellsTheRegion()
    {
        QCOMPARE(ConfigurationValidator::regionOf(QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com")),
                 QStringLiteral("eu10"));
        // An extension landscape is its region's data center.
        QCOMPARE(ConfigurationValidator::regionOf(QStringLiteral("https://x.cfapps.us10-001.hana.ondemand.com/api")),
                 QStringLiteral("us10"));
        QVERIFY(ConfigurationValidator::regionOf(QStringLiteral("http://127.0.0.1:8443")).isEmpty());
        QVERIFY(ConfigurationValidator::regionOf(QStringLiteral("https://a.cfapps.sap.hana.ondemand.com")).isEmpty());
        QVERIFY(
            ConfigurationValidator::regionOf(QStringLiteral("https://authentication.eu10.hana.ondemand.com.evil.com"))
                .isEmpty());
    }

    // Task Center and a provider on SAP BTP must share the data center; a provider whose address names no region
    // (SuccessFactors, FSM) is never reported.
    void providerInAnotherDataCenter()
    {
        const QJsonObject btpProvider { { "Name", "BPA" },
                                        { "URL", "https://spa-api.cfapps.us10.hana.ondemand.com/workflow" },
                                        { "Authentication", "OAuth2ClientCredentials" },
                                        { "tokenServiceURL",
                                          "https://acme.authentication.us10.hana.ondemand.com/oauth/token" },
                                        { "tc.provider_type", "Custom" },
                                        { "tc.enabled", "true" } };
        ConfigurationValidator::Input input;
        for (const auto &value : plus(correctLandscape(), btpProvider))
            input.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
        input.region = QStringLiteral("eu10");
        auto findings = ConfigurationValidator().validate(input);
        QCOMPARE(rulesOf(findings).count(QStringLiteral("data-center-differs")), 1);
        QCOMPARE(rulesOf(findings, QStringLiteral("BPA")).count(QStringLiteral("data-center-differs")), 1);
        input.region = QStringLiteral("us10");
        QVERIFY(!rulesOf(ConfigurationValidator().validate(input)).contains(QStringLiteral("data-center-differs")));
        input.region.clear(); // files alone do not tell Task Center's region
        QVERIFY(!rulesOf(ConfigurationValidator().validate(input)).contains(QStringLiteral("data-center-differs")));
    }

    // The PDF is Qt's layout of the same page.
    void reportsAsPdf()
    {
        const auto findings = validate(correctLandscape());
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(ValidationReport::writePdf(ValidationReport::toHtml(findings, 7, QDateTime::currentDateTimeUtc()), &pdf,
                                           &error));
        QVERIFY(pdf.data().startsWith("%PDF-"));
        QVERIFY(pdf.data().trimmed().endsWith("%%EOF"));
        QBuffer closed;
        QVERIFY(!ValidationReport::writePdf(QStringLiteral("<p>x</p>"), &closed, &error));
        QVERIFY(!error.isEmpty());
    }

    // "Fix" in the subaccount: one property, nothing else; a fix that would double tasks is refused and writes
    // nothing; Task Center's own destinations are never offered.
    void fixesInTheSubaccount()
    {
        SandboxSubaccount sandbox;
        QVERIFY(sandbox.seed(SandboxSubaccount::Seed::Demo));
        const auto byName = [&sandbox](const QString &name) {
            for (const QJsonObject &destination : sandbox.subaccountDestinations()) {
                if (destination.value(QStringLiteral("Name")).toString() == name)
                    return destination;
            }
            return QJsonObject();
        };
        QJsonObject twin = byName(QStringLiteral("SuccessFactors"));
        QVERIFY(!twin.isEmpty());
        twin.insert(QStringLiteral("Name"), QStringLiteral("SuccessFactors_Twin"));
        twin.remove(QStringLiteral("tc.enabled"));
        QVERIFY(sandbox.addDestination(twin));
        const QJsonObject secondary = byName(QStringLiteral("FSM_US_PP"));
        QVERIFY(!secondary.isEmpty());
        QJsonObject enabledSecondary = secondary;
        enabledSecondary.insert(QStringLiteral("tc.enabled"), QStringLiteral("true"));
        QVERIFY(sandbox.removeDestination(QStringLiteral("FSM_US_PP")));
        QVERIFY(sandbox.addDestination(enabledSecondary));
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        DestinationServiceClient client(&network,
                                        DestinationServiceKey::fromText(QJsonDocument(sandbox.serviceKey()).toJson()));
        ConfigurationCheck check;
        QSignalSpy checked(&check, &ConfigurationCheck::finished);
        check.start(&client, QStringLiteral("demo"));
        QVERIFY(checked.wait(20000));
        const auto findingOf = [&check](const QString &destination, const QString &rule) {
            for (const ValidationFinding &finding : check.findings()) {
                if (finding.destination == destination && finding.rule == rule)
                    return finding;
            }
            return ValidationFinding {};
        };

        const ValidationFinding paused = findingOf(QStringLiteral("S4HANACloud"), QStringLiteral("tc-enabled-false"));
        QVERIFY(ConfigurationFix::canFix(paused));
        QVERIFY(ConfigurationFix::describe(paused).contains(QStringLiteral("S4HANACloud")));
        QJsonObject expected = byName(QStringLiteral("S4HANACloud"));
        expected.insert(QStringLiteral("tc.enabled"), QStringLiteral("true"));
        ConfigurationFix resume(&client, paused, check.input());
        QSignalSpy resumed(&resume, &ConfigurationFix::finished);
        resume.start();
        QVERIFY(resumed.wait(15000));
        QVERIFY2(resumed.first().first().toBool(), qPrintable(resume.errorMessage()));
        QCOMPARE(byName(QStringLiteral("S4HANACloud")), expected);

        // Enabling the twin would give every user each SuccessFactors task twice.
        const ValidationFinding twinFinding
            = findingOf(QStringLiteral("SuccessFactors_Twin"), QStringLiteral("tc-enabled-missing"));
        QVERIFY(ConfigurationFix::canFix(twinFinding));
        ConfigurationFix refused(&client, twinFinding, check.input());
        QSignalSpy refusal(&refused, &ConfigurationFix::finished);
        refused.start();
        QVERIFY(refusal.wait(15000));
        QCOMPARE(refusal.first().first().toBool(), false);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("twice")), qPrintable(refused.errorMessage()));
        QCOMPARE(byName(QStringLiteral("SuccessFactors_Twin")), twin);

        // A secondary carrying tc.enabled loses it, and only it.
        const ValidationFinding carrying
            = findingOf(QStringLiteral("FSM_US_PP"), QStringLiteral("secondary-tc-enabled"));
        QVERIFY(ConfigurationFix::canFix(carrying));
        ConfigurationFix strip(&client, carrying, check.input());
        QSignalSpy stripped(&strip, &ConfigurationFix::finished);
        strip.start();
        QVERIFY(stripped.wait(15000));
        QVERIFY2(stripped.first().first().toBool(), qPrintable(strip.errorMessage()));
        QCOMPARE(byName(QStringLiteral("FSM_US_PP")), secondary);

        // Changed since the check (here a description; Task Center pausing it would be the same): nothing written.
        QJsonObject changed = twin;
        changed.insert(QStringLiteral("Description"), QStringLiteral("edited by a colleague"));
        QVERIFY(sandbox.removeDestination(QStringLiteral("SuccessFactors_Twin")));
        QVERIFY(sandbox.addDestination(changed));
        ConfigurationFix stale(&client, twinFinding, check.input());
        QSignalSpy staleDone(&stale, &ConfigurationFix::finished);
        stale.start();
        QVERIFY(staleDone.wait(15000));
        QCOMPARE(staleDone.first().first().toBool(), false);
        QVERIFY2(stale.errorMessage().contains(QStringLiteral("changed since the check")),
                 qPrintable(stale.errorMessage()));
        QCOMPARE(byName(QStringLiteral("SuccessFactors_Twin")), changed);

        // A primary whose token the check could not get is not resumed: Task Center would pause it again.
        const ValidationFinding tokenError {
            QStringLiteral("S4HANACloud"), ValidationFinding::Severity::Error, QStringLiteral("token-error"), {}, {}, {}
        };
        QVERIFY(!ConfigurationFix::canFix(paused, { paused, tokenError }));
        QVERIFY(ConfigurationFix::canFix(paused, { paused }));

        QVERIFY(!ConfigurationFix::canFix({ QStringLiteral("Task_Center_global_settings"),
                                            ValidationFinding::Severity::Error,
                                            QStringLiteral("tc-enabled-missing"),
                                            {},
                                            {},
                                            {} }));
        QVERIFY(!ConfigurationFix::canFix(
            findingOf(QStringLiteral("SuccessFactors"), QStringLiteral("systemuser-deprecated"))));
    }

    // A check stopped while it reads the subaccount ends at once, without testing any token.
    void aStoppedCheckEnds()
    {
        SandboxSubaccount sandbox;
        QVERIFY(sandbox.seed(SandboxSubaccount::Seed::Demo));
        QVERIFY(sandbox.start());
        int finds = 0;
        connect(&sandbox, &SandboxSubaccount::requestServed, this, [&finds](const QString &, const QString &path, int) {
            if (path.contains(QStringLiteral("/destinations/")))
                ++finds;
        });
        QNetworkAccessManager network;
        DestinationServiceClient client(&network,
                                        DestinationServiceKey::fromText(QJsonDocument(sandbox.serviceKey()).toJson()));
        ConfigurationCheck check;
        QSignalSpy finished(&check, &ConfigurationCheck::finished);
        QSignalSpy progress(&check, &ConfigurationCheck::progress);
        check.start(&client, QStringLiteral("demo"));
        QVERIFY(progress.wait(15000) || progress.count() > 0);
        check.cancel();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), false);
        // One more round trip through the same client: a find sent before it would have been served by now.
        QScopedPointer<DestinationServiceReply> barrier(client.listDestinations());
        QTRY_VERIFY_WITH_TIMEOUT(barrier->isFinished(), 15000);
        QCOMPARE(finds, 0);
        // Started again, it runs whole, without counting anything twice.
        finished.clear();
        check.start(&client, QStringLiteral("demo"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(check.destinationCount(), int(sandbox.subaccountDestinations().size()));
        QVERIFY(!rulesOf(check.findings()).contains(QStringLiteral("name-twice")));
        QVERIFY(finds > 0);
        // The subaccount's id, as its trust certificate names it, among the facts of the report.
        QCOMPARE(check.landscape().subaccountId, sandbox.subaccountId());
        const QString html = ValidationReport::toHtml(check.findings(), check.destinationCount(),
                                                      QDateTime::currentDateTimeUtc(), check.landscape());
        QVERIFY(html.contains(QStringLiteral("<th>Subaccount ID</th><td>%1</td>").arg(sandbox.subaccountId())));
    }

    // A finding's source opens SAP's page where the source cites one by loio.
    // A key store or trust store a destination names must be among the subaccount's destination certificates; an
    // export, which does not list them, is not judged on them.
    void namedCertificatesMustBeInTheSubaccount()
    {
        QTemporaryDir folder;
        const QByteArray keyStore = makeKeyStore(folder.path(), QStringLiteral("Ks-Passw0rd"));
        QVERIFY(!keyStore.isEmpty());
        SandboxSubaccount sandbox;
        QVERIFY(sandbox.seed(SandboxSubaccount::Seed::Demo));
        const QJsonObject withStores { { "Name", "Certified" },
                                       { "Type", "HTTP" },
                                       { "URL", "https://example.com" },
                                       { "ProxyType", "Internet" },
                                       { "Authentication", "ClientCertificateAuthentication" },
                                       { "KeyStoreLocation", "client.p12" },
                                       { "KeyStorePassword", "Ks-Passw0rd" },
                                       { "TrustStoreLocation", "server-ca.pem" } };
        QVERIFY(sandbox.addDestination(withStores));
        QVERIFY(sandbox.addCertificate(QStringLiteral("client.p12"), keyStore));
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        DestinationServiceClient client(&network,
                                        DestinationServiceKey::fromText(QJsonDocument(sandbox.serviceKey()).toJson()));
        const auto missingOf = [&client](bool withClient) {
            ConfigurationCheck check;
            if (!withClient) {
                QTemporaryDir exports;
                QFile file(exports.filePath(QStringLiteral("Certified.json")));
                file.open(QIODevice::WriteOnly);
                file.write(QJsonDocument(QJsonObject { { "Name", "Certified" },
                                                       { "Type", "HTTP" },
                                                       { "URL", "https://example.com" },
                                                       { "ProxyType", "Internet" },
                                                       { "Authentication", "ClientCertificateAuthentication" },
                                                       { "KeyStoreLocation", "client.p12" },
                                                       { "TrustStoreLocation", "server-ca.pem" } })
                               .toJson());
                file.close();
                check.addPaths({ file.fileName() });
            }
            QSignalSpy finished(&check, &ConfigurationCheck::finished);
            check.start(withClient ? &client : nullptr, QStringLiteral("demo"));
            finished.wait(20000);
            QList<ValidationFinding> missing;
            for (const ValidationFinding &finding : check.findings()) {
                if (finding.rule == QLatin1String("certificate-missing"))
                    missing.append(finding);
            }
            return missing;
        };
        const QList<ValidationFinding> missing = missingOf(true);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().destination, QStringLiteral("Certified"));
        QCOMPARE(missing.first().severity, ValidationFinding::Severity::Error);
        QVERIFY2(missing.first().message.contains(QStringLiteral("server-ca.pem"))
                     && missing.first().message.contains(QStringLiteral("TrustStoreLocation")),
                 qPrintable(missing.first().message));
        QVERIFY(missing.first().fix.contains(QStringLiteral("Destination Certificates")));
        QCOMPARE(ValidationReport::sourceLink(missing.first().source),
                 QStringLiteral("https://help.sap.com/docs/CP_CONNECTIVITY/cca91383641e40ffbe03bdc78f00f681/"
                                "df1bb55a526942b9bee78fea2ebb3162.html"));
        QVERIFY(missingOf(false).isEmpty());
    }

    void linksToSapsPages()
    {
        QCOMPARE(
            ValidationReport::sourceLink(QStringLiteral("SAP Task Center, \"Credentials Rotation\" (loio 8080abf); x")),
            QStringLiteral("https://help.sap.com/docs/TASK_CENTER/08cbda59b4954e93abb2ec85f1db399d/"
                           "8080abf7d2cf4918802aa86e955ffc8b.html"));
        QVERIFY(ValidationReport::sourceLink(QStringLiteral("SAP KBA 3336571")).isEmpty());
        QVERIFY(ValidationReport::sourceLink({}).isEmpty());
        const auto findings = validate(without(correctLandscape(), "SF_PP"));
        const QString html = ValidationReport::toHtml(findings, 7, QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(
            QStringLiteral("<a href=\"https://help.sap.com/docs/TASK_CENTER/08cbda59b4954e93abb2ec85f1db399d/"
                           "bf657f8adefa4a468aa3c71783fca291.html\">")));
    }

    void reportsAsJson()
    {
        const auto findings = validate(with(correctLandscape(), "SF", "tc.enabled", QJsonValue::Undefined));
        const QJsonObject report = ValidationReport::toJson(findings, 8);
        const QJsonArray list = report.value(QStringLiteral("findings")).toArray();
        QVERIFY(!list.isEmpty());
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.keys(), (QStringList { "destination", "fix", "message", "rule", "severity" }));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("destinations")).toInt(), 8);
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(),
                 ValidationReport::count(findings, ValidationFinding::Severity::Error));
    }
};

// A QGuiApplication: the PDF report needs fonts.
QTEST_MAIN(TestConfigurationValidator)
#include "tst_configurationvalidator.moc"
