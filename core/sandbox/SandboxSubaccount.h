#pragma once

#include "sandbox/JwtSigner.h"
#include "sandbox/SandboxDestinationStore.h"
#include "sandbox/SandboxTrust.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class HttpServer;
struct HttpRequest;
struct HttpResponse;

// A built-in SAP BTP subaccount on 127.0.0.1: an XSUAA-like token endpoint and the Destination service
// REST API (/destination-configuration/v1, facts file section 4) with the real service's status codes and
// bodies, so our own client and SAP Cloud SDK for JavaScript work against it unchanged. It keeps
// destinations in memory; its trust certificate and keys live in a data directory when one is given.
// Faults (status codes, delays, dropped connections) can be injected from C++ or over HTTP
// (POST /sandbox/faults), so tests of the real executable can use them too.
class SandboxSubaccount : public QObject
{
    Q_OBJECT

public:
    enum class Seed { Empty, Demo };

    // One injected fault. It applies to the next `count` requests whose path starts with pathPrefix
    // (empty = every path except /sandbox/faults): status answers with that status and the real body,
    // delayMs holds the answer back, dropConnection closes the connection without an answer.
    struct Fault
    {
        int status = 0;
        int delayMs = 0;
        bool dropConnection = false;
        int count = 1;
        QString pathPrefix;
        // The request is carried out (a write is made), then the connection dropped: an answer lost on its way.
        bool dropAfterHandling = false;
        QByteArray method = {}; // only requests of this method ("POST"); empty: any
        int retryAfterSeconds = 0; // with a status: sent as Retry-After (as a busy service asks for a pause)
    };

    static constexpr int MaxDestinations = SandboxDestinationStore::MaxDestinations;
    static constexpr int MaxCertificates = SandboxDestinationStore::MaxCertificates;
    static constexpr int MaxNameLength = SandboxDestinationStore::MaxNameLength;
    static constexpr int TokenLifetimeSeconds = 43199; // what XSUAA answers for client credentials
    // What a client can make the sandbox hold: faults waiting, and access tokens remembered (the oldest go first).
    static constexpr int MaxFaults = 100;
    static constexpr int DefaultMaxTokens = 10000;

    explicit SandboxSubaccount(QObject *parent = nullptr);
    ~SandboxSubaccount() override;

    // Where the trust certificate, its key and the token signing key are kept across restarts. Call before
    // start(); without it everything lives in memory (tests).
    void setDataDirectory(const QString &path);
    QString dataDirectory() const { return m_dataDirectory; }
    // Where the wizard's demo subaccount and the command line's sandbox keep them: in the application data folder.
    static QString defaultDataDirectory();
    // Makes the keys and the trust certificate a sandbox with this data folder uses, if it has none yet: the slow part
    // of a first start (RSA keys), for a worker thread, so a later start() only reads them. Thread-safe for one folder
    // at a time.
    static bool prepareDataDirectory(const QString &path, QString *error = nullptr);
    // Fixes the service key's client id and secret; otherwise they are random per sandbox.
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    // Replaces every subaccount destination with the seed's.
    bool seed(Seed seed, QString *error = nullptr);

    // Listens on 127.0.0.1 only; port 0 picks a free port. Creates or loads the trust certificate first.
    bool start(quint16 port = 0, QString *error = nullptr);
    // After a failed start(): true when another program holds the port.
    bool portInUse() const;
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // A Destination service key (binding) for this sandbox, shaped like a real one.
    QJsonObject serviceKey() const;
    QString subaccountId() const { return m_subaccountId; }
    QString instanceId() const { return m_instanceId; }

    QByteArray trustCertificatePem() const { return m_trust.certificatePem(); }
    // Generates a new trust certificate (and key pair), as POST .../saml2Metadata/certificate does.
    bool renewTrustCertificate(QString *error = nullptr);

    // Direct access for tests and the seed, bypassing HTTP.
    QList<QJsonObject> subaccountDestinations() const { return m_store.destinations(); }
    bool addDestination(const QJsonObject &destination, QString *error = nullptr);
    // False when there is none of that name.
    bool removeDestination(const QString &name);
    void removeAllDestinations();
    // The subaccount's destination certificates (key stores and trust stores), by name: the files as uploaded.
    // They hold private keys: tests only compare them.
    QHash<QString, QByteArray> subaccountCertificates() const;
    bool addCertificate(const QString &name, const QByteArray &content, QString *error = nullptr);
    // False when there is none of that name.
    bool removeCertificate(const QString &name);

    void injectFault(const Fault &fault);
    // The provider system behind a destination, which this sandbox cannot reach, refuses its token request with
    // this text (as SuccessFactors does for a certificate it does not hold); empty: it accepts.
    void setProviderRejection(const QString &destination, const QString &errorText);
    // The trust certificates the provider system behind a SAML bearer destination holds (what its administrator
    // uploaded): an assertion signed with another one is refused. Not set (or set to none): the provider trusts the
    // subaccount.
    void setProviderTrust(const QString &destination, const QList<QByteArray> &certificatePems);
    QByteArray passiveTrustCertificatePem() const { return m_trust.passiveCertificatePem(); }
    // Whether SystemUser still names the user for technical-user access (the Destination service announced its
    // removal); without it such a destination cannot get a token without a user.
    void setSystemUserHonoured(bool honoured) { m_systemUserHonoured = honoured; }
    void clearFaults();
    // Access tokens issued from now on expire after this many seconds (tests of expiry use 1).
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    // The time the sandbox issues and checks tokens by (tests move it on instead of waiting); default: the system's.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setMaxTokens(int count) { m_maxTokens = count; }
    int rememberedTokens() const { return int(m_tokens.size()); }
    // How long a client may take to send one request before it is answered 408.
    void setRequestTimeout(int milliseconds);
    // POST /sandbox/faults and GET /sandbox/service-key (on by default, for tests and scripts on this computer).
    // The wizard's built-in demo turns them off: nothing else on this computer should be able to disturb a demo.
    void setFaultEndpointEnabled(bool enabled) { m_faultEndpointEnabled = enabled; }
    // What the sandbox answers one request, as its server hands it over; also for requests made without a socket.
    HttpResponse handle(const HttpRequest &request);

Q_SIGNALS:
    // Every answered request; status 0 when an injected fault dropped the connection.
    void requestServed(const QString &method, const QString &path, int status);

private:
    HttpResponse route(const HttpRequest &request);
    HttpResponse issueToken(const HttpRequest &request);
    HttpResponse tokenKeys() const;
    HttpResponse configureFaults(const HttpRequest &request);
    // GET /sandbox/service-key: the key, for scripts on this computer (validate --sandbox URL).
    HttpResponse serviceKeyResponse(const HttpRequest &request) const;
    bool isDirectLocalCaller(const HttpRequest &request) const;
    bool isAuthorized(const HttpRequest &request) const;
    HttpResponse findDestination(const HttpRequest &request, const QString &name) const;
    HttpResponse trustCertificate(const HttpRequest &request);
    HttpResponse passiveTrustCertificate(const HttpRequest &request);
    HttpResponse rotateTrustCertificate(const HttpRequest &request);
    HttpResponse statusResponse(int status) const;

    QString zoneName() const { return QStringLiteral("sandbox"); }
    QString tokenKeyId() const;
    bool loadOrCreateKeys(QString *error);

    HttpServer *m_server = nullptr;
    bool m_faultEndpointEnabled = true;
    QString m_dataDirectory;
    QString m_clientId;
    QString m_clientSecret;
    QString m_subaccountId;
    QString m_instanceId;
    QString m_xsappname;
    SandboxTrust m_trust;
    JwtSigner m_signer;
    int m_tokenLifetime = TokenLifetimeSeconds;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QHash<QByteArray, QDateTime> m_tokens; // issued access token -> expiry
    int m_maxTokens = DefaultMaxTokens;
    SandboxDestinationStore m_store;
    QList<Fault> m_faults;
    QHash<QString, QString> m_providerRejections;
    QHash<QString, QList<QByteArray>> m_providerTrust;
    bool m_systemUserHonoured = true;
};
