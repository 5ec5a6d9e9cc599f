#include "ValueTransforms.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <map>

namespace ValueTransforms {

namespace {

QUrl parsedUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    return QUrl(trimmed, QUrl::StrictMode);
}

QString queryValue(const QString &text, const QString &name)
{
    const QUrlQuery query(parsedUrl(text));
    // Query keys are matched without regard to case: login links spell it company= or Company=.
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second.trimmed();
    }
    return {};
}

using Transform = std::function<QString(const QString &)>;

const std::map<QString, Transform> &transforms()
{
    // Source: SAP Task Center, "Creating the Primary Destination with the Technical User" (loio dc5407b):
    // URL = the OData API host with /odata/v2/ replaced by /api-ext/; Token Service URL = <host>/oauth/token.
    static const std::map<QString, Transform> all = {
        { QStringLiteral("successFactorsApiExtUrl"),
          [](const QString &input) {
              const QString origin = successFactorsApiOrigin(input);
              return origin.isEmpty() ? QString() : origin + QStringLiteral("/api-ext/");
          } },
        { QStringLiteral("successFactorsTokenUrl"),
          [](const QString &input) {
              const QString origin = successFactorsApiOrigin(input);
              return origin.isEmpty() ? QString() : origin + QStringLiteral("/oauth/token");
          } },
        // A SuccessFactors login link ends in "?company=<company ID>" (the Company ID input's help says so).
        { QStringLiteral("successFactorsCompanyFromUrl"),
          [](const QString &input) { return queryValue(input, QStringLiteral("company")); } },
        // Source: SAP Task Center, "Connect SAP Field Service Management and SAP Task Center" (loio 4a61a25):
        // the cluster URL follows https://{cluster}.fsm.cloud.sap/cloud-approval-service/api; the token
        // service URL is https://{cluster}.fsm.cloud.sap/api/oauth2/v2/token (loio 5495960).
        { QStringLiteral("fsmClusterOrigin"), &fsmClusterOrigin },
        { QStringLiteral("fsmApiUrl"),
          [](const QString &input) {
              const QString origin = fsmClusterOrigin(input);
              return origin.isEmpty() ? QString() : origin + QStringLiteral("/cloud-approval-service/api");
          } },
        { QStringLiteral("fsmTokenUrl"),
          [](const QString &input) {
              const QString origin = fsmClusterOrigin(input);
              return origin.isEmpty() ? QString() : origin + QStringLiteral("/api/oauth2/v2/token");
          } },
        // Source: SAP Task Center, "Connect SAP S/4HANA Cloud Public Edition and SAP Task Center" (loio 0aff1b4):
        // the destination URL is the arrangement's service URL without its path ("https://<host>/"), and
        // URL.queries.sap-client is the service URL's sap-client.
        { QStringLiteral("hostRootUrl"),
          [](const QString &input) {
              const QString origin = httpsOrigin(input);
              return origin.isEmpty() ? QString() : origin + QLatin1Char('/');
          } },
        { QStringLiteral("sapClientOf"),
          [](const QString &input) { return queryValue(input, QStringLiteral("sap-client")); } },
    };
    return all;
}

} // namespace

bool exists(const QString &name)
{
    return transforms().count(name) == 1;
}

QString apply(const QString &name, const QString &input)
{
    const auto it = transforms().find(name);
    return it == transforms().end() ? QString() : it->second(input);
}

QString httpsOrigin(const QString &address)
{
    if (address.trimmed().isEmpty())
        return {};
    const QUrl url = parsedUrl(address);
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty()
        || !url.host().contains(QLatin1Char('.')) || !url.userInfo().isEmpty())
        return {};
    QString origin = QStringLiteral("https://") + url.host(QUrl::FullyEncoded).toLower();
    if (url.port() != -1 && url.port() != 443)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

QString successFactorsApiOrigin(const QString &apiServer)
{
    return httpsOrigin(apiServer);
}

QString fsmClusterOrigin(const QString &clusterOrUrl)
{
    static const QRegularExpression clusterName(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
    const QString text = clusterOrUrl.trimmed().toLower();
    if (clusterName.match(text).hasMatch())
        return QStringLiteral("https://") + text + QStringLiteral(".fsm.cloud.sap");
    const QString origin = httpsOrigin(text);
    static const QRegularExpression fsmHost(QStringLiteral("^https://([a-z][a-z0-9-]{0,30})\\.fsm\\.cloud\\.sap$"));
    const auto match = fsmHost.match(origin);
    return match.hasMatch() ? QStringLiteral("https://") + match.captured(1) + QStringLiteral(".fsm.cloud.sap")
                            : QString();
}

QString successFactorsApiHostFor(const QString &webAddress)
{
    // SAP's list of SuccessFactors API servers pairs each data center's web host with an API host of the same
    // number: performancemanager4.successfactors.com and api4.successfactors.com, hcm68.sapsf.com and
    // api68.sapsf.com, salesdemo4.successfactors.com and apisalesdemo4.successfactors.com.
    const QUrl url = parsedUrl(webAddress);
    const QString host = url.host().toLower();
    static const QRegularExpression webHost(QStringLiteral("^(performancemanager|hcm|salesdemo)([0-9a-z]*)(\\..+)$"));
    const auto match = webHost.match(host);
    if (!match.hasMatch())
        return {};
    const QString prefix
        = match.captured(1) == QLatin1String("salesdemo") ? QStringLiteral("apisalesdemo") : QStringLiteral("api");
    return QStringLiteral("https://") + prefix + match.captured(2) + match.captured(3);
}

} // namespace ValueTransforms
