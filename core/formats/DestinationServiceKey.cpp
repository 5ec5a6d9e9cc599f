#include "formats/DestinationServiceKey.h"

#include <QHostAddress>
#include <QUrl>

bool isAllowedCredentialUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return true;
    if (scheme != QStringLiteral("http"))
        return false;
    // Plain http only where nothing leaves the machine.
    const QString host = url.host().toLower();
    if (host == QStringLiteral("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

namespace {

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

DestinationServiceKey DestinationServiceKey::fromFile(const QString &path)
{
    return fromFileOf<DestinationServiceKey>(path);
}

DestinationServiceKey DestinationServiceKey::fromText(const QByteArray &text)
{
    DestinationServiceKey key;
    const QJsonObject root = ServiceKeyText::parse(text, tr("Destination service"), &key.m_error);
    if (!key.m_error.isEmpty())
        return key;
    key.m_json = root;

    // The Task Center key is the one users most often paste here by mistake.
    if (root.value(QStringLiteral("uaa")).isObject() || root.value(QStringLiteral("endpoints")).isObject()) {
        key.m_error = tr("This is the key of an SAP Task Center instance, not of the Destination service. Open the "
                         "Destination service instance (service destination, plan lite) in the subaccount and use "
                         "its service key.");
        return key;
    }
    FieldRules rules;
    rules.secretPath = "clientsecret";
    rules.missingSecret = [&key, &root] {
        const bool x509 = root.value(QStringLiteral("certificate")).isString()
            || root.value(QStringLiteral("credential-type")).toString() == QStringLiteral("x509");
        key.m_lacksOnlyClientSecret = !x509;
        return x509 ? tr("The field clientsecret is missing: this key uses an X.509 certificate instead. Only keys "
                         "with a client secret are supported. In the cockpit, create a new service key for the "
                         "Destination service instance without parameters (or with {\"credential-type\": "
                         "\"binding-secret\"}) and use that one.")
                    : tr("The field clientsecret is missing. Copy the whole key again from the cockpit.");
    };
    rules.allowedAddress
        = [](const QString &address) { return isAllowedCredentialUrl(QUrl(address, QUrl::StrictMode)); };
    rules.refusedAddress = [](const QString &path, const QString &address) {
        return tr("The field %1 is not an https:// address (\"%2\"). Credentials are sent only over https. Copy the "
                  "whole key again from the cockpit.")
            .arg(path, address);
    };
    key.readFields(root,
                   { { "clientid", &key.m_clientId, false },
                     { "url", &key.m_authUrl, true },
                     { "uri", &key.m_serviceUri, true },
                     { "clientsecret", &key.m_clientSecret, false } },
                   rules);
    return key;
}

QString DestinationServiceKey::tokenUrl() const
{
    const QString base = withoutTrailingSlash(m_authUrl);
    return base.isEmpty() ? QString() : base + QStringLiteral("/oauth/token");
}

QString DestinationServiceKey::serviceUri() const
{
    return withoutTrailingSlash(m_serviceUri);
}

QJsonObject DestinationServiceKey::withoutSecret() const
{
    return ServiceKeyText::withoutSecrets(m_json);
}

void DestinationServiceKey::setClientSecret(const QString &secret)
{
    m_clientSecret = secret;
    if (m_lacksOnlyClientSecret && !secret.isEmpty()) {
        m_lacksOnlyClientSecret = false;
        m_error.clear();
        m_json.insert(QStringLiteral("clientsecret"), secret);
    }
}
