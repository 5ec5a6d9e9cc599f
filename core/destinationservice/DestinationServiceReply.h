#pragma once

#include <QByteArray>
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
        PassiveTrustCertificate, // GET the passive certificate of a rotation
        CreatePassiveTrustCertificate, // POST: make (or renew) it
        RotateTrustCertificate, // POST: the active and the passive certificate swap
        DeletePassiveTrustCertificate,
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
    // readTrustCertificate() and readPassiveTrustCertificate(): the PEM text of the certificate;
    // rotateTrustCertificate(): the active one after the rotation, when the answer names it.
    QString certificatePem() const;
    // rotateTrustCertificate(): the passive one after the rotation (the one active before), when the answer names it.
    QString passiveCertificatePem() const;
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
