// tc.enabled: SAP Task Center reads a primary's tasks only with tc.enabled=true, and never a secondary's.
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

namespace {

// A primary Task Center is to read: of a provider the catalogue knows, or carrying a provider type.
bool isProviderPrimary(const CheckedDestination &destination)
{
    return !destination.isService && !destination.role.isSecondary()
        && (destination.role.provider || destination.has(QStringLiteral("tc.provider_type")));
}

class SecondaryTcEnabled final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SecondaryTcEnabled)

public:
    SecondaryTcEnabled()
        : ValidationRule(QStringLiteral("secondary-tc-enabled"), Severity::Error, ValidationSources::secondaryName)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (destination.isService || !destination.role.isSecondary() || !destination.has(QStringLiteral("tc.enabled")))
            return;
        const QString name = destination.name();
        findings.append(finding(destination,
                                tr("%1 is a secondary destination (principal propagation) but carries tc.enabled: SAP "
                                   "Task Center would read it as another primary.")
                                    .arg(name),
                                tr("Remove tc.enabled from %1.").arg(name)));
    }
};

class TcEnabledMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TcEnabledMissing)

public:
    TcEnabledMissing()
        : ValidationRule(QStringLiteral("tc-enabled-missing"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (!isProviderPrimary(destination) || destination.has(QStringLiteral("tc.enabled")))
            return;
        findings.append(finding(destination,
                                tr("%1 has no tc.enabled property, so SAP Task Center does not read its tasks "
                                   "(booster samples lack it).")
                                    .arg(destination.name()),
                                tr("Add the property tc.enabled with the value true.")));
    }
};

class TcEnabledFalse final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TcEnabledFalse)

public:
    TcEnabledFalse()
        : ValidationRule(QStringLiteral("tc-enabled-false"), Severity::Warning, ValidationSources::conventions)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (!isProviderPrimary(destination) || !destination.has(QStringLiteral("tc.enabled"))
            || destination.value(QStringLiteral("tc.enabled")) != QLatin1String("false"))
            return;
        findings.append(finding(destination,
                                tr("%1 is paused (tc.enabled is false): its tasks are hidden and not updated. SAP "
                                   "Task Center sets it to false by itself when it gets no token for an hour.")
                                    .arg(destination.name()),
                                tr("Fix its authentication first (Test connection), then set tc.enabled to true.")));
    }
};

class TcEnabledValue final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TcEnabledValue)

public:
    TcEnabledValue()
        : ValidationRule(QStringLiteral("tc-enabled-value"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const QString enabled = destination.value(QStringLiteral("tc.enabled"));
        if (!isProviderPrimary(destination) || !destination.has(QStringLiteral("tc.enabled"))
            || enabled == QLatin1String("true") || enabled == QLatin1String("false"))
            return;
        findings.append(finding(destination,
                                tr("tc.enabled of %1 is \"%2\"; SAP Task Center accepts only true (or false to "
                                   "pause), and puts the connector in Warning otherwise.")
                                    .arg(destination.name(), enabled),
                                tr("Set tc.enabled to exactly true (lower case).")));
    }
};

} // namespace

void ValidationRules::addEnablingRules(Table &table)
{
    table << std::make_shared<SecondaryTcEnabled>() << std::make_shared<TcEnabledMissing>()
          << std::make_shared<TcEnabledFalse>() << std::make_shared<TcEnabledValue>();
}
