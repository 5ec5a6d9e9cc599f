// The subaccount's trust certificate: every provider that trusts the subaccount stops when it expires, and a
// provider holding another one rejects the subaccount's assertions.
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

#include <QSet>

namespace {

bool trustKnown(const CheckedConfiguration &configuration)
{
    return configuration.input().trust && configuration.input().trust->isValid();
}

// The providers that hold the subaccount's certificate, as a person knows them, or all of them in words.
QString providersTrusting(const CheckedConfiguration &configuration)
{
    QSet<QString> names;
    for (const CheckedDestination &destination : configuration.destinations()) {
        if (destination.value(QStringLiteral("Authentication")) == QLatin1String("OAuth2SAMLBearerAssertion")
            || destination.role.provider)
            names.insert(destination.role.provider ? destination.role.provider->displayName()
                                                   : destination.value(QStringLiteral("tc.provider_type")));
    }
    QStringList users(names.cbegin(), names.cend());
    users.removeAll(QString());
    users.sort();
    return users.isEmpty()
        ? QCoreApplication::translate("TrustRules", "every task provider that trusts this subaccount")
        : users.join(QStringLiteral(", "));
}

class TrustExpired final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TrustExpired)

public:
    TrustExpired()
        : ValidationRule(QStringLiteral("trust-expired"), Severity::Error, ValidationSources::trust)
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        if (!trustKnown(configuration))
            return;
        const ValidationInput &input = configuration.input();
        const auto status = input.trust->status(input.now);
        if (status != TrustCertificate::Status::Expired && status != TrustCertificate::Status::NotYetValid)
            return;
        const QString who = providersTrusting(configuration);
        findings.append(finding(
            QString(), input.trust->statusText(input.now) + QLatin1Char(' ') + tr("Task updates stop for %1.").arg(who),
            tr("Renew the certificate under Connectivity > Destination Trust, then give the new one to %1.").arg(who)));
    }
};

class TrustExpiring final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TrustExpiring)

public:
    TrustExpiring()
        : ValidationRule(QStringLiteral("trust-expiring"), Severity::Warning, ValidationSources::trust)
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        const ValidationInput &input = configuration.input();
        if (!trustKnown(configuration) || input.trust->status(input.now) != TrustCertificate::Status::ExpiringSoon)
            return;
        const QString who = providersTrusting(configuration);
        findings.append(finding(QString(),
                                input.trust->statusText(input.now) + QLatin1Char(' ')
                                    + tr("These need the new certificate: %1.").arg(who),
                                tr("Rotate rather than renew: generate a passive certificate under Connectivity > "
                                   "Destination Trust, give it to %1, then rotate. Renewing the active one stops task "
                                   "updates until every provider has it.")
                                    .arg(who)));
    }
};

class TrustNotCompared final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TrustNotCompared)

public:
    TrustNotCompared()
        : ValidationRule(QStringLiteral("trust-not-compared"), Severity::Warning, ValidationSources::trust)
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        const auto &held = configuration.input().heldTrust;
        if (!held || !held->isValid() || trustKnown(configuration))
            return;
        findings.append(finding(QString(),
                                tr("The certificate the provider holds was not compared: the subaccount's current "
                                   "trust certificate could not be read."),
                                tr("Check that the subaccount has a trust certificate (Connectivity > Destination "
                                   "Trust), then check again.")));
    }
};

// "It worked until the certificate was renewed": the provider still holds the old one.
class TrustMismatch final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(TrustMismatch)

public:
    TrustMismatch()
        : ValidationRule(QStringLiteral("trust-mismatch"), Severity::Error, ValidationSources::trust)
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        const ValidationInput &input = configuration.input();
        if (!trustKnown(configuration) || !input.heldTrust || !input.heldTrust->isValid()
            || input.trust->sha256Fingerprint() == input.heldTrust->sha256Fingerprint())
            return;
        findings.append(finding(QString(),
                                tr("The certificate the provider holds (SHA-256 %1) is not the subaccount's current "
                                   "trust certificate (SHA-256 %2), so the provider rejects the subaccount's "
                                   "assertions. This is what happens when the subaccount's certificate was renewed.")
                                    .arg(input.heldTrust->sha256Fingerprint(), input.trust->sha256Fingerprint()),
                                tr("Export the current certificate under Connectivity > Destination Trust and give it "
                                   "to the provider again, where its guide says to upload it.")));
    }
};

} // namespace

void ValidationRules::addTrustRules(Table &table)
{
    table << std::make_shared<TrustExpired>() << std::make_shared<TrustExpiring>()
          << std::make_shared<TrustNotCompared>() << std::make_shared<TrustMismatch>();
}
