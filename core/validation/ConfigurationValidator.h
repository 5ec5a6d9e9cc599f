#pragma once

#include "validation/ConfigurationSource.h"
#include "validation/DestinationRole.h"
#include "validation/ValidationFinding.h"
#include "validation/ValidationInput.h"
#include "validation/ValidationLandscape.h"

// Checks an existing Task Center configuration with every rule of the table (ValidationRule::all(), one class per
// rule in rules/): each destination against what SAP documents for its provider (the provider files' destination
// tables: properties, exact values, address shapes, value checks), the pairing of primaries and secondaries, the
// rules across destinations (one primary per backend system), Task Center's own service destinations, and the
// trust certificate. Every rule runs in time linear in the number of destinations. Findings come sorted worst
// first, then by destination, and within a destination in the order of the rules.
class ConfigurationValidator
{
public:
    using Input = ValidationInput;

    // The built-in providers' definitions.
    ConfigurationValidator();
    explicit ConfigurationValidator(ProviderDefinitions providers);

    QList<ValidationFinding> validate(const Input &input) const;
    // The checked destinations as a picture: pairs, systems, and each pair's status from the findings.
    ValidationLandscape landscape(const Input &input, const QList<ValidationFinding> &findings) const;

    // The region (e.g. "eu10", also for its extension landscapes such as eu10-004) an SAP BTP address names
    // (authentication or cfapps host), empty when it names none.
    static QString regionOf(const QString &url);

    // The built-in provider and the primary destination a destination belongs to (its own name for a primary):
    // what the wizard sets up again to fix it. No provider for other providers' and Task Center's own.
    struct Belonging
    {
        QString providerId;
        QString primaryName;
    };
    Belonging belongingOf(const SourcedDestination &destination) const;

    // Task Center's own destinations (not task providers): never to be rewritten as one.
    static bool isServiceDestination(const QString &name);
    // <primary>_AI, the Intelligent Recommendations destination of an SAP Build Process Automation primary.
    static bool isRecommendationsDestination(const SourcedDestination &destination);

private:
    ProviderDefinitions m_providers;
};
