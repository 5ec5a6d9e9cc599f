#pragma once

#include "ConfigurationSource.h"
#include "ProviderDefinition.h"
#include "TrustCertificate.h"
#include "ValidationFinding.h"
#include "ValidationLandscape.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <memory>
#include <optional>

// Checks an existing Task Center configuration: each destination against what SAP documents for its provider
// (the provider files' destination tables: properties, exact values, address shapes, value checks), the pairing
// of primaries and secondaries, the rules across destinations (one primary per backend system), Task Center's
// own service destinations, and the trust certificate. Every rule runs in time linear in the number of
// destinations. Findings come sorted worst first, then by destination.
class ConfigurationValidator
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationValidator)

public:
    struct Input
    {
        QList<SourcedDestination> destinations;
        QList<SourceProblem> problems;
        // The subaccount's trust certificate (or the one given to check).
        std::optional<TrustCertificate> trust;
        // A certificate a provider holds (a file the user gives): it must be the subaccount's current one.
        std::optional<TrustCertificate> heldTrust;
        QDateTime now = QDateTime::currentDateTimeUtc();
        // The subaccount's region (e.g. "eu10"), when the source tells it: providers on SAP BTP must share it.
        QString region;
        // The destinations are all of a subaccount's (not a selection of exports): what is absent is missing.
        bool wholeSubaccount = false;
        // The names of the subaccount's destination certificates, when they were read: a key store or trust store a
        // destination names must be among them.
        std::optional<QSet<QString>> certificates;
    };

    // The built-in providers' definitions.
    ConfigurationValidator();
    explicit ConfigurationValidator(QList<std::shared_ptr<const ProviderDefinition>> providers);

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

private:
    struct Role
    {
        const ProviderDefinition *provider = nullptr;
        const ProviderDefinition::DestinationTemplate *destination = nullptr;
        QString primaryName; // for a secondary
        // The way of the provider this destination was written on, where the provider has several (C4C's primary
        // with basic authentication or a certificate): the one whose properties it matches best.
        QString path;
    };
    Role roleOf(const SourcedDestination &destination) const;
    void checkDestination(const SourcedDestination &destination, const Role &role,
                          QList<ValidationFinding> &findings) const;
    void checkIdentityDirectory(const SourcedDestination &destination, QList<ValidationFinding> &findings) const;
    // <primary>_AI, the Intelligent Recommendations destination of an SAP Build Process Automation primary.
    static bool isRecommendationsDestination(const SourcedDestination &destination);
    void checkRecommendations(const SourcedDestination &destination, bool primaryExists,
                              QList<ValidationFinding> &findings) const;
    // Where SAP says what a finding on this destination says: its provider file's guide for it (title and address).
    static QString sourceOf(const Role &role);
    // A destination Task Center reads (tc.enabled, or the _PP of one) without tc.provider_type.
    void checkProviderType(const SourcedDestination &destination, const QHash<QString, int> &byName,
                           const QList<SourcedDestination> &all, QList<ValidationFinding> &findings) const;
    void checkProperties(const SourcedDestination &destination, const Role &role,
                         QList<ValidationFinding> &findings) const;
    // KeyStoreLocation, TrustStoreLocation and tokenService.KeyStoreLocation name destination certificates.
    static void checkCertificatesNamed(const SourcedDestination &destination, const QSet<QString> &certificates,
                                       QList<ValidationFinding> &findings);

    QList<std::shared_ptr<const ProviderDefinition>> m_providers;
};
