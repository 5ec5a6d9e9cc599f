#include "sandbox/SandboxKeyRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace SandboxKeyRequest {

bool isSandboxAddress(const QUrl &address)
{
    return address.isValid() && address.scheme() == QLatin1String("http") && !address.host().isEmpty();
}

void request(QNetworkAccessManager *network, const QUrl &sandbox, QObject *context,
             const std::function<void(const QByteArray &keyJson, const QString &error)> &done)
{
    QNetworkRequest request(sandbox.resolved(QUrl(QStringLiteral("/sandbox/service-key"))));
    request.setTransferTimeout(15000);
    network->setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            done({}, reply->errorString());
        else
            done(reply->readAll(), QString());
    });
}

} // namespace SandboxKeyRequest
