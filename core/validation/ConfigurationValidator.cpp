#include "validation/ConfigurationValidator.h"

#include "validation/ValidationRule.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>
#include <numeric>

namespace {

using Severity = ValidationFinding::Severity;

// Task Center's service destinations: "Do not set the tc.enabled property" (loio 494aa0c).
const QSet<QString> kServiceDestinationNames
    = { QStringLiteral("Task_Center"), QStringLiteral("Task_Center_global_settings"),
        QStringLiteral("Identity_Authentication_Connectivity_IDS"),
        QStringLiteral("Alert_Notification_Connectivity_ANS") };

// A destination's name within its subaccount's export, as the landscape's lookups key it.
QString scopedName(const QString &subaccount, const QString &name)
{
    return subaccount + QChar(0x1f) + name;
}

bool isEnabled(const SourcedDestination &destination)
{
    return destination.value(QStringLiteral("tc.enabled")) == QLatin1String("true");
}

} // namespace

ConfigurationValidator::ConfigurationValidator()
    : m_providers(ProviderDefinition::allBuiltIn())
{
}

ConfigurationValidator::ConfigurationValidator(ProviderDefinitions providers)
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

ConfigurationValidator::Belonging ConfigurationValidator::belongingOf(const SourcedDestination &destination) const
{
    const DestinationRole role = DestinationRole::of(destination, m_providers);
    if (!role.provider || !role.destination || isServiceDestination(destination.name()))
        return {};
    return { role.provider->id(), role.destination->isPrimary() ? destination.name() : role.primaryName };
}

QList<ValidationFinding> ConfigurationValidator::validate(const Input &input) const
{
    const CheckedConfiguration configuration(input, m_providers);
    const auto &rules = ValidationRule::all();
    QList<ValidationFinding> findings;
    QList<qsizetype> ruleOf; // each finding's rule, by its place in the table
    const auto rank = [&findings, &ruleOf](qsizetype rule) {
        while (ruleOf.size() < findings.size())
            ruleOf.append(rule);
    };
    for (qsizetype r = 0; r < rules.size(); ++r) {
        rules.at(r)->checkAll(configuration, findings);
        rank(r);
    }
    // Each destination through every rule while it is at hand.
    for (const CheckedDestination &destination : configuration.destinations()) {
        const qsizetype first = findings.size();
        for (qsizetype r = 0; r < rules.size(); ++r) {
            rules.at(r)->check(destination, configuration, findings);
            rank(r);
        }
        for (qsizetype f = first; configuration.ofSeveralSubaccounts() && f < findings.size(); ++f)
            findings[f].subaccount = destination.destination->subaccount;
    }
    // Worst first, by subaccount and destination; a destination's findings in the order of the rules.
    QList<qsizetype> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&findings, &ruleOf](qsizetype i, qsizetype j) {
        const ValidationFinding &a = findings.at(i);
        const ValidationFinding &b = findings.at(j);
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.subaccount != b.subaccount)
            return a.subaccount < b.subaccount;
        if (a.destination != b.destination)
            return a.destination < b.destination;
        return ruleOf.at(i) < ruleOf.at(j);
    });
    QList<ValidationFinding> sorted;
    sorted.reserve(findings.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(std::move(findings[i]));
    return sorted;
}

bool ConfigurationValidator::isRecommendationsDestination(const SourcedDestination &destination)
{
    // SAP's convention, and how Task Center finds it: the primary's name with _AI; it is no task provider itself.
    return destination.name().endsWith(QLatin1String("_AI")) && destination.name().size() > 3
        && !destination.has(QStringLiteral("tc.provider_type"));
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
    const bool severalSubaccounts = CheckedConfiguration::ofSeveralSubaccounts(input);
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
        const DestinationRole role = DestinationRole::of(destination, m_providers);
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
        const DestinationRole role = DestinationRole::of(destination, m_providers);
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
