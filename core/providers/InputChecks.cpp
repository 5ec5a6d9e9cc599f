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
        { QStringLiteral("successFactorsApiServer"), &InputChecks::successFactorsApiServer },
        { QStringLiteral("companyId"), &InputChecks::companyId },
        { QStringLiteral("userId"), &InputChecks::userId },
        { QStringLiteral("apiKey"), &InputChecks::apiKey },
        { QStringLiteral("httpsUrl"), &InputChecks::httpsUrl },
        { QStringLiteral("fsmCluster"), &InputChecks::fsmCluster },
        { QStringLiteral("fsmId"), &InputChecks::fsmId },
        { QStringLiteral("clientId"), &InputChecks::clientId },
        { QStringLiteral("secret"), &InputChecks::secret },
        { QStringLiteral("communicationUser"), &InputChecks::communicationUser },
        { QStringLiteral("s4ServiceUrl"), &InputChecks::s4ServiceUrl },
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
        || host.startsWith(QStringLiteral("hcm")) || host.startsWith(QStringLiteral("salesdemo"))) {
        const QString apiHost = ValueTransforms::successFactorsApiHostFor(text);
        if (!apiHost.isEmpty())
            return error(tr("This is the address of the SuccessFactors web pages (where people log on), not of its "
                            "API server. The API server is probably %1: check it under \"About HXM Suite OData "
                            "APIs\" in SuccessFactors, then use it.")
                             .arg(apiHost),
                         apiHost);
        return error(tr("This is the address of the SuccessFactors web pages (where people log on), not of its API "
                        "server. Find the API server under \"About HXM Suite OData APIs\" in SuccessFactors; it "
                        "usually starts with \"api\"."));
    }
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
        return error(tr("This is a placeholder from a template. Paste the real API key."));
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
    if (ValueTransforms::httpsOrigin(text).isEmpty() || hasWhitespace(text))
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

InputChecks::Result InputChecks::fsmCluster(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return error(tr("Enter your FSM cluster, for example eu, or any address you open FSM with."));
    if (text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive))
        return error(tr("The address must start with https://; credentials never travel unencrypted."));
    if (ValueTransforms::fsmClusterOrigin(text).isEmpty())
        return error(tr("This is neither an FSM cluster name (such as eu or us) nor an address on "
                        "<cluster>.fsm.cloud.sap. Copy the address you open FSM with, or enter the cluster name."));
    return ok();
}

InputChecks::Result InputChecks::fsmId(const QString &value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString text = value.trimmed();
    const Result copied = copiedValue(text, tr("Enter the ID as FSM's Admin portal shows it."));
    if (copied.severity != Severity::Ok)
        return copied;
    if (!digits.match(text).hasMatch())
        return warning(tr("FSM shows account and company IDs as numbers (for example 654321). Check that you copied "
                          "the ID, not the name."));
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

InputChecks::Result InputChecks::communicationUser(const QString &value)
{
    const Result copied = copiedValue(value, tr("Enter the user name of the communication user."));
    if (copied.severity == Severity::Ok && value.contains(QLatin1Char('@')))
        return warning(tr("This looks like an e-mail address. Enter the communication user's user name, as "
                          "\"Maintain Communication Users\" shows it."));
    return copied;
}

InputChecks::Result InputChecks::s4ServiceUrl(const QString &value)
{
    const Result address = httpsAddress(value, tr("Enter the service URL of the communication arrangement."));
    if (address.severity != Severity::Ok)
        return address;
    if (!value.contains(QStringLiteral("api_task_spi_replication"), Qt::CaseInsensitive))
        return warning(tr("This is not the address the arrangement SAP_COM_0501 shows (it contains "
                          "api_task_spi_replication). Only its server part is used."));
    return ok();
}

InputChecks::Result InputChecks::sapClient(const QString &value)
{
    static const QRegularExpression client(QStringLiteral("^[0-9]{3}$"));
    if (value.trimmed().isEmpty() || client.match(value.trimmed()).hasMatch())
        return ok();
    return error(tr("A client is three digits, for example 100."));
}
