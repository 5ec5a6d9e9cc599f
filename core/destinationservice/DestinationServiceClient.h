#pragma once

#include "destinationservice/DestinationServiceReply.h"
#include "destinationservice/RetryPolicy.h"
#include "destinationservice/ServiceTokenCache.h"
#include "formats/DestinationServiceKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QNetworkAccessManager;

// Talks to the SAP BTP Destination service REST API (/destination-configuration/v1, facts section 4) with a
// Destination service key: fetches a client-credentials token, keeps it until shortly before it expires, and
// retries what is worth retrying. TLS is always verified. Never logs secrets, tokens or destination bodies.
class DestinationServiceClient : public QObject
{
    Q_OBJECT

public:
    DestinationServiceClient(QNetworkAccessManager *network, const DestinationServiceKey &key,
                             QObject *parent = nullptr);
    ~DestinationServiceClient() override;

    const DestinationServiceKey &key() const { return m_key; }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // Each attempt (the token request too) ends with Error::Timeout after this long without an answer.
    void setTimeout(int milliseconds);
    // The milliseconds the kept token's lifetime is counted in (tests move them on instead of waiting); default: a
    // monotonic clock.
    void setClock(std::function<qint64()> milliseconds) { m_tokens.setClock(std::move(milliseconds)); }
    int timeout() const { return m_timeoutMs; }
    // The most an answer may hold; a larger one is not read (a subaccount's 1,000 destinations are a few MB).
    static constexpr qint64 DefaultMaxResponseSize = 32 * 1024 * 1024;
    void setMaxResponseSize(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseSize() const { return m_maxResponseBytes; }
    // 429 and 5xx answers are sent again up to maxRetries times, waiting baseDelayMs, then twice as long, and
    // so on; a Retry-After header is honoured, but no wait is longer than maxDelayMs.
    void setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs = 30000);
    const RetryPolicy &retryPolicy() const { return m_retry; }

    DestinationServiceReply *listDestinations();
    DestinationServiceReply *readDestination(const QString &name);
    DestinationServiceReply *createDestination(const QJsonObject &destination);
    // PUT overwrites the destination named in the object; with an ETag from readDestination() it fails with
    // PreconditionFailed when someone changed the destination meanwhile.
    DestinationServiceReply *updateDestination(const QJsonObject &destination, const QByteArray &ifMatch = {});
    // Several at once, as the service allows: one POST (or PUT) of a JSON array. The writes are not atomic:
    // itemResults() says what happened to each. PUT does not create: a missing destination answers 404 in its item.
    DestinationServiceReply *createDestinations(const QList<QJsonObject> &destinations);
    DestinationServiceReply *updateDestinations(const QList<QJsonObject> &destinations);
    DestinationServiceReply *deleteDestination(const QString &name);
    // The subaccount's trust certificate ("Download Trust"): GET /saml2Metadata/certificate.
    DestinationServiceReply *readTrustCertificate();
    // Trust rotation without downtime (CONN manage-trust-82dbeca): the passive certificate is made (POST, renewed
    // when there is one), given to every provider, then the two swap (POST /saml2Metadata/rotateCertificate); the
    // passive one (the old one after the swap) may then be deleted. NotFound: there is no passive certificate.
    DestinationServiceReply *readPassiveTrustCertificate();
    DestinationServiceReply *createPassiveTrustCertificate();
    DestinationServiceReply *rotateTrustCertificate();
    DestinationServiceReply *deletePassiveTrustCertificate();
    // The subaccount's destination certificates (cockpit: Connectivity > Destination Certificates), which a
    // destination names in KeyStoreLocation or TrustStoreLocation: GET, POST and PUT /subaccountCertificates with
    // {"Name", "Content": the file in Base64} (SPEC Certificate; Type is optional and not sent).
    DestinationServiceReply *listCertificates();
    DestinationServiceReply *createCertificate(const QString &name, const QByteArray &file);
    DestinationServiceReply *updateCertificate(const QString &name, const QByteArray &file);
    // Runtime lookup of a destination (GET /destinations/{name}), with the tokens the service fetches for it.
    DestinationServiceReply *findDestination(const QString &name);
    // Fetches a fresh token with the key, to test it now. The token is kept for the calls that follow.
    DestinationServiceReply *requestToken();

    // Forgets the kept token; the next call fetches a new one.
    void clearToken();

private:
    friend class DestinationServiceReply;
    DestinationServiceReply *makeReply(DestinationServiceReply::Operation operation, const QString &name,
                                       const QByteArray &method, const QString &path, const QByteArray &body = {});
    DestinationServiceReply *makeBatchReply(DestinationServiceReply::Operation operation, const QByteArray &method,
                                            const QList<QJsonObject> &destinations);
    void waitForToken(DestinationServiceReply *reply);

    QNetworkAccessManager *m_network;
    DestinationServiceKey m_key;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = DefaultMaxResponseSize;
    RetryPolicy m_retry;
    ServiceTokenCache m_tokens;
    QPointer<DestinationServiceReply> m_tokenFetch;
    QList<QPointer<DestinationServiceReply>> m_tokenWaiters;
};
