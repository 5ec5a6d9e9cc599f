#pragma once

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

// The body of an OAuth client-credentials token request for a Destination service key, written independently
// of the product's client so that sandbox tests check the protocol, not the client against itself.
inline QByteArray clientCredentialsForm(const QJsonObject &key)
{
    const auto encoded = [&key](const char *field) {
        return QString::fromLatin1(QUrl::toPercentEncoding(key.value(QLatin1String(field)).toString()));
    };
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), encoded("clientid"));
    form.addQueryItem(QStringLiteral("client_secret"), encoded("clientsecret"));
    return form.query(QUrl::FullyEncoded).toLatin1();
}
