#include "ConfigurationValidator.h"

#include "DestinationChangePlan.h"
#include "InputChecks.h"
#include "ValueTemplate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>
#include <limits>

namespace {

using Severity = ValidationFinding::Severity;

// Sources, as the rules' help cites them (task-center-facts.md and validation-rules.md in the reference).
const QString kProviderPages = QStringLiteral("SAP Task Center, \"Connect Task Providers\" pages (e.g. loio dc5407b, "
                                              "5495960, 0aff1b4)");
const QString kServiceDestinations
    = QStringLiteral("SAP Task Center, \"SAP Task Center Service Destinations\" (loio 494aa0c)");
const QString kConventions
    = QStringLiteral("SAP Task Center, \"Conventions and Technical Restrictions\" (loio f0f13bf)");
const QString kNameRules = QStringLiteral("SAP Task Center provider pages (names up to 64 characters); SAP BTP "
                                          "Connectivity, destinations editor (loio 565fdb3)");
const QString kSecondaryName = QStringLiteral(
    "SAP Task Center, \"Creating a Secondary Destination for the Principal Propagation\" (loio bf657f8)");
const QString kSystemUser = QStringLiteral(
    "SAP BTP Connectivity, \"OAuth SAML Bearer Assertion Authentication\" (loio c69ea6a, note of 2026-03-18); SAP Task "
    "Center, \"Creating the Primary Destination with the Technical User\" (loio dc5407b)");
const QString kTrust = QStringLiteral(
    "SAP Task Center, \"Credentials Rotation\" (loio 8080abf); SAP BTP Connectivity, \"Manage Trust\" (loio 82dbeca)");

const QString kCertificates
    = QStringLiteral("SAP BTP Connectivity, \"Use Destination Certificates\" (loio df1bb55) and \"Client Certificate "
                     "Authentication\" (loio 4e13a04)");
const QString kRecommendations = QStringLiteral(
    "SAP Task Center, \"Configure the Intelligent Recommendations Destination\" (loio 7c8900a); \"What's New for "
    "SAP Task Center\", 2025-07-15 (loio 1bcdd45): the URL changed");
// The path SAP's guide has given the Intelligent Recommendations URL since July 2025, after SBPA's endpoints > api.
const QString kRecommendationsPath = QStringLiteral("/internal/visibility/intelligence/rest/v1");

// Task Center's service destinations: "Do not set the tc.enabled property" (loio 494aa0c).
const QString kIdentityDirectory = QStringLiteral("Identity_Authentication_Connectivity_IDS");
const QSet<QString> kServiceDestinationNames
    = { QStringLiteral("Task_Center"), QStringLiteral("Task_Center_global_settings"),
        QStringLiteral("Identity_Authentication_Connectivity_IDS"),
        QStringLiteral("Alert_Notification_Connectivity_ANS") };

// What a destination holds, for the provider definition's questions about it.
ProviderDefinition::PropertyLookup lookupIn(const SourcedDestination &destination)
{
    return [&destination](const QString &key) {
        return destination.has(key) ? std::optional<QString>(destination.value(key)) : std::nullopt;
    };
}

// "_PP" from "${destinationName}" and "${destinationName}_PP".
QString suffixOf(const ProviderDefinition::DestinationTemplate &secondary,
                 const ProviderDefinition::DestinationTemplate &primary)
{
    return secondary.nameTemplate.startsWith(primary.nameTemplate)
        ? secondary.nameTemplate.mid(primary.nameTemplate.size())
        : QString();
}

// Whether exports of several subaccounts were given: only then does a finding say which one it is about.
bool ofSeveralSubaccounts(const ConfigurationValidator::Input &input)
{
    QSet<QString> subaccounts;
    for (const SourcedDestination &destination : input.destinations)
        subaccounts.insert(destination.subaccount);
    for (const SourceProblem &problem : input.problems)
        subaccounts.insert(problem.subaccount);
    return subaccounts.size() > 1;
}

// A destination's name within its subaccount's export, as the lookups of one subaccount key it.
QString scopedName(const QString &subaccount, const QString &name)
{
    return subaccount + QChar(0x1f) + name;
}

bool isEnabled(const SourcedDestination &destination)
{
    return destination.value(QStringLiteral("tc.enabled")) == QLatin1String("true");
}

QString systemKey(const SourcedDestination &destination, const QStringList &identity)
{
    QStringList parts;
    for (const QString &key : identity) {
        QString value = destination.value(key).trimmed();
        if (key == QLatin1String("URL"))
            value = QUrl(value).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString().toLower();
        parts.append(value.toLower());
    }
    return parts.join(QChar(0x1f));
}

// Secrets a source does not show are reported as not checked, never as missing.
ValidationFinding notChecked(const SourcedDestination &destination, const QStringList &keys)
{
    return { destination.name(),
             Severity::Info,
             QStringLiteral("secrets-not-checked"),
             ConfigurationValidator::tr("%1: %2 not checked, because %3 does not show secrets.")
                 .arg(destination.name(), keys.join(QStringLiteral(", ")), destination.origin),
             ConfigurationValidator::tr("Check the destination in the subaccount itself to have them tested."),
             {} };
}

} // namespace

ConfigurationValidator::ConfigurationValidator()
{
    for (const QString &id : ProviderDefinition::builtInIds()) {
        if (auto provider = ProviderDefinition::builtIn(id))
            m_providers.append(provider);
    }
}

ConfigurationValidator::ConfigurationValidator(QList<std::shared_ptr<const ProviderDefinition>> providers)
    : m_providers(std::move(providers))
{
}

bool ConfigurationValidator::isServiceDestination(const QString &name)
{
    return kServiceDestinationNames.contains(name);
}

QString ConfigurationValidator::regionOf(const QString &url)
{
    // SAP BTP's hosts: <subdomain>.authentication.<region>.hana.ondemand.com and <app>.cfapps.<region>.hana...;
    // regions look like eu10, and apps of an eu10 subaccount may run on an extension landscape such as eu10-004:
    // the same data center, so the extension is left out (the old alias "cfapps.sap" names none: left alone).
    static const QRegularExpression region(
        QStringLiteral("\\.(?:authentication|cfapps)\\.([a-z]{2}[0-9]{2,3})(?:-[0-9]{3})?\\.hana\\.ondemand\\.com$"));
    return region.match(QUrl(url).host().toLower()).captured(1);
}

ConfigurationValidator::Role ConfigurationValidator::roleOf(const SourcedDestination &destination) const
{
    const QString type = destination.value(QStringLiteral("tc.provider_type"));
    const QString name = destination.name();
    Role role;
    for (const auto &provider : m_providers) {
        // Matched ignoring case, so a misspelt type is reported by the exact-value rule rather than missed.
        if (provider->providerType().compare(type, Qt::CaseInsensitive) != 0)
            continue;
        role.provider = provider.get();
        // A secondary is named after its primary with the suffix the definition gives it (SF and FSM: _PP).
        for (const auto &secondary : provider->destinations()) {
            if (secondary.isPrimary())
                continue;
            const auto *primary = provider->destination(secondary.primaryRole);
            const QString suffix = primary ? suffixOf(secondary, *primary) : QString();
            if (!suffix.isEmpty() && name.endsWith(suffix) && name.size() > suffix.size()) {
                role.destination = &secondary;
                role.primaryName = name.chopped(suffix.size());
                role.path = provider->wayOf(secondary, lookupIn(destination));
                return role;
            }
        }
        for (const auto &primary : provider->destinations()) {
            if (primary.isPrimary()) {
                role.destination = &primary;
                role.path = provider->wayOf(primary, lookupIn(destination));
                break;
            }
        }
        return role;
    }
    // A provider the wizard does not connect: SAP's convention for all pairs is <primary>_PP (for destinations
    // Task Center reads at all: those with a provider type).
    if (!type.isEmpty() && name.endsWith(QLatin1String("_PP")) && name.size() > 3)
        role.primaryName = name.chopped(3);
    return role;
}

ConfigurationValidator::Belonging ConfigurationValidator::belongingOf(const SourcedDestination &destination) const
{
    const Role role = roleOf(destination);
    if (!role.provider || !role.destination || isServiceDestination(destination.name()))
        return {};
    return { role.provider->id(), role.destination->isPrimary() ? destination.name() : role.primaryName };
}

void ConfigurationValidator::checkCertificatesNamed(const SourcedDestination &destination,
                                                    const QSet<QString> &certificates,
                                                    QList<ValidationFinding> &findings)
{
    for (const QString &key : DestinationChangePlan::certificateKeys()) {
        const QString name = destination.value(key).trimmed();
        if (name.isEmpty() || certificates.contains(name))
            continue;
        const bool trustStore = key == QLatin1String("TrustStoreLocation");
        findings.append(
            { destination.name(), Severity::Error, QStringLiteral("certificate-missing"),
              trustStore ? tr("%1 names the trust store %2 (%3), but the subaccount's destination certificates hold "
                              "no file of that name, so the connection cannot be made.")
                               .arg(destination.name(), name, key)
                         : tr("%1 names the key store %2 (%3), but the subaccount's destination certificates hold no "
                              "file of that name, so the destination cannot authenticate.")
                               .arg(destination.name(), name, key),
              tr("In the SAP BTP cockpit, open Connectivity > Destination Certificates and upload the file as %1, or "
                 "change %2 to the name of a file that is there.")
                  .arg(name, key),
              kCertificates });
    }
}

QList<ValidationFinding> ConfigurationValidator::validate(const Input &input) const
{
    const bool severalSubaccounts = ofSeveralSubaccounts(input);

    QList<ValidationFinding> findings;
    for (const SourceProblem &problem : input.problems)
        findings.append({ {},
                          Severity::Error,
                          QStringLiteral("source-unreadable"),
                          tr("%1: %2").arg(problem.origin, problem.message),
                          tr("Check the file; the other files were checked."),
                          {},
                          severalSubaccounts ? problem.subaccount : QString() });

    // One pass to index, one to check: every rule below looks up by name or system, never compares all pairs.
    // Names are looked up within the destination's subaccount: exports of several subaccounts may each have theirs.
    QHash<QString, int> byName;
    QList<Role> roles;
    roles.reserve(input.destinations.size());
    for (int i = 0; i < input.destinations.size(); ++i) {
        const SourcedDestination &destination = input.destinations.at(i);
        const QString key = scopedName(destination.subaccount, destination.name());
        if (byName.contains(key))
            findings.append(
                { destination.name(),
                  Severity::Warning,
                  QStringLiteral("name-twice"),
                  tr("%1 is given twice (%2 and %3); the later one is checked.")
                      .arg(destination.name(), input.destinations.at(byName.value(key)).origin, destination.origin),
                  tr("Check only one export of each destination. Exports of different subaccounts: give each "
                     "subaccount's folder or zip archive on its own."),
                  {},
                  severalSubaccounts ? destination.subaccount : QString() });
        byName.insert(key, i);
        roles.append(roleOf(destination));
    }

    QHash<QString, QStringList> primariesBySystem;
    QSet<QString> trustUsers;
    for (int i = 0; i < input.destinations.size(); ++i) {
        const SourcedDestination &destination = input.destinations.at(i);
        const QString scope = destination.subaccount;
        if (byName.value(scopedName(scope, destination.name())) != i)
            continue;
        const Role &role = roles.at(i);
        const qsizetype firstFinding = findings.size();
        checkDestination(destination, role, findings);
        checkProviderType(destination, byName, input.destinations, findings);
        if (input.certificates)
            checkCertificatesNamed(destination, *input.certificates, findings);
        if (isRecommendationsDestination(destination))
            checkRecommendations(destination, byName.contains(scopedName(scope, destination.name().chopped(3))),
                                 findings);

        const bool secondary = !role.primaryName.isEmpty();
        // Task Center and a provider on SAP BTP must be in the same data center; told only where both addresses
        // name their region.
        if (!secondary && !input.region.isEmpty() && destination.has(QStringLiteral("tc.provider_type"))
            && !isServiceDestination(destination.name())) {
            QString providerRegion = regionOf(destination.value(QStringLiteral("URL")));
            if (providerRegion.isEmpty())
                providerRegion = regionOf(destination.value(QStringLiteral("tokenServiceURL")));
            if (!providerRegion.isEmpty() && providerRegion != input.region)
                findings.append({ destination.name(), Severity::Error, QStringLiteral("data-center-differs"),
                                  tr("%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) "
                                     "is in %3. Task Center and the provider must be in the same data center.")
                                      .arg(destination.name(), providerRegion, input.region),
                                  tr("Connect a provider subaccount in %1, or use SAP Task Center in %2.")
                                      .arg(input.region, providerRegion),
                                  kConventions });
        }
        // A pair is one system: Task Center reads the tasks with the primary and acts on them with the secondary.
        // Told by the URL's host and the provider's other identity properties (company, account) both carry.
        if (secondary && byName.contains(scopedName(scope, role.primaryName))) {
            const SourcedDestination &primary
                = input.destinations.at(byName.value(scopedName(scope, role.primaryName)));
            const QStringList identity
                = role.provider ? role.provider->systemIdentity() : QStringList { QStringLiteral("URL") };
            QStringList differences;
            for (const QString &key : identity) {
                const bool url = key == QLatin1String("URL");
                const QString ours
                    = url ? QUrl(destination.value(key).trimmed()).host() : destination.value(key).trimmed();
                const QString theirs = url ? QUrl(primary.value(key).trimmed()).host() : primary.value(key).trimmed();
                if (!ours.isEmpty() && !theirs.isEmpty() && ours.compare(theirs, Qt::CaseInsensitive) != 0)
                    differences.append(
                        tr("%1 %2 here, %3 in %4").arg(url ? tr("host") : key, ours, theirs, primary.name()));
            }
            if (!differences.isEmpty())
                findings.append({ destination.name(), Severity::Error, QStringLiteral("pair-systems-differ"),
                                  tr("%1 and its primary destination %2 name different systems (%3): SAP Task Center "
                                     "reads the tasks from one and acts on them in the other.")
                                      .arg(destination.name(), primary.name(), differences.join(QStringLiteral("; "))),
                                  tr("Set up the pair again with the wizard, so that both name the same system."),
                                  kSecondaryName });
        }
        if (secondary && !byName.contains(scopedName(scope, role.primaryName)))
            findings.append({ destination.name(), Severity::Error, QStringLiteral("secondary-without-primary"),
                              tr("%1 is a secondary destination, but its primary destination %2 does not exist. SAP "
                                 "Task Center finds secondaries only by their primary's name.")
                                  .arg(destination.name(), role.primaryName),
                              tr("Rename it to <primary name>_PP of an existing primary, or create the primary %1.")
                                  .arg(role.primaryName),
                              kSecondaryName });
        if (!secondary && role.provider && !isServiceDestination(destination.name())) {
            for (const auto &other : role.provider->destinations()) {
                if (other.isPrimary() || other.primaryRole != role.destination->role)
                    continue;
                const QString name = destination.name() + suffixOf(other, *role.destination);
                if (!byName.contains(scopedName(scope, name)))
                    findings.append({ destination.name(), Severity::Error, QStringLiteral("secondary-missing"),
                                      tr("%1 has no secondary destination %2, so users cannot act on their %3 tasks "
                                         "in SAP Task Center (principal propagation).")
                                          .arg(destination.name(), name, role.provider->displayName()),
                                      tr("Create %1 with the wizard (%2).").arg(name, role.provider->displayName()),
                                      kSecondaryName });
            }
        }
        if (!secondary && isEnabled(destination)) {
            const QStringList identity
                = role.provider ? role.provider->systemIdentity() : QStringList { QStringLiteral("URL") };
            primariesBySystem[scopedName(scope, destination.value(QStringLiteral("tc.provider_type"))) + QChar(0x1e)
                              + systemKey(destination, identity)]
                .append(destination.name());
        }
        const QString authentication = destination.value(QStringLiteral("Authentication"));
        if (authentication == QLatin1String("OAuth2SAMLBearerAssertion") || role.provider)
            trustUsers.insert(role.provider ? role.provider->displayName()
                                            : destination.value(QStringLiteral("tc.provider_type")));
        for (qsizetype f = firstFinding; severalSubaccounts && f < findings.size(); ++f)
            findings[f].subaccount = scope;
    }

    // Task Center finds its users and groups through this destination; without it no provider's tasks arrive
    // ("Unable to find destination Identity_Authentication_Connectivity_IDS"). Told only of a whole subaccount.
    if (input.wholeSubaccount && !byName.contains(scopedName({}, kIdentityDirectory))
        && std::any_of(input.destinations.cbegin(), input.destinations.cend(),
                       [](const SourcedDestination &d) { return d.has(QStringLiteral("tc.provider_type")); }))
        findings.append({ {},
                          Severity::Error,
                          QStringLiteral("identity-directory-missing"),
                          tr("The subaccount has no destination %1, which SAP Task Center needs to find users and "
                             "groups in SAP Cloud Identity Services: no tasks arrive without it.")
                              .arg(kIdentityDirectory),
                          tr("Create %1 with the URL https://<your tenant>.accounts.ondemand.com/scim and "
                             "BasicAuthentication or ClientCertificateAuthentication.")
                              .arg(kIdentityDirectory),
                          kServiceDestinations });

    // One primary per backend system: with two, every user gets each task twice.
    for (auto it = primariesBySystem.cbegin(); it != primariesBySystem.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const QString scope = severalSubaccounts ? it.key().section(QChar(0x1f), 0, 0) : QString();
        QStringList names = it.value();
        names.sort();
        for (int i = 0; i < names.size(); ++i) {
            const QString &name = names.at(i);
            // A few of the others by name, so a thousand twins do not make a thousand lists of a thousand.
            QStringList others;
            for (int j = 0; j < names.size() && others.size() < 3; ++j) {
                if (j != i)
                    others.append(names.at(j));
            }
            if (names.size() - 1 > others.size())
                others.append(tr("%n more", nullptr, int(names.size() - 1 - others.size())));
            findings.append({ name, Severity::Error, QStringLiteral("primary-duplicate"),
                              tr("%1 and %2 are enabled primary destinations to the same system: every user gets "
                                 "each of its tasks twice.")
                                  .arg(name, others.join(QStringLiteral(", "))),
                              tr("Keep one. Delete the others, or set their tc.enabled to false."), kProviderPages,
                              scope });
        }
    }

    if (input.trust && input.trust->isValid()) {
        QStringList users(trustUsers.cbegin(), trustUsers.cend());
        users.removeAll(QString());
        users.sort();
        const QString who = users.isEmpty() ? tr("every task provider that trusts this subaccount")
                                            : users.join(QStringLiteral(", "));
        switch (input.trust->status(input.now)) {
        case TrustCertificate::Status::Expired:
        case TrustCertificate::Status::NotYetValid:
            findings.append(
                { {},
                  Severity::Error,
                  QStringLiteral("trust-expired"),
                  input.trust->statusText(input.now) + QLatin1Char(' ') + tr("Task updates stop for %1.").arg(who),
                  tr("Renew the certificate under Connectivity > Destination Trust, then give the new one "
                     "to %1.")
                      .arg(who),
                  kTrust });
            break;
        case TrustCertificate::Status::ExpiringSoon:
            findings.append({ {},
                              Severity::Warning,
                              QStringLiteral("trust-expiring"),
                              input.trust->statusText(input.now) + QLatin1Char(' ')
                                  + tr("These need the new certificate: %1.").arg(who),
                              tr("Rotate rather than renew: generate a passive certificate under Connectivity > "
                                 "Destination Trust, give it to %1, then rotate. Renewing the active one stops task "
                                 "updates until every provider has it.")
                                  .arg(who),
                              kTrust });
            break;
        case TrustCertificate::Status::Valid:
            break;
        }
    }

    if (input.heldTrust && input.heldTrust->isValid() && !(input.trust && input.trust->isValid()))
        findings.append({ {},
                          Severity::Warning,
                          QStringLiteral("trust-not-compared"),
                          tr("The certificate the provider holds was not compared: the subaccount's current trust "
                             "certificate could not be read."),
                          tr("Check that the subaccount has a trust certificate (Connectivity > Destination Trust), "
                             "then check again."),
                          kTrust });
    // "It worked until the certificate was renewed": the provider still holds the old one.
    if (input.trust && input.trust->isValid() && input.heldTrust && input.heldTrust->isValid()
        && input.trust->sha256Fingerprint() != input.heldTrust->sha256Fingerprint())
        findings.append({ {},
                          Severity::Error,
                          QStringLiteral("trust-mismatch"),
                          tr("The certificate the provider holds (SHA-256 %1) is not the subaccount's current trust "
                             "certificate (SHA-256 %2), so the provider rejects the subaccount's assertions. This is "
                             "what happens when the subaccount's certificate was renewed.")
                              .arg(input.heldTrust->sha256Fingerprint(), input.trust->sha256Fingerprint()),
                          tr("Export the current certificate under Connectivity > Destination Trust and give it to the "
                             "provider again, where its guide says to upload it."),
                          kTrust });

    std::stable_sort(findings.begin(), findings.end(), [](const ValidationFinding &a, const ValidationFinding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.subaccount != b.subaccount)
            return a.subaccount < b.subaccount;
        return a.destination < b.destination;
    });
    return findings;
}

// What "SAP Task Center Service Destinations" (loio 494aa0c) documents for the identity directory: the SCIM
// endpoint of the Identity Authentication tenant, with Basic or client certificate authentication.
void ConfigurationValidator::checkIdentityDirectory(const SourcedDestination &destination,
                                                    QList<ValidationFinding> &findings) const
{
    const QString name = destination.name();
    const QString authentication = destination.value(QStringLiteral("Authentication"));
    if (authentication != QLatin1String("BasicAuthentication")
        && authentication != QLatin1String("ClientCertificateAuthentication"))
        findings.append({ name, Severity::Error, QStringLiteral("identity-directory-authentication"),
                          tr("%1 uses the authentication \"%2\"; SAP Task Center reads the identity directory with "
                             "BasicAuthentication or ClientCertificateAuthentication only.")
                              .arg(name, authentication),
                          tr("Set Authentication to BasicAuthentication (a technical user of the tenant) or "
                             "ClientCertificateAuthentication."),
                          kServiceDestinations });
    const QUrl url(destination.value(QStringLiteral("URL")));
    const bool scimPath = url.path().endsWith(QLatin1String("/scim")) || url.path().endsWith(QLatin1String("/scim/"));
    if (url.scheme() != QLatin1String("https") || !scimPath)
        findings.append({ name, Severity::Warning, QStringLiteral("identity-directory-address"),
                          tr("The URL of %1 is \"%2\"; SAP documents the tenant's SCIM address, "
                             "https://<tenant>.accounts.ondemand.com/scim.")
                              .arg(name, url.toString()),
                          tr("Set the URL to https://<your tenant>.accounts.ondemand.com/scim."),
                          kServiceDestinations });
}

bool ConfigurationValidator::isRecommendationsDestination(const SourcedDestination &destination)
{
    // SAP's convention, and how Task Center finds it: the primary's name with _AI; it is no task provider itself.
    return destination.name().endsWith(QLatin1String("_AI")) && destination.name().size() > 3
        && !destination.has(QStringLiteral("tc.provider_type"));
}

void ConfigurationValidator::checkRecommendations(const SourcedDestination &destination, bool primaryExists,
                                                  QList<ValidationFinding> &findings) const
{
    const QString name = destination.name();
    const QString primary = name.chopped(3);
    if (!primaryExists)
        findings.append({ name, Severity::Warning, QStringLiteral("recommendations-primary-missing"),
                          tr("%1 looks like an Intelligent Recommendations destination, but there is no primary "
                             "destination %2: SAP Task Center finds it by the primary's name followed by _AI.")
                              .arg(name, primary),
                          tr("Rename %1 to the name of its SAP Build Process Automation primary destination followed "
                             "by _AI.")
                              .arg(name),
                          kRecommendations });
    if (destination.has(QStringLiteral("tc.enabled")))
        findings.append({ name, Severity::Error, QStringLiteral("recommendations-tc-enabled"),
                          tr("%1 is the Intelligent Recommendations destination, not a task provider, but it carries "
                             "tc.enabled: SAP Task Center would read it as another primary.")
                              .arg(name),
                          tr("Remove tc.enabled from %1.").arg(name), kRecommendations });
    const QString authentication = destination.value(QStringLiteral("Authentication"));
    if (authentication != QLatin1String("OAuth2ClientCredentials"))
        findings.append({ name, Severity::Error, QStringLiteral("recommendations-authentication"),
                          tr("%1 uses the authentication \"%2\"; SAP's guide for Intelligent Recommendations asks "
                             "for OAuth2ClientCredentials with the client of SAP Build Process Automation's service "
                             "key.")
                              .arg(name, authentication),
                          tr("Set Authentication to OAuth2ClientCredentials."), kRecommendations });
    if (destination.value(QStringLiteral("HTML5.DynamicDestination")) != QLatin1String("true"))
        findings.append({ name, Severity::Error, QStringLiteral("recommendations-dynamic-destination"),
                          tr("%1 lacks HTML5.DynamicDestination=true, which SAP's guide for Intelligent "
                             "Recommendations asks for.")
                              .arg(name),
                          tr("Add the property HTML5.DynamicDestination with the value true."), kRecommendations });
    // SAP changed the URL in July 2025: destinations made before keep the bare API endpoint.
    const QString url = destination.value(QStringLiteral("URL"));
    QString path = QUrl(url).path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(kRecommendationsPath)) {
        const QString origin = ValueDerivation::httpsOrigin(url);
        findings.append({ name, Severity::Error, QStringLiteral("recommendations-url-outdated"),
                          tr("The URL of %1 is \"%2\". Since July 2025 SAP's guide asks for SAP Build Process "
                             "Automation's API endpoint followed by %3; a destination made before must be changed.")
                              .arg(name, url, kRecommendationsPath),
                          origin.isEmpty()
                              ? tr("Set the URL to the endpoints > api value of the service key followed by %1.")
                                    .arg(kRecommendationsPath)
                              : tr("Set the URL to %1.").arg(origin + kRecommendationsPath),
                          kRecommendations });
    }
}

QString ConfigurationValidator::sourceOf(const Role &role)
{
    // The provider file's own guide for this destination: a finding on any provider cites that provider's page.
    if (role.provider) {
        const auto guide = role.provider->guideFor(
            role.destination ? QStringLiteral("destination:") + role.destination->role : QStringLiteral("destinations"),
            role.path);
        if (!guide.url.isEmpty())
            return QStringLiteral("%1 (%2)").arg(guide.title, guide.url);
    }
    return kProviderPages;
}

void ConfigurationValidator::checkProviderType(const SourcedDestination &destination, const QHash<QString, int> &byName,
                                               const QList<SourcedDestination> &all,
                                               QList<ValidationFinding> &findings) const
{
    const QString name = destination.name();
    if (destination.has(QStringLiteral("tc.provider_type")) || isServiceDestination(name))
        return;
    // A primary Task Center reads (it has tc.enabled), or the secondary of one (<primary>_PP beside it).
    QString primaryType;
    if (!destination.has(QStringLiteral("tc.enabled"))) {
        if (!name.endsWith(QLatin1String("_PP")) || name.size() <= 3)
            return;
        const auto primary = byName.constFind(scopedName(destination.subaccount, name.chopped(3)));
        if (primary == byName.constEnd())
            return;
        const SourcedDestination &found = all.at(*primary);
        if (!found.has(QStringLiteral("tc.enabled")) && !found.has(QStringLiteral("tc.provider_type")))
            return;
        primaryType = found.value(QStringLiteral("tc.provider_type"));
    }
    QStringList types;
    for (const auto &provider : m_providers)
        types.append(provider->providerType());
    findings.append(
        { name, Severity::Error, QStringLiteral("provider-type-missing"),
          tr("%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.").arg(name),
          primaryType.isEmpty()
              ? tr("Add tc.provider_type with the value SAP's guide for the provider gives (%1, …).")
                    .arg(types.join(QStringLiteral(", ")))
              : tr("Add tc.provider_type with the value %1, as on %2.").arg(primaryType, name.chopped(3)),
          kProviderPages });
}

void ConfigurationValidator::checkDestination(const SourcedDestination &destination, const Role &role,
                                              QList<ValidationFinding> &findings) const
{
    const QString name = destination.name();
    const bool secondary = !role.primaryName.isEmpty();
    const bool service = isServiceDestination(name);

    // Names: the Destination service's characters and Task Center's limit.
    const InputChecks::Result nameCheck = InputChecks::destinationName(name);
    if (nameCheck.isError())
        findings.append({ name, Severity::Error,
                          name.size() > InputChecks::TaskCenterNameLimit ? QStringLiteral("name-too-long")
                                                                         : QStringLiteral("name-invalid"),
                          nameCheck.message,
                          tr("Create the destination again under a shorter name made of letters, "
                             "digits, _ and -; rename its secondary with it."),
                          kNameRules });
    else if (!secondary && role.destination && role.provider->destinations().size() > 1
             && name.size() > InputChecks::PrimaryNameLimit)
        findings.append({ name, Severity::Warning, QStringLiteral("name-leaves-no-room"),
                          tr("%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center's limit of %3.")
                              .arg(name)
                              .arg(name.size())
                              .arg(InputChecks::TaskCenterNameLimit),
                          tr("Use at most %1 characters for a primary destination.").arg(InputChecks::PrimaryNameLimit),
                          kNameRules });

    const bool hasEnabled = destination.has(QStringLiteral("tc.enabled"));
    const QString enabled = destination.value(QStringLiteral("tc.enabled"));
    if (service) {
        if (hasEnabled)
            findings.append({ name, Severity::Error, QStringLiteral("service-destination-tc-enabled"),
                              tr("%1 is one of SAP Task Center's own destinations, not a task provider, but it carries "
                                 "tc.enabled.")
                                  .arg(name),
                              tr("Remove tc.enabled from %1 in the SAP BTP cockpit.").arg(name),
                              kServiceDestinations });
        if (name == kIdentityDirectory)
            checkIdentityDirectory(destination, findings);
        return; // Task Center's own: nothing else here is a provider's rule
    }
    if (secondary && hasEnabled)
        findings.append({ name, Severity::Error, QStringLiteral("secondary-tc-enabled"),
                          tr("%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP Task "
                             "Center would read it as another primary.")
                              .arg(name),
                          tr("Remove tc.enabled from %1.").arg(name), kSecondaryName });
    const bool looksLikeProvider = role.provider || destination.has(QStringLiteral("tc.provider_type"));
    if (!secondary && looksLikeProvider) {
        if (!hasEnabled)
            findings.append({ name, Severity::Error, QStringLiteral("tc-enabled-missing"),
                              tr("%1 has no tc.enabled property, so SAP Task Center does not read its tasks (booster "
                                 "samples lack it).")
                                  .arg(name),
                              tr("Add the property tc.enabled with the value true."), sourceOf(role) });
        else if (enabled == QLatin1String("false"))
            findings.append({ name, Severity::Warning, QStringLiteral("tc-enabled-false"),
                              tr("%1 is paused (tc.enabled is false): its tasks are hidden and not updated. SAP Task "
                                 "Center sets it to false by itself when it gets no token for an hour.")
                                  .arg(name),
                              tr("Fix its authentication first (Test connection), then set tc.enabled to true."),
                              kConventions });
        else if (enabled != QLatin1String("true"))
            findings.append({ name, Severity::Error, QStringLiteral("tc-enabled-value"),
                              tr("tc.enabled of %1 is \"%2\"; SAP Task Center accepts only true (or false to pause), "
                                 "and puts the connector in Warning otherwise.")
                                  .arg(name, enabled),
                              tr("Set tc.enabled to exactly true (lower case)."), sourceOf(role) });
    }

    // Credentials over plain http.
    const QString url = destination.value(QStringLiteral("URL"));
    const QString authentication = destination.value(QStringLiteral("Authentication"));
    if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && destination.value(QStringLiteral("ProxyType")) != QLatin1String("OnPremise") && !authentication.isEmpty()
        && authentication != QLatin1String("NoAuthentication"))
        findings.append({ name, Severity::Error, QStringLiteral("http-with-credentials"),
                          tr("%1 sends credentials (%2) to an http:// address, unencrypted.").arg(name, authentication),
                          tr("Use the https:// address of the system."), sourceOf(role) });

    // Booster samples leave values such as "sample_apiKey" behind.
    for (auto it = destination.properties.constBegin(); it != destination.properties.constEnd(); ++it) {
        const QString value = it.value().toString();
        if (InputChecks::looksLikeSample(value))
            findings.append(
                { name, Severity::Error, QStringLiteral("sample-value"),
                  DestinationChangePlan::isSecretKey(it.key())
                      ? tr("%1 of %2 still holds a sample value from a booster template.").arg(it.key(), name)
                      : tr("%1 of %2 still holds the sample value \"%3\" from a booster template.")
                            .arg(it.key(), name, value),
                  tr("Enter the real value."),
                  QStringLiteral("SAP Task Center, \"Automatic Setup\" (loio 3a49967); "
                                 "validation-rules.md rule 7") });
    }

    if (role.destination) {
        checkProperties(destination, role, findings);
        return;
    }
    // A provider the wizard does not connect: what its authentication type needs to fetch a token at all.
    static const QHash<QString, QStringList> needs
        = { { QStringLiteral("OAuth2SAMLBearerAssertion"),
              { QStringLiteral("audience"), QStringLiteral("clientKey"), QStringLiteral("tokenServiceURL") } },
            { QStringLiteral("OAuth2ClientCredentials"), { QStringLiteral("tokenServiceURL") } },
            { QStringLiteral("BasicAuthentication"), { QStringLiteral("User"), QStringLiteral("Password") } } };
    QStringList notCheckedKeys;
    for (const QString &key : needs.value(authentication)) {
        if (destination.has(key))
            continue;
        if (DestinationChangePlan::isCredentialKey(key) && destination.secretHidden(key)) {
            notCheckedKeys.append(key);
            continue;
        }
        findings.append(
            { name, Severity::Error, QStringLiteral("authentication-property-missing"),
              tr("%1 uses %2 but has no %3, so the Destination service cannot fetch a token with it.")
                  .arg(name, authentication, key),
              tr("Add %1 as the provider's guide for SAP Task Center says.").arg(key),
              QStringLiteral("SAP BTP Connectivity, authentication types (loio c69ea6a, 4e1d742, 4af3980)") });
    }
    if (!notCheckedKeys.isEmpty())
        findings.append(notChecked(destination, notCheckedKeys));
}

void ConfigurationValidator::checkProperties(const SourcedDestination &destination, const Role &role,
                                             QList<ValidationFinding> &findings) const
{
    const QString name = destination.name();
    const QString provider = role.provider->displayName();
    QStringList notCheckedKeys;
    for (const auto &property : role.destination->properties) {
        if (property.key == QLatin1String("tc.enabled") || !property.isOnPath(role.path))
            continue; // its own rules above; another way's
        const bool present = destination.has(property.key);
        // Optional in SAP's table: its absence is no finding. Written once: the provider has changed it since.
        if ((!present && property.optional) || (present && property.writtenOnce))
            continue;
        if (!present) {
            // Left out by the source: named by it (the cockpit's "removed on export" lines), or, for a source that
            // shows no secrets at all, one the provider file marks secret (FSM's clientKey is a client ID, not one).
            if (destination.hiddenSecrets.contains(property.key) || (property.secret && destination.hidesAllSecrets)) {
                notCheckedKeys.append(property.key);
                continue;
            }
            findings.append(
                { name, Severity::Error, QStringLiteral("property-missing"),
                  tr("%1 lacks the property %2 that SAP's guide for %3 requires.").arg(name, property.key, provider),
                  tr("Add %1 as the guide for %2 says, or set the destination up again with the wizard.")
                      .arg(property.key, provider),
                  sourceOf(role) });
            continue;
        }
        const QString value = destination.value(property.key);
        // What the way fixes is as constant as what every way writes (C4C's Authentication on each way).
        const ValueTemplate documented(role.provider->withWayValues(property.valueTemplate, role.path));
        if (!documented.hasPlaceholders()) {
            // A documented constant (a type, a header name, a grant type): the services match it exactly.
            const QString constant = documented.text();
            if (value != constant)
                findings.append({ name, Severity::Error, QStringLiteral("property-value"),
                                  value.compare(constant, Qt::CaseInsensitive) == 0
                                      ? tr("%1 of %2 is \"%3\"; it must be spelled exactly \"%4\".")
                                            .arg(property.key, name, value, constant)
                                      : tr("%1 of %2 is \"%3\"; SAP's guide for %4 asks for \"%5\".")
                                            .arg(property.key, name, value, provider, constant),
                                  tr("Set %1 to %2.").arg(property.key, constant), sourceOf(role) });
            continue;
        }
        if (property.secret)
            continue; // secrets are checked by a token, never echoed
        const QString id = documented.onlyPlaceholder();
        if (id.isEmpty()) {
            // A compound template ("${server}/api/procurement-task-provider/v2/prod"): checked by its shape, every
            // value in it being something, the text between exactly as SAP's guide gives it.
            const QString readable = documented.readable([&role](const QString &placeholder) {
                const auto *input = role.provider->input(placeholder);
                const auto *derived = role.provider->derivedValue(placeholder);
                return input ? input->label : derived ? derived->label : placeholder;
            });
            if (!documented.shape().match(value).hasMatch())
                findings.append({ name, Severity::Error, QStringLiteral("property-shape"),
                                  tr("%1 of %2 is \"%3\"; SAP's guide for %4 gives it the form \"%5\".")
                                      .arg(property.key, name, value, provider, readable),
                                  tr("Set %1 in the form %2.").arg(property.key, readable), sourceOf(role) });
            continue;
        }
        // A derived address must be what its transform makes of it (an /odata/v2/ URL where /api-ext/ belongs).
        if (const auto *derived = role.provider->derivedValue(id)) {
            const QString expected = derived->take.apply(value);
            if (expected != value)
                findings.append({ name, Severity::Error, QStringLiteral("address-shape"),
                                  expected.isEmpty()
                                      ? tr("%1 of %2 (\"%3\") is not an address of the form SAP's guide for %4 gives.")
                                            .arg(property.key, name, value, provider)
                                      : tr("%1 of %2 is \"%3\"; for %4 it must be \"%5\".")
                                            .arg(property.key, name, value, provider, expected),
                                  expected.isEmpty()
                                      ? tr("Enter the address as the guide for %1 gives it.").arg(provider)
                                      : tr("Set %1 to %2.").arg(property.key, expected),
                                  sourceOf(role) });
            continue;
        }
        // An entered value gets the same check the wizard gives it where it is typed.
        if (const auto *input = role.provider->input(id);
            input && !input->secret && id != QLatin1String("destinationName")) {
            const InputChecks::Result result = input->checkValue(value);
            // Only inputs that are not secret get here (the provider file says which are): quoted back as they are.
            const QString message = result.message;
            if (result.severity != InputChecks::Severity::Ok)
                findings.append({ name, result.isError() ? Severity::Error : Severity::Warning,
                                  QStringLiteral("property-check"), tr("%1 of %2: %3").arg(property.key, name, message),
                                  tr("Correct %1 (%2).").arg(property.key, input->label), sourceOf(role) });
        }
    }
    if (!notCheckedKeys.isEmpty())
        findings.append(notChecked(destination, notCheckedKeys));

    // SystemUser: deprecated by the Destination service, still listed by some of Task Center's provider guides.
    if (destination.has(QStringLiteral("SystemUser")))
        findings.append({ name, Severity::Warning, QStringLiteral("systemuser-deprecated"),
                          tr("%1 uses SystemUser. SAP announced in the Destination service's documentation (note of "
                             "2026-03-18) that SystemUser would be removed by the end of September 2026; SAP Task "
                             "Center's guide for %2 still lists it for the primary destination.")
                              .arg(name, provider),
                          tr("Test the connection. A token error \"Cannot determine user to propagate\" means this "
                             "subaccount no longer honours SystemUser: check SAP Task Center's guide for %1 for what "
                             "replaces it. Other token errors point elsewhere: the certificate the provider holds must "
                             "be the subaccount's current one, and the technical user must exist in %1.")
                              .arg(provider),
                          kSystemUser });
}

ValidationLandscape ConfigurationValidator::landscape(const Input &input,
                                                      const QList<ValidationFinding> &findings) const
{
    using Status = ValidationLandscape::Status;
    QHash<QString, Status> worst;
    for (const ValidationFinding &finding : findings) {
        const Status status = finding.severity == Severity::Error ? Status::Error
            : finding.severity == Severity::Warning               ? Status::Warning
                                                                  : Status::Info;
        Status &current = worst[scopedName(finding.subaccount, finding.destination)];
        current = std::max(current, status);
    }

    ValidationLandscape landscape;
    // Within each subaccount's export, as in validate(); the subaccount is named only where there are several.
    const bool severalSubaccounts = ofSeveralSubaccounts(input);
    const auto scopeOf = [severalSubaccounts](const SourcedDestination &destination) {
        return severalSubaccounts ? destination.subaccount : QString();
    };
    // The last one of a name counts, as in validate().
    QHash<QString, const SourcedDestination *> byName;
    for (const SourcedDestination &destination : input.destinations)
        byName.insert(scopedName(scopeOf(destination), destination.name()), &destination);
    QHash<QString, QString> secondaryOf;
    QSet<QString> providers;
    QSet<QString> authentications;
    QSet<QString> serviceDestinations;
    QStringList primaries;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const SourcedDestination &destination = *it.value();
        if (isServiceDestination(destination.name())) {
            serviceDestinations.insert(destination.name());
            continue;
        }
        const Role role = roleOf(destination);
        const QString primaryKey = scopedName(scopeOf(destination), role.primaryName);
        if (!role.primaryName.isEmpty() && byName.contains(primaryKey)) {
            secondaryOf.insert(primaryKey, destination.name());
            continue;
        }
        // Task Center reads only destinations with a provider type; others in an export are not drawn.
        if (!destination.has(QStringLiteral("tc.provider_type")))
            continue;
        primaries.append(it.key());
    }
    primaries.sort();
    landscape.serviceDestinations = QStringList(serviceDestinations.cbegin(), serviceDestinations.cend());
    landscape.serviceDestinations.sort();
    for (const QString &key : std::as_const(primaries)) {
        const SourcedDestination &destination = *byName.value(key);
        const QString name = destination.name();
        const QString scope = scopeOf(destination);
        const Role role = roleOf(destination);
        ValidationLandscape::Connection connection;
        connection.primary = name;
        connection.subaccount = scope;
        connection.secondary = secondaryOf.value(key);
        const auto recommendations = byName.constFind(scopedName(scope, name + QStringLiteral("_AI")));
        if (recommendations != byName.cend() && isRecommendationsDestination(*recommendations.value()))
            connection.recommendations = recommendations.value()->name();
        connection.provider
            = role.provider ? role.provider->displayName() : destination.value(QStringLiteral("tc.provider_type"));
        connection.authentication = destination.value(QStringLiteral("Authentication"));
        connection.system = QUrl(destination.value(QStringLiteral("URL"))).host();
        connection.status = connection.secondary.isEmpty()
            ? worst.value(key)
            : std::max(worst.value(key), worst.value(scopedName(scope, connection.secondary)));
        if (connection.status < Status::Warning && !isEnabled(destination))
            connection.status = Status::Paused;
        providers.insert(connection.provider);
        if (!connection.authentication.isEmpty())
            authentications.insert(connection.authentication);
        landscape.connections.append(connection);
    }
    landscape.providers = QStringList(providers.cbegin(), providers.cend());
    landscape.providers.sort();
    landscape.authenticationTypes = QStringList(authentications.cbegin(), authentications.cend());
    landscape.authenticationTypes.sort();
    if (input.trust && input.trust->isValid()) {
        landscape.trustExpiry = input.trust->validUntil();
        landscape.trustFingerprint = input.trust->sha256Fingerprint();
        landscape.subaccountId = input.trust->subaccountId();
    }
    return landscape;
}
