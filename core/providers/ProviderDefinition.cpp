#include "ProviderDefinition.h"

#include "ValueTransforms.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    return fromJson(file.readAll(), error);
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

std::shared_ptr<const ProviderDefinition> ProviderDefinition::fromJson(const QByteArray &json, QString *error)
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
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return fail(tr("The provider definition has an unsupported format (expected 1)."));

    auto definition = std::make_shared<ProviderDefinition>();
    definition->m_id = root.value(QStringLiteral("id")).toString();
    definition->m_displayName = root.value(QStringLiteral("displayName")).toString();
    definition->m_providerType = root.value(QStringLiteral("providerType")).toString();
    if (definition->m_id.isEmpty() || definition->m_displayName.isEmpty())
        return fail(tr("The provider definition lacks \"id\" or \"displayName\"."));

    for (const auto &value : root.value(QStringLiteral("sources")).toArray()) {
        const auto object = value.toObject();
        QStringList pages;
        for (const auto &page : object.value(QStringLiteral("pages")).toArray())
            pages.append(page.toString());
        definition->m_sources.append({ object.value(QStringLiteral("title")).toString(),
                                       object.value(QStringLiteral("url")).toString(), pages });
    }
    for (const auto &value : root.value(QStringLiteral("inputs")).toArray()) {
        const auto object = value.toObject();
        Input input;
        input.id = object.value(QStringLiteral("id")).toString();
        input.label = providerText(object, "label");
        input.help = providerText(object, "help");
        input.placeholder = object.value(QStringLiteral("placeholder")).toString();
        input.defaultValue = object.value(QStringLiteral("default")).toString();
        input.check = object.value(QStringLiteral("check")).toString();
        input.required = object.value(QStringLiteral("required")).toBool();
        input.secret = object.value(QStringLiteral("secret")).toBool();
        if (input.id.isEmpty())
            return fail(tr("An input of the provider definition has no \"id\"."));
        definition->m_inputs.append(input);
    }
    for (const auto &value : root.value(QStringLiteral("derived")).toArray()) {
        const auto object = value.toObject();
        Derived derived { object.value(QStringLiteral("id")).toString(), providerText(object, "label"),
                          object.value(QStringLiteral("from")).toString(),
                          object.value(QStringLiteral("transform")).toString() };
        if (!ValueTransforms::exists(derived.transform))
            return fail(tr("The provider definition names an unknown transform \"%1\".").arg(derived.transform));
        definition->m_derived.append(derived);
    }
    for (const auto &value : root.value(QStringLiteral("oauthClients")).toArray()) {
        const auto object = value.toObject();
        OAuthClient client;
        client.id = object.value(QStringLiteral("id")).toString();
        client.title = providerText(object, "title");
        client.apiKeyInput = object.value(QStringLiteral("apiKeyInput")).toString();
        for (const auto &fieldValue : object.value(QStringLiteral("fields")).toArray()) {
            const auto field = fieldValue.toObject();
            client.fields.append({ providerText(field, "label"), field.value(QStringLiteral("value")).toString(),
                                   providerText(field, "note"), field.value(QStringLiteral("copy")).toBool(true) });
        }
        definition->m_oauthClients.append(client);
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
        for (const auto &noteValue : object.value(QStringLiteral("notes")).toArray()) {
            const auto note = noteValue.toObject();
            destination.notes.append({ note.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"),
                                       providerText(note, "text") });
        }
        for (const auto &propertyValue : object.value(QStringLiteral("properties")).toArray()) {
            const auto property = propertyValue.toObject();
            destination.properties.append({ property.value(QStringLiteral("key")).toString(),
                                            property.value(QStringLiteral("value")).toString(),
                                            property.value(QStringLiteral("secret")).toBool(),
                                            property.value(QStringLiteral("locked")).toBool() });
        }
        if (destination.role.isEmpty() || destination.nameTemplate.isEmpty())
            return fail(tr("A destination of the provider definition lacks \"role\" or \"name\"."));
        definition->m_destinations.append(destination);
    }
    if (definition->m_destinations.isEmpty())
        return fail(tr("The provider definition describes no destination."));
    return definition;
}

const ProviderDefinition::Input *ProviderDefinition::input(const QString &id) const
{
    for (const auto &input : m_inputs) {
        if (input.id == id)
            return &input;
    }
    return nullptr;
}

ProviderDefinition::Link ProviderDefinition::guideFor(const QString &page) const
{
    for (const auto &source : m_sources) {
        if (source.pages.contains(page))
            return source;
    }
    return m_sources.isEmpty() ? Link {} : m_sources.first();
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
