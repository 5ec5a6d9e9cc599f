#pragma once

#include "formats/ServiceKeyText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The service key of an SAP Task Center service instance (offering one-inbox-service), as the cockpit shows
// it under Credentials > JSON, the cf CLI prints it, or a file holds it.
// Source: SAP Task Center, "Get the Service Configuration Parameters" (loio e10e7b2).
class TaskCenterServiceKey : public ServiceKey
{
    Q_DECLARE_TR_FUNCTIONS(TaskCenterServiceKey)

public:
    // Reads the key. Text around the JSON (as `cf service-key` prints it) and a {"credentials": {...}}
    // wrapper are accepted.
    static TaskCenterServiceKey fromText(const QByteArray &text);
    static TaskCenterServiceKey fromFile(const QString &path);

    QString inboxRestUrl() const { return m_inboxRestUrl; }
    QString uaaUrl() const { return m_uaaUrl; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    // Where a client-credentials token comes from: uaa.url + /oauth/token.
    QString tokenUrl() const;
    // The inbox REST URL cut after the host, as SuccessFactors' Integration Service Registration wants it.
    QString inboxRestHost() const;

    // The key as JSON without the client secret: what may be written next to a setup file.
    QJsonObject withoutSecret() const;
    // Puts the secret back (from the keychain) into a key read from a file saved without it.
    void setClientSecret(const QString &secret);

private:
    QString m_inboxRestUrl;
    QString m_uaaUrl;
    QString m_clientId;
    QString m_clientSecret;
};
