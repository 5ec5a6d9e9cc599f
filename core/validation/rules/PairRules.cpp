// Primaries, secondaries and the systems they reach: a pair is one system, a primary has its secondaries, one
// primary per backend system, and Task Center and a provider on SAP BTP share a data center.
#include "validation/ConfigurationValidator.h"
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

#include <QUrl>

namespace {

QStringList identityOf(const DestinationRole &role)
{
    return role.provider ? role.provider->systemIdentity() : QStringList { QStringLiteral("URL") };
}

// Task Center and a provider on SAP BTP must be in the same data center; told only where both addresses name
// their region.
class DataCenterDiffers final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(DataCenterDiffers)

public:
    DataCenterDiffers()
        : ValidationRule(QStringLiteral("data-center-differs"), Severity::Error, ValidationSources::conventions)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        const QString region = configuration.input().region;
        if (destination.role.isSecondary() || region.isEmpty() || !destination.has(QStringLiteral("tc.provider_type"))
            || destination.isService)
            return;
        QString providerRegion = ConfigurationValidator::regionOf(destination.value(QStringLiteral("URL")));
        if (providerRegion.isEmpty())
            providerRegion = ConfigurationValidator::regionOf(destination.value(QStringLiteral("tokenServiceURL")));
        if (providerRegion.isEmpty() || providerRegion == region)
            return;
        findings.append(finding(
            destination,
            tr("%1 reaches a provider in data center %2, but this subaccount (SAP Task Center) is "
               "in %3. Task Center and the provider must be in the same data center.")
                .arg(destination.name(), providerRegion, region),
            tr("Connect a provider subaccount in %1, or use SAP Task Center in %2.").arg(region, providerRegion)));
    }
};

// Task Center reads the tasks with the primary and acts on them with the secondary: told by the URL's host and
// the provider's other identity properties (company, account) both carry.
class PairSystemsDiffer final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PairSystemsDiffer)

public:
    PairSystemsDiffer()
        : ValidationRule(QStringLiteral("pair-systems-differ"), Severity::Error, ValidationSources::secondaryName)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        if (!destination.role.isSecondary())
            return;
        const CheckedDestination *primary
            = configuration.find(destination.destination->subaccount, destination.role.primaryName);
        if (!primary)
            return;
        QStringList differences;
        for (const QString &key : identityOf(destination.role)) {
            const bool url = key == QLatin1String("URL");
            const QString ours = url ? QUrl(destination.value(key).trimmed()).host() : destination.value(key).trimmed();
            const QString theirs = url ? QUrl(primary->value(key).trimmed()).host() : primary->value(key).trimmed();
            if (!ours.isEmpty() && !theirs.isEmpty() && ours.compare(theirs, Qt::CaseInsensitive) != 0)
                differences.append(
                    tr("%1 %2 here, %3 in %4").arg(url ? tr("host") : key, ours, theirs, primary->name()));
        }
        if (differences.isEmpty())
            return;
        findings.append(finding(destination,
                                tr("%1 and its primary destination %2 name different systems (%3): SAP Task Center "
                                   "reads the tasks from one and acts on them in the other.")
                                    .arg(destination.name(), primary->name(), differences.join(QStringLiteral("; "))),
                                tr("Set up the pair again with the wizard, so that both name the same system.")));
    }
};

class SecondaryWithoutPrimary final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SecondaryWithoutPrimary)

public:
    SecondaryWithoutPrimary()
        : ValidationRule(QStringLiteral("secondary-without-primary"), Severity::Error, ValidationSources::secondaryName)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        const QString primary = destination.role.primaryName;
        if (!destination.role.isSecondary() || configuration.find(destination.destination->subaccount, primary))
            return;
        findings.append(finding(
            destination,
            tr("%1 is a secondary destination, but its primary destination %2 does not exist. SAP "
               "Task Center finds secondaries only by their primary's name.")
                .arg(destination.name(), primary),
            tr("Rename it to <primary name>_PP of an existing primary, or create the primary %1.").arg(primary)));
    }
};

class SecondaryMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SecondaryMissing)

public:
    SecondaryMissing()
        : ValidationRule(QStringLiteral("secondary-missing"), Severity::Error, ValidationSources::secondaryName)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        const DestinationRole &role = destination.role;
        if (role.isSecondary() || !role.provider || destination.isService)
            return;
        for (const auto &other : role.provider->destinations()) {
            if (other.isPrimary() || other.primaryRole != role.destination->role)
                continue;
            const QString name = destination.name() + DestinationRole::suffixOf(other, *role.destination);
            if (configuration.find(destination.destination->subaccount, name))
                continue;
            findings.append(finding(destination,
                                    tr("%1 has no secondary destination %2, so users cannot act on their %3 tasks in "
                                       "SAP Task Center (principal propagation).")
                                        .arg(destination.name(), name, role.provider->displayName()),
                                    tr("Create %1 with the wizard (%2).").arg(name, role.provider->displayName())));
        }
    }
};

// One primary per backend system: with two, every user gets each task twice.
class PrimaryDuplicate final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PrimaryDuplicate)

public:
    PrimaryDuplicate()
        : ValidationRule(QStringLiteral("primary-duplicate"), Severity::Error, ValidationSources::providerPages)
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        // Keyed by subaccount export, provider type and the system's identity: one pass, no pairs compared.
        QHash<QString, QStringList> primariesBySystem;
        QHash<QString, QString> subaccountOf;
        for (const CheckedDestination &destination : configuration.destinations()) {
            if (destination.role.isSecondary()
                || destination.value(QStringLiteral("tc.enabled")) != QLatin1String("true"))
                continue;
            const QString subaccount = destination.destination->subaccount;
            const QString key = subaccount + QChar(0x1f) + destination.value(QStringLiteral("tc.provider_type"))
                + QChar(0x1e) + systemKey(destination, identityOf(destination.role));
            primariesBySystem[key].append(destination.name());
            subaccountOf.insert(key, subaccount);
        }
        for (auto it = primariesBySystem.cbegin(); it != primariesBySystem.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
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
                ValidationFinding duplicate
                    = finding(name,
                              tr("%1 and %2 are enabled primary destinations to the same system: every user gets "
                                 "each of its tasks twice.")
                                  .arg(name, others.join(QStringLiteral(", "))),
                              tr("Keep one. Delete the others, or set their tc.enabled to false."));
                if (configuration.ofSeveralSubaccounts())
                    duplicate.subaccount = subaccountOf.value(it.key());
                findings.append(duplicate);
            }
        }
    }

private:
    static QString systemKey(const CheckedDestination &destination, const QStringList &identity)
    {
        QStringList parts;
        for (const QString &key : identity) {
            QString value = destination.value(key).trimmed();
            if (key == QLatin1String("URL"))
                value
                    = QUrl(value).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString().toLower();
            parts.append(value.toLower());
        }
        return parts.join(QChar(0x1f));
    }
};

} // namespace

void ValidationRules::addPairRules(Table &table)
{
    table << std::make_shared<DataCenterDiffers>() << std::make_shared<PairSystemsDiffer>()
          << std::make_shared<SecondaryWithoutPrimary>() << std::make_shared<SecondaryMissing>()
          << std::make_shared<PrimaryDuplicate>();
}
