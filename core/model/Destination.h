#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One property of a destination as the Destination service stores it: a flat string key and value.
struct DestinationProperty
{
    QString key;
    QString value;
    // Secret values (API keys, passwords) are left out of exports unless the user asks for them,
    // the way the BTP cockpit's own export does.
    bool secret = false;
    // Written when the destination is created; an update keeps whatever the subaccount holds by then (the provider
    // changes it after the first exchange).
    bool writtenOnce = false;

    bool operator==(const DestinationProperty &other) const
    {
        return key == other.key && value == other.value && secret == other.secret && writtenOnce == other.writtenOnce;
    }
};

// A destination: an ordered list of properties. "Name" is one of them, as in the REST API's flat object.
class Destination
{
public:
    Destination() = default;
    explicit Destination(QList<DestinationProperty> properties);

    QString name() const { return value(QStringLiteral("Name")); }
    QString value(const QString &key) const;
    bool contains(const QString &key) const;
    bool isSecret(const QString &key) const;

    // Sets a value, keeping the position of an existing key; new keys go to the end.
    void setValue(const QString &key, const QString &value, bool secret = false);
    void remove(const QString &key);
    void setWrittenOnce(const QString &key);

    const QList<DestinationProperty> &properties() const { return m_properties; }

    // The flat object the Destination service REST API takes. Secret properties are left out
    // unless includeSecrets is true.
    QJsonObject toJson(bool includeSecrets) const;
    // Builds a destination from the REST API's flat object; secretKeys names the properties to mark secret.
    static Destination fromJson(const QJsonObject &object, const QStringList &secretKeys = {});

    bool operator==(const Destination &other) const { return m_properties == other.m_properties; }

private:
    QList<DestinationProperty> m_properties;
};
