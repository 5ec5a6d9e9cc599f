#include "formats/ServiceKeyText.h"

#include <QJsonDocument>
#include <algorithm>

namespace {

// Whether JSON text stops before it closes what it opened (braces and brackets outside strings): cut off when copied,
// as opposed to a mistake inside a whole text.
bool endsEarly(const QByteArray &json)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return inString || depth > 0;
}

} // namespace

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
    const QByteArray json = trimmed.mid(begin, end - begin + 1);
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        // Where, as an editor counts: line and column in the text as it was given.
        // Qt's offset is just past the character it stumbled on.
        const qsizetype at = text.indexOf(trimmed) + begin + std::max(0, parseError.offset - 1);
        const qsizetype lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const int line = int(text.left(at).count('\n')) + 1;
        const int column = int(at - lineStart) + 1;
        *error = endsEarly(json)
            ? tr("The service key is cut off: it ends before its last } (line %1, column %2). Copy the whole key "
                 "again, from the first { to the last }.")
                  .arg(line)
                  .arg(column)
            : tr("The service key has a mistake at line %1, column %2 (%3). Look there for a comma too many or "
                 "missing, or a missing quote.")
                  .arg(line)
                  .arg(column)
                  .arg(parseError.errorString());
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

bool ServiceKey::readFields(const QJsonObject &root, std::initializer_list<Field> fields, const FieldRules &rules)
{
    for (const Field &field : fields) {
        const QString path = QString::fromLatin1(field.path);
        QJsonValue value = root;
        for (const QString &part : path.split(QLatin1Char('.')))
            value = value.isObject() ? value.toObject().value(part) : QJsonValue(QJsonValue::Undefined);
        if (value.isUndefined()) {
            m_error = path == QLatin1String(rules.secretPath)
                ? rules.missingSecret()
                : tr("The field %1 is missing. Copy the whole key again from the cockpit.").arg(path);
            return false;
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            m_error = tr("The field %1 is empty or not text. Copy the whole key again from the cockpit.").arg(path);
            return false;
        }
        *field.target = value.toString().trimmed();
        if (field.address && !rules.allowedAddress(*field.target)) {
            m_error = rules.refusedAddress(path, *field.target);
            return false;
        }
    }
    return true;
}
