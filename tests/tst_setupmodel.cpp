#include "ExampleValues.h"
#include "ProviderRows.h"
#include "destinationservice/DestinationChangePlan.h"
#include "providers/InputChecks.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "setup/SetupFile.h"
#include "setup/SetupModel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Properties = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Properties)

class TestSetupModel : public QObject
{
    Q_OBJECT

private:
    QByteArray m_certificatePem;

    static std::unique_ptr<SetupModel> filledModel(const QByteArray &certificatePem)
    {
        auto model = std::make_unique<SetupModel>(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        model->setTrustCertificate(TrustCertificate::fromData(certificatePem));
        const QString keyFile = QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json");
        model->setServiceKey(TaskCenterServiceKey::fromFile(keyFile), keyFile);
        model->setValue(QStringLiteral("apiServer"), QStringLiteral("https://api4.successfactors.com/odata/v2/"));
        model->setValue(QStringLiteral("companyId"), QStringLiteral("ACME123"));
        model->setValue(QStringLiteral("technicalUser"), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        model->setValue(QStringLiteral("apiKey"), QStringLiteral("technical-api-key"));
        model->setValue(QStringLiteral("ppApiKey"), QStringLiteral("pp-api-key"));
        return model;
    }

    // The value a test enters for each input of every provider.
    static QString testValue(const QString &provider, const QString &input)
    {
        // Inputs of the same name differ per provider.
        if (provider == QLatin1String("fsm") && input == QLatin1String("companyId"))
            return QStringLiteral("123456");
        if (input == QLatin1String("clientId"))
            return provider == QLatin1String("fsm") ? QStringLiteral("fsm-client") : QStringLiteral("COM501SID100");
        static const QHash<QString, QString> values = {
            { "apiServer", "https://api4.successfactors.com/odata/v2/" },
            { "companyId", "ACME123" },
            { "technicalUser", "TECHNICAL_USER_INBOX_CEF979F3" },
            { "apiKey", "technical-api-key" },
            { "ppApiKey", "pp-api-key" },
            { "clusterUrl", "eu" },
            { "accountId", "654321" },
            { "clientSecret", "fsm-secret" },
            { "samlMetadataUrl", "https://eu.fsm.cloud.sap/api/oauth2/v2/saml/acme/metadata" },
            { "communicationUser", "TASKCENTER_COMM" },
            { "communicationUserPassword", "comm-password" },
            { "serviceUrl",
              "https://my300000-api.s4hana.ondemand.com/sap/opu/odata4/sap/api_task_spi_replication/"
              "default/sap/api_task_spi_replication/0001/?sap-client=100" },
            { "samlAudience", "https://my300000.s4hana.ondemand.com" },
            { "tokenServiceUrl", "https://my300000-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
        };
        // Otherwise what the provider file gives as an example.
        return values.value(input, exampleValue(provider, input));
    }

    // Walks a provider's steps through the model only: before each step it is incomplete and says why; after
    // entering its values (or opening its document, or ticking its items) it is complete.
    // The demo landscape's correct examples made of provider files: each marker ("<id>[/<way>]") with the name of its
    // primary destination.
    static QList<QPair<QString, QString>> demoExamples()
    {
        QFile file(QStringLiteral(TCC_TEST_DATA_DIR "/../../resources/sandbox/demo-landscape.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QPair<QString, QString>> examples;
        for (const auto &value : QJsonDocument::fromJson(file.readAll()).object().value("destinations").toArray()) {
            const QJsonObject entry = value.toObject();
            const QJsonObject destination = entry.value("destination").toObject();
            if (entry.contains("example") && destination.contains("tc.enabled"))
                examples.append({ entry.value("example").toString(), destination.value("Name").toString() });
        }
        return examples;
    }
    // Whether an input's value reaches a destination of the way, and stays as entered there: in a property's template
    // (not one written once), or through a derived value.
    static bool reachesADestination(const ProviderDefinition &provider, const QString &way, const QString &input)
    {
        QStringList names { input };
        for (const auto &derived : provider.derived()) {
            if (derived.from == input)
                names.append(derived.id);
        }
        for (const auto &destination : provider.destinations(way)) {
            for (const auto &property : destination.properties) {
                if (property.writtenOnce)
                    continue; // what the provider made of it since is in the subaccount, not the input
                for (const QString &name : names) {
                    if (property.valueTemplate.contains(QStringLiteral("${%1}").arg(name)))
                        return true;
                }
            }
        }
        return false;
    }

    std::unique_ptr<SetupModel> walkedModel(const QString &providerId, const QString &path) const
    {
        auto model = std::make_unique<SetupModel>(ProviderDefinition::builtIn(providerId));
        if (!path.isEmpty())
            model->setPath(path);
        const auto now = QDateTime::currentDateTimeUtc();
        for (const auto &step : model->steps()) {
            QStringList inputs = step.inputs;
            for (const auto &section : step.sections)
                inputs += section.inputs;
            // A step that only shows what to do elsewhere asks nothing, so it cannot be incomplete.
            const bool asksSomething = !inputs.isEmpty() || !step.items.isEmpty() || !step.document.isEmpty();
            const auto before = model->stepState(step, now);
            if (step.kind != ProviderDefinition::Step::Kind::Destinations
                && (before.complete == asksSomething || before.missing.isEmpty() == asksSomething)) {
                QTest::qFail(qPrintable(QStringLiteral("step %1: complete %2 before anything was entered (%3)")
                                            .arg(step.id)
                                            .arg(before.complete)
                                            .arg(before.missing)),
                             __FILE__, __LINE__);
                return nullptr;
            }
            for (const auto &input : inputs) {
                if (!testValue(providerId, input).isEmpty())
                    model->setValue(input, testValue(providerId, input));
            }
            for (const auto &item : step.items)
                model->setTicked(step.id, item.id, true);
            if (step.document == QLatin1String("trustCertificate"))
                model->setTrustCertificate(TrustCertificate::fromData(m_certificatePem));
            if (step.document == QLatin1String("serviceKey"))
                model->setServiceKey(
                    TaskCenterServiceKey::fromFile(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json")));
            const auto after = model->stepState(step, now);
            if (!after.complete) {
                QTest::qFail(qPrintable(QStringLiteral("step %1 is still incomplete: %2").arg(step.id, after.missing)),
                             __FILE__, __LINE__);
                return nullptr;
            }
        }
        return model;
    }

private Q_SLOTS:
    // An optional property is left out while its input is empty; one written once is marked so (an update keeps the
    // subaccount's value), and setting up again does not read an input back from what the provider made of it.
    void optionalAndWrittenOnceProperties()
    {
        const QByteArray json = R"({
          "format": 2, "id": "demo", "displayName": "Demo provider", "providerType": "Custom", "family": "thirdParty",
          "inputs": [
            {"id": "host", "label": "Host", "check": "httpsUrl", "required": true},
            {"id": "location", "label": "Location ID"},
            {"id": "clientKey", "label": "Client key", "secret": true, "required": true},
            {"id": "destinationName", "label": "Name", "check": "primaryDestinationName", "default": "Demo"}
          ],
          "steps": [
            {"id": "system", "kind": "values", "title": "System", "inputs": ["host", "location", "clientKey"]},
            {"id": "destinations", "kind": "destinations"}
          ],
          "destinations": [
            {"role": "primary", "title": "Primary", "name": "${destinationName}", "nameInput": "destinationName",
             "properties": [{"key": "URL", "value": "${host}"},
                            {"key": "CloudConnectorLocationId", "value": "${location}", "optional": true},
                            {"key": "clientKey", "value": "${clientKey}", "secret": true, "writtenOnce": true},
                            {"key": "tc.enabled", "value": "true"}]}
          ]})";
        QString error;
        const auto provider = ProviderDefinition::fromJson(json, &error);
        QVERIFY2(provider, qPrintable(error));
        SetupModel model(provider);
        model.setValue(QStringLiteral("host"), QStringLiteral("https://backend.example.com"));
        model.setValue(QStringLiteral("clientKey"), QStringLiteral("first-key"));
        Destination primary = model.destination(QStringLiteral("primary"));
        QVERIFY(!primary.contains(QStringLiteral("CloudConnectorLocationId")));
        QCOMPARE(primary.value(QStringLiteral("clientKey")), QStringLiteral("first-key"));
        const auto clientKey = std::find_if(primary.properties().cbegin(), primary.properties().cend(),
                                            [](const DestinationProperty &p) { return p.key == "clientKey"; });
        QVERIFY(clientKey->writtenOnce);

        model.setValue(QStringLiteral("location"), QStringLiteral("plant-2"));
        QCOMPARE(model.destination(QStringLiteral("primary")).value(QStringLiteral("CloudConnectorLocationId")),
                 QStringLiteral("plant-2"));

        // Set up again from the subaccount, after the provider turned the key into a token.
        QJsonObject existing = model.destination(QStringLiteral("primary")).toJson(true);
        existing.insert(QStringLiteral("clientKey"), QStringLiteral("refresh-token"));
        SetupModel again(provider);
        again.prefillFrom({ existing }, QStringLiteral("Demo"));
        QCOMPARE(again.value(QStringLiteral("host")), QStringLiteral("https://backend.example.com"));
        QCOMPARE(again.value(QStringLiteral("location")), QStringLiteral("plant-2"));
        QVERIFY(again.value(QStringLiteral("clientKey")) != QStringLiteral("refresh-token"));
    }

    void tokenErrorHints_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("hintPart");
        // Error texts as SuccessFactors and the Destination service report them (SAP KBAs 3336571, 2668018).
        QTest::newRow("certificate mismatch")
            << "Retrieval of OAuthSAMLBearerAssertion access token failed: Unable to verify the signature of the SAML "
               "assertion"
            << "current trust certificate";
        QTest::newRow("unknown technical user") << "401 Unable to authenticate the client (Login failed - invalid user)"
                                                << "user ID";
        QTest::newRow("anything else") << "Bad Request"
                                       << "API key";
    }

    void tokenErrorHints()
    {
        QFETCH(QString, error);
        QFETCH(QString, hintPart);
        const auto provider = ProviderDefinition::builtIn(QStringLiteral("successfactors"));
        QVERIFY(provider);
        const QString hint = provider->tokenErrorHint(error);
        QVERIFY2(hint.contains(hintPart), qPrintable(hint));
    }

    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
        const auto generated = CertificateFactory::createSelfSigned(QStringLiteral("test-subaccount"),
                                                                    QDateTime::currentDateTimeUtc().addDays(-1),
                                                                    QDateTime::currentDateTimeUtc().addDays(400));
        QVERIFY(generated);
        m_certificatePem = generated->certificatePem;
    }

    void builtInProviderLoads()
    {
        QString error;
        const auto provider = ProviderDefinition::builtIn(QStringLiteral("successfactors"), &error);
        QVERIFY2(provider, qPrintable(error));
        QCOMPARE(provider->providerType(), QStringLiteral("SuccessFactors"));
        QCOMPARE(provider->secretInputIds(), QStringList({ QStringLiteral("apiKey"), QStringLiteral("ppApiKey") }));
        QVERIFY(ProviderDefinition::builtInIds().contains(QStringLiteral("successfactors")));
        QVERIFY(!ProviderDefinition::builtIn(QStringLiteral("nonexistent"), &error));
        QVERIFY(error.contains(QStringLiteral("successfactors")));
        for (const auto &input : provider->inputs())
            QVERIFY2(InputChecks::exists(input.check), qPrintable(input.check));
    }

    // The property tables of SAP Task Center's SuccessFactors pages (loio dc5407b and bf657f8).
    void destinationsFollowTheDocumentation_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Properties>("expected");
        const QString url = QStringLiteral("https://api4.successfactors.com/api-ext/");
        const QString token = QStringLiteral("https://api4.successfactors.com/oauth/token");
        const QString previousSession = QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:PreviousSession");
        const QString unspecified = QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
        QTest::newRow("primary") << QStringLiteral("primary")
                                 << Properties { { "Name", "SuccessFactors" },
                                                 { "Type", "HTTP" },
                                                 { "URL", url },
                                                 { "ProxyType", "Internet" },
                                                 { "Authentication", "OAuth2SAMLBearerAssertion" },
                                                 { "audience", "www.successfactors.com" },
                                                 { "authnContextClassRef", previousSession },
                                                 { "clientKey", "technical-api-key" },
                                                 { "tokenServiceURLType", "Dedicated" },
                                                 { "tokenServiceURL", token },
                                                 { "apiKey", "technical-api-key" },
                                                 { "companyId", "ACME123" },
                                                 { "nameIdFormat", unspecified },
                                                 { "nameQualifier", "www.successfactors.com" },
                                                 { "SystemUser", "TECHNICAL_USER_INBOX_CEF979F3" },
                                                 { "tc.enabled", "true" },
                                                 { "tc.provider_type", "SuccessFactors" } };
        QTest::newRow("secondary") << QStringLiteral("secondary")
                                   << Properties { { "Name", "SuccessFactors_PP" },
                                                   { "Type", "HTTP" },
                                                   { "URL", url },
                                                   { "ProxyType", "Internet" },
                                                   { "Authentication", "OAuth2SAMLBearerAssertion" },
                                                   { "audience", "www.successfactors.com" },
                                                   { "authnContextClassRef", previousSession },
                                                   { "clientKey", "pp-api-key" },
                                                   { "tokenServiceURLType", "Dedicated" },
                                                   { "tokenServiceURL", token },
                                                   { "apiKey", "pp-api-key" },
                                                   { "companyId", "ACME123" },
                                                   { "nameIdFormat", unspecified },
                                                   { "tc.provider_type", "SuccessFactors" } };
    }
    void destinationsFollowTheDocumentation()
    {
        QFETCH(QString, role);
        QFETCH(Properties, expected);
        const auto model = filledModel(m_certificatePem);
        const auto destination = model->destination(role);
        Properties actual;
        for (const auto &property : destination.properties())
            actual.append({ property.key, property.value });
        QCOMPARE(actual, expected);
        QVERIFY(destination.isSecret(QStringLiteral("clientKey")));
        QVERIFY(destination.isSecret(QStringLiteral("apiKey")));
        QVERIFY(!destination.toJson(false).contains(QStringLiteral("apiKey")));
        QVERIFY(model->problems(QDateTime::currentDateTimeUtc()).isEmpty());
    }

    // SAP Task Center's FSM pages (loio 5495960 and 2fef2f5) and the S/4HANA Cloud page (loio 0aff1b4).
    void otherProvidersFollowTheDocumentation_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("role");
        QTest::addColumn<Properties>("expected");
        const QString fsmUrl = QStringLiteral("https://eu.fsm.cloud.sap/cloud-approval-service/api");
        const QString fsmToken = QStringLiteral("https://eu.fsm.cloud.sap/api/oauth2/v2/token");
        QTest::newRow("FSM primary") << "fsm"
                                     << "primary"
                                     << Properties { { "Name", "FSM" },
                                                     { "Type", "HTTP" },
                                                     { "URL", fsmUrl },
                                                     { "ProxyType", "Internet" },
                                                     { "Authentication", "OAuth2ClientCredentials" },
                                                     { "clientId", "fsm-client" },
                                                     { "clientSecret", "fsm-secret" },
                                                     { "tokenServiceURLType", "Dedicated" },
                                                     { "tokenServiceURL", fsmToken },
                                                     { "tokenServiceUser", "fsm-client" },
                                                     { "tokenServicePassword", "fsm-secret" },
                                                     { "URL.headers.X-Account-ID", "654321" },
                                                     { "URL.headers.X-Company-ID", "123456" },
                                                     { "URL.headers.X-Client-Id", "sap-task-center" },
                                                     { "URL.headers.X-Client-Version", "1.0" },
                                                     { "tc.enabled", "true" },
                                                     { "tc.provider_type", "FSM" } };
        QTest::newRow("FSM secondary")
            << "fsm"
            << "secondary"
            << Properties { { "Name", "FSM_PP" },
                            { "Type", "HTTP" },
                            { "URL", fsmUrl },
                            { "ProxyType", "Internet" },
                            { "Authentication", "OAuth2SAMLBearerAssertion" },
                            { "audience", "https://eu.fsm.cloud.sap/api/oauth2/v2/saml/acme/metadata" },
                            { "authnContextClassRef", "urn:oasis:names:tc:SAML:2.0:ac:classes:PreviousSession" },
                            { "clientKey", "fsm-client" },
                            { "tokenServiceURLType", "Dedicated" },
                            { "tokenServiceURL", fsmToken },
                            { "tokenServiceUser", "fsm-client" },
                            { "tokenServicePassword", "fsm-secret" },
                            { "URL.headers.X-Account-ID", "654321" },
                            { "URL.headers.X-Company-ID", "123456" },
                            { "URL.headers.X-Client-Id", "sap-task-center" },
                            { "URL.headers.X-Client-Version", "1.0" },
                            { "userIdSource", "email" },
                            { "tc.provider_type", "FSM" } };
        QTest::newRow("S/4HANA Cloud")
            << "s4hanacloud"
            << "primary"
            << Properties { { "Name", "S4HANACloud" },
                            { "Type", "HTTP" },
                            { "URL", "https://my300000-api.s4hana.ondemand.com/" },
                            { "ProxyType", "Internet" },
                            { "Authentication", "OAuth2SAMLBearerAssertion" },
                            { "audience", "https://my300000.s4hana.ondemand.com" },
                            { "authnContextClassRef", "urn:oasis:names:tc:SAML:2.0:ac:classes:X509" },
                            { "clientKey", "COM501SID100" },
                            { "tokenServiceURLType", "Dedicated" },
                            { "tokenServiceURL", "https://my300000-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
                            { "tokenServiceUser", "TASKCENTER_COMM" },
                            { "tokenServicePassword", "comm-password" },
                            { "URL.queries.sap-client", "100" },
                            { "userIdSource", "user_uuid" },
                            { "tc.enabled", "true" },
                            // The dedicated instance's key: S/4HANA Cloud pushes task updates with its client.
                            { "tc.clientId", "sb-clone-example!b1234|inbox-service!b567" },
                            { "tc.provider_type", "S/4HANACloud" } };
        // SAP Task Center's on-premise S/4HANA page (loio 143af9b); the optional location ID and tc.clientId are left
        // out while empty (see s4hanaOnPremiseOptionalProperties).
        QTest::newRow("S/4HANA on-premise") << "s4hana"
                                            << "primary"
                                            << Properties { { "Name", "S4HANA" },
                                                            { "Type", "HTTP" },
                                                            { "URL", "http://s4hana-virtual:44300" },
                                                            { "ProxyType", "OnPremise" },
                                                            { "Authentication", "BasicAuthentication" },
                                                            { "User", "TC_PULL_USER" },
                                                            { "Password", "Pull-Passw0rd-2026" },
                                                            { "tc.enabled", "true" },
                                                            { "tc.provider_type", "S/4HANA" },
                                                            { "URL.queries.sap-client", "100" } };
        // SAP Task Center's Private Edition page (loio 50ce133): the on-premise table with its own provider type.
        QTest::newRow("S/4HANA Cloud Private Edition") << "s4hanaprivatecloud"
                                                       << "primary"
                                                       << Properties { { "Name", "S4HANACloudPE" },
                                                                       { "Type", "HTTP" },
                                                                       { "URL", "http://s4hana-virtual:44300" },
                                                                       { "ProxyType", "OnPremise" },
                                                                       { "Authentication", "BasicAuthentication" },
                                                                       { "User", "TC_PULL_USER" },
                                                                       { "Password", "Pull-Passw0rd-2026" },
                                                                       { "tc.enabled", "true" },
                                                                       { "tc.provider_type", "S/4HANAPrivateCloud" },
                                                                       { "URL.queries.sap-client", "100" } };
    }
    void otherProvidersFollowTheDocumentation()
    {
        QFETCH(QString, provider);
        QFETCH(QString, role);
        QFETCH(Properties, expected);
        const auto model = walkedModel(provider, provider == QLatin1String("s4hanacloud") ? "manual" : QString());
        QVERIFY(model);
        Properties actual;
        const Destination destination = model->destination(role);
        for (const auto &property : destination.properties())
            actual.append({ property.key, property.value });
        QCOMPARE(actual, expected);
        QVERIFY(model->problems(QDateTime::currentDateTimeUtc()).isEmpty());
        // Secrets never leave in a file unless asked.
        const QJsonObject plain = model->destination(role).toJson(false);
        QVERIFY(!plain.contains(QStringLiteral("tokenServicePassword")));
        QVERIFY(!plain.contains(QStringLiteral("clientSecret")));
    }

    // Every provider file writes SAP's table for it key by key: tests/data/sap-tables/<id>.json quotes each table of
    // the provider's pages (named in its "_source") with the file's own examples in place of SAP's placeholders, one
    // list of destinations per way. A provider file without its table fails here.
    void everyProviderWritesSapsTable_data() { addARowForEachWayThatWrites(); }
    void everyProviderWritesSapsTable()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFile file(QStringLiteral(TCC_TEST_DATA_DIR "/sap-tables/") + provider + QStringLiteral(".json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + QStringLiteral(" is missing")));
        const QJsonObject tables = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(!tables.value(QStringLiteral("_source")).toString().isEmpty(), "the table names no source");
        const QJsonValue way = tables.value(QStringLiteral("ways")).toObject().value(path);
        QVERIFY2(way.isArray(), qPrintable(QStringLiteral("no table for the way \"%1\"").arg(path)));
        SetupModel model(ProviderDefinition::builtIn(provider));
        if (!path.isEmpty())
            model.setPath(path);
        fillInExampleValues(&model);
        // The values a way takes from the Task Center service key it reads (tc.clientId of the dedicated instance).
        QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        model.setServiceKey(TaskCenterServiceKey::fromText(key.readAll()));
        const QList<Destination> written = model.destinations();
        const QJsonArray expected = way.toArray();
        QCOMPARE(written.size(), expected.size());
        for (int i = 0; i < written.size(); ++i) {
            const QJsonObject actual = written.at(i).toJson(true);
            const QJsonObject table = expected.at(i).toObject();
            QStringList differences;
            for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
                if (actual.value(it.key()) != it.value())
                    differences.append(QStringLiteral("%1: SAP %2, written %3")
                                           .arg(it.key(), it.value().toString(),
                                                actual.contains(it.key()) ? actual.value(it.key()).toString()
                                                                          : QStringLiteral("(none)")));
            }
            for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
                if (!table.contains(it.key()))
                    differences.append(
                        QStringLiteral("%1: not in SAP's table, written %2").arg(it.key(), it.value().toString()));
            }
            QVERIFY2(differences.isEmpty(),
                     qPrintable(written.at(i).name() + QStringLiteral(": ") + differences.join(QStringLiteral("; "))));
        }
    }

    // Each provider's steps, driven through the model as the wizard and the command line drive them: every step
    // starts incomplete and says what is missing, and is complete once its values are in.
    void walksEveryStepHeadless_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("destinations");
        QTest::newRow("SuccessFactors") << "successfactors" << QString() << 2;
        QTest::newRow("FSM") << "fsm" << QString() << 2;
        QTest::newRow("S/4HANA Cloud, manual") << "s4hanacloud"
                                               << "manual" << 1;
        QTest::newRow("S/4HANA Cloud, formation") << "s4hanacloud"
                                                  << "formation" << 0;
        QTest::newRow("S/4HANA on-premise") << "s4hana" << QString() << 1;
        QTest::newRow("S/4HANA Cloud Private Edition") << "s4hanaprivatecloud" << QString() << 1;
        QTest::newRow("SAP Concur Expense") << "concur"
                                            << "expense" << 1;
        QTest::newRow("SAP Concur Request") << "concur"
                                            << "request" << 1;
    }

    // SAP Concur's two products are two ways of one provider file: each fixes the URL's last segment and its own
    // sample name (SAP's pages a087adb and 65bd21c); a name the user typed stays when the way changes. The Company
    // Request Token and tc.concur.auth.req.token.enabled are written once: Task Center changes them after the first
    // exchange. The data centre is one of SAP's two, and the one of the base URI.
    void concurProductsAreWaysOfOneProvider()
    {
        auto model = walkedModel(QStringLiteral("concur"), QStringLiteral("expense"));
        QVERIFY(model);
        Destination expense = model->destination(QStringLiteral("primary"));
        QCOMPARE(expense.name(), QStringLiteral("Concur_Expense"));
        QCOMPARE(expense.value(QStringLiteral("URL")),
                 QStringLiteral("https://us2.api.concursolutions.com/expensereports"));
        QCOMPARE(expense.value(QStringLiteral("tokenServiceURL")),
                 QStringLiteral("https://us2.api.concursolutions.com/oauth2/v0/token"));
        QCOMPARE(expense.value(QStringLiteral("tc.concur.dc")), QStringLiteral("us2"));
        QCOMPARE(expense.value(QStringLiteral("tc.grant_type")), QStringLiteral("refresh_token"));
        for (const auto &property : expense.properties())
            QCOMPARE(property.writtenOnce,
                     property.key == QLatin1String("clientKey")
                         || property.key == QLatin1String("tc.concur.auth.req.token.enabled"));

        model->setPath(QStringLiteral("request"));
        Destination request = model->destination(QStringLiteral("primary"));
        QCOMPARE(request.name(), QStringLiteral("Concur_Request"));
        QCOMPARE(request.value(QStringLiteral("URL")),
                 QStringLiteral("https://us2.api.concursolutions.com/travelrequest"));

        model->setValue(QStringLiteral("destinationName"), QStringLiteral("Concur_Travel"));
        model->setPath(QStringLiteral("expense"));
        QCOMPARE(model->destination(QStringLiteral("primary")).name(), QStringLiteral("Concur_Travel"));

        model->setValue(QStringLiteral("dataCenter"), QStringLiteral("eu1"));
        QVERIFY(model->checkInput(QStringLiteral("dataCenter")).isError());
        model->setValue(QStringLiteral("dataCenter"), QStringLiteral("eu2"));
        const auto other = model->checkInput(QStringLiteral("dataCenter"));
        QCOMPARE(other.severity, InputChecks::Severity::Warning); // eu2 beside a us2 base URI
        model->setValue(QStringLiteral("baseUri"),
                        QStringLiteral("https://us2.api.concursolutions.com/expensereports"));
        QVERIFY(model->checkInput(QStringLiteral("baseUri")).isError()); // the segment is the way's, not the user's
    }

    // The on-premise S/4HANA page's "(Optional)" rows: the Cloud Connector's location ID and tc.clientId (once push
    // is set up) are written where SAP's table has them when given, and each value gets the file's own check.
    void s4hanaOnPremiseOptionalProperties()
    {
        const auto model = walkedModel(QStringLiteral("s4hana"), QString());
        QVERIFY(model);
        model->setValue(QStringLiteral("locationId"), QStringLiteral("plant-2"));
        model->setValue(QStringLiteral("pushClientId"), QStringLiteral("sb-taskcenter-push!b1234|taskcenter!b5"));
        const Destination destination = model->destination(QStringLiteral("primary"));
        QStringList keys;
        for (const auto &property : destination.properties())
            keys.append(property.key);
        QCOMPARE(keys,
                 (QStringList { "Name", "Type", "URL", "ProxyType", "Authentication", "User", "Password",
                                "CloudConnectorLocationId", "tc.enabled", "tc.clientId", "tc.provider_type",
                                "URL.queries.sap-client" }));
        QCOMPARE(destination.value(QStringLiteral("CloudConnectorLocationId")), QStringLiteral("plant-2"));
        QVERIFY(destination.isSecret(QStringLiteral("Password")));
        QVERIFY(!destination.toJson(false).contains(QStringLiteral("Password")));
        // A URL with a path is not the Cloud Connector's virtual host and port.
        model->setValue(QStringLiteral("cloudConnectorUrl"), QStringLiteral("http://s4hana-virtual:44300/sap/bc"));
        QVERIFY(model->checkInput(QStringLiteral("cloudConnectorUrl")).isError());
        model->setValue(QStringLiteral("cloudConnectorUrl"), QStringLiteral("https://s4hana-virtual:443"));
        QVERIFY(!model->checkInput(QStringLiteral("cloudConnectorUrl")).isError());
    }
    void walksEveryStepHeadless()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(int, destinations);
        const auto model = walkedModel(provider, path);
        QVERIFY(model);
        QCOMPARE(int(model->destinations().size()), destinations);
        QCOMPARE(model->writesDestinations(), destinations > 0);
    }

    // The demo subaccount shows a correct example of every provider beside its planted mistakes: exactly what the
    // provider definitions produce for the same values.
    void demoLandscapeHasACorrectExampleOfEachProvider_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariantMap>("values");
        QTest::newRow("SuccessFactors") << "successfactors" << QString()
                                        << QVariantMap { { "destinationName", "SuccessFactors" },
                                                         { "apiServer", "https://apisalesdemo8.successfactors.com" },
                                                         { "companyId", "SFPART000123" },
                                                         { "technicalUser", "TECHNICAL_USER_INBOX_CEF979F3" },
                                                         { "apiKey", "demo-sf-technical-user-api-key" },
                                                         { "ppApiKey", "demo-sf-pp-api-key" } };
        QTest::newRow("FSM") << "fsm" << QString()
                             << QVariantMap { { "destinationName", "FSM_US" },
                                              { "clusterUrl", "us" },
                                              { "accountId", "700001" },
                                              { "companyId", "700002" },
                                              { "clientId", "demo-fsm-us-client" },
                                              { "clientSecret", "demo-fsm-us-secret" },
                                              { "samlMetadataUrl",
                                                "https://us.fsm.cloud.sap/api/oauth2/v2/saml/demo/metadata" } };
        QTest::newRow("S/4HANA Cloud")
            << "s4hanacloud"
            << "manual"
            << QVariantMap { { "destinationName", "S4HANACloud_Sales" },
                             { "serviceUrl",
                               "https://my300001-api.s4hana.ondemand.com/sap/opu/odata4/sap/"
                               "api_task_spi_replication/default/sap/api_task_spi_replication/0001/"
                               "?sap-client=200" },
                             { "samlAudience", "https://my300001.s4hana.ondemand.com" },
                             { "clientId", "COM501SID200" },
                             { "tokenServiceUrl", "https://my300001-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
                             { "communicationUser", "DEMO_TASKCENTER_COMM" },
                             { "communicationUserPassword", "demo-s4-communication-password" } };
        // The other providers' examples in the demo are their files' examples ("example": "<id>[/<way>]"), named as
        // the demo's primary is: the inputs that reach a destination, directly or through a derived value.
        for (const auto &[marker, primaryName] : demoExamples()) {
            const QString id = marker.section(QLatin1Char('/'), 0, 0);
            const QString way = marker.section(QLatin1Char('/'), 1);
            const auto provider = ProviderDefinition::builtIn(id);
            QVariantMap values { { "destinationName", primaryName } };
            for (const auto &input : provider->inputs()) {
                if (!input.example.isEmpty() && reachesADestination(*provider, way, input.id))
                    values.insert(input.id, input.example);
            }
            QTest::newRow(qPrintable(marker)) << id << way << values;
        }
    }
    // Each provider of the catalogue has its correct example in the demo subaccount.
    void theDemoShowsEveryProvider()
    {
        QStringList shown { "successfactors", "fsm", "s4hanacloud" }; // the rows above with the demo's own values
        for (const auto &example : demoExamples())
            shown.append(example.first.section(QLatin1Char('/'), 0, 0));
        shown.removeDuplicates();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, ProviderDefinition::builtInIds());
    }
    void demoLandscapeHasACorrectExampleOfEachProvider()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(QVariantMap, values);
        SetupModel model(ProviderDefinition::builtIn(provider));
        model.setPath(path);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            model.setValue(it.key(), it.value().toString());
        SandboxSubaccount demo;
        QVERIFY(demo.seed(SandboxSubaccount::Seed::Demo));
        const DestinationChangePlan plan(model.destinations(), demo.subaccountDestinations(), model.primaryNames());
        QVERIFY(plan.size() > 0);
        for (const auto &change : plan.changes())
            QVERIFY2(change.action == DestinationChange::Action::Unchanged,
                     qPrintable(change.name + QLatin1Char(' ') + change.describeChanges().join(QStringLiteral("; "))));
    }

    // Set up again from the destinations as they exist: every input a property holds is read back, so the
    // destinations come out as they are (nothing to change), on a path that writes them.
    void readsItsInputsBackFromExistingDestinations_data() { demoLandscapeHasACorrectExampleOfEachProvider_data(); }
    void readsItsInputsBackFromExistingDestinations()
    {
        QFETCH(QString, provider);
        QFETCH(QVariantMap, values);
        SandboxSubaccount demo;
        QVERIFY(demo.seed(SandboxSubaccount::Seed::Demo));
        SetupModel model(ProviderDefinition::builtIn(provider)); // S/4HANA Cloud starts on the formation path
        QSignalSpy steps(&model, &SetupModel::stepsChanged);
        const QStringList read
            = model.prefillFrom(demo.subaccountDestinations(), values.value("destinationName").toString());
        QVERIFY(model.writesDestinations());
        QVERIFY(steps.count() > 0);
        // Each input the definition writes into a property, secrets too (a subaccount shows them).
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QVERIFY2(read.contains(it.key()), qPrintable(it.key() + QStringLiteral(" not read: ") + read.join(' ')));
            QVERIFY(!model.checkInput(it.key()).isError());
        }
        const DestinationChangePlan plan(model.destinations(), demo.subaccountDestinations(), model.primaryNames());
        QCOMPARE(plan.size(), int(model.roles().size()));
        for (const auto &change : plan.changes())
            QVERIFY2(change.action == DestinationChange::Action::Unchanged,
                     qPrintable(change.name + QLatin1Char(' ') + change.describeChanges().join(QStringLiteral("; "))));
    }

    // Setting up again takes the way the existing destinations were written on, whatever way the wizard was on:
    // every provider and way, from what its own examples write.
    void settingUpAgainTakesTheWayOfTheDestinations_data()
    {
        // Only providers with several ways: the others have nothing to choose.
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        for (const QString &id : ProviderDefinition::builtInIds()) {
            const auto provider = ProviderDefinition::builtIn(id);
            for (const QString &way : waysThatWrite(*provider)) {
                if (!way.isEmpty())
                    QTest::newRow(qPrintable(id + QLatin1Char('/') + way)) << id << way;
            }
        }
    }
    void settingUpAgainTakesTheWayOfTheDestinations()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        SetupModel written(ProviderDefinition::builtIn(provider));
        written.setPath(path);
        fillInExampleValues(&written);
        QList<QJsonObject> existing;
        for (const Destination &destination : written.destinations())
            existing.append(destination.toJson(true));
        SetupModel again(ProviderDefinition::builtIn(provider)); // on its first way
        again.prefillFrom(existing, written.destination(QStringLiteral("primary")).name());
        // Ways that write the same destinations (SBPA in another subaccount, with SAML trust or an IAS dependency,
        // but for one property) are told apart by what they write: the way read writes them unchanged.
        const DestinationChangePlan plan(again.destinations(), existing, again.primaryNames());
        for (const auto &change : plan.changes())
            QVERIFY2(change.action == DestinationChange::Action::Unchanged,
                     qPrintable(again.pathId() + QLatin1Char(' ') + change.name + QLatin1Char(' ')
                                + change.describeChanges().join(QStringLiteral("; "))));
    }

    // What the definition writes replaces what is malformed or misspelt; what it does not write stays.
    void setUpAgainCorrectsWhatIsWrongAndKeepsTheRest()
    {
        const QList<QJsonObject> existing {
            { { "Name", "SF_Prod" },
              { "Type", "HTTP" },
              { "URL", "https://api4.successfactors.com/odata/v2" }, // not the /api-ext/ address
              { "Authentication", "OAuth2SAMLBearerAsertion" },
              { "tokenServiceURL", "https://api4.successfactors.com/oauth/token" },
              { "companyId", "ACME123" },
              { "apiKey", "prod-api-key" },
              { "SystemUser", "TECH_USER" },
              { "TC.enabled", "true" }, // misspelt
              { "Description", "Production tasks" },
              { "Password", "an-old-password" }, // credentials are never taken over as edits
              { "URL.headers.X-Api-Token", "header-secret" } },
            { { "Name", "Other" }, { "apiKey", "someone-elses-key" } },
        };
        SetupModel model(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        model.setValue(QStringLiteral("ppApiKey"), QStringLiteral("left-from-before"));
        const QStringList read = model.prefillFrom(existing, QStringLiteral("SF_Prod"));
        QCOMPARE(model.value(QStringLiteral("destinationName")), QStringLiteral("SF_Prod"));
        QCOMPARE(model.value(QStringLiteral("apiServer")),
                 QStringLiteral("https://api4.successfactors.com/oauth/token"));
        QCOMPARE(model.value(QStringLiteral("apiKey")), QStringLiteral("prod-api-key"));
        QCOMPARE(model.value(QStringLiteral("technicalUser")), QStringLiteral("TECH_USER"));
        QVERIFY(!read.contains(QStringLiteral("ppApiKey"))); // no secondary: the user enters it
        QVERIFY(model.value(QStringLiteral("ppApiKey")).isEmpty()); // nothing of a setup before
        const Destination primary = model.destination(QStringLiteral("primary"));
        QCOMPARE(primary.value(QStringLiteral("URL")), QStringLiteral("https://api4.successfactors.com/api-ext/"));
        QCOMPARE(primary.value(QStringLiteral("Authentication")), QStringLiteral("OAuth2SAMLBearerAssertion"));
        QCOMPARE(primary.value(QStringLiteral("tc.enabled")), QStringLiteral("true"));
        QVERIFY(!primary.contains(QStringLiteral("TC.enabled")));
        QCOMPARE(primary.value(QStringLiteral("Description")), QStringLiteral("Production tasks"));
        QVERIFY(!primary.contains(QStringLiteral("Password")));
        QVERIFY(!primary.contains(QStringLiteral("URL.headers.X-Api-Token")));
        QTemporaryDir dir;
        QString saveError;
        QVERIFY2(SetupFile::save(model, dir.filePath(QStringLiteral("setup.json")), &saveError), qPrintable(saveError));
        QFile saved(dir.filePath(QStringLiteral("setup.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray file = saved.readAll();
        for (const char *secret : { "an-old-password", "header-secret", "prod-api-key" })
            QVERIFY2(!file.contains(secret), secret);
        // The API key read from the subaccount is marked as such (kept hidden) until the user types another.
        QVERIFY(model.isExistingSecret(QStringLiteral("apiKey")));
        QVERIFY(!model.isExistingSecret(QStringLiteral("technicalUser")));
        model.setValue(QStringLiteral("apiKey"), QStringLiteral("typed-key"));
        QVERIFY(!model.isExistingSecret(QStringLiteral("apiKey")));
        QCOMPARE(model.destination(QStringLiteral("secondary")).name(), QStringLiteral("SF_Prod_PP"));
        QVERIFY(!model.destination(QStringLiteral("secondary")).contains(QStringLiteral("Description")));
    }

    // An FSM address is an FSM cluster's only with the dots where SAP's host names have them.
    void fsmClusterNeedsItsDots()
    {
        const auto fsm = ProviderDefinition::builtIn(QStringLiteral("fsm"));
        QVERIFY(fsm);
        QCOMPARE(
            fsm->derivedValue(QStringLiteral("apiUrl"))->take.apply(QStringLiteral("https://eu.fsm.cloud.sap/shell")),
            QStringLiteral("https://eu.fsm.cloud.sap/cloud-approval-service/api"));
        const auto *cluster = fsm->input(QStringLiteral("clusterUrl"));
        QVERIFY(cluster->checkValue(QStringLiteral("https://eu-fsm-cloud-sap")).isError());
        QVERIFY(cluster->checkValue(QStringLiteral("https://euxfsmxcloudxsap")).isError());
    }

    // A built-in provider that did not load: an empty model, never a null dereference (release builds have no
    // asserts).
    void withoutAProviderNothingBreaks()
    {
        SetupModel empty(nullptr);
        QVERIFY(empty.steps().isEmpty());
        QVERIFY(empty.destinations().isEmpty());
        QVERIFY(empty.roles().isEmpty());
        empty.setValue(QStringLiteral("apiKey"), QStringLiteral("x"));
        QVERIFY(empty.secretInputIds().isEmpty());
        QVERIFY(empty.prefillFrom({ QJsonObject { { "Name", "SF" } } }, QStringLiteral("SF")).isEmpty());
        Q_UNUSED(empty.problems(QDateTime::currentDateTimeUtc()));
    }

    void s4hanaTakesTheClientFromTheServiceUrl()
    {
        SetupModel model(ProviderDefinition::builtIn(QStringLiteral("s4hanacloud")));
        model.setPath(QStringLiteral("manual"));
        model.setValue(QStringLiteral("serviceUrl"),
                       QStringLiteral("https://h-api.s4hana.ondemand.com/x/?sap-client=080"));
        QCOMPARE(model.value(QStringLiteral("sapClient")), QStringLiteral("080"));
        // A value the user typed is theirs: another service URL does not overwrite it.
        model.setValue(QStringLiteral("sapClient"), QStringLiteral("200"));
        model.setValue(QStringLiteral("serviceUrl"),
                       QStringLiteral("https://h-api.s4hana.ondemand.com/x/?sap-client=300"));
        QCOMPARE(model.value(QStringLiteral("sapClient")), QStringLiteral("200"));
        QCOMPARE(model.templateValues().value(QStringLiteral("destinationUrl")),
                 QStringLiteral("https://h-api.s4hana.ondemand.com/"));
    }

    void secretsAreKeptPerSubaccount()
    {
        auto model = filledModel(m_certificatePem);
        const QString files = model->keychainKey(QStringLiteral("apiKey"));
        model->setSecretOwner(QStringLiteral("subaccount-prod"));
        QCOMPARE(model->keychainKey(QStringLiteral("apiKey")),
                 QStringLiteral("subaccount-prod/successfactors/SuccessFactors/apiKey"));
        QVERIFY(files != model->keychainKey(QStringLiteral("apiKey")));
        // The service key's client secret is kept only by a provider that uses it.
        QVERIFY(!model->needsServiceKeySecret());
        QVERIFY(!model->templateValues().contains(QStringLiteral("serviceKey.uaa.clientsecret")));
        SetupModel s4(ProviderDefinition::builtIn(QStringLiteral("s4hanacloud")));
        QVERIFY(!s4.needsServiceKeySecret()); // the formation path has no service key step
        s4.setPath(QStringLiteral("manual"));
        QVERIFY(s4.needsServiceKeySecret());
    }

    // Addresses as users paste them, and the address the provider file makes of them (empty: refused by the
    // input's check, so nothing is made of them).
    void addressForms_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("derived");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("made");
        const auto sf = [](const char *row, const char *text, const char *origin) {
            QTest::newRow(row) << "successfactors"
                               << "apiServer"
                               << "apiExtUrl" << text
                               << (*origin ? QString::fromLatin1(origin) + "/api-ext/" : QString());
        };
        const auto fsm = [](const char *row, const char *text, const char *origin) {
            QTest::newRow(row) << "fsm"
                               << "clusterUrl"
                               << "apiUrl" << text
                               << (*origin ? QString::fromLatin1(origin) + "/cloud-approval-service/api" : QString());
        };
        sf("SF OData URL", "https://api4.successfactors.com/odata/v2/", "https://api4.successfactors.com");
        sf("SF no slash", "https://api4.successfactors.com/odata/v2", "https://api4.successfactors.com");
        sf("SF api-ext", "https://test-api.lab-rot.ondemand.com/api-ext/", "https://test-api.lab-rot.ondemand.com");
        sf("SF bare host", "api.sapsf.eu", "https://api.sapsf.eu");
        sf("SF upper case, spaces", "  HTTPS://API4.SuccessFactors.com/odata/v2/ ", "https://api4.successfactors.com");
        sf("SF port kept", "https://api.example.com:8443/odata/v2/", "https://api.example.com:8443");
        sf("SF http refused", "http://api4.successfactors.com/odata/v2/", "");
        sf("SF no dot", "https://localhost/odata/v2/", "");
        sf("SF garbage", "not an address at all", "");
        sf("SF user info", "https://user:pw@api4.successfactors.com/", "");
        sf("SF login page", "https://performancemanager4.successfactors.com/login?company=ACME", "");
        fsm("FSM cluster name", "eu", "https://eu.fsm.cloud.sap");
        fsm("FSM upper case, spaces", " US ", "https://us.fsm.cloud.sap");
        fsm("FSM any address", "https://de.fsm.cloud.sap/shell/#/planning", "https://de.fsm.cloud.sap");
        fsm("FSM API address", "https://au.fsm.cloud.sap/cloud-approval-service/api", "https://au.fsm.cloud.sap");
        fsm("FSM another domain", "https://eu.example.com", "");
        fsm("FSM http", "http://eu.fsm.cloud.sap", "");
        fsm("FSM nothing", "", "");
    }
    void addressForms()
    {
        QFETCH(QString, provider);
        QFETCH(QString, input);
        QFETCH(QString, derived);
        QFETCH(QString, text);
        QFETCH(QString, made);
        SetupModel model(ProviderDefinition::builtIn(provider));
        model.setValue(input, text);
        QCOMPARE(model.templateValues().value(derived), made);
        QCOMPARE(model.checkInput(input).isError(), made.isEmpty());
    }

    // What a provider file says of its inputs' values (its patterns and hints), as the wizard shows it.
    void providerInputChecks_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("suggestion");
        const int ok = int(InputChecks::Severity::Ok), warn = int(InputChecks::Severity::Warning),
                  error = int(InputChecks::Severity::Error);
        const auto row = [](const char *name, const char *provider, const char *input, const QString &value,
                            int severity, const char *suggestion = "") {
            QTest::newRow(name) << provider << input << value << severity << QString::fromLatin1(suggestion);
        };
        row("login page", "successfactors", "apiServer",
            "https://performancemanager4.successfactors.com/login?company=ACME", error,
            "https://api4.successfactors.com");
        row("sales demo", "successfactors", "apiServer", "https://salesdemo4.successfactors.com/sf/start", error,
            "https://apisalesdemo4.successfactors.com");
        row("hcm host", "successfactors", "apiServer", "hcm68.sapsf.com", error, "https://api68.sapsf.com");
        row("other login page", "successfactors", "apiServer", "https://login.example.com/login", error);
        row("odd path", "successfactors", "apiServer", "https://api4.successfactors.com/some/where", warn,
            "https://api4.successfactors.com");
        row("known path", "successfactors", "apiServer", "https://api4.successfactors.com/odata/v2/$metadata", ok);
        row("root path", "successfactors", "apiServer", "https://api4.successfactors.com/", ok);
        row("company ok", "successfactors", "companyId", "ACME123", ok);
        row("company space", "successfactors", "companyId", "ACME 123", error);
        row("company sample", "successfactors", "companyId", "sample_CompanyId", error);
        row("company comma", "successfactors", "companyId", "ACME,123", error);
        row("user ok", "successfactors", "technicalUser", "TECHNICAL_USER_INBOX_CEF979F3", ok);
        row("user email", "successfactors", "technicalUser", "admin@example.com", warn);
        row("user name", "successfactors", "technicalUser", "Jane Doe", error);
        row("api key ok", "successfactors", "apiKey", "NjVkMmZhYzI0ZTFhNDk5OTk", ok);
        row("api key broken", "successfactors", "apiKey", "NjVk MmZh", error);
        row("api key sample", "successfactors", "apiKey", "sample_apiKey", error);
        row("FSM id ok", "fsm", "accountId", "654321", ok);
        row("FSM id a name", "fsm", "accountId", "acme-field", warn);
        row("FSM id sample", "fsm", "companyId", "sample_id", error);
        row("FSM http", "fsm", "clusterUrl", "http://eu.fsm.cloud.sap", error);
        row("S/4 communication user e-mail", "s4hanacloud", "communicationUser", "comm@example.com", warn);
        row("S/4 service URL of another service", "s4hanacloud", "serviceUrl", "https://my1-api.s4hana.ondemand.com/x",
            warn);
    }
    void providerInputChecks()
    {
        QFETCH(QString, provider);
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(int, severity);
        QFETCH(QString, suggestion);
        const auto definition = ProviderDefinition::builtIn(provider);
        QVERIFY(definition && definition->input(input));
        const auto result = definition->input(input)->checkValue(value);
        QCOMPARE(int(result.severity), severity);
        QCOMPARE(result.message.isEmpty(), severity == int(InputChecks::Severity::Ok));
        QCOMPARE(result.suggestion, suggestion);
        if (!suggestion.isEmpty())
            QVERIFY2(result.message.contains(suggestion), qPrintable(result.message));
    }

    void checks_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("severity");
        const int ok = int(InputChecks::Severity::Ok), warn = int(InputChecks::Severity::Warning),
                  error = int(InputChecks::Severity::Error);
        QTest::newRow("name ok") << "primaryDestinationName"
                                 << "SuccessFactors" << ok;
        QTest::newRow("name with dash") << "primaryDestinationName"
                                        << "SF-Prod_1" << ok;
        QTest::newRow("name empty") << "primaryDestinationName"
                                    << "" << error;
        QTest::newRow("name space") << "primaryDestinationName"
                                    << "Success Factors" << error;
        QTest::newRow("name umlaut") << "primaryDestinationName" << QStringLiteral("Erfolgsfaktoren_ä") << error;
        QTest::newRow("name 61") << "primaryDestinationName" << QString(61, QLatin1Char('a')) << ok;
        QTest::newRow("name 62") << "primaryDestinationName" << QString(62, QLatin1Char('a')) << error;
        QTest::newRow("name _PP") << "primaryDestinationName"
                                  << "SF_PP" << warn;
        QTest::newRow("any name 64") << "destinationName" << QString(64, QLatin1Char('a')) << ok;
        QTest::newRow("any name 65") << "destinationName" << QString(65, QLatin1Char('a')) << error;
        QTest::newRow("identifier empty: the field's own required message") << "identifier"
                                                                            << "" << ok;
        QTest::newRow("identifier space") << "identifier"
                                          << "ACME 123" << error;
        QTest::newRow("user name space") << "userName"
                                         << "Jane Doe" << error;
        QTest::newRow("unknown rule checks nothing") << ""
                                                     << "anything" << ok;
    }
    void checks()
    {
        QFETCH(QString, rule);
        QFETCH(QString, value);
        QFETCH(int, severity);
        const auto result = InputChecks::check(rule, value);
        QCOMPARE(int(result.severity), severity);
        QCOMPARE(result.message.isEmpty(), severity == int(InputChecks::Severity::Ok));
    }

    // FSM: SAML metadata from another cluster than the account's is accepted, with a warning that names both.
    void metadataOnAnotherClusterIsWarnedOf_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("metadata");
        QTest::addColumn<int>("severity");
        const int ok = int(InputChecks::Severity::Ok), warn = int(InputChecks::Severity::Warning);
        const QString us = QStringLiteral("https://us.fsm.cloud.sap/api/oauth2/v2/saml/acme/metadata");
        QTest::newRow("same cluster, named") << "us" << us << ok;
        QTest::newRow("same cluster, as an address") << "https://us.fsm.cloud.sap" << us << ok;
        QTest::newRow("another cluster") << "eu" << us << warn;
        QTest::newRow("another cluster, as an address") << "https://eu.fsm.cloud.sap/" << us << warn;
        QTest::newRow("no cluster yet") << "" << us << ok;
    }
    void metadataOnAnotherClusterIsWarnedOf()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, metadata);
        QFETCH(int, severity);
        SetupModel model(ProviderDefinition::builtIn(QStringLiteral("fsm")));
        model.setValue(QStringLiteral("clusterUrl"), cluster);
        model.setValue(QStringLiteral("samlMetadataUrl"), metadata);
        const InputChecks::Result result = model.checkInput(QStringLiteral("samlMetadataUrl"));
        QCOMPARE(int(result.severity), severity);
        if (severity == int(InputChecks::Severity::Warning))
            QVERIFY2(result.message.contains(QStringLiteral("cluster us"))
                         && result.message.contains(QStringLiteral("on eu")),
                     qPrintable(result.message));
    }

    void expertEditsKeepRequiredProperties()
    {
        auto model = filledModel(m_certificatePem);
        QSignalSpy changed(model.get(), &SetupModel::changed);
        QVERIFY(!model->setPropertyOverride(QStringLiteral("primary"), QStringLiteral("tc.enabled"),
                                            QStringLiteral("false")));
        QVERIFY(!model->removeProperty(QStringLiteral("primary"), QStringLiteral("tc.provider_type")));
        QVERIFY(
            !model->setPropertyOverride(QStringLiteral("primary"), QStringLiteral("clientKey"), QStringLiteral("x")));
        QVERIFY(
            !model->setPropertyOverride(QStringLiteral("primary"), QStringLiteral("Name"), QStringLiteral("Other")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(
            model->setPropertyOverride(QStringLiteral("primary"), QStringLiteral("tc.ui.label"), QStringLiteral("HR")));
        QVERIFY(model->removeProperty(QStringLiteral("primary"), QStringLiteral("SystemUser")));
        QCOMPARE(changed.count(), 2);
        const auto primary = model->destination(QStringLiteral("primary"));
        QCOMPARE(primary.value(QStringLiteral("tc.ui.label")), QStringLiteral("HR"));
        QVERIFY(!primary.contains(QStringLiteral("SystemUser")));
        QVERIFY(!model->destination(QStringLiteral("secondary")).contains(QStringLiteral("tc.ui.label")));
        model->resetProperties(QStringLiteral("primary"));
        QVERIFY(model->destination(QStringLiteral("primary")).contains(QStringLiteral("SystemUser")));
    }

    void problemsNameTheField()
    {
        auto model = std::make_unique<SetupModel>(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        const auto now = QDateTime::currentDateTimeUtc();
        QStringList fields;
        for (const auto &problem : model->problems(now))
            fields.append(problem.field);
        QVERIFY(fields.contains(QStringLiteral("trustCertificate")));
        QVERIFY(fields.contains(QStringLiteral("serviceKey")));
        QVERIFY(fields.contains(QStringLiteral("apiServer")));
        QVERIFY(fields.contains(QStringLiteral("apiKey")));
        QVERIFY(fields.contains(QStringLiteral("technicalUser"))); // SAP's example is offered, never assumed
        QVERIFY(!fields.contains(QStringLiteral("destinationName"))); // has a default
        fields.clear();
        for (const auto &problem : model->problems(now, SetupModel::SecretScope::Skip))
            fields.append(problem.field);
        QVERIFY(!fields.contains(QStringLiteral("apiKey")));

        const auto expired
            = CertificateFactory::createSelfSigned(QStringLiteral("old"), now.addDays(-800), now.addDays(-3));
        QVERIFY(expired);
        auto full = filledModel(expired->certificatePem);
        QVERIFY(full->hasErrors(now));
        const auto expiring
            = CertificateFactory::createSelfSigned(QStringLiteral("soon"), now.addDays(-800), now.addDays(12));
        QVERIFY(expiring);
        full = filledModel(expiring->certificatePem);
        QVERIFY(!full->hasErrors(now));
        QCOMPARE(full->problems(now).size(), 1);
        QCOMPARE(int(full->problems(now).first().severity), int(InputChecks::Severity::Warning));
    }

    void setupFileRoundTrip()
    {
        QTemporaryDir dir;
        auto model = filledModel(m_certificatePem); // certificate pasted, service key from the test data folder
        model->setValue(QStringLiteral("destinationName"), QStringLiteral("SF_Prod"));
        model->setPropertyOverride(QStringLiteral("primary"), QStringLiteral("tc.ui.label"), QStringLiteral("HR"));
        model->removeProperty(QStringLiteral("secondary"), QStringLiteral("companyId"));
        const QString path = dir.filePath(QStringLiteral("setups/sf.json"));
        QString error;
        QVERIFY2(SetupFile::save(*model, path, &error), qPrintable(error));

        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(!text.contains("technical-api-key") && !text.contains("pp-api-key") && !text.contains("test-secret"),
                 "a secret reached the setup file");
        const QJsonObject root = QJsonDocument::fromJson(text).object();
        QCOMPARE(root.value(QStringLiteral("format")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("provider")).toString(), QStringLiteral("successfactors"));
        // Whole on its own: the certificate and the key (without its secret) inside, no path to anywhere.
        QVERIFY(root.value(QStringLiteral("trustCertificate"))
                    .toString()
                    .startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        QCOMPARE(root.value(QStringLiteral("serviceKey"))
                     .toObject()
                     .value(QStringLiteral("uaa"))
                     .toObject()
                     .value(QStringLiteral("clientid")),
                 QJsonValue(model->serviceKey()->clientId()));
        QVERIFY(!root.contains(QStringLiteral("trustCertificateFile")));
        QVERIFY(!root.contains(QStringLiteral("serviceKeyFile")));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("setups"))).entryList(QDir::Files),
                 QStringList { QStringLiteral("sf.json") });

        // Sent to a colleague: only the file, in another folder.
        QTemporaryDir elsewhere;
        QVERIFY(QFile::copy(path, elsewhere.filePath(QStringLiteral("from-a-colleague.json"))));
        auto loaded = SetupFile::load(elsewhere.filePath(QStringLiteral("from-a-colleague.json")), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->plainValues(), model->plainValues());
        QCOMPARE(loaded->trustCertificate()->sha256Fingerprint(), model->trustCertificate()->sha256Fingerprint());
        QCOMPARE(loaded->serviceKey()->clientId(), model->serviceKey()->clientId());
        // Secrets are not in the file, so the loaded destinations differ only there.
        loaded->setValue(QStringLiteral("apiKey"), QStringLiteral("technical-api-key"));
        loaded->setValue(QStringLiteral("ppApiKey"), QStringLiteral("pp-api-key"));
        QCOMPARE(loaded->destinations(), model->destinations());
        QCOMPARE(loaded->keychainKey(QStringLiteral("apiKey")), QStringLiteral("files/successfactors/SF_Prod/apiKey"));
    }

    // A provider with several paths keeps the chosen one, the ticked checklist items and the subaccount whose
    // keychain entries hold the secrets.
    void setupFileKeepsPathTicksAndSubaccount()
    {
        QTemporaryDir dir;
        SetupModel model(ProviderDefinition::builtIn(QStringLiteral("s4hanacloud")));
        model.setPath(QStringLiteral("formation"));
        model.setTicked(QStringLiteral("formation"), QStringLiteral("registered"), true);
        model.setSecretOwner(QStringLiteral("subaccount-prod"));
        const QString path = dir.filePath(QStringLiteral("s4.json"));
        QString error;
        QVERIFY2(SetupFile::save(model, path, &error), qPrintable(error));
        const auto loaded = SetupFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->provider().id(), QStringLiteral("s4hanacloud"));
        QCOMPARE(loaded->pathId(), QStringLiteral("formation"));
        QVERIFY(loaded->isTicked(QStringLiteral("formation"), QStringLiteral("registered")));
        QVERIFY(!loaded->isTicked(QStringLiteral("formation"), QStringLiteral("created")));
        QCOMPARE(loaded->secretOwner(), QStringLiteral("subaccount-prod"));
        QVERIFY(!loaded->writesDestinations());
    }

    void setupFileProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"format\":1,") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "JSON object";
        QTest::newRow("format missing") << QByteArray(R"({"provider":"successfactors"})") << "\"format\"";
        QTest::newRow("format 2") << QByteArray(R"({"format":2,"provider":"successfactors"})") << "\"format\"";
        QTest::newRow("provider missing") << QByteArray(R"({"format":1})") << "\"provider\"";
        QTest::newRow("provider unknown") << QByteArray(R"({"format":1,"provider":"nope"})") << "nope";
        QTest::newRow("unknown value") << QByteArray(
            R"({"format":1,"provider":"successfactors","values":{"colour":"red"}})")
                                       << "values.colour";
        QTest::newRow("secret in values")
            << QByteArray(R"({"format":1,"provider":"successfactors","values":{"apiKey":"x"}})") << "values.apiKey";
        QTest::newRow("value not text") << QByteArray(
            R"({"format":1,"provider":"successfactors","values":{"companyId":5}})")
                                        << "values.companyId";
        QTest::newRow("embedded key not an object")
            << QByteArray(R"({"format":1,"provider":"successfactors","serviceKey":"key.json"})") << "\"serviceKey\"";
        QTest::newRow("embedded certificate not a certificate") << QByteArray(
            R"({"format":1,"provider":"successfactors","trustCertificate":"-----BEGIN CERTIFICATE-----"})")
                                                                << "\"trustCertificate\"";
        QTest::newRow("certificate is JSON")
            << QByteArray(R"({"format":1,"provider":"successfactors","trustCertificateFile":"setup.json"})")
            << "trustCertificateFile";
        QTest::newRow("locked property") << QByteArray(
            R"({"format":1,"provider":"successfactors","properties":{"primary":{"tc.enabled":"false"}}})")
                                         << "properties.primary.tc.enabled";
        QTest::newRow("unknown path") << QByteArray(R"({"format":1,"provider":"s4hanacloud","path":"sideways"})")
                                      << "\"path\"";
        QTest::newRow("unknown checklist item")
            << QByteArray(R"({"format":1,"provider":"s4hanacloud","path":"formation","checked":["formation/dance"]})")
            << "formation/dance";
        QTest::newRow("path of a one-path provider")
            << QByteArray(R"({"format":1,"provider":"successfactors","path":"manual"})") << "\"path\"";
        QTest::newRow("unknown role") << QByteArray(
            R"({"format":1,"provider":"successfactors","properties":{"tertiary":{}}})")
                                      << "properties.tertiary";
    }
    void setupFileProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("setup.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!SetupFile::load(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    // A setup written by an earlier version names its certificate and key files. One that is gone (the folder it was
    // in was cleaned up) does not stop the setup from opening: that value is asked for again, and only that one.
    void setupNamingAFileThatIsGoneStillOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("setup.json"));
        QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY(key.copy(dir.filePath(QStringLiteral("key.json"))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"provider":"successfactors","serviceKeyFile":"key.json",)"
                   R"("trustCertificateFile":"progress/setup.trust.pem","values":{"companyId":"ACME1"}})");
        file.close();
        QString error;
        QList<SetupModel::Problem> missing;
        const auto loaded = SetupFile::load(path, &error, &missing);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().field, QStringLiteral("trustCertificate"));
        QVERIFY2(missing.first().message.contains(
                     QDir::toNativeSeparators(dir.filePath(QStringLiteral("progress/setup.trust.pem")))),
                 qPrintable(missing.first().message));
        QVERIFY(!loaded->trustCertificate());
        QVERIFY(loaded->serviceKey());
        QCOMPARE(loaded->value(QStringLiteral("companyId")), QStringLiteral("ACME1"));
    }
};

QTEST_GUILESS_MAIN(TestSetupModel)
#include "tst_setupmodel.moc"
