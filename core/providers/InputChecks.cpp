#include "InputChecks.h"

#include "ValueTransforms.h"

#include <QRegularExpression>
#include <QUrl>
#include <functional>
#include <map>

namespace {

InputChecks::Result ok()
{
    return {};
}

InputChecks::Result error(const QString &message)
{
    return { InputChecks::Severity::Error, message };
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
        { QStringLiteral("successFactorsApiServer"), &InputChecks::successFactorsApiServer },
        { QStringLiteral("companyId"), &InputChecks::companyId },
        { QStringLiteral("userId"), &InputChecks::userId },
        { QStringLiteral("apiKey"), &InputChecks::apiKey },
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

InputChecks::Result InputChecks::successFactorsApiServer(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Enter the API server of your SuccessFactors system, for example "
                        "https://api4.successfactors.com/odata/v2/."));
    if (text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive))
        return error(tr("The address must start with https://. SuccessFactors API servers only accept secure "
                        "connections."));
    const QString origin = ValueTransforms::successFactorsApiOrigin(text);
    if (origin.isEmpty())
        return error(tr("This is not a web address the wizard can use. Copy the API server URL from "
                        "\"About HXM Suite OData APIs\" in SuccessFactors, for example "
                        "https://api4.successfactors.com/odata/v2/."));
    const QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text);
    const QString host = url.host().toLower();
    const QString path = url.path();
    if (path.contains(QStringLiteral("/login")) || path.startsWith(QStringLiteral("/sf/"))
        || path.startsWith(QStringLiteral("/xi/")) || host.startsWith(QStringLiteral("performancemanager"))
        || host.startsWith(QStringLiteral("hcm")))
        return warning(tr("This looks like the address of the SuccessFactors web pages, not of its API server. "
                          "The API server usually starts with \"api\"; find it under \"About HXM Suite OData APIs\"."));
    static const QRegularExpression knownPath(QStringLiteral("^(/|/odata/v2/?|/api-ext/?|/odata/v2/\\$metadata)?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (!knownPath.match(path).hasMatch())
        return warning(
            tr("Only the server part of the address is used (%1); the rest (%2) is ignored.").arg(origin, path));
    return ok();
}

InputChecks::Result InputChecks::companyId(const QString &value)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Enter your SuccessFactors company ID."));
    if (!allowed.match(text).hasMatch())
        return error(tr("A company ID has only letters, digits, '.', '_' and '-', without spaces. "
                        "Copy it from SuccessFactors: your name > Show version information."));
    if (looksLikeSample(text))
        return error(tr("\"%1\" is a placeholder from a template. Enter your real company ID.").arg(text));
    return ok();
}

InputChecks::Result InputChecks::userId(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Enter the user ID of the technical user."));
    if (hasWhitespace(text))
        return error(tr("A user ID has no spaces. Enter the user ID, not the person's name."));
    if (text.contains(QLatin1Char('@')))
        return warning(tr("This looks like an e-mail address. SuccessFactors expects the user ID here; with an "
                          "e-mail address the login fails (\"invalid user\")."));
    return ok();
}

InputChecks::Result InputChecks::apiKey(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Paste the API key that SuccessFactors shows for this client."));
    if (hasWhitespace(text))
        return error(tr("An API key has no spaces or line breaks. Copy it again from SuccessFactors (View next "
                        "to the client application)."));
    if (looksLikeSample(text))
        return error(tr("\"%1\" is a placeholder from a template. Paste the real API key.").arg(text));
    return ok();
}
