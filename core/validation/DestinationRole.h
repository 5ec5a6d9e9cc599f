#pragma once

#include "providers/ProviderDefinition.h"
#include "validation/ConfigurationSource.h"

#include <QList>
#include <memory>

// What a destination is to the provider files: the provider it reaches (by tc.provider_type), which of the
// provider's destinations it is (a secondary by its name: the primary's name with the definition's suffix), and
// the way it was written on, where the provider has several.
struct DestinationRole
{
    const ProviderDefinition *provider = nullptr;
    const ProviderDefinition::DestinationTemplate *destination = nullptr;
    QString primaryName; // for a secondary
    // The way of the provider this destination was written on, where the provider has several (C4C's primary with
    // basic authentication or a certificate): the one whose properties it matches best.
    QString path;

    bool isSecondary() const { return !primaryName.isEmpty(); }

    static DestinationRole of(const SourcedDestination &destination, const ProviderDefinitions &providers);
    // Where SAP says what a finding on this destination says: its provider file's guide for it (title and address),
    // else SAP's provider pages in general.
    QString guide() const;
    // "_PP" from "${destinationName}" and "${destinationName}_PP".
    static QString suffixOf(const ProviderDefinition::DestinationTemplate &secondary,
                            const ProviderDefinition::DestinationTemplate &primary);
    // What a destination holds, for the provider definition's questions about it.
    static ProviderDefinition::PropertyLookup lookupIn(const SourcedDestination &destination);
};
