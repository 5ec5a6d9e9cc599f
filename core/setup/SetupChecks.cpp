#include "setup/SetupChecks.h"

#include <algorithm>

namespace {

bool hasError(const QList<SetupModel::Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const SetupModel::Problem &problem) {
        return problem.severity == InputChecks::Severity::Error;
    });
}

QString firstError(const QList<SetupModel::Problem> &problems)
{
    for (const auto &problem : problems) {
        if (problem.severity == InputChecks::Severity::Error)
            return problem.message;
    }
    return {};
}

} // namespace

QList<SetupModel::Problem> SetupChecks::trustProblems(const QDateTime &now) const
{
    const auto &trust = m_model.trustCertificate();
    if (!trust)
        return { { QStringLiteral("trustCertificate"),
                   tr("Open or paste the subaccount's trust certificate to continue.") } };
    if (!trust->isValid())
        return { { QStringLiteral("trustCertificate"), trust->errorMessage() } };
    switch (trust->status(now)) {
    case TrustCertificate::Status::Expired:
    case TrustCertificate::Status::NotYetValid:
        return { { QStringLiteral("trustCertificate"), trust->statusText(now) } };
    case TrustCertificate::Status::ExpiringSoon:
        return { { QStringLiteral("trustCertificate"), trust->statusText(now), InputChecks::Severity::Warning } };
    case TrustCertificate::Status::Valid:
        break;
    }
    return {};
}

QList<SetupModel::Problem> SetupChecks::serviceKeyProblems(bool requireSecret) const
{
    const auto &serviceKey = m_model.serviceKey();
    if (!serviceKey)
        return { { QStringLiteral("serviceKey"), tr("Open or paste the SAP Task Center service key to continue.") } };
    // A provider that does not use the client secret does not need it in the key (nor in the keychain).
    if (!serviceKey->isValid() && !(serviceKey->lacksOnlyClientSecret() && !requireSecret))
        return { { QStringLiteral("serviceKey"), serviceKey->errorMessage() } };
    return {};
}

QList<SetupModel::Problem> SetupChecks::inputProblems(const QStringList &inputIds, SetupModel::SecretScope scope) const
{
    QList<Problem> problems;
    for (const auto &id : inputIds) {
        const auto *input = m_model.provider().input(id);
        if (!input || (input->secret && scope == SetupModel::SecretScope::Skip))
            continue;
        const auto result = m_model.checkInput(id);
        if (result.severity != InputChecks::Severity::Ok)
            problems.append({ id, result.message, result.severity });
    }
    return problems;
}

QList<SetupModel::Problem> SetupChecks::destinationProblems(const QString &role) const
{
    QList<Problem> problems;
    const auto *definition = m_model.provider().destination(role);
    if (definition && !definition->nameInput.isEmpty())
        problems += inputProblems({ definition->nameInput }, SetupModel::SecretScope::Check);
    // Expert edits must not leave a template value behind.
    const Destination destination = m_model.destination(role);
    for (const auto &property : destination.properties()) {
        // Secrets are checked (and never echoed) by their input's own rule.
        if (!property.secret && InputChecks::looksLikeSample(property.value))
            problems.append({ destination.name() + QLatin1Char('.') + property.key,
                              tr("%1 of %2 still holds the template value \"%3\".")
                                  .arg(property.key, destination.name(), property.value) });
    }
    return problems;
}

SetupModel::StepState SetupChecks::destinationState(const QString &role) const
{
    const QString error = firstError(destinationProblems(role));
    return { error.isEmpty(), error };
}

SetupModel::StepState SetupChecks::stepState(const ProviderDefinition::Step &step, const QDateTime &now) const
{
    using Kind = ProviderDefinition::Step::Kind;
    QList<Problem> problems;
    switch (step.kind) {
    case Kind::Document:
        // The step shows the client secret to copy where the provider uses it, so it needs it then.
        problems = step.document == QLatin1String("trustCertificate")
            ? trustProblems(now)
            : serviceKeyProblems(m_model.needsServiceKeySecret());
        break;
    case Kind::Values:
        problems = inputProblems(step.inputs, SetupModel::SecretScope::Check);
        break;
    case Kind::Console:
        for (const auto &section : step.sections)
            problems += inputProblems(section.inputs, SetupModel::SecretScope::Check);
        break;
    case Kind::Checklist: {
        const auto open = std::count_if(step.items.cbegin(), step.items.cend(), [this, &step](const auto &item) {
            return !m_model.isTicked(step.id, item.id);
        });
        if (open > 0)
            return { false, tr("Tick each step once you have done it (%n left).", nullptr, int(open)) };
        return { true, {} };
    }
    case Kind::Destinations:
        for (const auto &role : m_model.roles())
            problems += destinationProblems(role);
        break;
    }
    const QString error = firstError(problems);
    return { error.isEmpty(), error };
}

QList<SetupModel::Problem> SetupChecks::problems(const QDateTime &now, SetupModel::SecretScope scope) const
{
    using Kind = ProviderDefinition::Step::Kind;
    QList<Problem> problems;
    for (const auto &step : m_model.steps()) {
        switch (step.kind) {
        case Kind::Document:
            // No destination holds the service key's client secret: writing them never needs it.
            problems
                += step.document == QLatin1String("trustCertificate") ? trustProblems(now) : serviceKeyProblems(false);
            break;
        case Kind::Values:
            problems += inputProblems(step.inputs, scope);
            break;
        case Kind::Console:
            for (const auto &section : step.sections)
                problems += inputProblems(section.inputs, scope);
            break;
        case Kind::Checklist:
            break; // ticks say what the user did elsewhere; nothing is written from them
        case Kind::Destinations:
            for (const auto &role : m_model.roles())
                problems += destinationProblems(role);
            break;
        }
    }
    return problems;
}

bool SetupChecks::hasErrors(const QDateTime &now, SetupModel::SecretScope scope) const
{
    return hasError(problems(now, scope));
}
