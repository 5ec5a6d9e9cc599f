#include "destinationservice/DestinationServiceClient.h"

#include "destinationservice/DestinationServiceLog.h"

#include <QJsonDocument>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <algorithm>
#include <utility>

namespace {

const QString kApiPath = QStringLiteral("/destination-configuration/v1");
QString encodedName(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

// A certificate as the service takes it: {"Name", "Content": the file in Base64} (SPEC Certificate).
QByteArray certificateBody(const QString &name, const QByteArray &file)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("Name"), name },
                                       { QStringLiteral("Content"), QString::fromLatin1(file.toBase64()) } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

DestinationServiceClient::DestinationServiceClient(QNetworkAccessManager *network, const DestinationServiceKey &key,
                                                   QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this)) // never null, also when handed none
    , m_key(key)
{
}

DestinationServiceClient::~DestinationServiceClient() = default;

void DestinationServiceClient::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

void DestinationServiceClient::setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs)
{
    m_retry = { std::max(0, maxRetries), std::max(0, baseDelayMs), std::max(0, maxDelayMs) };
}

DestinationServiceReply *DestinationServiceClient::makeReply(DestinationServiceReply::Operation operation,
                                                             const QString &name, const QByteArray &method,
                                                             const QString &path, const QByteArray &body)
{
    auto *reply = new DestinationServiceReply(this, operation, name);
    reply->m_method = method;
    reply->m_url = QUrl(m_key.serviceUri() + kApiPath + path, QUrl::TolerantMode);
    reply->m_body = body;
    QMetaObject::invokeMethod(reply, &DestinationServiceReply::start, Qt::QueuedConnection);
    return reply;
}

DestinationServiceReply *DestinationServiceClient::listDestinations()
{
    return makeReply(DestinationServiceReply::Operation::List, {}, "GET", QStringLiteral("/subaccountDestinations"));
}

DestinationServiceReply *DestinationServiceClient::readDestination(const QString &name)
{
    return makeReply(DestinationServiceReply::Operation::Read, name, "GET",
                     QStringLiteral("/subaccountDestinations/") + encodedName(name));
}

DestinationServiceReply *DestinationServiceClient::createDestination(const QJsonObject &destination)
{
    return makeReply(DestinationServiceReply::Operation::Create, destination.value(QStringLiteral("Name")).toString(),
                     "POST", QStringLiteral("/subaccountDestinations"),
                     QJsonDocument(destination).toJson(QJsonDocument::Compact));
}

DestinationServiceReply *DestinationServiceClient::updateDestination(const QJsonObject &destination,
                                                                     const QByteArray &ifMatch)
{
    auto *reply = makeReply(
        DestinationServiceReply::Operation::Update, destination.value(QStringLiteral("Name")).toString(), "PUT",
        QStringLiteral("/subaccountDestinations"), QJsonDocument(destination).toJson(QJsonDocument::Compact));
    reply->m_ifMatch = ifMatch;
    return reply;
}

DestinationServiceReply *DestinationServiceClient::createDestinations(const QList<QJsonObject> &destinations)
{
    return makeBatchReply(DestinationServiceReply::Operation::CreateMany, "POST", destinations);
}

DestinationServiceReply *DestinationServiceClient::updateDestinations(const QList<QJsonObject> &destinations)
{
    return makeBatchReply(DestinationServiceReply::Operation::UpdateMany, "PUT", destinations);
}

DestinationServiceReply *DestinationServiceClient::makeBatchReply(DestinationServiceReply::Operation operation,
                                                                  const QByteArray &method,
                                                                  const QList<QJsonObject> &destinations)
{
    QJsonArray array;
    QStringList names;
    for (const QJsonObject &destination : destinations) {
        array.append(destination);
        names.append(destination.value(QStringLiteral("Name")).toString());
    }
    DestinationServiceReply *reply = makeReply(operation, {}, method, QStringLiteral("/subaccountDestinations"),
                                               QJsonDocument(array).toJson(QJsonDocument::Compact));
    reply->m_names = names;
    return reply;
}

DestinationServiceReply *DestinationServiceClient::deleteDestination(const QString &name)
{
    return makeReply(DestinationServiceReply::Operation::Delete, name, "DELETE",
                     QStringLiteral("/subaccountDestinations/") + encodedName(name));
}

DestinationServiceReply *DestinationServiceClient::readTrustCertificate()
{
    return makeReply(DestinationServiceReply::Operation::TrustCertificate, {}, "GET",
                     QStringLiteral("/saml2Metadata/certificate"));
}

DestinationServiceReply *DestinationServiceClient::readPassiveTrustCertificate()
{
    return makeReply(DestinationServiceReply::Operation::PassiveTrustCertificate, {}, "GET",
                     QStringLiteral("/saml2Metadata/certificate/passive"));
}

DestinationServiceReply *DestinationServiceClient::createPassiveTrustCertificate()
{
    return makeReply(DestinationServiceReply::Operation::CreatePassiveTrustCertificate, {}, "POST",
                     QStringLiteral("/saml2Metadata/certificate/passive"));
}

DestinationServiceReply *DestinationServiceClient::rotateTrustCertificate()
{
    return makeReply(DestinationServiceReply::Operation::RotateTrustCertificate, {}, "POST",
                     QStringLiteral("/saml2Metadata/rotateCertificate"));
}

DestinationServiceReply *DestinationServiceClient::deletePassiveTrustCertificate()
{
    return makeReply(DestinationServiceReply::Operation::DeletePassiveTrustCertificate, {}, "DELETE",
                     QStringLiteral("/saml2Metadata/certificate/passive"));
}

DestinationServiceReply *DestinationServiceClient::listCertificates()
{
    return makeReply(DestinationServiceReply::Operation::ListCertificates, {}, "GET",
                     QStringLiteral("/subaccountCertificates"));
}

DestinationServiceReply *DestinationServiceClient::createCertificate(const QString &name, const QByteArray &file)
{
    return makeReply(DestinationServiceReply::Operation::CreateCertificate, name, "POST",
                     QStringLiteral("/subaccountCertificates"), certificateBody(name, file));
}

DestinationServiceReply *DestinationServiceClient::updateCertificate(const QString &name, const QByteArray &file)
{
    return makeReply(DestinationServiceReply::Operation::UpdateCertificate, name, "PUT",
                     QStringLiteral("/subaccountCertificates"), certificateBody(name, file));
}

DestinationServiceReply *DestinationServiceClient::findDestination(const QString &name)
{
    return makeReply(DestinationServiceReply::Operation::Find, name, "GET",
                     QStringLiteral("/destinations/") + encodedName(name));
}

DestinationServiceReply *DestinationServiceClient::requestToken()
{
    auto *reply = new DestinationServiceReply(this, DestinationServiceReply::Operation::Token, {});
    reply->m_method = "POST";
    reply->m_url = QUrl(m_key.tokenUrl());
    reply->m_needsAuth = false;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(m_key.clientId())));
    form.addQueryItem(QStringLiteral("client_secret"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_key.clientSecret())));
    reply->m_body = form.query(QUrl::FullyEncoded).toLatin1();
    connect(reply, &DestinationServiceReply::finished, this, [this, reply] {
        if (reply->error() == DestinationServiceReply::Error::NoError && !reply->m_accessToken.isEmpty())
            m_tokens.keep(reply->m_accessToken, reply->m_tokenLifetime);
    });
    QMetaObject::invokeMethod(reply, &DestinationServiceReply::start, Qt::QueuedConnection);
    return reply;
}

void DestinationServiceClient::clearToken()
{
    m_tokens.clear();
}

void DestinationServiceClient::waitForToken(DestinationServiceReply *reply)
{
    m_tokenWaiters.append(reply);
    if (m_tokenFetch)
        return;
    m_tokenFetch = requestToken();
    DestinationServiceReply *fetch = m_tokenFetch;
    connect(fetch, &DestinationServiceReply::finished, this, [this, fetch] {
        const auto waiters = std::exchange(m_tokenWaiters, {});
        m_tokenFetch = nullptr;
        for (const auto &waiter : waiters) {
            if (!waiter || waiter->isFinished())
                continue;
            if (fetch->error() == DestinationServiceReply::Error::NoError)
                waiter->tokenArrived(fetch->m_accessToken);
            else
                waiter->tokenFailed(fetch);
        }
        fetch->deleteLater();
    });
}
