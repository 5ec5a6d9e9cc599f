// Destination certificates: a key store or trust store a destination names must be in the subaccount.
#include "destinationservice/DestinationChangePlan.h"
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

namespace {

// KeyStoreLocation, TrustStoreLocation and tokenService.KeyStoreLocation name destination certificates; told only
// when the subaccount's certificates were read.
class CertificateMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMissing)

public:
    CertificateMissing()
        : ValidationRule(QStringLiteral("certificate-missing"), Severity::Error, ValidationSources::certificates)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        const auto &certificates = configuration.input().certificates;
        if (!certificates)
            return;
        for (const QString &key : DestinationChangePlan::certificateKeys()) {
            const QString name = destination.value(key).trimmed();
            if (name.isEmpty() || certificates->contains(name))
                continue;
            findings.append(finding(
                destination,
                key == QLatin1String("TrustStoreLocation")
                    ? tr("%1 names the trust store %2 (%3), but the subaccount's destination certificates hold no "
                         "file of that name, so the connection cannot be made.")
                          .arg(destination.name(), name, key)
                    : tr("%1 names the key store %2 (%3), but the subaccount's destination certificates hold no file "
                         "of that name, so the destination cannot authenticate.")
                          .arg(destination.name(), name, key),
                tr("In the SAP BTP cockpit, open Connectivity > Destination Certificates and upload the file as %1, "
                   "or change %2 to the name of a file that is there.")
                    .arg(name, key)));
        }
    }
};

} // namespace

void ValidationRules::addCertificateRules(Table &table)
{
    table << std::make_shared<CertificateMissing>();
}
