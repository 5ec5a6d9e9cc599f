#include "model/Destination.h"

#include <QJsonValue>
#include <QStringList>

Destination::Destination(QList<DestinationProperty> properties)
    : m_properties(std::move(properties))
{
}

QString Destination::value(const QString &key) const
{
    for (const auto &property : m_properties) {
        if (property.key == key)
            return property.value;
    }
    return {};
}

bool Destination::contains(const QString &key) const
{
    for (const auto &property : m_properties) {
        if (property.key == key)
            return true;
    }
    return false;
}

bool Destination::isSecret(const QString &key) const
{
    for (const auto &property : m_properties) {
        if (property.key == key)
            return property.secret;
    }
    return false;
}

void Destination::setValue(const QString &key, const QString &value, bool secret)
{
    for (auto &property : m_properties) {
        if (property.key == key) {
            property.value = value;
            property.secret = secret;
            return;
        }
    }
    m_properties.append({ key, value, secret });
}

void Destination::setWrittenOnce(const QString &key)
{
    for (auto &property : m_properties) {
        if (property.key == key)
            property.writtenOnce = true;
    }
}

void Destination::remove(const QString &key)
{
    m_properties.removeIf([&key](const DestinationProperty &property) { return property.key == key; });
}

QJsonObject Destination::toJson(bool includeSecrets) const
{
    QJsonObject object;
    for (const auto &property : m_properties) {
        if (property.secret && !includeSecrets)
            continue;
        object.insert(property.key, property.value);
    }
    return object;
}

Destination Destination::fromJson(const QJsonObject &object, const QStringList &secretKeys)
{
    Destination destination;
    // The service's own order is not kept by QJsonObject; put the main fields first, as the cockpit shows them.
    static const QStringList leading = { QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("URL"),
                                         QStringLiteral("ProxyType"), QStringLiteral("Authentication") };
    for (const auto &key : leading) {
        if (object.contains(key))
            destination.setValue(key, object.value(key).toVariant().toString(), secretKeys.contains(key));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (leading.contains(it.key()))
            continue;
        destination.setValue(it.key(), it.value().toVariant().toString(), secretKeys.contains(it.key()));
    }
    return destination;
}
