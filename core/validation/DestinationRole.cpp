#include "validation/DestinationRole.h"

#include "validation/ValidationSources.h"

DestinationRole DestinationRole::of(const SourcedDestination &destination, const ProviderDefinitions &providers)
{
    const QString type = destination.value(QStringLiteral("tc.provider_type"));
    const QString name = destination.name();
    DestinationRole role;
    for (const auto &provider : providers) {
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

QString DestinationRole::guide() const
{
    // The provider file's own guide for this destination: a finding on any provider cites that provider's page.
    if (provider) {
        const auto link = provider->guideFor(
            destination ? QStringLiteral("destination:") + destination->role : QStringLiteral("destinations"), path);
        if (!link.url.isEmpty())
            return QStringLiteral("%1 (%2)").arg(link.title, link.url);
    }
    return ValidationSources::providerPages;
}

QString DestinationRole::suffixOf(const ProviderDefinition::DestinationTemplate &secondary,
                                  const ProviderDefinition::DestinationTemplate &primary)
{
    return secondary.nameTemplate.startsWith(primary.nameTemplate)
        ? secondary.nameTemplate.mid(primary.nameTemplate.size())
        : QString();
}

ProviderDefinition::PropertyLookup DestinationRole::lookupIn(const SourcedDestination &destination)
{
    return [&destination](const QString &key) {
        return destination.has(key) ? std::optional<QString>(destination.value(key)) : std::nullopt;
    };
}
