#include "sandbox/SandboxSubaccount.h"

#include "files/FileWriter.h"
#include "sandbox/HttpServer.h"
#include "sandbox/ServiceAnswers.h"
#include "sandbox/TokenRetrievalSimulation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandbox, "tcc.sandbox", QtWarningMsg)

using ServiceAnswers::compact;
using ServiceAnswers::errorMessage;

namespace {

const QString kApiPrefix = QStringLiteral("/destination-configuration/v1");
const QString kV2FindPrefix = QStringLiteral("/destination-configuration/v2/destinations/");
const QByteArray &kNotFound = ServiceAnswers::NotFound;

QString randomHex(int bytes)
{
    QByteArray data(bytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toHex());
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool writeFileAtomically(const QString &path, const QByteArray &content, bool secret)
{
    return FileWriter::write(path, content,
                             secret ? QFileDevice::ReadOwner | QFileDevice::WriteOwner : QFileDevice::Permissions())
        .ok;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SandboxSubaccount::SandboxSubaccount(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer([this](const HttpRequest &request) { return handle(request); }, this))
    , m_clientId(QStringLiteral("sb-clone") + randomHex(16) + QStringLiteral("!b1|destination-xsappname!b62"))
    , m_clientSecret(randomHex(16) + QLatin1Char('$') + randomHex(16))
    , m_subaccountId(uuid())
    , m_instanceId(uuid())
    , m_xsappname(QStringLiteral("clone") + randomHex(16) + QStringLiteral("!b1|destination-xsappname!b62"))
{
}

SandboxSubaccount::~SandboxSubaccount() = default;

void SandboxSubaccount::setDataDirectory(const QString &path)
{
    m_dataDirectory = path;
}

QString SandboxSubaccount::defaultDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
}

void SandboxSubaccount::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

bool SandboxSubaccount::seed(Seed seed, QString *error)
{
    m_store.clear();
    if (seed == Seed::Empty)
        return true;
    QFile file(QStringLiteral(":/sandbox/demo-landscape.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The demo landscape is missing from the program's resources.");
        return false;
    }
    const QJsonArray entries
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("destinations")).toArray();
    for (const QJsonValue &entry : entries) {
        if (!addDestination(entry.toObject().value(QStringLiteral("destination")).toObject(), error))
            return false;
    }
    return true;
}

void SandboxSubaccount::setProviderRejection(const QString &destination, const QString &errorText)
{
    if (errorText.isEmpty())
        m_providerRejections.remove(destination);
    else
        m_providerRejections.insert(destination, errorText);
}

void SandboxSubaccount::injectFault(const Fault &fault)
{
    if (fault.count > 0 && m_faults.size() < MaxFaults)
        m_faults.append(fault);
}

void SandboxSubaccount::setRequestTimeout(int milliseconds)
{
    m_server->setRequestTimeout(milliseconds);
}

void SandboxSubaccount::clearFaults()
{
    m_faults.clear();
}

bool SandboxSubaccount::prepareDataDirectory(const QString &path, QString *error)
{
    // A sandbox of its own, never listening, only to read or make the files.
    SandboxSubaccount prepared;
    prepared.setDataDirectory(path);
    return prepared.loadOrCreateKeys(error);
}

bool SandboxSubaccount::loadOrCreateKeys(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QDir dir(m_dataDirectory);
    if (!m_dataDirectory.isEmpty()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(tr("Cannot create the sandbox's data folder %1.").arg(m_dataDirectory));
        const QJsonObject ids
            = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("subaccount.json")))).object();
        if (!ids.value(QStringLiteral("subaccountId")).toString().isEmpty()) {
            m_subaccountId = ids.value(QStringLiteral("subaccountId")).toString();
            m_instanceId = ids.value(QStringLiteral("instanceId")).toString();
        } else if (!writeFileAtomically(dir.filePath(QStringLiteral("subaccount.json")),
                                        compact(QJsonObject { { QStringLiteral("subaccountId"), m_subaccountId },
                                                              { QStringLiteral("instanceId"), m_instanceId } }),
                                        false)) {
            return fail(tr("Cannot write into the sandbox's data folder %1.").arg(m_dataDirectory));
        }
        if (m_signer.isNull())
            m_signer.loadPrivateKeyPem(readFile(dir.filePath(QStringLiteral("token-signing-key.pem"))));
        m_trust.load(m_dataDirectory, m_subaccountId);
    }
    if (m_signer.isNull()) {
        if (!m_signer.generate())
            return fail(tr("Cannot create the sandbox's token signing key."));
        if (!m_dataDirectory.isEmpty()
            && !writeFileAtomically(dir.filePath(QStringLiteral("token-signing-key.pem")), m_signer.privateKeyPem(),
                                    true))
            return fail(tr("Cannot write into the sandbox's data folder %1.").arg(m_dataDirectory));
    }
    if (m_trust.isEmpty())
        return renewTrustCertificate(error);
    return true;
}

bool SandboxSubaccount::renewTrustCertificate(QString *error)
{
    return m_trust.renew(m_dataDirectory, m_subaccountId, m_now(), error);
}

bool SandboxSubaccount::start(quint16 port, QString *error)
{
    if (!loadOrCreateKeys(error))
        return false;
    return m_server->listen(port, error);
}

bool SandboxSubaccount::portInUse() const
{
    return !m_server->isListening() && m_server->listenError() == QAbstractSocket::AddressInUseError;
}

void SandboxSubaccount::stop()
{
    m_server->close();
}

bool SandboxSubaccount::isListening() const
{
    return m_server->isListening();
}

quint16 SandboxSubaccount::port() const
{
    return m_server->port();
}

QUrl SandboxSubaccount::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString SandboxSubaccount::tokenKeyId() const
{
    // XSUAA names its keys "default-jwt-key-<number>"; derive a stable one from the public key.
    const QByteArray digest = QCryptographicHash::hash(m_signer.publicKeyPem(), QCryptographicHash::Sha256);
    return QStringLiteral("default-jwt-key-") + QString::fromLatin1(digest.toHex().left(10));
}

QJsonObject SandboxSubaccount::serviceKey() const
{
    const QString base = baseUrl().toString();
    return QJsonObject { { QStringLiteral("clientid"), m_clientId },
                         { QStringLiteral("clientsecret"), m_clientSecret },
                         { QStringLiteral("credential-type"), QStringLiteral("binding-secret") },
                         { QStringLiteral("identityzone"), zoneName() },
                         { QStringLiteral("instanceid"), m_instanceId },
                         { QStringLiteral("tenantid"), m_subaccountId },
                         { QStringLiteral("tenantmode"), QStringLiteral("dedicated") },
                         { QStringLiteral("uaadomain"), QStringLiteral("127.0.0.1") },
                         { QStringLiteral("uri"), base },
                         { QStringLiteral("url"), base },
                         { QStringLiteral("verificationkey"), QString::fromLatin1(m_signer.publicKeyPem()) },
                         { QStringLiteral("xsappname"), m_xsappname } };
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

HttpResponse SandboxSubaccount::handle(const HttpRequest &request)
{
    HttpResponse response;
    const bool faultsPath = request.path == QLatin1String("/sandbox/faults");
    for (int i = 0; !faultsPath && i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if ((!fault.pathPrefix.isEmpty() && !request.path.startsWith(fault.pathPrefix))
            || (!fault.method.isEmpty() && fault.method != request.method))
            continue;
        if (fault.dropConnection) {
            response.dropConnection = true;
        } else if (fault.dropAfterHandling) {
            route(request);
            response.dropConnection = true;
        } else {
            response = fault.status > 0 ? statusResponse(fault.status) : route(request);
            response.delayMs = fault.delayMs;
            if (fault.status > 0 && fault.retryAfterSeconds > 0)
                response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        }
        if (--fault.count <= 0)
            m_faults.removeAt(i);
        Q_EMIT requestServed(QString::fromLatin1(request.method), request.path,
                             response.dropConnection ? 0 : response.status);
        return response;
    }
    response = route(request);
    Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, response.status);
    return response;
}

HttpResponse SandboxSubaccount::statusResponse(int status) const
{
    switch (status) {
    case 401: {
        HttpResponse response = HttpResponse::text(401, {});
        response.setHeader("WWW-Authenticate", "Bearer realm=\"destination-configuration\"");
        return response;
    }
    case 404:
        return HttpResponse::json(404, kNotFound);
    default:
        // The platform's router answers 5xx and 429 with a short plain-text body.
        return HttpResponse::text(status, QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status));
    }
}

HttpResponse SandboxSubaccount::route(const HttpRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    if (path == QLatin1String("/oauth/token") || path == QLatin1String("/uaa/oauth/token"))
        return method == "POST" ? issueToken(request) : statusResponse(405);
    if (path == QLatin1String("/token_keys"))
        return method == "GET" ? tokenKeys() : statusResponse(405);
    if (path == QLatin1String("/sandbox/faults"))
        return method == "POST" ? configureFaults(request) : statusResponse(405);
    if (path == QLatin1String("/sandbox/service-key"))
        return method == "GET" ? serviceKeyResponse(request) : statusResponse(405);
    if (!path.startsWith(QLatin1String("/destination-configuration/")))
        return HttpResponse::text(404, "Not Found");
    if (path.size() > 4000)
        return HttpResponse::text(414, "URI Too Long"); // SPEC: "URI limit: 4000 characters"
    if (!isAuthorized(request))
        return statusResponse(401);

    if (path.startsWith(kV2FindPrefix)) {
        if (method != "GET")
            return statusResponse(405);
        // name@subaccount / name@instance pick a level; this sandbox has subaccount destinations only.
        return findDestination(request, path.mid(kV2FindPrefix.size()).section(QLatin1Char('@'), 0, 0));
    }
    if (!path.startsWith(kApiPrefix + QLatin1Char('/')))
        return HttpResponse::text(404, "Not Found");
    const QStringList parts = path.mid(kApiPrefix.size() + 1).split(QLatin1Char('/'));
    const QString collection = parts.value(0);

    if (collection == QLatin1String("subaccountDestinations")) {
        if (parts.size() == 1) {
            if (method == "GET")
                return m_store.listDestinations(request);
            if (method == "POST")
                return m_store.createDestinations(request);
            if (method == "PUT")
                return m_store.updateDestinations(request);
            return statusResponse(405);
        }
        if (parts.size() == 2) {
            if (method == "GET")
                return m_store.readDestination(request, parts[1]);
            if (method == "DELETE")
                return m_store.deleteDestination(parts[1]);
            return statusResponse(405);
        }
    }
    if (collection == QLatin1String("subaccountCertificates")) {
        if (parts.size() == 1) {
            if (method == "GET")
                return m_store.listCertificates();
            if (method == "POST" || method == "PUT")
                return m_store.writeCertificate(request);
            return statusResponse(405);
        }
        if (parts.size() == 2) {
            if (method == "GET")
                return m_store.readCertificate(parts[1]);
            if (method == "DELETE")
                return m_store.deleteCertificate(parts[1]);
            return statusResponse(405);
        }
    }
    if (collection == QLatin1String("instanceDestinations") && parts.size() == 1) {
        // This sandbox has no instance-level destinations: the list exists and is empty.
        return method == "GET" ? HttpResponse::json(200, "[]") : statusResponse(405);
    }
    if (collection == QLatin1String("instanceDestinations") && parts.size() == 2)
        return method == "GET" || method == "DELETE" ? HttpResponse::json(404, kNotFound) : statusResponse(405);
    if (collection == QLatin1String("destinations") && parts.size() == 2) {
        if (method != "GET")
            return statusResponse(405);
        return findDestination(request, parts[1]);
    }
    if (collection == QLatin1String("saml2Metadata") && parts.size() == 2 && parts[1] == QLatin1String("certificate"))
        return trustCertificate(request);
    if (collection == QLatin1String("saml2Metadata") && parts.size() == 3 && parts[1] == QLatin1String("certificate")
        && parts[2] == QLatin1String("passive"))
        return passiveTrustCertificate(request);
    if (collection == QLatin1String("saml2Metadata") && parts.size() == 2
        && parts[1] == QLatin1String("rotateCertificate"))
        return rotateTrustCertificate(request);
    return HttpResponse::text(404, "Not Found");
}

HttpResponse SandboxSubaccount::issueToken(const HttpRequest &request)
{
    // Form fields: '+' means a space in application/x-www-form-urlencoded.
    QByteArray form = request.body;
    form.replace('+', ' ');
    const QUrlQuery fields(QString::fromUtf8(form));
    QString clientId = fields.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString clientSecret = fields.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon > 0) {
            // RFC 6749 2.3.1: the id and secret are form-encoded before they go into Basic auth.
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const QString grantType = fields.queryItemValue(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return HttpResponse::json(400, R"({"error":"invalid_request","error_description":"Missing grant type"})");
    if (grantType != QLatin1String("client_credentials"))
        return HttpResponse::json(
            400,
            compact(QJsonObject { { QStringLiteral("error"), QStringLiteral("unsupported_grant_type") },
                                  { QStringLiteral("error_description"),
                                    QStringLiteral("Unsupported grant type: %1").arg(grantType) } }));
    if (clientId != m_clientId || clientSecret != m_clientSecret || clientId.isEmpty()) {
        HttpResponse response
            = HttpResponse::json(401, R"({"error":"unauthorized","error_description":"Bad credentials"})");
        response.setHeader("WWW-Authenticate",
                           R"(Basic realm="UAA/client", error="unauthorized", error_description="Bad credentials")");
        return response;
    }

    const QDateTime now = m_now();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) // forget expired tokens
        it = it.value() <= now ? m_tokens.erase(it) : std::next(it);
    // Bounded: a client asking for token after token makes the oldest ones invalid, as a revocation would.
    while (!m_tokens.isEmpty() && m_tokens.size() >= m_maxTokens)
        m_tokens.erase(std::min_element(m_tokens.begin(), m_tokens.end()));
    const QString jti = randomHex(16);
    const QString base = baseUrl().toString();
    const QJsonArray scopes { QStringLiteral("uaa.resource") };
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("RS256") },
                               { QStringLiteral("jku"), QString(base + QStringLiteral("/token_keys")) },
                               { QStringLiteral("kid"), tokenKeyId() },
                               { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QJsonObject payload {
        { QStringLiteral("jti"), jti },
        { QStringLiteral("ext_attr"),
          QJsonObject { { QStringLiteral("enhancer"), QStringLiteral("XSUAA") },
                        { QStringLiteral("subaccountid"), m_subaccountId },
                        { QStringLiteral("zdn"), zoneName() } } },
        { QStringLiteral("sub"), m_clientId },
        { QStringLiteral("authorities"), scopes },
        { QStringLiteral("scope"), scopes },
        { QStringLiteral("client_id"), m_clientId },
        { QStringLiteral("cid"), m_clientId },
        { QStringLiteral("azp"), m_clientId },
        { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
        { QStringLiteral("rev_sig"), randomHex(4) },
        { QStringLiteral("iat"), now.toSecsSinceEpoch() },
        { QStringLiteral("exp"), now.toSecsSinceEpoch() + m_tokenLifetime },
        { QStringLiteral("iss"), QStringLiteral("http://%1.localhost:%2/uaa/oauth/token").arg(zoneName()).arg(port()) },
        { QStringLiteral("zid"), m_subaccountId },
        { QStringLiteral("aud"), QJsonArray { QStringLiteral("uaa"), m_clientId } }
    };
    const QByteArray token = m_signer.sign(header, payload);
    if (token.isEmpty())
        return statusResponse(500);
    m_tokens.insert(token, now.addSecs(m_tokenLifetime));
    return HttpResponse::json(200,
                              compact(QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(token) },
                                                    { QStringLiteral("token_type"), QStringLiteral("bearer") },
                                                    { QStringLiteral("expires_in"), m_tokenLifetime },
                                                    { QStringLiteral("scope"), QStringLiteral("uaa.resource") },
                                                    { QStringLiteral("jti"), jti } }));
}

HttpResponse SandboxSubaccount::tokenKeys() const
{
    return HttpResponse::json(
        200, compact(QJsonObject { { QStringLiteral("keys"), QJsonArray { m_signer.jwk(tokenKeyId()) } } }));
}

bool SandboxSubaccount::isAuthorized(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return false;
    const QByteArray token = authorization.mid(7).trimmed();
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.constEnd() && it.value() > m_now() && m_signer.verify(token);
}

bool SandboxSubaccount::isDirectLocalCaller(const HttpRequest &request) const
{
    // The server listens on loopback only; the peer check keeps it so should that ever change. A Host other than
    // this address means a rebound DNS name, a web page's way in.
    const QByteArray host = request.header("host");
    const QByteArray port = QByteArray::number(this->port());
    return request.peer.isLoopback() && (host == "127.0.0.1:" + port || host == "localhost:" + port);
}

HttpResponse SandboxSubaccount::serviceKeyResponse(const HttpRequest &request) const
{
    if (!m_faultEndpointEnabled)
        return statusResponse(404);
    if (!isDirectLocalCaller(request))
        return statusResponse(403);
    return HttpResponse::json(200, QJsonDocument(serviceKey()).toJson(QJsonDocument::Compact));
}

HttpResponse SandboxSubaccount::configureFaults(const HttpRequest &request)
{
    if (!m_faultEndpointEnabled)
        return statusResponse(404);
    // Only direct callers: a web page cannot send application/json across origins without a preflight this server
    // never grants.
    if (!isDirectLocalCaller(request) || !request.header("content-type").toLower().startsWith("application/json"))
        return statusResponse(403);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return errorMessage(400, QStringLiteral("Expected a JSON object such as {\"status\":503,\"count\":2}"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("reset")).toBool()) {
        clearFaults();
        return HttpResponse::json(200, R"({"faults":0})");
    }
    Fault fault;
    fault.status = object.value(QStringLiteral("status")).toInt();
    fault.delayMs = object.value(QStringLiteral("delayMs")).toInt();
    fault.pathPrefix = object.value(QStringLiteral("path")).toString();
    fault.method = object.value(QStringLiteral("method")).toString().toLatin1();
    fault.retryAfterSeconds = object.value(QStringLiteral("retryAfter")).toInt();
    const int drops = object.value(QStringLiteral("dropConnections")).toInt();
    const int lostAnswers = object.value(QStringLiteral("dropAfterHandling")).toInt();
    fault.dropConnection = drops > 0;
    fault.dropAfterHandling = drops <= 0 && lostAnswers > 0;
    fault.count = drops > 0 ? drops : lostAnswers > 0 ? lostAnswers : object.value(QStringLiteral("count")).toInt(1);
    if ((fault.status != 0 && (fault.status < 100 || fault.status > 599)) || fault.delayMs < 0 || fault.delayMs > 600000
        || fault.retryAfterSeconds < 0 || fault.retryAfterSeconds > 3600 || fault.count < 1
        || (fault.status == 0 && fault.delayMs == 0 && !fault.dropConnection && !fault.dropAfterHandling))
        return errorMessage(400,
                            QStringLiteral("Give status (100-599), delayMs (0-600000), dropConnections or "
                                           "dropAfterHandling, and optionally count, path, method and retryAfter "
                                           "(0-3600 seconds)"));
    if (m_faults.size() >= MaxFaults)
        return errorMessage(429, QStringLiteral("At most %1 faults wait at a time; reset them first").arg(MaxFaults));
    injectFault(fault);
    return HttpResponse::json(200, compact(QJsonObject { { QStringLiteral("faults"), int(m_faults.size()) } }));
}

HttpResponse SandboxSubaccount::findDestination(const HttpRequest &request, const QString &name) const
{
    // Instance level first, then subaccount level; this sandbox has subaccount destinations only.
    const QJsonObject *found = m_store.destination(name);
    if (!found)
        return HttpResponse::json(404, kNotFound);
    const QJsonObject &destination = *found;
    QJsonObject object { { QStringLiteral("owner"),
                           QJsonObject { { QStringLiteral("SubaccountId"), m_subaccountId },
                                         { QStringLiteral("InstanceId"), QJsonValue::Null } } },
                         { QStringLiteral("destinationConfiguration"), destination } };
    // The certificates the destination names come along, as the service sends them (CONN
    // find-a-destination-response-structure-83a3f3b: certificates[] {Name, Content, Type}).
    QJsonArray certificates;
    for (const QString &key : { QStringLiteral("KeyStoreLocation"), QStringLiteral("TrustStoreLocation"),
                                QStringLiteral("tokenService.KeyStoreLocation") }) {
        const QJsonObject *certificate = m_store.certificate(destination.value(key).toString());
        if (certificate && !certificates.contains(*certificate))
            certificates.append(*certificate);
    }
    if (!certificates.isEmpty())
        object.insert(QStringLiteral("certificates"), certificates);
    if (request.query.queryItemValue(QStringLiteral("$skipTokenRetrieval")) != QLatin1String("true")) {
        QString rejection = m_providerRejections.value(name);
        // A provider that holds other certificates than the one the assertion is signed with refuses it.
        const auto held = m_providerTrust.constFind(name);
        if (rejection.isEmpty() && held != m_providerTrust.cend()
            && destination.value(QStringLiteral("Authentication")).toString()
                == QLatin1String("OAuth2SAMLBearerAssertion")
            && !held->contains(m_trust.certificatePem()))
            rejection = QStringLiteral("The provider does not trust the certificate the assertion was signed with.");
        const QJsonArray tokens = TokenRetrievalSimulation::tokensFor(
            destination, !request.header("x-user-token").isEmpty(), m_systemUserHonoured, rejection);
        if (!tokens.isEmpty())
            object.insert(QStringLiteral("authTokens"), tokens);
    }
    return HttpResponse::json(200, compact(object));
}

HttpResponse SandboxSubaccount::trustCertificate(const HttpRequest &request)
{
    if (request.method == "POST") {
        if (!request.body.trimmed().isEmpty())
            return HttpResponse::text(400, "Request body should be empty!");
        QString error;
        if (!renewTrustCertificate(&error)) {
            qCWarning(lcSandbox) << "trust certificate renewal failed";
            return statusResponse(500);
        }
    } else if (request.method != "GET") {
        return statusResponse(405);
    }
    if (m_trust.isEmpty())
        return errorMessage(404, QStringLiteral("Keypair for subaccount - %1 does not exist").arg(m_subaccountId));
    return HttpResponse::json(
        200, compact(QJsonObject { { QStringLiteral("certificate"), QString::fromLatin1(m_trust.certificatePem()) } }));
}

// The passive certificate of a rotation (CONN manage-trust-82dbeca): GET reads it, POST makes or renews it (the body
// empty, as for the active one), DELETE removes it. The answers are modelled on the active certificate's; SAP
// documents no body for POST and DELETE (UNCONFIRMED: what the service sends back for them).
HttpResponse SandboxSubaccount::passiveTrustCertificate(const HttpRequest &request)
{
    const auto noPassive = [this] {
        return errorMessage(404,
                            QStringLiteral("Passive Keypair for subaccount - %1 does not exist").arg(m_subaccountId));
    };
    if (request.method == "DELETE") {
        if (m_trust.passiveCertificatePem().isEmpty())
            return noPassive();
        QString error;
        if (!m_trust.removePassive(m_dataDirectory, &error))
            return statusResponse(500);
        return HttpResponse::json(200, "{}");
    }
    if (request.method == "POST") {
        if (!request.body.trimmed().isEmpty())
            return HttpResponse::text(400, "Request body should be empty!");
        QString error;
        if (!m_trust.makePassive(m_dataDirectory, m_subaccountId, m_now(), &error)) {
            qCWarning(lcSandbox) << "passive trust certificate failed";
            return statusResponse(500);
        }
    } else if (request.method != "GET") {
        return statusResponse(405);
    }
    if (m_trust.passiveCertificatePem().isEmpty())
        return noPassive();
    return HttpResponse::json(200,
                              compact(QJsonObject { { QStringLiteral("certificate"),
                                                      QString::fromLatin1(m_trust.passiveCertificatePem()) } }));
}

// The active and the passive certificate swap: {activeCertificate, passiveCertificate}; 404 "Passive Keypair ... does
// not exist" without a passive one; a body is refused (task-center-facts.md, Destination service REST API).
HttpResponse SandboxSubaccount::rotateTrustCertificate(const HttpRequest &request)
{
    if (request.method != "POST")
        return statusResponse(405);
    if (!request.body.trimmed().isEmpty())
        return HttpResponse::text(400, "Request body should be empty!");
    if (m_trust.passiveCertificatePem().isEmpty())
        return errorMessage(404,
                            QStringLiteral("Passive Keypair for subaccount - %1 does not exist").arg(m_subaccountId));
    QString error;
    if (!m_trust.rotate(m_dataDirectory, &error))
        return statusResponse(500);
    return HttpResponse::json(
        200,
        compact(QJsonObject {
            { QStringLiteral("activeCertificate"), QString::fromLatin1(m_trust.certificatePem()) },
            { QStringLiteral("passiveCertificate"), QString::fromLatin1(m_trust.passiveCertificatePem()) } }));
}

void SandboxSubaccount::setProviderTrust(const QString &destination, const QList<QByteArray> &certificatePems)
{
    if (certificatePems.isEmpty())
        m_providerTrust.remove(destination);
    else
        m_providerTrust.insert(destination, certificatePems);
}

bool SandboxSubaccount::addDestination(const QJsonObject &destination, QString *error)
{
    return m_store.addDestination(destination, error);
}

bool SandboxSubaccount::removeDestination(const QString &name)
{
    return m_store.removeDestination(name);
}

void SandboxSubaccount::removeAllDestinations()
{
    m_store.removeAllDestinations();
}

QHash<QString, QByteArray> SandboxSubaccount::subaccountCertificates() const
{
    return m_store.certificateFiles();
}

bool SandboxSubaccount::addCertificate(const QString &name, const QByteArray &content, QString *error)
{
    return m_store.addCertificate(name, content, error);
}

bool SandboxSubaccount::removeCertificate(const QString &name)
{
    return m_store.removeCertificate(name);
}
