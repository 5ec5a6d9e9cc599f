#include "formats/TaskCenterServiceKey.h"

#include <QUrl>

TaskCenterServiceKey TaskCenterServiceKey::fromFile(const QString &path)
{
    return fromFileOf<TaskCenterServiceKey>(path);
}

TaskCenterServiceKey TaskCenterServiceKey::fromText(const QByteArray &text)
{
    TaskCenterServiceKey key;
    const QJsonObject root = ServiceKeyText::parse(text, tr("Task Center"), &key.m_error);
    if (!key.m_error.isEmpty())
        return key;
    key.m_json = root;

    // A Destination service key is the one users most often paste here by mistake.
    const QString uri = root.value(QStringLiteral("uri")).toString();
    if (uri.contains(QStringLiteral("destination-configuration"))) {
        key.m_error = tr("This is the key of a Destination service instance, not of SAP Task Center. Open the "
                         "SAP Task Center instance (service one-inbox-service) and use its service key.");
        return key;
    }
    if (!root.value(QStringLiteral("uaa")).isObject()) {
        key.m_error = tr("The field uaa is missing, so this is not an SAP Task Center service key. Use the key of "
                         "the SAP Task Center instance (service one-inbox-service).");
        return key;
    }
    const QJsonValue endpoints = root.value(QStringLiteral("endpoints"));
    if (!endpoints.isObject() || !endpoints.toObject().contains(QStringLiteral("inbox_rest_url"))) {
        key.m_error = tr("The field endpoints.inbox_rest_url is missing. This key may belong to another service; "
                         "use the key of the SAP Task Center instance (service one-inbox-service).");
        return key;
    }

    FieldRules rules;
    rules.secretPath = "uaa.clientsecret";
    rules.missingSecret = [&key, &root] {
        key.m_lacksOnlyClientSecret = true;
        const QJsonValue certificate
            = root.value(QStringLiteral("uaa")).toObject().value(QStringLiteral("certificate"));
        return certificate.isString()
            ? tr("The field uaa.clientsecret is missing: this key uses an X.509 certificate instead. Create a service "
                 "key without the x509 parameter, so it has a client secret.")
            : tr("The field uaa.clientsecret is missing. Copy the whole key again from the cockpit.");
    };
    rules.allowedAddress = [](const QString &address) {
        const QUrl url(address, QUrl::StrictMode);
        return url.isValid() && url.scheme() == QStringLiteral("https") && !url.host().isEmpty();
    };
    rules.refusedAddress = [](const QString &path, const QString &address) {
        return tr("The field %1 is not an https:// address (\"%2\"). Copy the whole key again from the cockpit.")
            .arg(path, address);
    };
    key.readFields(root,
                   { { "endpoints.inbox_rest_url", &key.m_inboxRestUrl, true },
                     { "uaa.url", &key.m_uaaUrl, true },
                     { "uaa.clientid", &key.m_clientId, false },
                     { "uaa.clientsecret", &key.m_clientSecret, false } },
                   rules);
    return key;
}

QString TaskCenterServiceKey::tokenUrl() const
{
    QString base = m_uaaUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base.isEmpty() ? QString() : base + QStringLiteral("/oauth/token");
}

QString TaskCenterServiceKey::inboxRestHost() const
{
    const QUrl url(m_inboxRestUrl);
    return url.isValid() ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString()
                         : QString();
}

QJsonObject TaskCenterServiceKey::withoutSecret() const
{
    QJsonObject json = m_json;
    json.insert(QStringLiteral("uaa"), ServiceKeyText::withoutSecrets(json.value(QStringLiteral("uaa")).toObject()));
    return json;
}

void TaskCenterServiceKey::setClientSecret(const QString &secret)
{
    m_clientSecret = secret;
    if (m_lacksOnlyClientSecret && !secret.isEmpty()) {
        m_lacksOnlyClientSecret = false;
        m_error.clear();
        QJsonObject uaa = m_json.value(QStringLiteral("uaa")).toObject();
        uaa.insert(QStringLiteral("clientsecret"), secret);
        m_json.insert(QStringLiteral("uaa"), uaa);
    }
}
