#include "sandbox/TokenRetrievalSimulation.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

namespace {

QString randomHex(int bytes)
{
    QByteArray data(bytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toHex());
}

} // namespace

// What the real service does at "find destination" time to fetch tokens for the caller, simulated: the
// sandbox cannot reach the providers' systems, so it checks that the properties the real token exchange needs are
// present and answers an opaque token, or an entry with "error" that names what is missing. The wording of the
// errors follows the service's pattern "Retrieval of <flow> access token failed" (modelled, not quoted).
QJsonArray TokenRetrievalSimulation::tokensFor(const QJsonObject &destination, bool hasUserToken,
                                               bool systemUserHonoured, const QString &providerRejection)
{
    const auto has
        = [&destination](const char *key) { return !destination.value(QLatin1String(key)).toString().isEmpty(); };
    const auto missing = [&has](std::initializer_list<const char *> keys) {
        QStringList names;
        for (const char *key : keys) {
            if (!has(key))
                names.append(QLatin1String(key));
        }
        return names;
    };
    const auto error = [](const QString &flow, const QString &text) {
        return QJsonArray { QJsonObject {
            { QStringLiteral("type"), QString() },
            { QStringLiteral("value"), QString() },
            { QStringLiteral("error"), QStringLiteral("Retrieval of %1 access token failed. %2").arg(flow, text) },
            { QStringLiteral("expires_in"), QStringLiteral("0") } } };
    };
    const auto bearer = [] {
        const QString value = QStringLiteral("sandbox-") + randomHex(24);
        return QJsonArray { QJsonObject {
            { QStringLiteral("type"), QStringLiteral("bearer") },
            { QStringLiteral("value"), value },
            { QStringLiteral("http_header"),
              QJsonObject { { QStringLiteral("key"), QStringLiteral("Authorization") },
                            { QStringLiteral("value"), QString(QStringLiteral("Bearer ") + value) } } },
            { QStringLiteral("expires_in"), QStringLiteral("3600") } } };
    };

    const QString authentication = destination.value(QStringLiteral("Authentication")).toString();
    if (authentication == QLatin1String("OAuth2SAMLBearerAssertion")) {
        const QString flow = QStringLiteral("OAuthSAMLBearerAssertion");
        const QStringList absent = missing({ "URL", "tokenServiceURL", "audience", "clientKey" });
        if (!absent.isEmpty())
            return error(flow,
                         QStringLiteral("Missing destination properties: %1.").arg(absent.join(QStringLiteral(", "))));
        // Technical-user access names its user in SystemUser; otherwise the assertion is made for the user of
        // the X-user-token header, and without one there is nobody to assert ("Cannot determine user to
        // propagate", as the issue reports the service's text once SystemUser is no longer honoured).
        if ((!has("SystemUser") || !systemUserHonoured) && !hasUserToken)
            return error(flow,
                         QStringLiteral("Cannot determine user to propagate: no SystemUser is honoured and no "
                                        "user JWT (X-user-token header) was provided."));
        if (!providerRejection.isEmpty())
            return error(flow, providerRejection);
        return bearer();
    }
    if (authentication == QLatin1String("OAuth2ClientCredentials")) {
        const bool hasClient
            = (has("clientId") && has("clientSecret")) || (has("tokenServiceUser") && has("tokenServicePassword"));
        QStringList absent = missing({ "URL", "tokenServiceURL" });
        if (!hasClient)
            absent.append(QStringLiteral("clientId, clientSecret"));
        if (!absent.isEmpty())
            return error(QStringLiteral("OAuth2ClientCredentials"),
                         QStringLiteral("Missing destination properties: %1.").arg(absent.join(QStringLiteral(", "))));
        if (!providerRejection.isEmpty())
            return error(QStringLiteral("OAuth2ClientCredentials"), providerRejection);
        return bearer();
    }
    if (authentication == QLatin1String("BasicAuthentication")) {
        if (!has("User") || !has("Password"))
            return QJsonArray { QJsonObject {
                { QStringLiteral("type"), QStringLiteral("Basic") },
                { QStringLiteral("error"), QStringLiteral("User or Password is missing") } } };
        const QString value
            = QString::fromLatin1((destination.value(QStringLiteral("User")).toString() + QLatin1Char(':')
                                   + destination.value(QStringLiteral("Password")).toString())
                                      .toUtf8()
                                      .toBase64());
        return QJsonArray { QJsonObject {
            { QStringLiteral("type"), QStringLiteral("Basic") },
            { QStringLiteral("value"), value },
            { QStringLiteral("http_header"),
              QJsonObject { { QStringLiteral("key"), QStringLiteral("Authorization") },
                            { QStringLiteral("value"), QString(QStringLiteral("Basic ") + value) } } } } };
    }
    return {};
}
