#include "setup/DestinationBuilder.h"

#include "providers/ValueTemplate.h"
#include "setup/SetupModel.h"

QHash<QString, QString> DestinationBuilder::templateValues() const
{
    QHash<QString, QString> values;
    for (const auto &input : m_model.provider().inputs()) {
        const QString text = m_model.value(input.id).trimmed();
        values.insert(input.id, input.isKeyStore() ? ProviderDefinition::keyStoreName(text) : text);
    }
    // Nothing is derived from a value its check refuses (URLs built from a login page's host would look right).
    for (const auto &derived : m_model.provider().derived()) {
        const QString source = values.value(derived.from);
        const auto *from = m_model.provider().input(derived.from);
        const bool refused = from && from->checkValue(source).isError();
        values.insert(derived.id, refused ? QString() : derived.take.apply(source));
    }
    if (const auto *path = m_model.provider().path(m_model.pathId())) {
        for (auto it = path->values.constBegin(); it != path->values.constEnd(); ++it)
            values.insert(it.key(), it.value());
    }
    if (const auto &serviceKey = m_model.serviceKey()) {
        values.insert(QStringLiteral("serviceKey.uaa.url"), serviceKey->uaaUrl());
        values.insert(QStringLiteral("serviceKey.uaa.tokenUrl"), serviceKey->tokenUrl());
        values.insert(QStringLiteral("serviceKey.uaa.clientid"), serviceKey->clientId());
        values.insert(QStringLiteral("serviceKey.endpoints.inbox_rest_url"), serviceKey->inboxRestUrl());
        if (m_model.needsServiceKeySecret())
            values.insert(QStringLiteral("serviceKey.uaa.clientsecret"), serviceKey->clientSecret());
    }
    if (const auto &trust = m_model.trustCertificate(); trust && trust->isValid()) {
        values.insert(QStringLiteral("trust.body"), trust->base64Body());
        values.insert(QStringLiteral("trust.pem"), QString::fromLatin1(trust->toPem()));
        values.insert(QStringLiteral("trust.commonName"), trust->subjectCommonName());
    }
    return values;
}

QStringList DestinationBuilder::roles() const
{
    QStringList roles;
    if (!m_model.writesDestinations())
        return roles;
    for (const auto &destination : m_model.provider().destinations(m_model.pathId()))
        roles.append(destination.role);
    return roles;
}

Destination DestinationBuilder::destination(const QString &role) const
{
    const auto *definition = m_model.provider().destination(role);
    if (!definition)
        return {};
    const auto values = templateValues();
    Destination destination;
    destination.setValue(QStringLiteral("Name"), ValueTemplate(definition->nameTemplate).expand(values));
    for (const auto &property : definition->properties) {
        if (!property.isOnPath(m_model.pathId()))
            continue;
        const QString value = ValueTemplate(property.valueTemplate).expand(values);
        if (property.optional && value.isEmpty())
            continue;
        destination.setValue(property.key, value, property.secret);
        if (property.writtenOnce)
            destination.setWrittenOnce(property.key);
    }
    const auto overrides = m_model.propertyOverrides(role);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.value())
            destination.setValue(it.key(), *it.value(), destination.isSecret(it.key()));
        else
            destination.remove(it.key());
    }
    return destination;
}

QList<Destination> DestinationBuilder::destinations() const
{
    QList<Destination> all;
    for (const auto &role : roles())
        all.append(destination(role));
    return all;
}

QHash<QString, QString> DestinationBuilder::primaryNames() const
{
    QHash<QString, QString> names;
    for (const auto &role : roles()) {
        const auto *definition = m_model.provider().destination(role);
        if (!definition->isPrimary())
            names.insert(destination(role).name(), destination(definition->primaryRole).name());
    }
    return names;
}
