#include "SandboxSubaccount.h"

#include "CertificateFactory.h"
#include "FileWriter.h"
#include "HttpServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandbox, "tcc.sandbox", QtWarningMsg)

namespace {

const QString kApiPrefix = QStringLiteral("/destination-configuration/v1");
const QString kV2FindPrefix = QStringLiteral("/destination-configuration/v2/destinations/");

// Bodies of the real Destination service (facts file section 4; SPEC = SAP's OpenAPI spec).
const QByteArray kNotFound = R"({"ErrorMessage":"Configuration with the specified name was not found"})";
const QString kDuplicate = QStringLiteral("Conflict. Duplicate key (the Configuration already exists)");
// UNCONFIRMED wording: no public source quotes the service's answer when the documented limit ("Each subaccount
// is limited to a maximum of 1,000 entities per configuration type", CONN destination-service-8ff5483) is hit.
// A 400 that quotes the documented limit is what a client has to show the user either way.
const QString kLimitReached = QStringLiteral(
    "Limit exceeded: each subaccount is limited to a maximum of 1,000 entities per configuration type (destination)");
const QString kCertificateLimitReached = QStringLiteral(
    "Limit exceeded: each subaccount is limited to a maximum of 1,000 entities per configuration type (certificate)");

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

HttpResponse errorMessage(int status, const QString &message)
{
    return HttpResponse::json(status, compact(QJsonObject { { QStringLiteral("ErrorMessage"), message } }));
}

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

QByteArray etagOf(const QJsonObject &destination)
{
    return '"' + QCryptographicHash::hash(compact(destination), QCryptographicHash::Sha256).toHex().left(32) + '"';
}

// ETags may come quoted, unquoted or weak (W/"..."); compare their opaque part.
QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    return tag;
}

bool tagMatches(const QByteArray &headerValue, const QByteArray &etag)
{
    for (const QByteArray &candidate : headerValue.split(',')) {
        if (candidate.trimmed() == "*" || opaqueTag(candidate) == opaqueTag(etag))
            return true;
    }
    return false;
}

// The Destination service's naming rule: "only alphanumeric characters, underscores, and dashes. The maximum
// length is 200 characters" (CONN using-the-destinations-editor-in-the-cockpit-565fdb3).
QString nameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (name.isEmpty())
        return QStringLiteral("Destination name is missing");
    if (name.size() > SandboxSubaccount::MaxNameLength)
        return QStringLiteral("Destination name is longer than 200 characters");
    if (!valid.match(name).hasMatch())
        return QStringLiteral(
            "Destination name contains invalid characters; only alphanumeric characters, underscores and dashes "
            "are allowed");
    return {};
}

// Checks one certificate object of an upload: {"Name", "Type"?, "Content": base64 of the file} (SPEC Certificate;
// Type "could be null if not present"). "You can use JKS, PFX, PEM, CER, CRT, and P12 files" (CONN
// use-destination-certificates-df1bb55); a name ends in one of these. The size bound is the sandbox's own: SAP
// documents none (UNCONFIRMED).
QString certificateProblem(const QJsonObject &object)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]+\\.(?:jks|pfx|pem|der|cer|crt|p12)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString name = object.value(QStringLiteral("Name")).toString();
    if (name.isEmpty())
        return QStringLiteral("Certificate name is missing");
    if (name.size() > SandboxSubaccount::MaxNameLength)
        return QStringLiteral("Certificate name is longer than 200 characters");
    if (!validName.match(name).hasMatch())
        return QStringLiteral("Certificate name must consist of letters, digits, dots, underscores and dashes and end "
                              "in .jks, .pfx, .pem, .der, .cer, .crt or .p12");
    const QJsonValue content = object.value(QStringLiteral("Content"));
    if (!content.isString() || content.toString().isEmpty())
        return QStringLiteral("Certificate content is missing");
    if (content.toString().size() > SandboxSubaccount::MaxCertificateContentLength)
        return QStringLiteral("Certificate content is too large");
    const auto decoded
        = QByteArray::fromBase64Encoding(content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return QStringLiteral("Certificate content must be the file encoded in Base64");
    return {};
}

// Checks one destination object of a create or update request. The schema only requires Name and Type (SPEC).
QString destinationProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("A destination must be a JSON object");
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return QStringLiteral("The value of property %1 must be a string").arg(it.key());
    }
    if (!object.contains(QStringLiteral("Name")))
        return QStringLiteral("Destination name is missing");
    const QString problem = nameProblem(object.value(QStringLiteral("Name")).toString());
    if (!problem.isEmpty())
        return problem;
    if (object.value(QStringLiteral("Type")).toString().isEmpty())
        return QStringLiteral("Destination type is missing");
    return {};
}

// Checks every destination of a bulk create or update before anything is stored, so a malformed request
// changes nothing.
QString destinationsProblem(const QJsonArray &items)
{
    if (items.isEmpty())
        return QStringLiteral("The list of destinations is empty");
    for (const QJsonValue &item : items) {
        const QString problem = destinationProblem(item);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// Parses "Name in ('a','b')", the one $filter form the service documents for lists (SPEC).
bool parseNameFilter(const QString &filter, QStringList *names)
{
    static const QRegularExpression form(QStringLiteral("^\\s*Name\\s+in\\s*\\((.*)\\)\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s*'([^']*)'\\s*$"));
    const auto match = form.match(filter);
    if (!match.hasMatch())
        return false;
    for (const QString &part : match.captured(1).split(QLatin1Char(','))) {
        const auto itemMatch = item.match(part);
        if (!itemMatch.hasMatch())
            return false;
        names->append(itemMatch.captured(1));
    }
    return true;
}

// What the real service does at "find destination" time to fetch tokens for the caller, simulated: the
// sandbox cannot reach the providers' systems, so it checks that the properties the real token exchange needs are
// present and answers an opaque token, or an entry with "error" that names what is missing. The wording of the
// errors follows the service's pattern "Retrieval of <flow> access token failed" (modelled, not quoted).
QJsonArray simulateTokenRetrieval(const QJsonObject &destination, bool hasUserToken, bool systemUserHonoured,
                                  const QString &providerRejection)
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
    m_destinations.clear();
    m_certificates.clear();
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

bool SandboxSubaccount::addDestination(const QJsonObject &destination, QString *error)
{
    QString problem = destinationProblem(destination);
    if (problem.isEmpty() && indexOf(destination.value(QStringLiteral("Name")).toString()) >= 0)
        problem = kDuplicate;
    if (problem.isEmpty() && m_destinations.size() >= MaxDestinations)
        problem = kLimitReached;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_destinations.append(destination);
    return true;
}

bool SandboxSubaccount::removeDestination(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    m_destinations.removeAt(index);
    return true;
}

void SandboxSubaccount::removeAllDestinations()
{
    m_destinations.clear();
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
        if (m_trustCertificatePem.isEmpty()) {
            m_trustCertificatePem = readFile(dir.filePath(QStringLiteral("trust-certificate.pem")));
            m_trustKeyPem = readFile(dir.filePath(QStringLiteral("trust-certificate-key.pem")));
            // One an older version made names no subaccount as SAP's do: made anew.
            const QList<QSslCertificate> stored = QSslCertificate::fromData(m_trustCertificatePem);
            if (stored.isEmpty() || m_trustKeyPem.isEmpty()
                || !stored.first()
                        .subjectInfo(QSslCertificate::CommonName)
                        .value(0)
                        .endsWith(QLatin1Char('/') + m_subaccountId))
                m_trustCertificatePem.clear();
        }
    }
    if (m_signer.isNull()) {
        if (!m_signer.generate())
            return fail(tr("Cannot create the sandbox's token signing key."));
        if (!m_dataDirectory.isEmpty()
            && !writeFileAtomically(dir.filePath(QStringLiteral("token-signing-key.pem")), m_signer.privateKeyPem(),
                                    true))
            return fail(tr("Cannot write into the sandbox's data folder %1.").arg(m_dataDirectory));
    }
    if (m_trustCertificatePem.isEmpty())
        return renewTrustCertificate(error);
    return true;
}

bool SandboxSubaccount::renewTrustCertificate(QString *error)
{
    // "Renew" gives a certificate valid for two more years (CONN manage-trust-82dbeca).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Named as SAP names a subaccount's destination trust: cfapps.<region host>/<subaccount id>.
    const auto generated = CertificateFactory::createSelfSigned(
        QStringLiteral("cfapps.sandbox.localhost/") + m_subaccountId, now.addSecs(-60), now.addYears(2), error);
    if (!generated)
        return false;
    if (!m_dataDirectory.isEmpty()) {
        const QDir dir(m_dataDirectory);
        if (!dir.mkpath(QStringLiteral("."))
            || !writeFileAtomically(dir.filePath(QStringLiteral("trust-certificate-key.pem")), generated->privateKeyPem,
                                    true)
            || !writeFileAtomically(dir.filePath(QStringLiteral("trust-certificate.pem")), generated->certificatePem,
                                    false)) {
            if (error)
                *error = tr("Cannot write the trust certificate into %1.").arg(m_dataDirectory);
            return false;
        }
    }
    m_trustCertificatePem = generated->certificatePem;
    m_trustKeyPem = generated->privateKeyPem;
    return true;
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
                return listDestinations(request);
            if (method == "POST")
                return createDestinations(request);
            if (method == "PUT")
                return updateDestinations(request);
            return statusResponse(405);
        }
        if (parts.size() == 2) {
            if (method == "GET")
                return readDestination(request, parts[1]);
            if (method == "DELETE")
                return deleteDestination(parts[1]);
            return statusResponse(405);
        }
    }
    if (collection == QLatin1String("subaccountCertificates")) {
        if (parts.size() == 1) {
            if (method == "GET")
                return listCertificates();
            if (method == "POST" || method == "PUT")
                return writeCertificate(request);
            return statusResponse(405);
        }
        if (parts.size() == 2) {
            if (method == "GET")
                return readCertificate(parts[1]);
            if (method == "DELETE")
                return deleteCertificate(parts[1]);
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

int SandboxSubaccount::indexOf(const QString &name) const
{
    for (int i = 0; i < m_destinations.size(); ++i) {
        if (m_destinations[i].value(QStringLiteral("Name")).toString() == name)
            return i;
    }
    return -1;
}

HttpResponse SandboxSubaccount::listDestinations(const HttpRequest &request) const
{
    const QUrlQuery &query = request.query;
    QList<QJsonObject> selected = m_destinations;
    if (query.hasQueryItem(QStringLiteral("$filter"))) {
        QStringList names;
        if (!parseNameFilter(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded), &names))
            return errorMessage(400, QStringLiteral("Invalid $filter; the supported form is Name in ('a','b')"));
        selected.erase(std::remove_if(selected.begin(), selected.end(),
                                      [&names](const QJsonObject &d) {
                                          return !names.contains(d.value(QStringLiteral("Name")).toString());
                                      }),
                       selected.end());
    }
    const int entityCount = int(selected.size());
    int pageCount = 1;
    const bool paged = query.hasQueryItem(QStringLiteral("$page")) || query.hasQueryItem(QStringLiteral("$pageSize"));
    if (paged) {
        bool pageOk = true;
        bool sizeOk = true;
        const int page = query.hasQueryItem(QStringLiteral("$page"))
            ? query.queryItemValue(QStringLiteral("$page")).toInt(&pageOk)
            : 1;
        // Without $pageSize one page holds everything a subaccount can have (inference; the SPEC gives no default).
        const int pageSize = query.hasQueryItem(QStringLiteral("$pageSize"))
            ? query.queryItemValue(QStringLiteral("$pageSize")).toInt(&sizeOk)
            : MaxDestinations;
        if (!pageOk || !sizeOk || page < 1 || pageSize < 1)
            return errorMessage(400, QStringLiteral("$page and $pageSize must be positive whole numbers"));
        // In 64 bits: $pageSize may be as large as an int goes.
        pageCount = int(std::max<qint64>(1, (qint64(entityCount) + pageSize - 1) / pageSize));
        // The SPEC lists 404 for this GET; a page past the last is the case it can mean (inference).
        if (page > pageCount)
            return errorMessage(404,
                                QStringLiteral("Page %1 does not exist; there are %2 pages").arg(page).arg(pageCount));
        selected = selected.mid((page - 1) * pageSize, pageSize);
    }
    QStringList select;
    if (query.hasQueryItem(QStringLiteral("$select")))
        select = query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded)
                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray array;
    for (const QJsonObject &destination : std::as_const(selected)) {
        if (select.isEmpty()) {
            array.append(destination);
            continue;
        }
        QJsonObject reduced;
        for (const QString &key : std::as_const(select)) {
            if (destination.contains(key.trimmed()))
                reduced.insert(key.trimmed(), destination.value(key.trimmed()));
        }
        array.append(reduced);
    }
    HttpResponse response = HttpResponse::json(200, compact(array));
    if (query.queryItemValue(QStringLiteral("$pageCount")) == QLatin1String("true"))
        response.setHeader("Page-Count", QByteArray::number(pageCount));
    if (query.queryItemValue(QStringLiteral("$entityCount")) == QLatin1String("true"))
        response.setHeader("Entity-Count", QByteArray::number(entityCount));
    return response;
}

HttpResponse SandboxSubaccount::createDestinations(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (document.isNull())
        return errorMessage(400, QStringLiteral("Invalid JSON: %1").arg(parseError.errorString()));
    if (document.isObject()) {
        const QString problem = destinationProblem(document.object());
        if (!problem.isEmpty())
            return errorMessage(400, problem);
        if (indexOf(document.object().value(QStringLiteral("Name")).toString()) >= 0)
            return errorMessage(409, kDuplicate);
        if (m_destinations.size() >= MaxDestinations)
            return errorMessage(400, kLimitReached);
        m_destinations.append(document.object());
        HttpResponse created; // 201 with an empty body, as the service answers a single create
        created.status = 201;
        return created;
    }
    const QJsonArray items = document.array();
    const QString problem = destinationsProblem(items);
    if (!problem.isEmpty())
        return errorMessage(400, problem);
    QJsonArray results;
    bool allCreated = true;
    for (const QJsonValue &item : items) {
        const QJsonObject destination = item.toObject();
        const QString name = destination.value(QStringLiteral("Name")).toString();
        QJsonObject result { { QStringLiteral("name"), name } };
        QString cause;
        if (indexOf(name) >= 0)
            cause = kDuplicate;
        else if (m_destinations.size() >= MaxDestinations)
            cause = kLimitReached;
        if (cause.isEmpty()) {
            m_destinations.append(destination);
            result.insert(QStringLiteral("status"), 201);
            result.insert(QStringLiteral("etag"), QString::fromLatin1(opaqueTag(etagOf(destination))));
        } else {
            allCreated = false;
            result.insert(QStringLiteral("status"), cause == kDuplicate ? 409 : 400);
            result.insert(QStringLiteral("cause"), cause);
        }
        results.append(result);
    }
    return HttpResponse::json(allCreated ? 201 : 207, compact(results));
}

HttpResponse SandboxSubaccount::updateDestinations(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (document.isNull())
        return errorMessage(400, QStringLiteral("Invalid JSON: %1").arg(parseError.errorString()));
    if (document.isObject()) {
        const QString problem = destinationProblem(document.object());
        if (!problem.isEmpty())
            return errorMessage(400, problem);
        const int index = indexOf(document.object().value(QStringLiteral("Name")).toString());
        if (index < 0)
            return HttpResponse::json(404, kNotFound);
        const QByteArray ifMatch = request.header("if-match");
        if (!ifMatch.isEmpty() && !tagMatches(ifMatch, etagOf(m_destinations[index])))
            return errorMessage(412, QStringLiteral("Precondition Failed: the destination was changed meanwhile"));
        m_destinations[index] = document.object();
        HttpResponse response = HttpResponse::json(200, R"({"Count":1})");
        response.setHeader("ETag", etagOf(m_destinations[index]));
        return response;
    }
    const QJsonArray items = document.array();
    const QString problem = destinationsProblem(items);
    if (!problem.isEmpty())
        return errorMessage(400, problem);
    QJsonArray results;
    bool allUpdated = true;
    for (const QJsonValue &item : items) {
        const QJsonObject destination = item.toObject();
        const QString name = destination.value(QStringLiteral("Name")).toString();
        const int index = indexOf(name);
        QJsonObject result { { QStringLiteral("name"), name } };
        if (index < 0) {
            allUpdated = false;
            result.insert(QStringLiteral("status"), 404);
            result.insert(QStringLiteral("cause"),
                          QStringLiteral("Configuration with the specified name was not found"));
        } else {
            m_destinations[index] = destination;
            result.insert(QStringLiteral("status"), 200);
            result.insert(QStringLiteral("etag"), QString::fromLatin1(opaqueTag(etagOf(destination))));
        }
        results.append(result);
    }
    return HttpResponse::json(allUpdated ? 200 : 207, compact(results));
}

HttpResponse SandboxSubaccount::readDestination(const HttpRequest &request, const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    const QByteArray etag = etagOf(m_destinations[index]);
    const QByteArray ifNoneMatch = request.header("if-none-match");
    const QByteArray ifMatch = request.header("if-match");
    HttpResponse response;
    if (!ifMatch.isEmpty() && !tagMatches(ifMatch, etag))
        response = errorMessage(412, QStringLiteral("Precondition Failed: the destination was changed meanwhile"));
    else if (!ifNoneMatch.isEmpty() && tagMatches(ifNoneMatch, etag))
        response.status = 304;
    else
        response = HttpResponse::json(200, compact(m_destinations[index]));
    response.setHeader("ETag", etag);
    return response;
}

HttpResponse SandboxSubaccount::deleteDestination(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    m_destinations.removeAt(index);
    return HttpResponse::json(200, R"({"Count":1})");
}

HttpResponse SandboxSubaccount::findDestination(const HttpRequest &request, const QString &name) const
{
    // Instance level first, then subaccount level; this sandbox has subaccount destinations only.
    const int index = indexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    const QJsonObject &destination = m_destinations[index];
    QJsonObject object { { QStringLiteral("owner"),
                           QJsonObject { { QStringLiteral("SubaccountId"), m_subaccountId },
                                         { QStringLiteral("InstanceId"), QJsonValue::Null } } },
                         { QStringLiteral("destinationConfiguration"), destination } };
    // The certificates the destination names come along, as the service sends them (CONN
    // find-a-destination-response-structure-83a3f3b: certificates[] {Name, Content, Type}).
    QJsonArray certificates;
    for (const QString &key : { QStringLiteral("KeyStoreLocation"), QStringLiteral("TrustStoreLocation"),
                                QStringLiteral("tokenService.KeyStoreLocation") }) {
        const int certificate = certificateIndexOf(destination.value(key).toString());
        if (certificate >= 0 && !certificates.contains(m_certificates[certificate]))
            certificates.append(m_certificates[certificate]);
    }
    if (!certificates.isEmpty())
        object.insert(QStringLiteral("certificates"), certificates);
    if (request.query.queryItemValue(QStringLiteral("$skipTokenRetrieval")) != QLatin1String("true")) {
        const QJsonArray tokens = simulateTokenRetrieval(destination, !request.header("x-user-token").isEmpty(),
                                                         m_systemUserHonoured, m_providerRejections.value(name));
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
    if (m_trustCertificatePem.isEmpty())
        return errorMessage(404, QStringLiteral("Keypair for subaccount - %1 does not exist").arg(m_subaccountId));
    return HttpResponse::json(
        200, compact(QJsonObject { { QStringLiteral("certificate"), QString::fromLatin1(m_trustCertificatePem) } }));
}

int SandboxSubaccount::certificateIndexOf(const QString &name) const
{
    for (int i = 0; i < m_certificates.size(); ++i) {
        if (m_certificates[i].value(QStringLiteral("Name")).toString() == name)
            return i;
    }
    return -1;
}

HttpResponse SandboxSubaccount::listCertificates() const
{
    QJsonArray array;
    for (const QJsonObject &certificate : m_certificates)
        array.append(certificate);
    return HttpResponse::json(200, compact(array));
}

HttpResponse SandboxSubaccount::writeCertificate(const HttpRequest &request)
{
    // One certificate a request: the sandbox does not take the arrays the service also accepts.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (document.isNull())
        return errorMessage(400, QStringLiteral("Invalid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return errorMessage(400, QStringLiteral("A certificate must be a JSON object"));
    const QString problem = certificateProblem(document.object());
    if (!problem.isEmpty())
        return errorMessage(400, problem);
    QJsonObject certificate = document.object();
    const int index = certificateIndexOf(certificate.value(QStringLiteral("Name")).toString());
    if (!certificate.contains(QStringLiteral("Type")))
        certificate.insert(QStringLiteral("Type"), QJsonValue::Null);
    if (request.method == "PUT") {
        if (index < 0)
            return HttpResponse::json(404, kNotFound);
        m_certificates[index] = certificate;
        return HttpResponse::json(200, R"({"Count":1})");
    }
    if (index >= 0)
        return errorMessage(409, kDuplicate);
    if (m_certificates.size() >= MaxCertificates)
        return errorMessage(400, kCertificateLimitReached);
    m_certificates.append(certificate);
    HttpResponse created;
    created.status = 201;
    return created;
}

HttpResponse SandboxSubaccount::readCertificate(const QString &name) const
{
    const int index = certificateIndexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    return HttpResponse::json(200, compact(m_certificates[index]));
}

HttpResponse SandboxSubaccount::deleteCertificate(const QString &name)
{
    const int index = certificateIndexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    m_certificates.removeAt(index);
    return HttpResponse::json(200, R"({"Count":1})");
}

bool SandboxSubaccount::addCertificate(const QString &name, const QByteArray &content, QString *error)
{
    const QJsonObject certificate { { QStringLiteral("Name"), name },
                                    { QStringLiteral("Type"), QJsonValue::Null },
                                    { QStringLiteral("Content"), QString::fromLatin1(content.toBase64()) } };
    QString problem = certificateProblem(certificate);
    if (problem.isEmpty() && certificateIndexOf(name) >= 0)
        problem = kDuplicate;
    if (problem.isEmpty() && m_certificates.size() >= MaxCertificates)
        problem = kCertificateLimitReached;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_certificates.append(certificate);
    return true;
}

bool SandboxSubaccount::removeCertificate(const QString &name)
{
    const int index = certificateIndexOf(name);
    if (index < 0)
        return false;
    m_certificates.removeAt(index);
    return true;
}

QHash<QString, QByteArray> SandboxSubaccount::subaccountCertificates() const
{
    QHash<QString, QByteArray> files;
    for (const QJsonObject &certificate : m_certificates)
        files.insert(certificate.value(QStringLiteral("Name")).toString(),
                     QByteArray::fromBase64(certificate.value(QStringLiteral("Content")).toString().toLatin1()));
    return files;
}
