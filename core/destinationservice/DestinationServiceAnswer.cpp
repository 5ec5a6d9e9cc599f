// Reading what the Destination service answered: the status as an error, the body as the operation expects it
// (destinations, a certificate, a token, each item of a batch), and nothing kept that holds a secret.
#include "destinationservice/DestinationServiceLog.h"
#include "destinationservice/DestinationServiceReply.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonParseError>

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
        qCInfo(lcDestinationService) << m_method << DestinationServiceLog::safeUrl(m_url) << "failed with HTTP"
                                     << m_httpStatus;
        finishWith(error, describe(error));
        return;
    }

    // Success: read the body where one is expected.
    const bool expectsJson = m_operation == Operation::List || m_operation == Operation::Read
        || m_operation == Operation::TrustCertificate || m_operation == Operation::PassiveTrustCertificate
        || m_operation == Operation::Find || m_operation == Operation::Token || m_operation == Operation::CreateMany
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
    case Operation::PassiveTrustCertificate:
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
            result.errorMessage = describe(result.error, name,
                                           cause.left(DestinationServiceLog::MaxServerTextInDetails), result.status);
        }
        m_items.append(result);
    }
    return true;
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
        return QString::fromUtf8(m_rawBody.left(DestinationServiceLog::MaxServerTextInDetails));
    // Plain text ("Not Found"); an HTML error page says nothing useful beyond its length.
    const QString text = QString::fromUtf8(m_rawBody.left(DestinationServiceLog::MaxServerTextInDetails)).trimmed();
    return text;
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
    // The rotation's answer names both: {activeCertificate, passiveCertificate} (task-center-facts.md).
    const QJsonObject object = m_json.object();
    return object.contains(QStringLiteral("activeCertificate"))
        ? object.value(QStringLiteral("activeCertificate")).toString()
        : object.value(QStringLiteral("certificate")).toString();
}

QString DestinationServiceReply::passiveCertificatePem() const
{
    return m_json.object().value(QStringLiteral("passiveCertificate")).toString();
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
