#include "destinationservice/DestinationServiceReply.h"

#include "destinationservice/DestinationServiceClient.h"
#include "destinationservice/DestinationServiceLog.h"

#include <QDateTime>
#include <QLocale>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcDestinationService, "tcc.destinationservice", QtWarningMsg)

// A call's life: a token first (the client's kept one, or one it fetches for all that wait), then the request with
// a timeout per attempt, sent again after a rejected token, a busy service (429) or a passing server error (5xx),
// then the answer read (DestinationServiceAnswer.cpp) or the error said (DestinationServiceErrors.cpp).

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
    const QByteArray token = m_client->m_tokens.token();
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
    qCInfo(lcDestinationService) << "no token for" << m_method << DestinationServiceLog::safeUrl(m_url)
                                 << tokenReply->m_error;
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
    qCDebug(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "sent";
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
    details << QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), DestinationServiceLog::safeUrl(m_url));
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
    qCDebug(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "->" << m_httpStatus
                                  << networkError;

    if (m_tooLarge) {
        m_rawBody.clear();
        qCInfo(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "answer too large";
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
        qCInfo(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "failed:" << error
                                     << networkErrorText;
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
        qCInfo(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url)
                                     << "token rejected, fetching a fresh one";
        m_client->m_tokens.forget(m_usedToken);
        needToken();
        return;
    }

    // Busy or broken for a moment: wait and send again, a bounded number of times.
    if ((m_httpStatus == 429 || m_httpStatus >= 500) && m_client && m_serverRetries < m_client->m_retry.maxRetries) {
        const QByteArray retryAfter = network->rawHeader("Retry-After");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A pause asked for that is longer than this program waits for an answer (--timeout) is not waited out in
        // silence: the request ends and says so.
        const qint64 asked = retryAfter.trimmed().isEmpty()
            ? 0
            : RetryPolicy::delay(retryAfter, m_serverRetries, 0, std::numeric_limits<int>::max(), now);
        const qint64 longest = std::min(m_client->m_retry.maxDelayMs, m_client->m_timeoutMs);
        if (asked > longest) {
            qCInfo(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "answered"
                                         << m_httpStatus << "; asked to wait" << asked << "ms, longer than" << longest
                                         << "ms";
            m_technicalDetails = QStringLiteral("%1 %2: HTTP %3, Retry-After: %4")
                                     .arg(QString::fromLatin1(m_method), DestinationServiceLog::safeUrl(m_url))
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
        const qint64 delay = m_client->m_retry.delay(retryAfter, m_serverRetries, now);
        ++m_serverRetries;
        ++m_retries;
        qCInfo(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "answered" << m_httpStatus
                                     << "; again in" << delay << "ms";
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
        m_technicalDetails
            = QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), DestinationServiceLog::safeUrl(m_url));
    // Deliver after the current call stack unwinds, so a reply that fails at once still lets callers connect.
    QMetaObject::invokeMethod(this, &DestinationServiceReply::finished, Qt::QueuedConnection);
}
