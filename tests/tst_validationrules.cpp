// The rule table, one case at least for each rule: what makes it fire (on which destination, how severe, citing
// what) and a correct subaccount on which no rule fires. A rule added to the table without a case here fails
// everyRuleHasACase; a rule broken on purpose fails its rows.
#include "ExampleValues.h"
#include "ValidationExamples.h"
#include "sandbox/CertificateFactory.h"
#include "validation/ConfigurationValidator.h"
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

#include <QSet>
#include <QTest>

namespace {

using Severity = ValidationFinding::Severity;

// One way of breaking a correct subaccount, and the finding it must bring.
struct RuleCase
{
    const char *name;
    QString rule;
    QString destination; // the finding's destination; empty for the whole configuration
    ValidationInput input;
    Severity severity = Severity::Error;
    bool fires = true; // false: a near miss, on which the rule must stay quiet
};

const QDateTime kNow = QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC);

TrustCertificate certificate(const QString &name, int daysLeft)
{
    const auto generated = CertificateFactory::createSelfSigned(name, kNow.addDays(-400), kNow.addDays(daysLeft));
    return TrustCertificate::fromData(generated ? generated->certificatePem : QByteArray());
}

const QJsonObject kCertified { { "Name", "Certified" },
                               { "Type", "HTTP" },
                               { "URL", "https://example.com" },
                               { "ProxyType", "Internet" },
                               { "Authentication", "ClientCertificateAuthentication" },
                               { "KeyStoreLocation", "client.p12" },
                               { "KeyStorePassword", "Ks-Passw0rd" } };

QJsonObject providerDestination(const QString &provider, const QString &path, const QString &name)
{
    SetupModel model(ProviderDefinition::builtIn(provider));
    model.setPath(path);
    fillInExampleValues(&model);
    model.setValue(QStringLiteral("destinationName"), name);
    return model.destinations().first().toJson(true);
}

// Every kind of destination the rules look at, correct: the four providers of the correct landscape, an SAP Build
// Process Automation primary with its recommendations destination, a Concur primary, the identity directory, a
// destination with a key store, the whole subaccount read, its current certificate held by the provider.
QJsonArray correctDestinations()
{
    QJsonArray all = correctLandscape();
    all.append(
        providerDestination(QStringLiteral("sbpa"), QStringLiteral("sameSubaccount"), QStringLiteral("SAPBuildPA")));
    all.append(recommendationsDestination());
    all.append(providerDestination(QStringLiteral("concur"), QStringLiteral("expense"), QStringLiteral("Concur")));
    all.append(identityDirectoryDestination());
    all.append(kCertified);
    return all;
}

ValidationInput inputOf(const QJsonArray &destinations)
{
    static const TrustCertificate current = certificate(QStringLiteral("current"), 300);
    ValidationInput input;
    for (const auto &value : destinations)
        input.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
    input.trust = current;
    input.heldTrust = current;
    input.now = kNow;
    input.region = QStringLiteral("eu10");
    input.wholeSubaccount = true;
    input.certificates = QSet<QString> { QStringLiteral("client.p12") };
    return input;
}

ValidationInput correctSubaccount()
{
    return inputOf(correctDestinations());
}

// The correct subaccount with one property of one destination changed (an undefined value removes it).
ValidationInput with(const QString &name, const QString &key, const QJsonValue &value)
{
    return inputOf(with(correctDestinations(), name, key, value));
}

const QList<RuleCase> &cases()
{
    static const QList<RuleCase> all = [] {
        QList<RuleCase> c;
        const QJsonArray ok = correctDestinations();
        const auto warning = Severity::Warning;

        ValidationInput unreadable = correctSubaccount();
        unreadable.problems.append({ QStringLiteral("broken.json"), QStringLiteral("This is not JSON.") });
        c.append({ "a file that cannot be read", "source-unreadable", {}, unreadable });
        ValidationInput twice = correctSubaccount();
        twice.destinations.append(twice.destinations.at(indexOf(ok, "FSM")));
        twice.destinations.last().origin = QStringLiteral("FSM copy.json");
        c.append({ "a destination given twice", "name-twice", "FSM", twice, warning });

        c.append({ "name over 64", "name-too-long", QString(65, 'S'), with("S4", "Name", QString(65, 'S')) });
        c.append({ "name with a space", "name-invalid", "S4 Cloud", with("S4", "Name", "S4 Cloud") });
        c.append({ "name of 64", "name-too-long", QString(64, 'S'), with("S4", "Name", QString(64, 'S')),
                   Severity::Error, false });
        c.append({ "primary name leaves no room for _PP", "name-leaves-no-room", QString(62, 'F'),
                   inputOf(with(with(ok, "SF", "Name", QString(62, 'F')), "SF_PP", "Name",
                                QString(QString(62, 'F') + "_PP"))),
                   warning });
        c.append({ "a long name without a secondary", "name-leaves-no-room", QString(62, 'S'),
                   with("S4OnPremise", "Name", QString(62, 'S')), warning, false });

        c.append({ "service destination with tc.enabled", "service-destination-tc-enabled",
                   "Task_Center_global_settings", with("Task_Center_global_settings", "tc.enabled", "true") });
        c.append({ "identity directory with OAuth", "identity-directory-authentication",
                   "Identity_Authentication_Connectivity_IDS",
                   with("Identity_Authentication_Connectivity_IDS", "Authentication", "OAuth2ClientCredentials") });
        c.append({ "identity directory without /scim", "identity-directory-address",
                   "Identity_Authentication_Connectivity_IDS",
                   with("Identity_Authentication_Connectivity_IDS", "URL", "https://acme.accounts.ondemand.com/"),
                   warning });
        c.append({ "no identity directory",
                   "identity-directory-missing",
                   {},
                   inputOf(without(ok, "Identity_Authentication_Connectivity_IDS")) });
        // Every destination given counts: here only the earlier of two with one name reaches a provider.
        ValidationInput repeated = inputOf(without(ok, "Identity_Authentication_Connectivity_IDS"));
        for (SourcedDestination &destination : repeated.destinations)
            destination.properties.remove(QStringLiteral("tc.provider_type"));
        SourcedDestination earlier = repeated.destinations.first();
        earlier.properties.insert(QStringLiteral("tc.provider_type"), QStringLiteral("SuccessFactors"));
        repeated.destinations.prepend(earlier);
        c.append({ "a provider type only in an earlier copy", "identity-directory-missing", {}, repeated });
        ValidationInput exports = inputOf(without(ok, "Identity_Authentication_Connectivity_IDS"));
        exports.wholeSubaccount = false;
        c.append({ "no identity directory among exports",
                   "identity-directory-missing",
                   {},
                   exports,
                   Severity::Error,
                   false });

        c.append({ "secondary with tc.enabled", "secondary-tc-enabled", "SF_PP", with("SF_PP", "tc.enabled", "true") });
        c.append({ "tc.enabled missing", "tc-enabled-missing", "SF", with("SF", "tc.enabled", QJsonValue::Undefined) });
        c.append({ "tc.enabled false", "tc-enabled-false", "FSM", with("FSM", "tc.enabled", "false"), warning });
        c.append({ "tc.enabled True", "tc-enabled-value", "S4", with("S4", "tc.enabled", "True") });

        c.append({ "credentials over http", "http-with-credentials", "S4",
                   with("S4", "URL", "http://my1-api.s4hana.ondemand.com/") });
        c.append({ "http through the Cloud Connector", "http-with-credentials", "S4OnPremise", correctSubaccount(),
                   Severity::Error, false });
        c.append({ "sample value", "sample-value", "FSM", with("FSM", "URL.headers.X-Account-ID", "sample_account") });
        c.append({ "property missing", "property-missing", "SF_PP", with("SF_PP", "audience", QJsonValue::Undefined) });
        c.append({ "on-premise without its user", "property-missing", "S4OnPremise",
                   with("S4OnPremise", "User", QJsonValue::Undefined) });
        c.append({ "authentication misspelt", "property-value", "SF",
                   with("SF", "Authentication", "OAuth2SamlBearerAssertion") });
        c.append({ "another authentication", "property-value", "FSM",
                   with("FSM", "Authentication", "BasicAuthentication") });
        c.append({ "Concur token URL of another form", "property-shape", "Concur",
                   with("Concur", "tokenServiceURL", "https://us.api.concursolutions.com/oauth/token") });
        c.append({ "SuccessFactors OData URL", "address-shape", "SF",
                   with("SF", "URL", "https://api4.successfactors.com/odata/v2/") });
        c.append({ "FSM token URL", "address-shape", "FSM_PP",
                   with("FSM_PP", "tokenServiceURL", "https://eu.fsm.cloud.sap/oauth/token") });
        c.append({ "company ID with a space", "property-check", "SF", with("SF", "companyId", "AC ME") });
        c.append({ "e-mail as SystemUser", "property-check", "SF", with("SF", "SystemUser", "admin@acme.example"),
                   warning });
        c.append({ "on-premise URL with a path", "property-check", "S4OnPremise",
                   with("S4OnPremise", "URL", "http://s4hana-virtual:44300/sap/bc") });
        c.append({ "on-premise client of two digits", "property-check", "S4OnPremise",
                   with("S4OnPremise", "URL.queries.sap-client", "10") });
        const QJsonObject ariba { { "Name", "Ariba" },
                                  { "URL", "https://openapi.ariba.com/api/procurement-task-provider/v2/prod" },
                                  { "Authentication", "OAuth2SAMLBearerAssertion" },
                                  { "audience", "Ariba" },
                                  { "tokenServiceURL", "https://api.ariba.com/v2/oauth/token" },
                                  { "tc.enabled", "true" },
                                  { "tc.provider_type", "Ariba" } };
        c.append({ "a provider of the catalogue without Client Key", "property-missing", "Ariba",
                   inputOf(plus(ok, ariba)) });
        QJsonObject other = ariba;
        other.insert("tc.provider_type", "AcmeTasks");
        c.append({ "a provider without a file, without Client Key", "authentication-property-missing", "Ariba",
                   inputOf(plus(ok, other)) });
        ValidationInput hidden = correctSubaccount();
        QJsonObject &sf = hidden.destinations[indexOf(ok, "SF")].properties;
        sf.remove("apiKey");
        hidden.destinations[indexOf(ok, "SF")].hiddenSecrets = QStringList { "apiKey" };
        c.append({ "a secret the export left out", "secrets-not-checked", "SF", hidden, Severity::Info });
        ValidationInput hiddenOther = inputOf(plus(ok, other));
        hiddenOther.destinations.last().hidesAllSecrets = true;
        c.append({ "a provider without a file, its secrets not shown", "secrets-not-checked", "Ariba", hiddenOther,
                   Severity::Info });
        c.append({ "SystemUser", "systemuser-deprecated", "SF", correctSubaccount(), warning });
        c.append({ "no SystemUser", "systemuser-deprecated", "FSM", correctSubaccount(), warning, false });
        c.append({ "no provider type", "provider-type-missing", "SF",
                   with("SF", "tc.provider_type", QJsonValue::Undefined) });
        c.append({ "the secondary of a primary without provider type", "provider-type-missing", "SF_PP",
                   inputOf(with(with(ok, "SF", "tc.provider_type", QJsonValue::Undefined), "SF_PP", "tc.provider_type",
                                QJsonValue::Undefined)) });

        c.append({ "a key store not in the subaccount", "certificate-missing", "Certified",
                   with("Certified", "KeyStoreLocation", "other.p12") });
        ValidationInput notRead = inputOf(with(ok, "Certified", "KeyStoreLocation", "other.p12"));
        notRead.certificates.reset();
        c.append({ "certificates not read", "certificate-missing", "Certified", notRead, Severity::Error, false });

        c.append({ "recommendations URL before July 2025", "recommendations-url-outdated", "SAPBuildPA_AI",
                   with("SAPBuildPA_AI", "URL", "https://spa-api-gateway-eu10.cfapps.sap.hana.ondemand.com") });
        c.append({ "recommendations URL with a trailing slash", "recommendations-url-outdated", "SAPBuildPA_AI",
                   with("SAPBuildPA_AI", "URL",
                        QString(recommendationsDestination().value("URL").toString() + QLatin1Char('/'))),
                   Severity::Error, false });
        c.append({ "recommendations with basic authentication", "recommendations-authentication", "SAPBuildPA_AI",
                   with("SAPBuildPA_AI", "Authentication", "BasicAuthentication") });
        c.append({ "recommendations not dynamic", "recommendations-dynamic-destination", "SAPBuildPA_AI",
                   with("SAPBuildPA_AI", "HTML5.DynamicDestination", QJsonValue::Undefined) });
        c.append({ "recommendations read as a primary", "recommendations-tc-enabled", "SAPBuildPA_AI",
                   with("SAPBuildPA_AI", "tc.enabled", "true") });
        c.append({ "recommendations named after no primary", "recommendations-primary-missing", "SAPBuildPA2_AI",
                   with("SAPBuildPA_AI", "Name", "SAPBuildPA2_AI"), warning });

        const QJsonObject inUs10 { { "Name", "BPA" },
                                   { "URL", "https://spa-api.cfapps.us10.hana.ondemand.com/workflow" },
                                   { "Authentication", "OAuth2ClientCredentials" },
                                   { "tokenServiceURL",
                                     "https://acme.authentication.us10.hana.ondemand.com/oauth/token" },
                                   { "tc.provider_type", "Custom" },
                                   { "tc.enabled", "true" } };
        c.append({ "a provider in another data center", "data-center-differs", "BPA", inputOf(plus(ok, inUs10)) });
        ValidationInput regionUnknown = inputOf(plus(ok, inUs10));
        regionUnknown.region.clear();
        c.append(
            { "Task Center's region unknown", "data-center-differs", "BPA", regionUnknown, Severity::Error, false });
        c.append({ "pair names two companies", "pair-systems-differ", "SF_PP", with("SF_PP", "companyId", "OTHER1") });
        c.append({ "pair names two accounts", "pair-systems-differ", "FSM_PP",
                   with("FSM_PP", "URL.headers.X-Account-ID", "99999") });
        c.append({ "pair names two hosts", "pair-systems-differ", "SF_PP",
                   with("SF_PP", "URL", "https://apisalesdemo8.successfactors.com") });
        c.append({ "secondary without primary", "secondary-without-primary", "FSM_PP", inputOf(without(ok, "FSM")) });
        c.append({ "primary without secondary", "secondary-missing", "SF", inputOf(without(ok, "SF_PP")) });
        QJsonObject twin = ok.at(indexOf(ok, "FSM")).toObject();
        twin.insert("Name", "FSM_Twin");
        c.append({ "two primaries to one system", "primary-duplicate", "FSM_Twin", inputOf(plus(ok, twin)) });
        twin.insert("tc.enabled", "false");
        c.append({ "a paused twin", "primary-duplicate", "FSM_Twin", inputOf(plus(ok, twin)), Severity::Error, false });

        ValidationInput expired = correctSubaccount();
        expired.trust = expired.heldTrust = certificate(QStringLiteral("expired"), -3);
        c.append({ "trust certificate expired", "trust-expired", {}, expired });
        ValidationInput expiring = correctSubaccount();
        expiring.trust = expiring.heldTrust = certificate(QStringLiteral("expiring"), 12);
        c.append({ "trust certificate expiring", "trust-expiring", {}, expiring, warning });
        ValidationInput unread = correctSubaccount();
        unread.trust.reset();
        c.append({ "trust certificate not read", "trust-not-compared", {}, unread, warning });
        ValidationInput renewed = correctSubaccount();
        renewed.heldTrust = certificate(QStringLiteral("before"), 30);
        c.append({ "provider holds the old certificate", "trust-mismatch", {}, renewed });
        return c;
    }();
    return all;
}

QStringList rulesOn(const QList<ValidationFinding> &findings, const QString &destination)
{
    QStringList rules;
    for (const auto &finding : findings) {
        if (finding.destination == destination)
            rules.append(finding.rule);
    }
    return rules;
}

} // namespace

class TestValidationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleIsDescribed()
    {
        QSet<QString> ids;
        for (const auto &rule : ValidationRule::all()) {
            QVERIFY2(!ids.contains(rule->id()), qPrintable(rule->id()));
            ids.insert(rule->id());
            static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
            QVERIFY2(kebab.match(rule->id()).hasMatch(), qPrintable(rule->id()));
        }
    }

    // On a subaccount set up as SAP documents it, no rule fires but the one SAP's own guide brings (SystemUser).
    void aCorrectSubaccountPasses()
    {
        const auto findings = ConfigurationValidator().validate(correctSubaccount());
        QStringList rules;
        for (const auto &finding : findings)
            rules.append(finding.rule + QLatin1Char(':') + finding.destination);
        QCOMPARE(rules, QStringList { QStringLiteral("systemuser-deprecated:SF") });
    }

    void everyRuleHasACase()
    {
        QSet<QString> firing;
        QSet<QString> quiet;
        for (const RuleCase &each : cases())
            (each.fires ? firing : quiet).insert(each.rule);
        for (const auto &rule : ValidationRule::all())
            QVERIFY2(firing.contains(rule->id()), qPrintable(rule->id() + QStringLiteral(" has no case that fires")));
        // Every case names a rule of the table.
        for (const QString &rule : firing + quiet) {
            QVERIFY2(std::any_of(ValidationRule::all().cbegin(), ValidationRule::all().cend(),
                                 [&rule](const auto &r) { return r->id() == rule; }),
                     qPrintable(rule));
        }
    }

    void eachRule_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(qPrintable(cases().at(i).rule + QStringLiteral(": ") + QLatin1String(cases().at(i).name)))
                << i;
    }
    void eachRule()
    {
        QFETCH(int, index);
        const RuleCase &expected = cases().at(index);
        const auto findings = ConfigurationValidator().validate(expected.input);
        const auto rule = std::find_if(ValidationRule::all().cbegin(), ValidationRule::all().cend(),
                                       [&expected](const auto &r) { return r->id() == expected.rule; });
        QVERIFY(rule != ValidationRule::all().cend());
        int found = 0;
        for (const auto &finding : findings) {
            if (finding.rule != expected.rule)
                continue;
            if (!expected.fires) {
                QVERIFY2(finding.destination != expected.destination, qPrintable(finding.message));
                continue;
            }
            if (finding.destination != expected.destination)
                continue;
            ++found;
            QCOMPARE(finding.severity, expected.severity);
            QVERIFY(finding.severity >= (*rule)->severity()); // never worse than the rule says
            QVERIFY(!finding.message.isEmpty() && !finding.fix.isEmpty());
            if ((*rule)->source() == ValidationSources::providerGuide)
                QVERIFY2(finding.source.contains(QLatin1String("(https://help.sap.com/")), qPrintable(finding.source));
            else
                QCOMPARE(finding.source, (*rule)->source());
        }
        if (expected.fires)
            QVERIFY2(found > 0, qPrintable(rulesOn(findings, expected.destination).join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestValidationRules)
#include "tst_validationrules.moc"
