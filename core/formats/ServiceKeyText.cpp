#include "ServiceKeyText.h"

#include <QJsonDocument>

QJsonObject ServiceKeyText::parse(const QByteArray &text, const QString &instance, QString *error)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The service key is empty. In the SAP BTP cockpit, open the %1 instance, choose its service key "
                    "and copy the whole JSON text.")
                     .arg(instance);
        return {};
    }
    // `cf service-key` prints a line of text before the JSON; cut to the outermost braces.
    const int begin = trimmed.indexOf('{');
    const int end = trimmed.lastIndexOf('}');
    if (begin >= 0 && end < begin) {
        *error = tr("The service key is cut off: its closing } is missing. Copy the whole key again, from the "
                    "first { to the last }.");
        return {};
    }
    if (begin < 0) {
        *error = tr("This is not a service key: a service key is JSON text that starts with { and ends "
                    "with }. Copy the whole key from the cockpit (Credentials > JSON).");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.mid(begin, end - begin + 1), &parseError);
    if (!document.isObject()) {
        *error = tr("The service key is not complete JSON (%1 at character %2). Copy the whole key again, "
                    "from the first { to the last }.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + begin + 1);
        return {};
    }
    QJsonObject root = document.object();
    if (root.value(QStringLiteral("credentials")).isObject())
        root = root.value(QStringLiteral("credentials")).toObject();
    error->clear();
    return root;
}

QJsonObject ServiceKeyText::withoutSecrets(QJsonObject credentials)
{
    credentials.remove(QStringLiteral("clientsecret"));
    credentials.remove(QStringLiteral("key"));
    return credentials;
}
