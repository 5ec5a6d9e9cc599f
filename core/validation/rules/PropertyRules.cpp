// Each destination's properties against SAP's table for its provider and way (the provider files' destination
// tables: properties, exact values, address shapes, value checks); for a provider no file describes, what its
// authentication type needs to fetch a token at all.
#include "destinationservice/DestinationChangePlan.h"
#include "providers/InputChecks.h"
#include "providers/ValueTemplate.h"
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

#include <QHash>

namespace {

// Left out by the source: named by it (the cockpit's "removed on export" lines), or, for a source that shows no
// secrets at all, one the provider file marks secret (FSM's clientKey is a client ID, not one).
bool leftOutBySource(const CheckedDestination &destination, const ProviderDefinition::PropertyTemplate &property)
{
    return destination.destination->hiddenSecrets.contains(property.key)
        || (property.secret && destination.destination->hidesAllSecrets);
}

// A provider the wizard does not connect: what its authentication type needs to fetch a token at all.
QStringList neededForAuthentication(const CheckedDestination &destination)
{
    static const QHash<QString, QStringList> needs
        = { { QStringLiteral("OAuth2SAMLBearerAssertion"),
              { QStringLiteral("audience"), QStringLiteral("clientKey"), QStringLiteral("tokenServiceURL") } },
            { QStringLiteral("OAuth2ClientCredentials"), { QStringLiteral("tokenServiceURL") } },
            { QStringLiteral("BasicAuthentication"), { QStringLiteral("User"), QStringLiteral("Password") } } };
    if (destination.isService || destination.role.destination)
        return {};
    return needs.value(destination.value(QStringLiteral("Authentication")));
}

class HttpWithCredentials final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(HttpWithCredentials)

public:
    HttpWithCredentials()
        : ValidationRule(QStringLiteral("http-with-credentials"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const QString authentication = destination.value(QStringLiteral("Authentication"));
        if (destination.isService
            || !destination.value(QStringLiteral("URL")).startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || destination.value(QStringLiteral("ProxyType")) == QLatin1String("OnPremise") || authentication.isEmpty()
            || authentication == QLatin1String("NoAuthentication"))
            return;
        findings.append(finding(
            destination,
            tr("%1 sends credentials (%2) to an http:// address, unencrypted.").arg(destination.name(), authentication),
            tr("Use the https:// address of the system.")));
    }
};

// Booster samples leave values such as "sample_apiKey" behind.
class SampleValue final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SampleValue)

public:
    SampleValue()
        : ValidationRule(QStringLiteral("sample-value"), Severity::Error, ValidationSources::automaticSetup)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (destination.isService)
            return;
        const QString name = destination.name();
        const QJsonObject &properties = destination.destination->properties;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const QString value = it.value().toString();
            if (!InputChecks::looksLikeSample(value))
                continue;
            findings.append(
                finding(destination,
                        DestinationChangePlan::isSecretKey(it.key())
                            ? tr("%1 of %2 still holds a sample value from a booster template.").arg(it.key(), name)
                            : tr("%1 of %2 still holds the sample value \"%3\" from a booster template.")
                                  .arg(it.key(), name, value),
                        tr("Enter the real value.")));
        }
    }
};

class PropertyMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PropertyMissing)

public:
    PropertyMissing()
        : ValidationRule(QStringLiteral("property-missing"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        for (const DocumentedProperty &each : destination.documented) {
            const auto &property = *each.property;
            const bool present = each.present;
            if (present || leftOutBySource(destination, property))
                continue;
            const QString provider = destination.role.provider->displayName();
            findings.append(finding(destination,
                                    tr("%1 lacks the property %2 that SAP's guide for %3 requires.")
                                        .arg(destination.name(), property.key, provider),
                                    tr("Add %1 as the guide for %2 says, or set the destination up again with the "
                                       "wizard.")
                                        .arg(property.key, provider)));
        }
    }
};

// A documented constant (a type, a header name, a grant type): the services match it exactly.
class PropertyValue final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PropertyValue)

public:
    PropertyValue()
        : ValidationRule(QStringLiteral("property-value"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        for (const DocumentedProperty &each : destination.documented) {
            const auto &property = *each.property;
            const bool present = each.present;
            if (!present)
                continue;
            const ValueTemplate &documented = each.documented;
            const QString value = destination.value(property.key);
            if (documented.hasPlaceholders() || value == documented.text())
                continue;
            const QString constant = documented.text();
            findings.append(finding(destination,
                                    value.compare(constant, Qt::CaseInsensitive) == 0
                                        ? tr("%1 of %2 is \"%3\"; it must be spelled exactly \"%4\".")
                                              .arg(property.key, destination.name(), value, constant)
                                        : tr("%1 of %2 is \"%3\"; SAP's guide for %4 asks for \"%5\".")
                                              .arg(property.key, destination.name(), value,
                                                   destination.role.provider->displayName(), constant),
                                    tr("Set %1 to %2.").arg(property.key, constant)));
        }
    }
};

// A compound template ("${server}/api/procurement-task-provider/v2/prod"): checked by its shape, every value in it
// being something, the text between exactly as SAP's guide gives it.
class PropertyShape final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PropertyShape)

public:
    PropertyShape()
        : ValidationRule(QStringLiteral("property-shape"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const ProviderDefinition *provider = destination.role.provider;
        for (const DocumentedProperty &each : destination.documented) {
            const auto &property = *each.property;
            const bool present = each.present;
            if (!present || property.secret)
                continue; // secrets are checked by a token, never echoed
            const ValueTemplate &documented = each.documented;
            if (!documented.hasPlaceholders() || !documented.onlyPlaceholder().isEmpty())
                continue;
            const QString value = destination.value(property.key);
            if (documented.shape().match(value).hasMatch())
                continue;
            const QString readable = documented.readable([provider](const QString &placeholder) {
                const auto *input = provider->input(placeholder);
                const auto *derived = provider->derivedValue(placeholder);
                return input ? input->label : derived ? derived->label : placeholder;
            });
            findings.append(
                finding(destination,
                        tr("%1 of %2 is \"%3\"; SAP's guide for %4 gives it the form \"%5\".")
                            .arg(property.key, destination.name(), value, provider->displayName(), readable),
                        tr("Set %1 in the form %2.").arg(property.key, readable)));
        }
    }
};

// A derived address must be what its transform makes of it (an /odata/v2/ URL where /api-ext/ belongs).
class AddressShape final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(AddressShape)

public:
    AddressShape()
        : ValidationRule(QStringLiteral("address-shape"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const ProviderDefinition *provider = destination.role.provider;
        for (const DocumentedProperty &each : destination.documented) {
            const auto &property = *each.property;
            const bool present = each.present;
            if (!present || property.secret)
                continue;
            const auto *derived = provider->derivedValue(each.documented.onlyPlaceholder());
            if (!derived)
                continue;
            const QString value = destination.value(property.key);
            const QString expected = derived->take.apply(value);
            if (expected == value)
                continue;
            const QString name = destination.name();
            findings.append(finding(
                destination,
                expected.isEmpty() ? tr("%1 of %2 (\"%3\") is not an address of the form SAP's guide for %4 gives.")
                                         .arg(property.key, name, value, provider->displayName())
                                   : tr("%1 of %2 is \"%3\"; for %4 it must be \"%5\".")
                                         .arg(property.key, name, value, provider->displayName(), expected),
                expected.isEmpty() ? tr("Enter the address as the guide for %1 gives it.").arg(provider->displayName())
                                   : tr("Set %1 to %2.").arg(property.key, expected)));
        }
    }
};

// An entered value gets the same check the wizard gives it where it is typed.
class PropertyCheck final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(PropertyCheck)

public:
    PropertyCheck()
        : ValidationRule(QStringLiteral("property-check"), Severity::Error, ValidationSources::providerGuide)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const ProviderDefinition *provider = destination.role.provider;
        for (const DocumentedProperty &each : destination.documented) {
            const auto &property = *each.property;
            const bool present = each.present;
            if (!present || property.secret)
                continue;
            const QString id = each.documented.onlyPlaceholder();
            const auto *input = provider->input(id);
            if (id.isEmpty() || provider->derivedValue(id) || !input || input->secret
                || id == QLatin1String("destinationName"))
                continue;
            const InputChecks::Result result = input->checkValue(destination.value(property.key));
            if (result.severity == InputChecks::Severity::Ok)
                continue;
            // Only inputs that are not secret get here (the provider file says which are): quoted back as they are.
            ValidationFinding checked
                = finding(destination, tr("%1 of %2: %3").arg(property.key, destination.name(), result.message),
                          tr("Correct %1 (%2).").arg(property.key, input->label));
            if (!result.isError())
                checked.severity = Severity::Warning;
            findings.append(checked);
        }
    }
};

class AuthenticationPropertyMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(AuthenticationPropertyMissing)

public:
    AuthenticationPropertyMissing()
        : ValidationRule(QStringLiteral("authentication-property-missing"), Severity::Error,
                         ValidationSources::authenticationTypes)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const QString authentication = destination.value(QStringLiteral("Authentication"));
        for (const QString &key : neededForAuthentication(destination)) {
            if (destination.has(key)
                || (DestinationChangePlan::isCredentialKey(key) && destination.destination->secretHidden(key)))
                continue;
            findings.append(finding(destination,
                                    tr("%1 uses %2 but has no %3, so the Destination service cannot fetch a token "
                                       "with it.")
                                        .arg(destination.name(), authentication, key),
                                    tr("Add %1 as the provider's guide for SAP Task Center says.").arg(key)));
        }
    }
};

// Secrets a source does not show are reported as not checked, never as missing.
class SecretsNotChecked final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SecretsNotChecked)

public:
    SecretsNotChecked()
        : ValidationRule(QStringLiteral("secrets-not-checked"), Severity::Info, QString())
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        QStringList keys;
        for (const DocumentedProperty &each : destination.documented) {
            const auto &property = *each.property;
            const bool present = each.present;
            if (!present && leftOutBySource(destination, property))
                keys.append(property.key);
        }
        for (const QString &key : neededForAuthentication(destination)) {
            if (!destination.has(key) && DestinationChangePlan::isCredentialKey(key)
                && destination.destination->secretHidden(key))
                keys.append(key);
        }
        if (keys.isEmpty())
            return;
        ValidationFinding notChecked
            = finding(destination.name(),
                      tr("%1: %2 not checked, because %3 does not show secrets.")
                          .arg(destination.name(), keys.join(QStringLiteral(", ")), destination.destination->origin),
                      tr("Check the destination in the subaccount itself to have them tested."));
        findings.append(notChecked);
    }
};

// SystemUser: deprecated by the Destination service, still listed by some of Task Center's provider guides.
class SystemUserDeprecated final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SystemUserDeprecated)

public:
    SystemUserDeprecated()
        : ValidationRule(QStringLiteral("systemuser-deprecated"), Severity::Warning, ValidationSources::systemUser)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (destination.isService || !destination.role.destination || !destination.has(QStringLiteral("SystemUser")))
            return;
        const QString provider = destination.role.provider->displayName();
        findings.append(finding(
            destination,
            tr("%1 uses SystemUser. SAP announced in the Destination service's documentation (note of 2026-03-18) "
               "that SystemUser would be removed by the end of September 2026; SAP Task Center's guide for %2 still "
               "lists it for the primary destination.")
                .arg(destination.name(), provider),
            tr("Test the connection. A token error \"Cannot determine user to propagate\" means this subaccount no "
               "longer honours SystemUser: check SAP Task Center's guide for %1 for what replaces it. Other token "
               "errors point elsewhere: the certificate the provider holds must be the subaccount's current one, and "
               "the technical user must exist in %1.")
                .arg(provider)));
    }
};

// A destination Task Center reads (tc.enabled, or the _PP of one) without tc.provider_type.
class ProviderTypeMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(ProviderTypeMissing)

public:
    ProviderTypeMissing()
        : ValidationRule(QStringLiteral("provider-type-missing"), Severity::Error, ValidationSources::providerPages)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        const QString name = destination.name();
        if (destination.has(QStringLiteral("tc.provider_type")) || destination.isService)
            return;
        // A primary Task Center reads (it has tc.enabled), or the secondary of one (<primary>_PP beside it).
        QString primaryType;
        if (!destination.has(QStringLiteral("tc.enabled"))) {
            if (!name.endsWith(QLatin1String("_PP")) || name.size() <= 3)
                return;
            const CheckedDestination *primary
                = configuration.find(destination.destination->subaccount, name.chopped(3));
            if (!primary
                || (!primary->has(QStringLiteral("tc.enabled")) && !primary->has(QStringLiteral("tc.provider_type"))))
                return;
            primaryType = primary->value(QStringLiteral("tc.provider_type"));
        }
        QStringList types;
        for (const auto &provider : configuration.providers())
            types.append(provider->providerType());
        findings.append(finding(
            destination,
            tr("%1 has no tc.provider_type: SAP Task Center cannot tell which task provider it reaches.").arg(name),
            primaryType.isEmpty()
                ? tr("Add tc.provider_type with the value SAP's guide for the provider gives (%1, …).")
                      .arg(types.join(QStringLiteral(", ")))
                : tr("Add tc.provider_type with the value %1, as on %2.").arg(primaryType, name.chopped(3))));
    }
};

} // namespace

void ValidationRules::addPropertyRules(Table &table)
{
    table << std::make_shared<HttpWithCredentials>() << std::make_shared<SampleValue>()
          << std::make_shared<PropertyMissing>() << std::make_shared<PropertyValue>()
          << std::make_shared<PropertyShape>() << std::make_shared<AddressShape>() << std::make_shared<PropertyCheck>()
          << std::make_shared<AuthenticationPropertyMissing>() << std::make_shared<SecretsNotChecked>()
          << std::make_shared<SystemUserDeprecated>() << std::make_shared<ProviderTypeMissing>();
}
