// SAP Task Center's own destinations (Task_Center, its global settings, the identity directory, Alert
// Notification): "Do not set the tc.enabled property" (loio 494aa0c); the identity directory as that page gives it.
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

#include <QUrl>
#include <algorithm>

namespace {

const QString kIdentityDirectory = QStringLiteral("Identity_Authentication_Connectivity_IDS");

class ServiceDestinationTcEnabled final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDestinationTcEnabled)

public:
    ServiceDestinationTcEnabled()
        : ValidationRule(QStringLiteral("service-destination-tc-enabled"), Severity::Error,
                         ValidationSources::serviceDestinations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (!destination.isService || !destination.has(QStringLiteral("tc.enabled")))
            return;
        const QString name = destination.name();
        findings.append(finding(destination,
                                tr("%1 is one of SAP Task Center's own destinations, not a task provider, but it "
                                   "carries tc.enabled.")
                                    .arg(name),
                                tr("Remove tc.enabled from %1 in the SAP BTP cockpit.").arg(name)));
    }
};

class IdentityDirectoryAuthentication final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDirectoryAuthentication)

public:
    IdentityDirectoryAuthentication()
        : ValidationRule(QStringLiteral("identity-directory-authentication"), Severity::Error,
                         ValidationSources::serviceDestinations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const QString authentication = destination.value(QStringLiteral("Authentication"));
        if (destination.name() != kIdentityDirectory || authentication == QLatin1String("BasicAuthentication")
            || authentication == QLatin1String("ClientCertificateAuthentication"))
            return;
        findings.append(finding(destination,
                                tr("%1 uses the authentication \"%2\"; SAP Task Center reads the identity directory "
                                   "with BasicAuthentication or ClientCertificateAuthentication only.")
                                    .arg(destination.name(), authentication),
                                tr("Set Authentication to BasicAuthentication (a technical user of the tenant) or "
                                   "ClientCertificateAuthentication.")));
    }
};

class IdentityDirectoryAddress final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDirectoryAddress)

public:
    IdentityDirectoryAddress()
        : ValidationRule(QStringLiteral("identity-directory-address"), Severity::Warning,
                         ValidationSources::serviceDestinations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (destination.name() != kIdentityDirectory)
            return;
        const QUrl url(destination.value(QStringLiteral("URL")));
        const bool scimPath
            = url.path().endsWith(QLatin1String("/scim")) || url.path().endsWith(QLatin1String("/scim/"));
        if (url.scheme() == QLatin1String("https") && scimPath)
            return;
        findings.append(finding(destination,
                                tr("The URL of %1 is \"%2\"; SAP documents the tenant's SCIM address, "
                                   "https://<tenant>.accounts.ondemand.com/scim.")
                                    .arg(destination.name(), url.toString()),
                                tr("Set the URL to https://<your tenant>.accounts.ondemand.com/scim.")));
    }
};

// Task Center finds its users and groups through this destination; without it no provider's tasks arrive
// ("Unable to find destination Identity_Authentication_Connectivity_IDS"). Told only of a whole subaccount.
class IdentityDirectoryMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDirectoryMissing)

public:
    IdentityDirectoryMissing()
        : ValidationRule(QStringLiteral("identity-directory-missing"), Severity::Error,
                         ValidationSources::serviceDestinations)
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        // Every destination given counts, an earlier copy of a repeated name too.
        const auto &given = configuration.input().destinations;
        if (!configuration.input().wholeSubaccount || configuration.find({}, kIdentityDirectory)
            || std::none_of(given.cbegin(), given.cend(),
                            [](const SourcedDestination &d) { return d.has(QStringLiteral("tc.provider_type")); }))
            return;
        findings.append(finding(QString(),
                                tr("The subaccount has no destination %1, which SAP Task Center needs to find users "
                                   "and groups in SAP Cloud Identity Services: no tasks arrive without it.")
                                    .arg(kIdentityDirectory),
                                tr("Create %1 with the URL https://<your tenant>.accounts.ondemand.com/scim and "
                                   "BasicAuthentication or ClientCertificateAuthentication.")
                                    .arg(kIdentityDirectory)));
    }
};

} // namespace

void ValidationRules::addServiceDestinationRules(Table &table)
{
    table << std::make_shared<ServiceDestinationTcEnabled>() << std::make_shared<IdentityDirectoryAuthentication>()
          << std::make_shared<IdentityDirectoryAddress>() << std::make_shared<IdentityDirectoryMissing>();
}
