#include "validation/ValidationRule.h"

#include "validation/ConfigurationValidator.h"
#include "validation/ValidationSources.h"

#include <QSet>

namespace {

QString scopedName(const QString &subaccount, const QString &name)
{
    return subaccount + QChar(0x1f) + name;
}

} // namespace

CheckedConfiguration::CheckedConfiguration(const ValidationInput &input, const ProviderDefinitions &providers)
    : m_input(input)
    , m_providers(providers)
{
    m_severalSubaccounts = ofSeveralSubaccounts(input);
    // The last one of a name is checked; each one before it is a repeat.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < input.destinations.size(); ++i) {
        const SourcedDestination &destination = input.destinations.at(i);
        const QString key = scopedName(destination.subaccount, destination.name());
        const auto earlier = last.constFind(key);
        if (earlier != last.cend())
            m_repeats.append(Repeat { &input.destinations.at(*earlier), &destination });
        last.insert(key, i);
    }
    m_checked.reserve(last.size());
    for (qsizetype i = 0; i < input.destinations.size(); ++i) {
        const SourcedDestination &destination = input.destinations.at(i);
        const QString key = scopedName(destination.subaccount, destination.name());
        if (last.value(key) != i)
            continue;
        m_byName.insert(key, m_checked.size());
        CheckedDestination checked { &destination,
                                     DestinationRole::of(destination, providers),
                                     ConfigurationValidator::isServiceDestination(destination.name()),
                                     {} };
        const DestinationRole &role = checked.role;
        if (!checked.isService && role.destination) {
            for (const auto &property : role.destination->properties) {
                if (property.key == QLatin1String("tc.enabled") || !property.isOnPath(role.path))
                    continue;
                const bool present = destination.has(property.key);
                if ((!present && property.optional) || (present && property.writtenOnce))
                    continue;
                // What the way fixes is as constant as what every way writes (C4C's Authentication on each way).
                checked.documented.append(
                    { &property, present,
                      ValueTemplate(role.provider->withWayValues(property.valueTemplate, role.path)) });
            }
        }
        m_checked.append(checked);
    }
}

bool CheckedConfiguration::ofSeveralSubaccounts(const ValidationInput &input)
{
    QSet<QString> subaccounts;
    for (const SourcedDestination &destination : input.destinations)
        subaccounts.insert(destination.subaccount);
    for (const SourceProblem &problem : input.problems)
        subaccounts.insert(problem.subaccount);
    return subaccounts.size() > 1;
}

const CheckedDestination *CheckedConfiguration::find(const QString &subaccount, const QString &name) const
{
    const auto found = m_byName.constFind(scopedName(subaccount, name));
    return found == m_byName.cend() ? nullptr : &m_checked.at(*found);
}

ValidationRule::ValidationRule(QString id, Severity severity, QString source)
    : m_id(std::move(id))
    , m_severity(severity)
    , m_source(std::move(source))
{
}

void ValidationRule::check(const CheckedDestination &, const CheckedConfiguration &, QList<ValidationFinding> &) const
{
}

void ValidationRule::checkAll(const CheckedConfiguration &, QList<ValidationFinding> &) const { }

ValidationFinding ValidationRule::finding(const QString &destination, const QString &message, const QString &fix) const
{
    return { destination, m_severity, m_id, message, fix, m_source };
}

ValidationFinding ValidationRule::finding(const CheckedDestination &destination, const QString &message,
                                          const QString &fix) const
{
    return { destination.name(),
             m_severity,
             m_id,
             message,
             fix,
             m_source == ValidationSources::providerGuide ? destination.role.guide() : m_source };
}

const QList<std::shared_ptr<const ValidationRule>> &ValidationRule::all()
{
    static const ValidationRules::Table table = [] {
        ValidationRules::Table rules;
        ValidationRules::addSourceRules(rules);
        ValidationRules::addNameRules(rules);
        ValidationRules::addServiceDestinationRules(rules);
        ValidationRules::addEnablingRules(rules);
        ValidationRules::addPropertyRules(rules);
        ValidationRules::addCertificateRules(rules);
        ValidationRules::addRecommendationsRules(rules);
        ValidationRules::addPairRules(rules);
        ValidationRules::addTrustRules(rules);
        return rules;
    }();
    return table;
}
