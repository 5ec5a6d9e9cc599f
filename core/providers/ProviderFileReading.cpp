// Reading a provider file (resources/providers/*.json, docs/provider-files.md) into a definition.
#include "providers/CachedExpression.h"
#include "providers/InputChecks.h"
#include "providers/ProviderDefinition.h"
#include "providers/ValueTemplate.h"

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

} // namespace

QStringList ProviderDefinition::sourceTexts(const QByteArray &json)
{
    QStringList texts;
    t_collectedTexts = &texts;
    QString error;
    fromJson(json, &error);
    t_collectedTexts = nullptr;
    return texts;
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
