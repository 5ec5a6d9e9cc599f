#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What every service key the wizard reads has in common: the JSON object as the cockpit shows it (Credentials >
// JSON), as `cf service-key` prints it (a line of text before the JSON), or wrapped in {"credentials": {...}}.
// The key classes (TaskCenterServiceKey, DestinationServiceKey) check their own fields.
class ServiceKeyText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceKeyText)

public:
    // The key's object; on failure *error says what is wrong and what to do next. instance names where the key
    // comes from in the cockpit, e.g. "Task Center".
    static QJsonObject parse(const QByteArray &text, const QString &instance, QString *error);
    // A credentials object as it may be written to a file or the settings: without the client secret and without
    // the private key of an X.509 key (field key); both belong in the keychain or nowhere.
    static QJsonObject withoutSecrets(QJsonObject credentials);
};
