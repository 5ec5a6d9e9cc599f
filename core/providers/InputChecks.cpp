#include "providers/InputChecks.h"

#include "providers/ValueDerivation.h"

#include <QRegularExpression>
#include <QUrl>
#include <functional>
#include <map>

namespace {

InputChecks::Result ok()
{
    return {};
}

InputChecks::Result error(const QString &message, const QString &suggestion = {})
{
    return { InputChecks::Severity::Error, message, suggestion };
}

InputChecks::Result warning(const QString &message)
{
    return { InputChecks::Severity::Warning, message };
}

const std::map<QString, std::function<InputChecks::Result(const QString &)>> &rules()
{
    static const std::map<QString, std::function<InputChecks::Result(const QString &)>> all = {
        { QStringLiteral("primaryDestinationName"), &InputChecks::primaryDestinationName },
        { QStringLiteral("destinationName"), &InputChecks::destinationName },
        { QStringLiteral("identifier"), &InputChecks::identifier },
        { QStringLiteral("userName"), &InputChecks::userName },
        { QStringLiteral("apiKey"), &InputChecks::apiKey },
        { QStringLiteral("httpsUrl"), &InputChecks::httpsUrl },
        { QStringLiteral("clientId"), &InputChecks::clientId },
        { QStringLiteral("secret"), &InputChecks::secret },
        { QStringLiteral("sapClient"), &InputChecks::sapClient },
    };
    return all;
}

bool hasWhitespace(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

bool InputChecks::exists(const QString &rule)
{
    return rule.isEmpty() || rules().count(rule) == 1;
}

InputChecks::Result InputChecks::check(const QString &rule, const QString &value)
{
    const auto it = rules().find(rule);
    return it == rules().end() ? ok() : it->second(value);
}

bool InputChecks::looksLikeSample(const QString &value)
{
    static const QRegularExpression sample(QStringLiteral("(^|[^a-z])sample([_.-]|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return sample.match(value).hasMatch();
}

InputChecks::Result InputChecks::destinationName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (name.isEmpty())
        return error(tr("Enter a name for the destination."));
    if (!allowed.match(name).hasMatch())
        return error(tr("Use only letters (A-Z, a-z), digits, underscores (_) and hyphens (-) in the name; "
                        "spaces and other characters are not allowed by SAP BTP."));
    if (name.size() > DestinationServiceNameLimit)
        return error(tr("The name has %1 characters; SAP BTP allows at most %2.")
                         .arg(name.size())
                         .arg(DestinationServiceNameLimit));
    if (name.size() > TaskCenterNameLimit)
        return error(tr("The name has %1 characters; SAP Task Center stops with an error above %2. Shorten it.")
                         .arg(name.size())
                         .arg(TaskCenterNameLimit));
    return ok();
}

InputChecks::Result InputChecks::primaryDestinationName(const QString &name)
{
    const Result basic = destinationName(name);
    if (basic.isError())
        return basic;
    if (name.size() > PrimaryNameLimit)
        return error(tr("The name has %1 characters; keep it to %2 so that the second destination, %3_PP, "
                        "stays within SAP Task Center's limit of %4.")
                         .arg(name.size())
                         .arg(PrimaryNameLimit)
                         .arg(name)
                         .arg(TaskCenterNameLimit));
    if (name.endsWith(QStringLiteral("_PP"), Qt::CaseInsensitive))
        return warning(tr("Names ending in _PP are how SAP Task Center recognizes the principal-propagation "
                          "destination. Choose a name without _PP for the main destination."));
    return ok();
}

namespace {

// An https address with a host; the message names what the field is for.
InputChecks::Result httpsAddress(const QString &value, const QString &emptyMessage)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(emptyMessage);
    if (text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive))
        return error(InputChecks::tr("The address must start with https://; credentials never travel unencrypted."));
    if (ValueDerivation::httpsOrigin(text).isEmpty() || hasWhitespace(text))
        return error(InputChecks::tr("This is not a complete web address. Copy it again, starting with https://."));
    return ok();
}

// A value copied from a console: no spaces or line breaks, and not a template's placeholder.
InputChecks::Result copiedValue(const QString &value, const QString &emptyMessage)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(emptyMessage);
    if (hasWhitespace(text))
        return error(InputChecks::tr("This value has no spaces or line breaks. Copy it again from where it is shown."));
    if (InputChecks::looksLikeSample(text))
        return error(InputChecks::tr("\"%1\" is a placeholder from a template. Enter the real value.").arg(text));
    return ok();
}

} // namespace

InputChecks::Result InputChecks::httpsUrl(const QString &value)
{
    return httpsAddress(value, tr("Enter the address, starting with https://."));
}

InputChecks::Result InputChecks::identifier(const QString &value)
{
    // Empty: the field's own "is required" names it better than a generic sentence could.
    return value.trimmed().isEmpty() ? ok() : copiedValue(value, {});
}

InputChecks::Result InputChecks::userName(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Enter the user's name as the system shows it (its user ID)."));
    if (hasWhitespace(text))
        return error(tr("A user name has no spaces. Enter the user's ID, not the person's name."));
    if (looksLikeSample(text))
        return error(tr("\"%1\" is a placeholder from a template. Enter the real value.").arg(text));
    return ok();
}

InputChecks::Result InputChecks::apiKey(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Paste the API key the system shows for this client."));
    if (hasWhitespace(text))
        return error(tr("An API key has no spaces or line breaks. Copy it again from where it is shown."));
    if (looksLikeSample(text))
        return error(tr("This is a placeholder from a template. Paste the real API key."));
    return ok();
}

InputChecks::Result InputChecks::clientId(const QString &value)
{
    return copiedValue(value, tr("Enter the client ID."));
}

InputChecks::Result InputChecks::secret(const QString &value)
{
    // Never echoed: a secret's message does not quote it. Passwords may hold spaces inside.
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Enter the secret."));
    if (text.contains(QLatin1Char('\n')))
        return error(tr("A secret is one line. Copy it again from where it is shown."));
    if (looksLikeSample(text))
        return error(tr("This is a placeholder from a template. Enter the real value."));
    return ok();
}

InputChecks::Result InputChecks::sapClient(const QString &value)
{
    static const QRegularExpression client(QStringLiteral("^[0-9]{3}$"));
    if (value.trimmed().isEmpty() || client.match(value.trimmed()).hasMatch())
        return ok();
    return error(tr("A client is three digits, for example 100."));
}
