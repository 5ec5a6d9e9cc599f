#include "ProviderDefinition.h"

#include "CachedExpression.h"
#include "InputChecks.h"
#include "ValueTemplate.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace {

const QString kResourceFolder = QStringLiteral(":/providers");

// Set while sourceTexts() parses a file: every text looked up is noted, so the list cannot miss one.
thread_local QStringList *t_collectedTexts = nullptr;

QString providerText(const QJsonObject &object, const char *key)
{
    // Labels and help in provider files are English; translations are looked up under one context.
    const QString text = object.value(QLatin1String(key)).toString();
    if (t_collectedTexts && !text.isEmpty() && !t_collectedTexts->contains(text))
        t_collectedTexts->append(text);
    return text.isEmpty() ? text : QCoreApplication::translate("ProviderText", text.toUtf8().constData());
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &entry : value.toArray())
        list.append(entry.toString());
    return list;
}

// The wizard's own pages a guide may document besides the provider's steps.
const QStringList kWizardSteps
    = { QStringLiteral("welcome"), QStringLiteral("subaccount"), QStringLiteral("apply"), QStringLiteral("finish") };

} // namespace

std::shared_ptr<const ProviderDefinition> ProviderDefinition::builtIn(const QString &id, QString *error)
{
    QFile file(kResourceFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Unknown task provider \"%1\". Known providers: %2.")
                         .arg(id, builtInIds().join(QStringLiteral(", ")));
        return nullptr;
    }
    return fromJson(file.readAll(), error, Checks::Structure);
}

InputChecks::Result ProviderDefinition::Input::checkValue(const QString &value) const
{
    if (!choices.isEmpty() && !value.isEmpty() && !choices.contains(value))
        return { InputChecks::Severity::Error,
                 tr("\"%1\" is not one of the values SAP documents here (%2). Choose one of them.")
                     .arg(value, choices.join(QStringLiteral(", "))) };
    const InputChecks::Result named = InputChecks::check(check, value);
    const QString text = value.trimmed();
    if (named.isError() || text.isEmpty())
        return named;
    if (!pattern.match.isEmpty()) {
        const QRegularExpression shape = cachedExpression(QRegularExpression::anchoredPattern(pattern.match));
        if (!shape.match(text).hasMatch())
            return { InputChecks::Severity::Error, pattern.message };
    }
    for (const Hint &hint : hints) {
        const QRegularExpression when = cachedExpression(hint.when, QRegularExpression::CaseInsensitiveOption);
        const auto match = when.match(text);
        if (!match.hasMatch())
            continue;
        const QString suggestion = ValueDerivation::rewritten(hint.suggestion, match);
        return { hint.severity, suggestion.isEmpty() ? hint.message : hint.message.arg(suggestion), suggestion };
    }
    return named;
}

QString ProviderDefinition::tokenErrorHint(const QString &errorText) const
{
    QString fallback;
    for (const TokenErrorHint &hint : m_tokenErrorHints) {
        if (hint.match.isEmpty())
            fallback = hint.text;
        else if (errorText.contains(hint.match, Qt::CaseInsensitive))
            return hint.text;
    }
    return fallback;
}

QStringList ProviderDefinition::sourceTexts(const QByteArray &json)
{
    QStringList texts;
    t_collectedTexts = &texts;
    QString error;
    fromJson(json, &error);
    t_collectedTexts = nullptr;
    return texts;
}

QStringList ProviderDefinition::builtInIds()
{
    QStringList ids;
    const auto entries = QDir(kResourceFolder).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const auto &entry : entries)
        ids.append(entry.chopped(5));
    return ids;
}

QList<ProviderDefinition::CatalogueEntry> ProviderDefinition::catalogue()
{
    QFile file(QStringLiteral(":/provider-catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CatalogueEntry> entries;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject object = value.toObject();
        entries.append({ object.value(QStringLiteral("id")).toString(), providerText(object, "displayName"),
                         providerText(object, "summary"), object.value(QStringLiteral("family")).toString() });
    }
    return entries;
}

QList<ProviderDefinition::Family> ProviderDefinition::families()
{
    return { { QStringLiteral("hr"), tr("HR") },
             { QStringLiteral("procurement"), tr("Procurement and spend") },
             { QStringLiteral("erp"), tr("ERP and finance") },
             { QStringLiteral("customer"), tr("Sales, service and marketing") },
             { QStringLiteral("automation"), tr("Process automation and workplace") },
             { QStringLiteral("thirdParty"), tr("Third party") } };
}

std::shared_ptr<const ProviderDefinition> ProviderDefinition::fromJson(const QByteArray &json, QString *error,
                                                                       Checks checks)
{
    auto fail = [error](const QString &message) -> std::shared_ptr<const ProviderDefinition> {
        if (error)
            *error = message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The provider definition is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != Format)
        return fail(tr("The provider definition has an unsupported format (expected %1).").arg(Format));

    auto definition = std::make_shared<ProviderDefinition>();
    definition->m_id = root.value(QStringLiteral("id")).toString();
    definition->m_displayName = root.value(QStringLiteral("displayName")).toString();
    definition->m_summary = providerText(root, "summary");
    definition->m_providerType = root.value(QStringLiteral("providerType")).toString();
    definition->m_family = root.value(QStringLiteral("family")).toString();
    const auto families = ProviderDefinition::families();
    if (std::none_of(families.cbegin(), families.cend(),
                     [&](const Family &family) { return family.id == definition->m_family; }))
        return fail(
            tr("The provider definition is invalid: its \"family\" is \"%1\"; it is one of %2.")
                .arg(definition->m_family, QStringLiteral("hr, procurement, erp, customer, automation, thirdParty")));
    definition->m_systemIdentity = strings(root.value(QStringLiteral("systemIdentity")));
    if (definition->m_id.isEmpty() || definition->m_displayName.isEmpty())
        return fail(tr("The provider definition lacks \"id\" or \"displayName\"."));

    for (const auto &value : root.value(QStringLiteral("sources")).toArray()) {
        const auto object = value.toObject();
        definition->m_sources.append({ object.value(QStringLiteral("title")).toString(),
                                       object.value(QStringLiteral("url")).toString(),
                                       strings(object.value(QStringLiteral("steps"))) });
    }
    for (const auto &value : root.value(QStringLiteral("inputs")).toArray()) {
        const auto object = value.toObject();
        Input input;
        input.id = object.value(QStringLiteral("id")).toString();
        input.label = providerText(object, "label");
        input.help = providerText(object, "help");
        input.placeholder = object.value(QStringLiteral("placeholder")).toString();
        input.defaultValue = object.value(QStringLiteral("default")).toString();
        input.suggestion = object.value(QStringLiteral("suggestion")).toString();
        input.example = object.value(QStringLiteral("example")).toString();
        input.check = object.value(QStringLiteral("check")).toString();
        input.differentFrom = object.value(QStringLiteral("differentFrom")).toString();
        const auto sameSite = object.value(QStringLiteral("sameSiteAs")).toObject();
        input.sameSiteAs = { sameSite.value(QStringLiteral("input")).toString(), providerText(sameSite, "warning") };
        const auto fillFrom = object.value(QStringLiteral("fillFrom")).toObject();
        QString takeError;
        input.fillFrom = { fillFrom.value(QStringLiteral("input")).toString(),
                           ValueDerivation::fromJson(fillFrom.value(QStringLiteral("take")),
                                                     fillFrom.value(QStringLiteral("join")).toString(), &takeError) };
        if (!takeError.isEmpty())
            return fail(tr("The provider definition is invalid: the input \"%1\" is filled in a way that is not "
                           "understood: %2")
                            .arg(input.id, takeError));
        for (const auto &hintValue : object.value(QStringLiteral("hints")).toArray()) {
            const auto hint = hintValue.toObject();
            const QString severity = hint.value(QStringLiteral("severity")).toString(QStringLiteral("warning"));
            if (severity != QLatin1String("warning") && severity != QLatin1String("error"))
                return fail(tr("The provider definition is invalid: a hint of the input \"%1\" has the severity "
                               "\"%2\"; it is \"warning\" or \"error\".")
                                .arg(input.id, severity));
            input.hints.append(
                { hint.value(QStringLiteral("when")).toString(),
                  severity == QLatin1String("error") ? InputChecks::Severity::Error : InputChecks::Severity::Warning,
                  providerText(hint, "message"), hint.value(QStringLiteral("suggestion")).toString() });
        }
        input.choices = strings(object.value(QStringLiteral("choices")));
        const auto pattern = object.value(QStringLiteral("pattern")).toObject();
        input.pattern = { pattern.value(QStringLiteral("match")).toString(), providerText(pattern, "message") };
        input.required = object.value(QStringLiteral("required")).toBool();
        input.secret = object.value(QStringLiteral("secret")).toBool();
        input.keyStorePassword
            = object.value(QStringLiteral("keyStore")).toObject().value(QStringLiteral("password")).toString();
        definition->m_inputs.append(input);
    }
    for (const auto &value : root.value(QStringLiteral("derived")).toArray()) {
        const auto object = value.toObject();
        QString takeError;
        definition->m_derived.append(
            { object.value(QStringLiteral("id")).toString(), providerText(object, "label"),
              object.value(QStringLiteral("from")).toString(),
              ValueDerivation::fromJson(object.value(QStringLiteral("take")),
                                        object.value(QStringLiteral("join")).toString(), &takeError) });
        if (!takeError.isEmpty() || definition->m_derived.last().take.isEmpty())
            return fail(tr("The provider definition is invalid: the derived value \"%1\" is made in a way that is "
                           "not understood: %2")
                            .arg(definition->m_derived.last().id,
                                 takeError.isEmpty() ? tr("it has neither \"take\" nor \"join\".") : takeError));
    }
    for (const auto &value : root.value(QStringLiteral("paths")).toArray()) {
        const auto object = value.toObject();
        Path path { object.value(QStringLiteral("id")).toString(),
                    providerText(object, "title"),
                    providerText(object, "explanation"),
                    object.value(QStringLiteral("writesDestinations")).toBool(true),
                    providerText(object, "nextSteps"),
                    {},
                    {} };
        const auto pathValues = object.value(QStringLiteral("values")).toObject();
        for (auto it = pathValues.constBegin(); it != pathValues.constEnd(); ++it)
            path.values.insert(it.key(), it.value().toString());
        const auto pathDefaults = object.value(QStringLiteral("defaults")).toObject();
        for (auto it = pathDefaults.constBegin(); it != pathDefaults.constEnd(); ++it)
            path.defaults.insert(it.key(), it.value().toString());
        definition->m_paths.append(path);
    }
    for (const auto &value : root.value(QStringLiteral("steps")).toArray()) {
        const auto object = value.toObject();
        Step step;
        step.id = object.value(QStringLiteral("id")).toString();
        const QString kind = object.value(QStringLiteral("kind")).toString();
        static const QHash<QString, Step::Kind> kinds
            = { { QStringLiteral("document"), Step::Kind::Document },
                { QStringLiteral("values"), Step::Kind::Values },
                { QStringLiteral("console"), Step::Kind::Console },
                { QStringLiteral("checklist"), Step::Kind::Checklist },
                { QStringLiteral("destinations"), Step::Kind::Destinations } };
        if (!kinds.contains(kind))
            return fail(tr("Step \"%1\" has an unknown kind \"%2\" (known: %3).")
                            .arg(step.id, kind, QStringList(kinds.keys()).join(QStringLiteral(", "))));
        step.kind = kinds.value(kind);
        step.title = providerText(object, "title");
        step.subTitle = providerText(object, "subTitle");
        step.intro = providerText(object, "intro");
        step.help = providerText(object, "help");
        step.document = object.value(QStringLiteral("document")).toString();
        step.needsClientSecret = object.value(QStringLiteral("needsClientSecret")).toBool();
        step.inputs = strings(object.value(QStringLiteral("inputs")));
        step.derived = strings(object.value(QStringLiteral("derived")));
        step.paths = strings(object.value(QStringLiteral("paths")));
        for (const auto &sectionValue : object.value(QStringLiteral("sections")).toArray()) {
            const auto sectionObject = sectionValue.toObject();
            ConsoleSection section;
            section.id = sectionObject.value(QStringLiteral("id")).toString();
            section.title = providerText(sectionObject, "title");
            section.intro = providerText(sectionObject, "intro");
            for (const auto &fieldValue : sectionObject.value(QStringLiteral("fields")).toArray()) {
                const auto field = fieldValue.toObject();
                section.fields.append({ providerText(field, "label"), field.value(QStringLiteral("value")).toString(),
                                        providerText(field, "note"), field.value(QStringLiteral("copy")).toBool(true),
                                        field.value(QStringLiteral("secret")).toBool(),
                                        field.value(QStringLiteral("saveAs")).toString() });
            }
            section.inputs = strings(sectionObject.value(QStringLiteral("inputs")));
            step.sections.append(section);
        }
        for (const auto &itemValue : object.value(QStringLiteral("items")).toArray()) {
            const auto item = itemValue.toObject();
            step.items.append({ item.value(QStringLiteral("id")).toString(), providerText(item, "text"),
                                providerText(item, "where"), item.value(QStringLiteral("link")).toString() });
        }
        definition->m_steps.append(step);
    }
    for (const auto &value : root.value(QStringLiteral("tokenErrorHints")).toArray()) {
        const auto object = value.toObject();
        definition->m_tokenErrorHints.append(
            { object.value(QStringLiteral("match")).toString(), providerText(object, "text") });
    }
    for (const auto &value : root.value(QStringLiteral("destinations")).toArray()) {
        const auto object = value.toObject();
        DestinationTemplate destination;
        destination.role = object.value(QStringLiteral("role")).toString();
        destination.title = providerText(object, "title");
        destination.nameTemplate = object.value(QStringLiteral("name")).toString();
        destination.nameInput = object.value(QStringLiteral("nameInput")).toString();
        destination.primaryRole = object.value(QStringLiteral("primary")).toString();
        destination.untestable = providerText(object, "untestable");
        for (const auto &noteValue : object.value(QStringLiteral("notes")).toArray()) {
            const auto note = noteValue.toObject();
            destination.notes.append({ note.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"),
                                       providerText(note, "text") });
        }
        for (const auto &propertyValue : object.value(QStringLiteral("properties")).toArray()) {
            const auto property = propertyValue.toObject();
            PropertyTemplate entry;
            entry.key = property.value(QStringLiteral("key")).toString();
            entry.valueTemplate = property.value(QStringLiteral("value")).toString();
            entry.secret = property.value(QStringLiteral("secret")).toBool();
            entry.locked = property.value(QStringLiteral("locked")).toBool();
            entry.optional = property.value(QStringLiteral("optional")).toBool();
            entry.writtenOnce = property.value(QStringLiteral("writtenOnce")).toBool();
            entry.paths = strings(property.value(QStringLiteral("paths")));
            destination.properties.append(entry);
        }
        destination.paths = strings(object.value(QStringLiteral("paths")));
        definition->m_destinations.append(destination);
    }
    const QString problem = definition->check(checks);
    if (!problem.isEmpty())
        return fail(tr("The provider definition \"%1\" is not consistent: %2").arg(definition->m_id, problem));
    return definition;
}

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

QList<ProviderDefinition::Step> ProviderDefinition::steps(const QString &pathId) const
{
    QList<Step> result;
    for (const auto &step : m_steps) {
        if (step.paths.isEmpty() || step.paths.contains(pathId))
            result.append(step);
    }
    return result;
}

QStringList ProviderDefinition::inputIdsOf(const QString &pathId) const
{
    QStringList ids;
    for (const Step &step : steps(pathId)) {
        ids += step.inputs;
        for (const ConsoleSection &section : step.sections)
            ids += section.inputs;
        if (step.kind == Step::Kind::Destinations) {
            for (const DestinationTemplate &destination : m_destinations) {
                if (!destination.nameInput.isEmpty())
                    ids.append(destination.nameInput);
            }
        }
    }
    ids.removeDuplicates();
    return ids;
}

const ProviderDefinition::Path *ProviderDefinition::path(const QString &id) const
{
    for (const auto &path : m_paths) {
        if (path.id == id)
            return &path;
    }
    return nullptr;
}

QString ProviderDefinition::defaultPathId() const
{
    return m_paths.isEmpty() ? QString() : m_paths.first().id;
}

const ProviderDefinition::Derived *ProviderDefinition::derivedValue(const QString &id) const
{
    for (const auto &derived : m_derived) {
        if (derived.id == id)
            return &derived;
    }
    return nullptr;
}

const ProviderDefinition::Input *ProviderDefinition::input(const QString &id) const
{
    for (const auto &input : m_inputs) {
        if (input.id == id)
            return &input;
    }
    return nullptr;
}

QList<ProviderDefinition::Link> ProviderDefinition::sourcesFor(const QString &pathId) const
{
    if (m_paths.isEmpty())
        return m_sources;
    QStringList own;
    for (const Step &step : steps(pathId)) {
        own.append(step.id);
        if (step.kind == Step::Kind::Destinations)
            own.append(QStringLiteral("destinations"));
    }
    QStringList others;
    for (const Step &step : m_steps) {
        if (!own.contains(step.id))
            others.append(step.id);
    }
    QList<Link> sources;
    for (const Link &source : m_sources) {
        const auto names = [&source](const QStringList &steps) {
            return std::any_of(source.steps.cbegin(), source.steps.cend(), [&steps](const QString &step) {
                return steps.contains(step)
                    || (step.startsWith(QLatin1String("destination:"))
                        && steps.contains(QStringLiteral("destinations")));
            });
        };
        if (!names(others) || names(own))
            sources.append(source);
    }
    return sources;
}

ProviderDefinition::Link ProviderDefinition::guideFor(const QString &stepId, const QString &pathId) const
{
    const QList<Link> sources = pathId.isEmpty() ? m_sources : sourcesFor(pathId);
    for (const auto &source : sources) {
        if (source.steps.contains(stepId))
            return source;
    }
    // A destination's own page without a guide of its own: the guide of every destination page.
    if (stepId.startsWith(QLatin1String("destination:")))
        return guideFor(QStringLiteral("destinations"), pathId);
    return sources.isEmpty() ? Link {} : sources.first();
}

ProviderDefinition::DestinationTemplate ProviderDefinition::DestinationTemplate::onPath(const QString &pathId) const
{
    DestinationTemplate written = *this;
    written.properties.erase(
        std::remove_if(written.properties.begin(), written.properties.end(),
                       [&](const PropertyTemplate &property) { return !property.isOnPath(pathId); }),
        written.properties.end());
    return written;
}

QList<ProviderDefinition::DestinationTemplate> ProviderDefinition::destinations(const QString &pathId) const
{
    QList<DestinationTemplate> written;
    for (const auto &destination : m_destinations) {
        if (destination.isOnPath(pathId))
            written.append(destination.onPath(pathId));
    }
    return written;
}

QString ProviderDefinition::withWayValues(const QString &valueTemplate, const QString &pathId) const
{
    const Path *way = path(pathId);
    return way ? ValueTemplate(valueTemplate).substitute(way->values) : valueTemplate;
}

QString ProviderDefinition::keyStoreName(const QString &value)
{
    // A path from another system may use either separator.
    const QString text = value.trimmed();
    return text.mid(std::max(text.lastIndexOf(QLatin1Char('/')), text.lastIndexOf(QLatin1Char('\\'))) + 1);
}

bool ProviderDefinition::isLocalKeyStore(const QString &value)
{
    return QDir::isAbsolutePath(value.trimmed());
}

QString ProviderDefinition::wayOf(const DestinationTemplate &definition, const PropertyLookup &existing) const
{
    // Each way that writes this destination scores what the destination lacks of it and the documented values it
    // holds otherwise; the way with the fewest wins.
    QString best;
    int bestScore = std::numeric_limits<int>::max();
    for (const auto &way : m_paths) {
        if (!way.writesDestinations || !definition.isOnPath(way.id))
            continue;
        int score = 0;
        for (const auto &property : definition.properties) {
            if (!property.isOnPath(way.id))
                continue;
            const std::optional<QString> value = existing(property.key);
            if (!value) {
                score += property.optional ? 0 : 1;
                continue;
            }
            const ValueTemplate expected(withWayValues(property.valueTemplate, way.id));
            if (expected.hasPlaceholders() ? !expected.shape().match(*value).hasMatch() : *value != expected.text())
                ++score;
        }
        if (score < bestScore) {
            bestScore = score;
            best = way.id;
        }
    }
    return best;
}

const ProviderDefinition::DestinationTemplate *ProviderDefinition::destination(const QString &role) const
{
    for (const auto &destination : m_destinations) {
        if (destination.role == role)
            return &destination;
    }
    return nullptr;
}

QStringList ProviderDefinition::secretInputIds() const
{
    QStringList ids;
    for (const auto &input : m_inputs) {
        if (input.secret)
            ids.append(input.id);
    }
    return ids;
}
