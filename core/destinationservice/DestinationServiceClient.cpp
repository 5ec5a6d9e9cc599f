#include "DestinationServiceClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonParseError>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <limits>
#include <utility>

// Failures reach the user as plain messages; the log (QT_LOGGING_RULES="tcc.destinationservice.info=true")
// is for diagnosis and stays quiet by default.
Q_LOGGING_CATEGORY(lcDestinationService, "tcc.destinationservice", QtWarningMsg)

namespace {

const QString kApiPath = QStringLiteral("/destination-configuration/v1");
constexpr int kMaxServerTextInDetails = 2000;

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

// The URL as it was sent and may be shown and logged: no user info, no fragment.
QString safeUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// DestinationServiceReply

DestinationServiceReply::DestinationServiceReply(DestinationServiceClient *client, Operation operation,
                                                 const QString &name)
    : QObject(client)
    , m_client(client)
    , m_operation(operation)
    , m_name(name)
{
}

DestinationServiceReply::~DestinationServiceReply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
        m_network = nullptr;
    }
}

QString DestinationServiceReply::stepText() const
{
    switch (m_operation) {
    case Operation::List:
        return tr("Reading destinations");
    case Operation::Read:
        return tr("Reading destination %1").arg(m_name);
    case Operation::Create:
        return tr("Creating destination %1").arg(m_name);
    case Operation::Update:
        return tr("Updating destination %1").arg(m_name);
    case Operation::CreateMany:
        return tr("Creating %1 destinations at once").arg(m_names.size());
    case Operation::UpdateMany:
        return tr("Updating %1 destinations at once").arg(m_names.size());
    case Operation::Delete:
        return tr("Deleting destination %1").arg(m_name);
    case Operation::TrustCertificate:
        return tr("Reading the trust certificate");
    case Operation::Find:
        return tr("Checking destination %1").arg(m_name);
    case Operation::Token:
        return tr("Getting a token");
    case Operation::ListCertificates:
        return tr("Reading the destination certificates");
    case Operation::CreateCertificate:
        return tr("Uploading certificate %1").arg(m_name);
    case Operation::UpdateCertificate:
        return tr("Replacing certificate %1").arg(m_name);
    }
    return {};
}

void DestinationServiceReply::start()
{
    if (m_finished)
        return;
    if (m_url.isEmpty() || !isAllowedCredentialUrl(m_url)) {
        finishWith(Error::InsecureUrl, describe(Error::InsecureUrl));
        return;
    }
    if (m_client && !m_client->m_key.isValid()) {
        finishWith(Error::InvalidKey, m_client->m_key.errorMessage());
        return;
    }
    if (m_needsAuth)
        needToken();
    else
        send();
}

void DestinationServiceReply::needToken()
{
    if (!m_client) {
        finishWith(Error::Cancelled, describe(Error::Cancelled));
        return;
    }
    const QByteArray token = m_client->cachedToken();
    if (!token.isEmpty()) {
        tokenArrived(token);
        return;
    }
    Q_EMIT progress(tr("Getting a token"));
    m_client->waitForToken(this);
}

void DestinationServiceReply::tokenArrived(const QByteArray &token)
{
    if (m_finished)
        return;
    m_usedToken = token;
    send();
}

void DestinationServiceReply::tokenFailed(const DestinationServiceReply *tokenReply)
{
    if (m_finished)
        return;
    m_httpStatus = tokenReply->m_httpStatus;
    m_technicalDetails = tokenReply->m_technicalDetails;
    m_retries += tokenReply->m_retries;
    qCInfo(lcDestinationService) << "no token for" << m_method << safeUrl(m_url) << tokenReply->m_error;
    // The token reply's message already says what to do; keep its error so callers can tell a timeout
    // from a rejected key.
    finishWith(tokenReply->m_error, tokenReply->m_errorMessage);
}

void DestinationServiceReply::send()
{
    if (m_finished || !m_client)
        return;
    Q_EMIT progress(stepText());
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (m_operation == Operation::Token) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    } else {
        request.setRawHeader("Authorization", "Bearer " + m_usedToken);
        if (!m_body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    if (!m_ifMatch.isEmpty())
        request.setRawHeader("If-Match", m_ifMatch);

    m_timedOut = false;
    m_tooLarge = false;
    m_sslFailed = false;
    m_sslErrorText.clear();
    m_rawBody.clear();
    m_network = m_client->m_network->sendCustomRequest(request, m_method, m_body);
    // The answer is taken as it arrives, with little buffered below: one larger than any the service gives is cut
    // off instead of filling the memory.
    m_network->setReadBufferSize(256 * 1024);
    const auto cutOffIfTooLarge = [this](qint64 size) {
        if (m_network && m_client && size > m_client->m_maxResponseBytes) {
            m_tooLarge = true;
            m_network->abort(); // emits finished, handled in networkFinished()
        }
    };
    connect(m_network.data(), &QNetworkReply::metaDataChanged, this, [this, cutOffIfTooLarge] {
        if (m_network)
            cutOffIfTooLarge(m_network->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_network.data(), &QNetworkReply::readyRead, this, [this, cutOffIfTooLarge] {
        if (!m_network || m_tooLarge)
            return;
        m_rawBody += m_network->readAll();
        cutOffIfTooLarge(m_rawBody.size());
    });
    qCDebug(lcDestinationService) << m_method << safeUrl(m_url) << "sent";
    connect(m_network.data(), &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: record why, the reply then fails with a TLS error.
        m_sslFailed = true;
        QStringList texts;
        for (const auto &error : errors)
            texts << error.errorString();
        m_sslErrorText = texts.join(QStringLiteral("; "));
    });
    connect(m_network.data(), &QNetworkReply::finished, this, &DestinationServiceReply::networkFinished);
    if (!m_attemptTimer) {
        m_attemptTimer = new QTimer(this);
        m_attemptTimer->setSingleShot(true);
        connect(m_attemptTimer, &QTimer::timeout, this, &DestinationServiceReply::attemptTimedOut);
    }
    m_attemptTimer->start(m_client->m_timeoutMs);
}

void DestinationServiceReply::attemptTimedOut()
{
    if (!m_network)
        return;
    m_timedOut = true;
    m_network->abort(); // emits finished, handled in networkFinished()
}

void DestinationServiceReply::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_attemptTimer)
        m_attemptTimer->stop();
    if (m_network) {
        QNetworkReply *network = m_network;
        m_network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
    finishWith(Error::Cancelled, describe(Error::Cancelled));
}

QString DestinationServiceReply::serverText() const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_rawBody);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const auto &field : { QStringLiteral("ErrorMessage"), QStringLiteral("error_description"),
                                   QStringLiteral("message"), QStringLiteral("error") }) {
            if (object.value(field).isString())
                return object.value(field).toString();
        }
    }
    if (document.isArray() || document.isObject())
        return QString::fromUtf8(m_rawBody.left(kMaxServerTextInDetails));
    // Plain text ("Not Found"); an HTML error page says nothing useful beyond its length.
    const QString text = QString::fromUtf8(m_rawBody.left(kMaxServerTextInDetails)).trimmed();
    return text;
}

void DestinationServiceReply::networkFinished()
{
    QNetworkReply *network = m_network;
    if (!network)
        return;
    m_network = nullptr;
    network->deleteLater();
    if (m_attemptTimer)
        m_attemptTimer->stop();

    m_httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (network->isOpen() && !m_tooLarge)
        m_rawBody += network->readAll();
    m_etag = network->rawHeader("ETag");
    const QNetworkReply::NetworkError networkError = network->error();
    const QString networkErrorText = network->errorString();

    QStringList details;
    details << QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), safeUrl(m_url));
    if (m_httpStatus > 0)
        details << QStringLiteral("HTTP status: %1").arg(m_httpStatus);
    if (networkError != QNetworkReply::NoError && m_httpStatus == 0)
        details << QStringLiteral("Network error: %1 (%2)").arg(networkErrorText).arg(int(networkError));
    if (m_sslFailed)
        details << QStringLiteral("TLS: %1").arg(m_sslErrorText);
    const bool success = m_httpStatus >= 200 && m_httpStatus < 300;
    // Success bodies hold tokens or secrets in clear text: only error answers go into the details.
    if (!success && m_httpStatus > 0 && !m_rawBody.isEmpty())
        details << QStringLiteral("Server: %1").arg(serverText());
    if (m_retries > 0)
        details << QStringLiteral("Sent again: %1 time(s)").arg(m_retries);
    m_technicalDetails = details.join(QLatin1Char('\n'));
    qCDebug(lcDestinationService) << m_method << safeUrl(m_url) << "->" << m_httpStatus << networkError;

    if (m_tooLarge) {
        m_rawBody.clear();
        qCInfo(lcDestinationService) << m_method << safeUrl(m_url) << "answer too large";
        finishWith(Error::BadResponse,
                   tr("The answer of %1 was larger than %2 and was not read. Check that the service key points to "
                      "the Destination service.")
                       .arg(m_url.host(), QLocale().formattedDataSize(m_client ? m_client->m_maxResponseBytes : 0)));
        return;
    }

    if (m_httpStatus == 0) {
        Error error = Error::OtherNetworkError;
        if (m_timedOut)
            error = Error::Timeout;
        else if (m_sslFailed)
            error = Error::TlsFailure;
        else {
            switch (networkError) {
            case QNetworkReply::ConnectionRefusedError:
                error = Error::ConnectionRefused;
                break;
            case QNetworkReply::HostNotFoundError:
                error = Error::HostNotFound;
                break;
            case QNetworkReply::TimeoutError:
            case QNetworkReply::ProxyTimeoutError:
                error = Error::Timeout;
                break;
            case QNetworkReply::SslHandshakeFailedError:
                error = Error::TlsFailure;
                break;
            case QNetworkReply::RemoteHostClosedError:
                error = Error::ConnectionClosed;
                break;
            case QNetworkReply::OperationCanceledError:
                error = Error::Cancelled;
                break;
            default:
                error = Error::OtherNetworkError;
                break;
            }
        }
        qCInfo(lcDestinationService) << m_method << safeUrl(m_url) << "failed:" << error << networkErrorText;
        finishWith(
            error,
            error == Error::OtherNetworkError
                ? tr("The request failed (%1). Check your network connection and try again.").arg(networkErrorText)
                : describe(error));
        return;
    }

    // A rejected token: fetch one fresh token and send once more.
    if (m_httpStatus == 401 && m_operation != Operation::Token && !m_authRetried && m_client) {
        m_authRetried = true;
        ++m_retries;
        qCInfo(lcDestinationService) << m_method << safeUrl(m_url) << "token rejected, fetching a fresh one";
        m_client->forgetToken(m_usedToken);
        needToken();
        return;
    }

    // Busy or broken for a moment: wait and send again, a bounded number of times.
    if ((m_httpStatus == 429 || m_httpStatus >= 500) && m_client && m_serverRetries < m_client->m_maxRetries) {
        const QByteArray retryAfter = network->rawHeader("Retry-After");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A pause asked for that is longer than this program waits for an answer (--timeout) is not waited out in
        // silence: the request ends and says so.
        const qint64 asked = retryAfter.trimmed().isEmpty()
            ? 0
            : DestinationServiceClient::retryDelay(retryAfter, m_serverRetries, 0, std::numeric_limits<int>::max(),
                                                   now);
        const qint64 longest = std::min(m_client->m_maxDelayMs, m_client->m_timeoutMs);
        if (asked > longest) {
            qCInfo(lcDestinationService) << m_method << safeUrl(m_url) << "answered" << m_httpStatus
                                         << "; asked to wait" << asked << "ms, longer than" << longest << "ms";
            m_technicalDetails = QStringLiteral("%1 %2: HTTP %3, Retry-After: %4")
                                     .arg(QString::fromLatin1(m_method), safeUrl(m_url))
                                     .arg(m_httpStatus)
                                     .arg(QString::fromLatin1(retryAfter.left(64)));
            const int askedSeconds = int(std::min<qint64>((asked + 999) / 1000, std::numeric_limits<int>::max()));
            const int longestSeconds = int((longest + 999) / 1000);
            finishWith(m_httpStatus == 429 ? Error::TooManyRequests : Error::ServerError,
                       tr("The Destination service is busy and asked to wait %n second(s) before trying again: longer "
                          "than this program waits for an answer (%1). Try again after that time.",
                          nullptr, askedSeconds)
                           .arg(tr("%n second(s)", nullptr, longestSeconds)));
            return;
        }
        const qint64 delay = DestinationServiceClient::retryDelay(retryAfter, m_serverRetries, m_client->m_baseDelayMs,
                                                                  m_client->m_maxDelayMs, now);
        ++m_serverRetries;
        ++m_retries;
        qCInfo(lcDestinationService) << m_method << safeUrl(m_url) << "answered" << m_httpStatus << "; again in"
                                     << delay << "ms";
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            m_retryTimer->setTimerType(Qt::PreciseTimer); // never sooner than the pause the service asked for
            connect(m_retryTimer, &QTimer::timeout, this, [this] {
                if (m_operation == Operation::Token || !m_needsAuth)
                    send();
                else
                    needToken(); // the kept token may have expired while waiting
            });
        }
        m_retryTimer->start(int(delay));
        return;
    }
    readAnswer();
}

DestinationServiceReply *DestinationServiceReply::fromAnswer(Operation operation, const QStringList &names,
                                                             int httpStatus, const QByteArray &body)
{
    const bool many = operation == Operation::CreateMany || operation == Operation::UpdateMany;
    auto *reply = new DestinationServiceReply(nullptr, operation, many ? QString() : names.value(0));
    if (many)
        reply->m_names = names;
    reply->m_httpStatus = httpStatus;
    reply->m_rawBody = body;
    reply->readAnswer();
    return reply;
}

void DestinationServiceReply::readAnswer()
{
    const bool success = m_httpStatus >= 200 && m_httpStatus < 300;
    if (!success) {
        const Error error = errorForStatus(m_httpStatus, m_operation);
        qCInfo(lcDestinationService) << m_method << safeUrl(m_url) << "failed with HTTP" << m_httpStatus;
        finishWith(error, describe(error));
        return;
    }

    // Success: read the body where one is expected.
    const bool expectsJson = m_operation == Operation::List || m_operation == Operation::Read
        || m_operation == Operation::TrustCertificate || m_operation == Operation::Find
        || m_operation == Operation::Token || m_operation == Operation::CreateMany
        || m_operation == Operation::UpdateMany || m_operation == Operation::ListCertificates;
    if (!m_rawBody.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_rawBody, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            m_json = document;
        else if (expectsJson) {
            m_technicalDetails += QStringLiteral("\nUnreadable answer: %1 at character %2, %3 bytes")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                      .arg(m_rawBody.size());
            finishWith(Error::BadResponse, describe(Error::BadResponse));
            return;
        }
    }
    bool shapeOk = true;
    switch (m_operation) {
    case Operation::List:
        shapeOk = m_json.isArray();
        break;
    case Operation::Read:
    case Operation::Find:
        shapeOk = m_json.isObject();
        break;
    case Operation::TrustCertificate:
        shapeOk = m_json.object().value(QStringLiteral("certificate")).isString();
        break;
    case Operation::Token: {
        const QJsonObject object = m_json.object();
        m_accessToken = object.value(QStringLiteral("access_token")).toString().toUtf8();
        // XSUAA sends a number; accept text too.
        const QJsonValue expires = object.value(QStringLiteral("expires_in"));
        m_tokenLifetime = expires.isString() ? expires.toString().toInt() : expires.toInt();
        m_json = QJsonDocument(); // holds the token: not kept where callers can see it
        shapeOk = !m_accessToken.isEmpty();
        break;
    }
    case Operation::CreateMany:
    case Operation::UpdateMany:
        shapeOk = readItemResults();
        m_json = QJsonDocument(); // only the items' results are of use
        break;
    case Operation::ListCertificates:
        shapeOk = m_json.isArray();
        for (const QJsonValue &value : m_json.array()) {
            const QJsonObject certificate = value.toObject();
            const QString name = certificate.value(QStringLiteral("Name")).toString();
            if (name.isEmpty())
                continue;
            const QByteArray file
                = QByteArray::fromBase64(certificate.value(QStringLiteral("Content")).toString().toLatin1());
            m_certificateDigests.insert(name, QCryptographicHash::hash(file, QCryptographicHash::Sha256));
        }
        m_json = QJsonDocument(); // key stores hold private keys: not kept
        break;
    default:
        break;
    }
    m_rawBody.clear();
    if (!shapeOk) {
        m_technicalDetails += QStringLiteral("\nThe answer does not have the expected shape.");
        finishWith(Error::BadResponse, describe(Error::BadResponse));
        return;
    }
    finishOk();
}

DestinationServiceReply::Error DestinationServiceReply::errorForStatus(int httpStatus, Operation operation)
{
    switch (httpStatus) {
    case 400:
        return operation == Operation::Token ? Error::KeyRejected : Error::BadRequest;
    case 401:
        return Error::KeyRejected;
    case 403:
        return Error::Forbidden;
    case 404:
        return Error::NotFound;
    case 409:
        return Error::Conflict;
    case 412:
        return Error::PreconditionFailed;
    case 429:
        return Error::TooManyRequests;
    default:
        if (httpStatus >= 500)
            return Error::ServerError;
        if (httpStatus >= 300 && httpStatus < 400)
            return Error::BadResponse;
        return Error::OtherNetworkError;
    }
}

bool DestinationServiceReply::readItemResults()
{
    // The answer lists {name, status, etag?, cause?} per item (SPEC BulkResponse). A 201 or 200 may also come
    // without a list: then everything sent was written.
    m_items.clear();
    if (!m_json.isArray() && !(m_json.isNull() && m_httpStatus != 207))
        return false;
    QHash<QString, QJsonObject> answered;
    for (const QJsonValue &value : m_json.array()) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && !answered.contains(name))
            answered.insert(name, item);
    }
    const int written = m_operation == Operation::CreateMany ? 201 : 200;
    for (const QString &name : std::as_const(m_names)) {
        ItemResult result;
        result.name = name;
        const auto found = answered.constFind(name);
        if (found == answered.constEnd()) {
            if (m_json.isNull() && m_httpStatus == written) {
                result.status = written;
            } else {
                result.error = Error::BadResponse;
                result.errorMessage = tr("The Destination service did not say what became of %1. It may have been "
                                         "written: read the subaccount again before you repeat the change.")
                                          .arg(name);
            }
            m_items.append(result);
            continue;
        }
        const QJsonValue status = found->value(QStringLiteral("status"));
        result.status = status.isString() ? status.toString().toInt() : status.toInt();
        result.etag = found->value(QStringLiteral("etag")).toString().toLatin1();
        if (result.status < 200 || result.status >= 300) {
            result.error = result.status == 0 ? Error::BadResponse : errorForStatus(result.status, m_operation);
            QString cause = found->value(QStringLiteral("cause")).toString();
            if (cause.isEmpty())
                cause = found->value(QStringLiteral("ErrorMessage")).toString();
            result.errorMessage = describe(result.error, name, cause.left(kMaxServerTextInDetails), result.status);
        }
        m_items.append(result);
    }
    return true;
}

void DestinationServiceReply::finishOk()
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = Error::NoError;
    m_errorMessage.clear();
    Q_EMIT finished();
}

void DestinationServiceReply::finishWith(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorMessage = message;
    m_rawBody.clear();
    if (m_technicalDetails.isEmpty())
        m_technicalDetails = QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), safeUrl(m_url));
    // Deliver after the current call stack unwinds, so a reply that fails at once still lets callers connect.
    QMetaObject::invokeMethod(this, &DestinationServiceReply::finished, Qt::QueuedConnection);
}

QString DestinationServiceReply::describe(Error error) const
{
    return describe(error, m_name, serverText(), m_httpStatus);
}

QString DestinationServiceReply::describe(Error error, const QString &name, const QString &server, int httpStatus) const
{
    const QString host = m_url.host();
    const QString serverSuffix = server.isEmpty() ? QString() : tr(" The service said: \"%1\".").arg(server);
    switch (error) {
    case Error::NoError:
        return {};
    case Error::Cancelled:
        if (m_operation == Operation::Create || m_operation == Operation::Update || m_operation == Operation::Delete
            || m_operation == Operation::CreateMany || m_operation == Operation::UpdateMany
            || m_operation == Operation::CreateCertificate || m_operation == Operation::UpdateCertificate)
            return tr("The request was cancelled. If it was already on its way, the change may have been made; "
                      "read the destinations again before you repeat it.");
        return tr("The request was cancelled. Nothing was changed.");
    case Error::Timeout: {
        const int seconds = m_client ? (m_client->m_timeoutMs + 999) / 1000 : 0;
        if (seconds == 1)
            return tr("%1 did not answer within 1 second. Check your network connection (and proxy), then try again.")
                .arg(host);
        return tr("%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.")
            .arg(host)
            .arg(seconds);
    }
    case Error::ConnectionRefused:
        return tr("Nothing answers at %1 port %2 (the connection was refused). Check that the service key is "
                  "complete and current, and that no firewall blocks the connection.")
            .arg(host)
            .arg(m_url.port(m_url.scheme() == QStringLiteral("https") ? 443 : 80));
    case Error::HostNotFound:
        return tr("The server %1 was not found. Check your network connection and that the service key "
                  "belongs to an existing subaccount.")
            .arg(host);
    case Error::TlsFailure:
        return tr("The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and "
                  "time of this computer and whether a proxy inspects https traffic.")
            .arg(host, m_sslErrorText.isEmpty() ? tr("TLS handshake failed") : m_sslErrorText);
    case Error::InsecureUrl:
        return tr("The address %1 does not use https, so the service key is not sent there. Use the service key "
                  "exactly as the SAP BTP cockpit shows it.")
            .arg(safeUrl(m_url));
    case Error::KeyRejected:
        return tr("The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. "
                  "Create a new service key for the Destination service instance in the cockpit and paste it "
                  "here.");
    case Error::Forbidden:
        return tr("The service key may not do this (access denied).%1 Use the key of a Destination service "
                  "instance in this subaccount, or ask a subaccount administrator.")
            .arg(serverSuffix);
    case Error::NotFound:
        if (m_operation == Operation::TrustCertificate)
            return tr("The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity > "
                      "Destination Trust, choose Generate Trust, then try again.");
        if (m_operation == Operation::UpdateCertificate)
            return tr("The certificate %1 is not among the subaccount's destination certificates (any more).")
                .arg(name);
        if (!name.isEmpty())
            return tr("The destination %1 does not exist in the subaccount.").arg(name);
        return tr("The Destination service was not found at this address.%1 Check the uri field of the service "
                  "key.")
            .arg(serverSuffix);
    case Error::Conflict:
        if (m_operation == Operation::CreateCertificate)
            return tr("A certificate named %1 is already among the subaccount's destination certificates. Replace "
                      "it, or give the file another name.")
                .arg(name);
        if (name.isEmpty())
            return tr("The Destination service refused this because of a conflict with the subaccount's current "
                      "state.%1 Read the subaccount again and try again.")
                .arg(serverSuffix);
        return tr("A destination named %1 already exists in the subaccount. Choose another name or overwrite it.")
            .arg(name);
    case Error::PreconditionFailed:
        return tr("The destination %1 was changed by someone else in the meantime. Read it again and repeat "
                  "your change.")
            .arg(name);
    case Error::TooManyRequests:
        return tr("The Destination service is busy (too many requests) and still was after %1 tries. Wait a "
                  "minute and try again.")
            .arg(m_serverRetries + 1);
    case Error::ServerError:
        return tr("The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. "
                  "Try again in a few minutes; if it lasts, check the SAP BTP status page.")
            .arg(httpStatus)
            .arg(m_serverRetries + 1);
    case Error::BadRequest:
        return tr("The Destination service refused the request as invalid.%1 Check the values you entered.")
            .arg(serverSuffix);
    case Error::BadResponse:
        return tr("The answer from %1 could not be read. Check that the uri field of the service key points to "
                  "the Destination service.")
            .arg(host);
    case Error::OtherNetworkError:
        return tr("The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your "
                  "administrator.")
            .arg(httpStatus)
            .arg(serverSuffix);
    case Error::InvalidKey:
        return m_client ? m_client->m_key.errorMessage() : QString();
    case Error::ConnectionClosed:
        return tr("%1 closed the connection without answering. Try again; if it keeps happening, check any "
                  "proxy or firewall between this computer and SAP BTP.")
            .arg(host);
    }
    return {};
}

QList<QJsonObject> DestinationServiceReply::destinations() const
{
    QList<QJsonObject> result;
    const QJsonArray array = m_json.array();
    result.reserve(array.size());
    for (const auto &value : array) {
        if (value.isObject())
            result.append(value.toObject());
    }
    return result;
}

QJsonObject DestinationServiceReply::destination() const
{
    return m_json.object();
}

QString DestinationServiceReply::certificatePem() const
{
    return m_json.object().value(QStringLiteral("certificate")).toString();
}

QJsonArray DestinationServiceReply::authTokens() const
{
    return m_json.object().value(QStringLiteral("authTokens")).toArray();
}

QStringList DestinationServiceReply::certificateNames() const
{
    QStringList names;
    for (const auto &value : m_json.object().value(QStringLiteral("certificates")).toArray())
        names.append(value.toObject().value(QStringLiteral("Name")).toString());
    return names;
}

QString DestinationServiceReply::authTokenError() const
{
    QStringList errors;
    for (const auto &value : authTokens()) {
        const QString error = value.toObject().value(QStringLiteral("error")).toString().trimmed();
        if (!error.isEmpty())
            errors << error;
    }
    if (errors.isEmpty())
        return {};
    return tr("The destination %1 is stored, but the Destination service could not get a token with it: %2. "
              "Check the token service URL, user and password or client key of the destination.")
        .arg(m_name, errors.join(QStringLiteral("; ")));
}

// ---------------------------------------------------------------------------------------------------------------
// DestinationServiceClient

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

qint64 DestinationServiceClient::retryDelay(const QByteArray &retryAfter, int retries, int baseDelayMs, int maxDelayMs,
                                            const QDateTime &now)
{
    const qint64 most = std::max(0, maxDelayMs);
    qint64 delay = std::min<qint64>(qint64(std::max(0, baseDelayMs)) << std::clamp(retries, 0, 20), most);
    const QByteArray header = retryAfter.trimmed();
    if (!header.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = header.toLongLong(&isNumber);
        if (isNumber && seconds >= 0) {
            // Compared before multiplying: a server's huge number must not overflow into "at once".
            delay = seconds > most / 1000 ? most : seconds * 1000;
        } else {
            // An HTTP date ends in "GMT", which Qt's RFC 2822 reader does not take: the same as +0000.
            QString date = QString::fromLatin1(header);
            if (date.endsWith(QLatin1String(" GMT")))
                date = date.chopped(4) + QStringLiteral(" +0000");
            const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
            if (when.isValid())
                delay = now.msecsTo(when);
        }
    }
    return std::clamp<qint64>(delay, 0, most);
}

void DestinationServiceClient::setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs)
{
    m_maxRetries = std::max(0, maxRetries);
    m_baseDelayMs = std::max(0, baseDelayMs);
    m_maxDelayMs = std::max(0, maxDelayMs);
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
    connect(reply, &DestinationServiceReply::finished, this, [this, reply] { storeToken(reply); });
    QMetaObject::invokeMethod(reply, &DestinationServiceReply::start, Qt::QueuedConnection);
    return reply;
}

void DestinationServiceClient::clearToken()
{
    m_token.clear();
    m_tokenValidUntil = 0;
}

QByteArray DestinationServiceClient::cachedToken() const
{
    if (m_token.isEmpty() || m_clock() >= m_tokenValidUntil)
        return {};
    return m_token;
}

void DestinationServiceClient::forgetToken(const QByteArray &token)
{
    if (token == m_token)
        clearToken();
}

void DestinationServiceClient::storeToken(const DestinationServiceReply *tokenReply)
{
    if (tokenReply->error() != DestinationServiceReply::Error::NoError || tokenReply->m_accessToken.isEmpty())
        return;
    m_token = tokenReply->m_accessToken;
    // Keep it until shortly before it expires: a tenth of its life, at most a minute, early.
    const qint64 lifetimeMs = qint64(std::max(0, tokenReply->m_tokenLifetime)) * 1000;
    const qint64 margin = std::min<qint64>(60000, lifetimeMs / 10);
    m_tokenValidUntil = m_clock() + lifetimeMs - margin;
    qCDebug(lcDestinationService) << "token kept for" << (lifetimeMs - margin) / 1000 << "s";
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
