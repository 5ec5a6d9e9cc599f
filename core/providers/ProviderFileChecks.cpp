// What a provider file must hold to be loaded: every name it uses exists, so a typo fails when the file loads, not
// in front of a user.
#include "providers/CachedExpression.h"
#include "providers/InputChecks.h"
#include "providers/ProviderDefinition.h"
#include "providers/ValueTemplate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace {

// The wizard's own pages a guide may document besides the provider's steps.
const QStringList kWizardSteps
    = { QStringLiteral("welcome"), QStringLiteral("subaccount"), QStringLiteral("apply"), QStringLiteral("finish") };

} // namespace

QStringList ProviderDefinition::documentPlaceholders()
{
    // What SetupModel::templateValues() gives from the trust certificate and the Task Center service key.
    return { QStringLiteral("trust.body"),
             QStringLiteral("trust.pem"),
             QStringLiteral("trust.commonName"),
             QStringLiteral("serviceKey.uaa.url"),
             QStringLiteral("serviceKey.uaa.tokenUrl"),
             QStringLiteral("serviceKey.uaa.clientid"),
             QStringLiteral("serviceKey.uaa.clientsecret"),
             QStringLiteral("serviceKey.endpoints.inbox_rest_url") };
}

QString ProviderDefinition::check(Checks checks) const
{
    // Every name the file uses must exist, so a typo fails when the file loads, not in front of a user.
    QSet<QString> inputIds;
    for (const auto &input : m_inputs) {
        if (input.id.isEmpty())
            return tr("an input has no \"id\".");
        if (inputIds.contains(input.id))
            return tr("the input \"%1\" is defined twice.").arg(input.id);
        inputIds.insert(input.id);
        if (!InputChecks::exists(input.check))
            return tr("the input \"%1\" names an unknown check \"%2\".").arg(input.id, input.check);
        const bool everything = checks == Checks::Everything;
        if (!input.pattern.match.isEmpty()
            && ((everything && !QRegularExpression(input.pattern.match).isValid()) || input.pattern.message.isEmpty()))
            return tr("the input \"%1\" has a pattern that is not a valid regular expression with a message.")
                .arg(input.id);
        for (const auto &hint : input.hints) {
            if (hint.when.isEmpty() || (everything && !QRegularExpression(hint.when).isValid())
                || hint.message.isEmpty()
                || (!hint.suggestion.isEmpty() && !hint.message.contains(QLatin1String("%1"))))
                return tr("the input \"%1\" has a hint that is not a valid regular expression with a message (a "
                          "hint with a suggestion names it in its message).")
                    .arg(input.id);
        }
        if (everything && !input.example.isEmpty()
            && input.checkValue(input.example).severity != InputChecks::Severity::Ok)
            return tr("the example of the input \"%1\" does not pass its own check.").arg(input.id);
        if (!input.choices.isEmpty() && !input.defaultValue.isEmpty() && !input.choices.contains(input.defaultValue))
            return tr("the input \"%1\" has a default value that is not one of its choices.").arg(input.id);
    }
    for (const auto &input : m_inputs) {
        if (input.isKeyStore()) {
            const Input *password = this->input(input.keyStorePassword);
            if (input.secret || !password || !password->secret)
                return tr("the key store input \"%1\" names \"%2\" as its password, which is not a secret input (or "
                          "the key store itself is marked secret).")
                    .arg(input.id, input.keyStorePassword);
        }
        if (!input.differentFrom.isEmpty() && !inputIds.contains(input.differentFrom))
            return tr("the input \"%1\" must differ from an unknown input \"%2\".").arg(input.id, input.differentFrom);
        if (!input.sameSiteAs.input.isEmpty()
            && (!inputIds.contains(input.sameSiteAs.input) || !input.sameSiteAs.warning.contains(QLatin1String("%1"))
                || !input.sameSiteAs.warning.contains(QLatin1String("%2"))))
            return tr("the input \"%1\" must be on the same site as an unknown input \"%2\", or its warning does not "
                      "name both sites (the two placeholders for them).")
                .arg(input.id, input.sameSiteAs.input);
        if (!input.fillFrom.input.isEmpty()
            && (!inputIds.contains(input.fillFrom.input) || input.fillFrom.take.isEmpty()))
            return tr("the input \"%1\" is filled from an unknown input \"%2\", or says nothing to \"take\" of it.")
                .arg(input.id, input.fillFrom.input);
    }
    QSet<QString> known = inputIds;
    for (const auto &derived : m_derived) {
        if (derived.id.isEmpty() || !inputIds.contains(derived.from))
            return tr("the derived value \"%1\" comes from an unknown input \"%2\".").arg(derived.id, derived.from);
        known.insert(derived.id);
    }
    for (const auto &placeholder : documentPlaceholders())
        known.insert(placeholder);
    // A way's values: every way names the same ones, so no placeholder is empty on one of them.
    for (const auto &path : m_paths) {
        if (path.values.keys().size() != m_paths.first().values.keys().size()
            || !std::all_of(path.values.keyBegin(), path.values.keyEnd(),
                            [this](const QString &name) { return m_paths.first().values.contains(name); }))
            return tr("the way \"%1\" does not set the same values as the way \"%2\".")
                .arg(path.id, m_paths.first().id);
        for (auto it = path.values.constBegin(); it != path.values.constEnd(); ++it) {
            if (inputIds.contains(it.key()) || known.contains(it.key()))
                return tr("the way \"%1\" sets \"%2\", which is already an input or a derived value.")
                    .arg(path.id, it.key());
        }
        for (auto it = path.defaults.constBegin(); it != path.defaults.constEnd(); ++it) {
            if (!inputIds.contains(it.key()))
                return tr("the way \"%1\" gives a default for an unknown input \"%2\".").arg(path.id, it.key());
        }
    }
    if (!m_paths.isEmpty()) {
        for (auto it = m_paths.first().values.constBegin(); it != m_paths.first().values.constEnd(); ++it)
            known.insert(it.key());
    }
    const auto unknownPlaceholder = [&known](const QString &text) {
        for (const QString &name : ValueTemplate(text).placeholders()) {
            if (!known.contains(name))
                return name;
        }
        return QString();
    };

    QSet<QString> pathIds;
    for (const auto &path : m_paths) {
        if (path.id.isEmpty() || path.title.isEmpty())
            return tr("a path lacks \"id\" or \"title\".");
        pathIds.insert(path.id);
    }
    if (m_steps.isEmpty())
        return tr("it has no steps.");
    QSet<QString> stepIds;
    QSet<QString> enteredInputs;
    for (const auto &step : m_steps) {
        if (step.id.isEmpty() || stepIds.contains(step.id))
            return tr("a step has no \"id\" or one used twice (\"%1\").").arg(step.id);
        stepIds.insert(step.id);
        for (const auto &path : step.paths) {
            if (!pathIds.contains(path))
                return tr("the step \"%1\" names an unknown path \"%2\".").arg(step.id, path);
        }
        switch (step.kind) {
        case Step::Kind::Document:
            if (step.document != QLatin1String("trustCertificate") && step.document != QLatin1String("serviceKey"))
                return tr("the step \"%1\" reads an unknown document \"%2\" (trustCertificate or serviceKey).")
                    .arg(step.id, step.document);
            break;
        case Step::Kind::Values:
        case Step::Kind::Console:
        case Step::Kind::Checklist:
        case Step::Kind::Destinations:
            if (step.kind != Step::Kind::Destinations && step.title.isEmpty())
                return tr("the step \"%1\" has no title.").arg(step.id);
            break;
        }
        QStringList stepInputs = step.inputs;
        for (const auto &section : step.sections) {
            stepInputs += section.inputs;
            for (const auto &field : section.fields) {
                const QString unknown = unknownPlaceholder(field.valueTemplate);
                if (!unknown.isEmpty())
                    return tr("the step \"%1\" shows an unknown value ${%2}.").arg(step.id, unknown);
            }
        }
        for (const auto &id : stepInputs) {
            if (!inputIds.contains(id))
                return tr("the step \"%1\" asks for an unknown input \"%2\".").arg(step.id, id);
            enteredInputs.insert(id);
        }
        for (const auto &id : step.derived) {
            if (!derivedValue(id))
                return tr("the step \"%1\" shows an unknown derived value \"%2\".").arg(step.id, id);
        }
        if (step.kind == Step::Kind::Checklist && step.items.isEmpty())
            return tr("the checklist \"%1\" has no items.").arg(step.id);
    }
    const QStringList pathList = m_paths.isEmpty() ? QStringList { QString() } : QStringList(pathIds.values());
    for (const auto &pathId : pathList) {
        const auto pathSteps = steps(pathId);
        if (pathSteps.isEmpty())
            return tr("the path \"%1\" has no steps.").arg(pathId);
        const bool hasDestinationStep = std::any_of(pathSteps.cbegin(), pathSteps.cend(), [](const Step &step) {
            return step.kind == Step::Kind::Destinations;
        });
        const Path *p = path(pathId);
        const bool writes = p ? p->writesDestinations : true;
        if (writes != hasDestinationStep && pathId.isEmpty())
            return tr("it has destinations but no destinations step to show them.");
        if (writes != hasDestinationStep)
            return writes ? tr("the path \"%1\" writes destinations but has no destinations step.").arg(pathId)
                          : tr("the path \"%1\" writes no destinations but has a destinations step.").arg(pathId);
    }

    QSet<QString> roles;
    QSet<QString> primaryRoles;
    for (const auto &destination : m_destinations) {
        if (destination.role.isEmpty() || destination.nameTemplate.isEmpty() || destination.title.isEmpty())
            return tr("a destination lacks \"role\", \"name\" or \"title\".");
        if (roles.contains(destination.role))
            return tr("the destination role \"%1\" is used twice.").arg(destination.role);
        roles.insert(destination.role);
        if (!destination.isPrimary() && !primaryRoles.contains(destination.primaryRole))
            return tr("the destination \"%1\" belongs to \"%2\", which is not a primary destination defined before it.")
                .arg(destination.role, destination.primaryRole);
        if (destination.isPrimary())
            primaryRoles.insert(destination.role);
        if (!destination.nameInput.isEmpty()) {
            if (!inputIds.contains(destination.nameInput))
                return tr("the destination \"%1\" is named by an unknown input \"%2\".")
                    .arg(destination.role, destination.nameInput);
            enteredInputs.insert(destination.nameInput);
        }
        QString unknown = unknownPlaceholder(destination.nameTemplate);
        QStringList ways = destination.paths;
        for (const auto &property : destination.properties) {
            if (unknown.isEmpty())
                unknown = unknownPlaceholder(property.valueTemplate);
            ways += property.paths;
        }
        for (const auto &way : ways) {
            if (!pathIds.contains(way))
                return tr("the destination \"%1\" names an unknown path \"%2\".").arg(destination.role, way);
        }
        if (!unknown.isEmpty())
            return tr("the destination \"%1\" uses an unknown value ${%2}.").arg(destination.role, unknown);
    }
    const bool anyWrites = m_paths.isEmpty()
        || std::any_of(m_paths.cbegin(), m_paths.cend(), [](const Path &path) { return path.writesDestinations; });
    if (anyWrites && primaryRoles.isEmpty())
        return tr("it describes no primary destination.");
    for (const auto &input : m_inputs) {
        if (!enteredInputs.contains(input.id))
            return tr("no step asks for the input \"%1\".").arg(input.id);
    }
    for (const auto &source : m_sources) {
        for (const auto &stepId : source.steps) {
            // A destination's own page: "destination:<role>".
            const bool destinationPage = stepId.startsWith(QLatin1String("destination:"))
                && destination(stepId.section(QLatin1Char(':'), 1)) != nullptr;
            if (!stepIds.contains(stepId) && !kWizardSteps.contains(stepId) && !destinationPage)
                return tr("the guide \"%1\" documents an unknown step \"%2\".").arg(source.title, stepId);
        }
    }
    return {};
}
