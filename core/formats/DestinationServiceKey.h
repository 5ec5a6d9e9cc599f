#pragma once

#include "formats/ServiceKeyText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QUrl;

// Whether a URL may carry credentials (a client secret, a token): https always; plain http only to this
// machine (127.0.0.0/8, ::1, the name localhost), which is where our sandbox subaccount listens.
// The key check and the Destination service client both use this one rule.
bool isAllowedCredentialUrl(const QUrl &url);

// The service key of an SAP BTP Destination service instance (plan lite), as the cockpit shows it under
// Credentials > JSON, the cf CLI prints it, or a file holds it.
// Source: SAP BTP Connectivity, "Calling the Destination Service REST API" (loio 84c5d38).
class DestinationServiceKey : public ServiceKey
{
    Q_DECLARE_TR_FUNCTIONS(DestinationServiceKey)

public:
    // Reads the key. Text around the JSON (as `cf service-key` prints it) and a {"credentials": {...}}
    // wrapper are accepted.
    static DestinationServiceKey fromText(const QByteArray &text);
    static DestinationServiceKey fromFile(const QString &path);

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    // The authentication server (field url).
    QString authUrl() const { return m_authUrl; }
    // Where a client-credentials token comes from: url + /oauth/token.
    QString tokenUrl() const;
    // The Destination service itself (field uri), without a trailing slash.
    QString serviceUri() const;

    // The key as read (after unwrapping "credentials").
    QJsonObject json() const { return m_json; }
    // The key as JSON without the client secret: what may be written next to a setup file.
    QJsonObject withoutSecret() const;
    // Puts the secret back (from the keychain) into a key read from a file saved without it.
    void setClientSecret(const QString &secret);

private:
    QString m_clientId;
    QString m_clientSecret;
    QString m_authUrl;
    QString m_serviceUri;
};
