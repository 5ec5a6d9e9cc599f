#pragma once

#include "DestinationServiceKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class DestinationServiceClient;

// One call to the Destination service (or its token endpoint). It belongs to the client that made it;
// call deleteLater() on it after finished() if you no longer need it, otherwise it goes with the client.
// finished() is always emitted exactly once and never before the call that created the reply returns.
class DestinationServiceReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        List,
        Read,
        Create,
        Update,
        CreateMany, // one POST of an array
        UpdateMany, // one PUT of an array
        Delete,
        TrustCertificate,
        Find,
        Token,
        ListCertificates, // the subaccount's destination certificates (key stores, trust stores)
        CreateCertificate,
        UpdateCertificate,
    };
    Q_ENUM(Operation)

    enum class Error {
        NoError,
        Cancelled,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        TlsFailure,
        InsecureUrl,
        KeyRejected, // 401, also after one fresh token
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        PreconditionFailed, // 412
        TooManyRequests, // 429, after the retries
        ServerError, // 5xx, after the retries
        BadRequest, // 400
        BadResponse, // an answer that cannot be read
        OtherNetworkError,
        ConnectionClosed, // the server closed the connection without an answer
        InvalidKey, // the service key is incomplete (e.g. its secret is missing): nothing was sent
    };
    Q_ENUM(Error)

    // What the service answered for one destination of createDestinations() or updateDestinations().
    struct ItemResult
    {
        QString name;
        int status = 0; // the item's HTTP status; 0 when the answer did not mention it
        Error error = Error::NoError;
        QString errorMessage; // plain words and what to do next; empty without an error
        QByteArray etag;
    };

    ~DestinationServiceReply() override;

    // The reply as it ends when the service answers httpStatus with body, read by the same code as an answer from
    // the network (without retries or a token): for the fuzzing harness. names: the destination the call is about,
    // or those sent by createDestinations() and updateDestinations(). The caller owns it.
    static DestinationServiceReply *fromAnswer(Operation operation, const QStringList &names, int httpStatus,
                                               const QByteArray &body);

    Operation operation() const { return m_operation; }
    // The destination this call is about (empty for list, certificate, token and the calls about several).
    QString destinationName() const { return m_name; }
    // createDestinations() and updateDestinations(): the destinations sent, in order.
    QStringList destinationNames() const { return m_names; }

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // What went wrong in plain words and what to do next; empty without an error.
    QString errorMessage() const { return m_errorMessage; }
    // Method, URL (never a secret), HTTP status and the server's text: for a collapsed Details box.
    QString technicalDetails() const { return m_technicalDetails; }
    int httpStatus() const { return m_httpStatus; }
    QJsonDocument json() const { return m_json; }
    QByteArray etag() const { return m_etag; }
    // How many times the request was sent again after 429, 5xx or a rejected token.
    int retries() const { return m_retries; }

    // listDestinations(): the destinations as flat objects. They hold secrets in clear text: never log them.
    QList<QJsonObject> destinations() const;
    // readDestination(): the destination as a flat object (secrets in clear text).
    QJsonObject destination() const;
    // readTrustCertificate(): the PEM text of the subaccount's trust certificate.
    QString certificatePem() const;
    // listCertificates(): each destination certificate's name and the SHA-256 of its file. The files themselves
    // (key stores hold private keys) are not kept.
    QHash<QString, QByteArray> certificateDigests() const { return m_certificateDigests; }
    // findDestination(): the tokens the service fetched for the destination, and their errors in plain words
    // (empty when every token came back without an error).
    QJsonArray authTokens() const;
    QString authTokenError() const;
    // findDestination(): the names of the destination certificates the service hands out with the destination (those
    // it names in KeyStoreLocation, TrustStoreLocation or tokenService.KeyStoreLocation that the subaccount has).
    QStringList certificateNames() const;
    // createDestinations() and updateDestinations() without an error: one result per destination sent, in the
    // order sent. A 207 answer lists each item's status; a 201 or 200 without a list means every item was written.
    QList<ItemResult> itemResults() const { return m_items; }
    // requestToken(): how long the token is valid, in seconds.
    int tokenLifetimeSeconds() const { return m_tokenLifetime; }

public Q_SLOTS:
    // Cancels the call: it finishes with Error::Cancelled (a write may still have reached the service).
    void abort();

Q_SIGNALS:
    void progress(const QString &step);
    void finished();

private:
    friend class DestinationServiceClient;
    DestinationServiceReply(DestinationServiceClient *client, Operation operation, const QString &name);

    void start();
    void needToken();
    void tokenArrived(const QByteArray &token);
    void tokenFailed(const DestinationServiceReply *tokenReply);
    void send();
    void networkFinished();
    void readAnswer();
    void attemptTimedOut();
    void finishWith(Error error, const QString &message);
    void finishOk();
    QString describe(Error error) const;
    QString describe(Error error, const QString &name, const QString &server, int httpStatus) const;
    static Error errorForStatus(int httpStatus, Operation operation);
    bool readItemResults();
    QString serverText() const;
    QString stepText() const;

    QPointer<DestinationServiceClient> m_client;
    Operation m_operation;
    QString m_name;
    QStringList m_names;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_ifMatch;
    bool m_needsAuth = true;

    // The network manager deletes its replies when it goes first (e.g. when the window closes mid-request).
    QPointer<QNetworkReply> m_network;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QByteArray m_usedToken;
    bool m_authRetried = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_sslFailed = false;
    QString m_sslErrorText;
    int m_retries = 0;
    int m_serverRetries = 0;
    bool m_finished = false;

    Error m_error = Error::NoError;
    QString m_errorMessage;
    QString m_technicalDetails;
    int m_httpStatus = 0;
    QByteArray m_rawBody;
    QJsonDocument m_json;
    QByteArray m_etag;
    QList<ItemResult> m_items;
    QHash<QString, QByteArray> m_certificateDigests;
    int m_tokenLifetime = 0;
    QByteArray m_accessToken; // Token operation only; never exposed or logged
};

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
    void setClock(std::function<qint64()> milliseconds) { m_clock = std::move(milliseconds); }
    int timeout() const { return m_timeoutMs; }
    // The most an answer may hold; a larger one is not read (a subaccount's 1,000 destinations are a few MB).
    static constexpr qint64 DefaultMaxResponseSize = 32 * 1024 * 1024;
    void setMaxResponseSize(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseSize() const { return m_maxResponseBytes; }
    // 429 and 5xx answers are sent again up to maxRetries times, waiting baseDelayMs, then twice as long, and
    // so on; a Retry-After header is honoured, but no wait is longer than maxDelayMs.
    void setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs = 30000);
    int maxRetries() const { return m_maxRetries; }
    int baseRetryDelay() const { return m_baseDelayMs; }
    int maxRetryDelay() const { return m_maxDelayMs; }
    // How long to wait before the retry after `retries` earlier ones: the server's Retry-After (seconds or an
    // HTTP date) when it gives one, else baseDelayMs doubled per retry; never below 0 or above maxDelayMs, whatever
    // number the server sends.
    static qint64 retryDelay(const QByteArray &retryAfter, int retries, int baseDelayMs, int maxDelayMs,
                             const QDateTime &now);

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
    QByteArray cachedToken() const;
    void waitForToken(DestinationServiceReply *reply);
    void forgetToken(const QByteArray &token);
    void storeToken(const DestinationServiceReply *tokenReply);

    QNetworkAccessManager *m_network;
    DestinationServiceKey m_key;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = DefaultMaxResponseSize;
    int m_maxRetries = 3;
    int m_baseDelayMs = 500;
    int m_maxDelayMs = 30000;

    QByteArray m_token;
    qint64 m_tokenValidUntil = 0; // on m_clock
    std::function<qint64()> m_clock = [] { return QDeadlineTimer::current().deadline(); };
    QPointer<DestinationServiceReply> m_tokenFetch;
    QList<QPointer<DestinationServiceReply>> m_tokenWaiters;
};
