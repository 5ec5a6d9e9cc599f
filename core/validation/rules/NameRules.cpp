// Names: the Destination service's characters and SAP Task Center's limit of 64 characters.
#include "providers/InputChecks.h"
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

namespace {

QString renameFix()
{
    return QCoreApplication::translate("NameRules",
                                       "Create the destination again under a shorter name made of "
                                       "letters, digits, _ and -; rename its secondary with it.");
}

class NameTooLong final : public ValidationRule
{
public:
    NameTooLong()
        : ValidationRule(QStringLiteral("name-too-long"), Severity::Error, ValidationSources::nameRules)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const InputChecks::Result result = InputChecks::destinationName(destination.name());
        if (result.isError() && destination.name().size() > InputChecks::TaskCenterNameLimit)
            findings.append(finding(destination, result.message, renameFix()));
    }
};

class NameInvalid final : public ValidationRule
{
public:
    NameInvalid()
        : ValidationRule(QStringLiteral("name-invalid"), Severity::Error, ValidationSources::nameRules)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const InputChecks::Result result = InputChecks::destinationName(destination.name());
        if (result.isError() && destination.name().size() <= InputChecks::TaskCenterNameLimit)
            findings.append(finding(destination, result.message, renameFix()));
    }
};

// A primary of a provider with secondaries whose name leaves no room for the secondary's suffix.
class NameLeavesNoRoom final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(NameLeavesNoRoom)

public:
    NameLeavesNoRoom()
        : ValidationRule(QStringLiteral("name-leaves-no-room"), Severity::Warning, ValidationSources::nameRules)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const QString name = destination.name();
        const DestinationRole &role = destination.role;
        if (InputChecks::destinationName(name).isError() || role.isSecondary() || !role.destination
            || role.provider->destinations().size() < 2 || name.size() <= InputChecks::PrimaryNameLimit)
            return;
        findings.append(
            finding(destination,
                    tr("%1 has %2 characters: its secondary %1_PP would exceed SAP Task Center's limit of %3.")
                        .arg(name)
                        .arg(name.size())
                        .arg(InputChecks::TaskCenterNameLimit),
                    tr("Use at most %1 characters for a primary destination.").arg(InputChecks::PrimaryNameLimit)));
    }
};

} // namespace

void ValidationRules::addNameRules(Table &table)
{
    table << std::make_shared<NameTooLong>() << std::make_shared<NameInvalid>() << std::make_shared<NameLeavesNoRoom>();
}
