#pragma once

#include "files/BoundedFile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <initializer_list>

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

// What the service keys (TaskCenterServiceKey, DestinationServiceKey) share: the key's JSON as read, what is wrong
// with it, and the reading itself: from a file (within a bound) or text (ServiceKeyText::parse), then the key's own
// fields one after the other.
class ServiceKey
{
    Q_DECLARE_TR_FUNCTIONS(ServiceKey)

public:
    bool isValid() const { return m_error.isEmpty(); }
    // What is wrong, naming the field by its JSON path (e.g. uaa.clientsecret), and what to do next.
    QString errorMessage() const { return m_error; }
    bool lacksOnlyClientSecret() const { return m_lacksOnlyClientSecret; }

protected:
    struct Field
    {
        const char *path; // a dotted path reaches into an object: "uaa.url"
        QString *target;
        bool address; // checked with the key's rule for addresses
    };
    struct FieldRules
    {
        const char *secretPath;
        // What to say when the secret is missing; may set m_lacksOnlyClientSecret.
        std::function<QString()> missingSecret;
        std::function<bool(const QString &address)> allowedAddress;
        std::function<QString(const QString &path, const QString &address)> refusedAddress;
    };

    // The key in the file at `path`, read within a bound; else a key whose error says why the file could not be read.
    template<typename Key> static Key fromFileOf(const QString &path)
    {
        Key key;
        QByteArray content;
        if (!BoundedFile::read(path, BoundedFile::SmallFile, &content, &key.m_error))
            return key;
        return Key::fromText(content);
    }
    // Reads each field into its target, trimmed. The first that is missing, empty or not text, or an address the
    // rules refuse ends the reading with m_error; false then.
    bool readFields(const QJsonObject &root, std::initializer_list<Field> fields, const FieldRules &rules);

    QJsonObject m_json;
    QString m_error;
    bool m_lacksOnlyClientSecret = false;
};
