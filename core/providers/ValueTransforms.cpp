#include "ValueTransforms.h"

#include <QUrl>
#include <functional>
#include <map>

namespace ValueTransforms {

namespace {

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

QString successFactorsApiOrigin(const QString &apiServer)
{
    QString text = apiServer.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty()
        || !url.host().contains(QLatin1Char('.')) || !url.userInfo().isEmpty())
        return {};
    QString origin = QStringLiteral("https://") + url.host(QUrl::FullyEncoded).toLower();
    if (url.port() != -1 && url.port() != 443)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

} // namespace ValueTransforms
