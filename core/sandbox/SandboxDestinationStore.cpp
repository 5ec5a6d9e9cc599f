#include "sandbox/SandboxDestinationStore.h"

#include "sandbox/ServiceAnswers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

using ServiceAnswers::compact;
using ServiceAnswers::errorMessage;

namespace {

const QByteArray &kNotFound = ServiceAnswers::NotFound;
const QString kDuplicate = QStringLiteral("Conflict. Duplicate key (the Configuration already exists)");
// UNCONFIRMED wording: no public source quotes the service's answer when the documented limit ("Each subaccount
// is limited to a maximum of 1,000 entities per configuration type", CONN destination-service-8ff5483) is hit.
// A 400 that quotes the documented limit is what a client has to show the user either way.
const QString kLimitReached = QStringLiteral(
    "Limit exceeded: each subaccount is limited to a maximum of 1,000 entities per configuration type (destination)");
const QString kCertificateLimitReached = QStringLiteral(
    "Limit exceeded: each subaccount is limited to a maximum of 1,000 entities per configuration type (certificate)");

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
    if (name.size() > SandboxDestinationStore::MaxNameLength)
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
    if (name.size() > SandboxDestinationStore::MaxNameLength)
        return QStringLiteral("Certificate name is longer than 200 characters");
    if (!validName.match(name).hasMatch())
        return QStringLiteral("Certificate name must consist of letters, digits, dots, underscores and dashes and end "
                              "in .jks, .pfx, .pem, .der, .cer, .crt or .p12");
    const QJsonValue content = object.value(QStringLiteral("Content"));
    if (!content.isString() || content.toString().isEmpty())
        return QStringLiteral("Certificate content is missing");
    if (content.toString().size() > SandboxDestinationStore::MaxCertificateContentLength)
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

// Destinations and certificates alike: entries named by "Name", at most `limit` of them.
int indexByName(const QList<QJsonObject> &entries, const QString &name)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].value(QStringLiteral("Name")).toString() == name)
            return i;
    }
    return -1;
}

bool removeByName(QList<QJsonObject> &entries, const QString &name)
{
    const int index = indexByName(entries, name);
    if (index < 0)
        return false;
    entries.removeAt(index);
    return true;
}

// Adds `entry` when it has no problem, no entry has its name yet and there is room; else false with *error.
bool addChecked(QList<QJsonObject> &entries, const QJsonObject &entry, QString problem, int limit,
                const QString &limitReached, QString *error)
{
    if (problem.isEmpty() && indexByName(entries, entry.value(QStringLiteral("Name")).toString()) >= 0)
        problem = kDuplicate;
    if (problem.isEmpty() && entries.size() >= limit)
        problem = limitReached;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    entries.append(entry);
    return true;
}

} // namespace

const QJsonObject *SandboxDestinationStore::destination(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_destinations[index];
}

const QJsonObject *SandboxDestinationStore::certificate(const QString &name) const
{
    const int index = certificateIndexOf(name);
    return index < 0 ? nullptr : &m_certificates[index];
}

void SandboxDestinationStore::clear()
{
    m_destinations.clear();
    m_certificates.clear();
}

bool SandboxDestinationStore::addDestination(const QJsonObject &destination, QString *error)
{
    return addChecked(m_destinations, destination, destinationProblem(destination), MaxDestinations, kLimitReached,
                      error);
}

bool SandboxDestinationStore::removeDestination(const QString &name)
{
    return removeByName(m_destinations, name);
}

int SandboxDestinationStore::indexOf(const QString &name) const
{
    return indexByName(m_destinations, name);
}

HttpResponse SandboxDestinationStore::listDestinations(const HttpRequest &request) const
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

HttpResponse SandboxDestinationStore::createDestinations(const HttpRequest &request)
{
    return writeDestinations(request, true);
}

HttpResponse SandboxDestinationStore::updateDestinations(const HttpRequest &request)
{
    return writeDestinations(request, false);
}

HttpResponse SandboxDestinationStore::writeDestinations(const HttpRequest &request, bool create)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (document.isNull())
        return errorMessage(400, QStringLiteral("Invalid JSON: %1").arg(parseError.errorString()));
    if (document.isObject()) {
        const QString problem = destinationProblem(document.object());
        if (!problem.isEmpty())
            return errorMessage(400, problem);
        return create ? createOne(document.object()) : updateOne(request, document.object());
    }
    // Many: each checked before anything is stored, then answered one by one (207 when not all were written).
    const QJsonArray items = document.array();
    const QString problem = destinationsProblem(items);
    if (!problem.isEmpty())
        return errorMessage(400, problem);
    const int written = create ? 201 : 200;
    QJsonArray results;
    bool allWritten = true;
    for (const QJsonValue &item : items) {
        const QJsonObject destination = item.toObject();
        const QString name = destination.value(QStringLiteral("Name")).toString();
        QJsonObject result { { QStringLiteral("name"), name } };
        const int index = indexOf(name);
        QString cause;
        if (create && index >= 0)
            cause = kDuplicate;
        else if (create && m_destinations.size() >= MaxDestinations)
            cause = kLimitReached;
        else if (!create && index < 0)
            cause = QStringLiteral("Configuration with the specified name was not found");
        if (cause.isEmpty()) {
            if (create)
                m_destinations.append(destination);
            else
                m_destinations[index] = destination;
            result.insert(QStringLiteral("status"), written);
            result.insert(QStringLiteral("etag"), QString::fromLatin1(opaqueTag(etagOf(destination))));
        } else {
            allWritten = false;
            result.insert(QStringLiteral("status"), !create ? 404 : cause == kDuplicate ? 409 : 400);
            result.insert(QStringLiteral("cause"), cause);
        }
        results.append(result);
    }
    return HttpResponse::json(allWritten ? written : 207, compact(results));
}

HttpResponse SandboxDestinationStore::createOne(const QJsonObject &destination)
{
    if (indexOf(destination.value(QStringLiteral("Name")).toString()) >= 0)
        return errorMessage(409, kDuplicate);
    if (m_destinations.size() >= MaxDestinations)
        return errorMessage(400, kLimitReached);
    m_destinations.append(destination);
    HttpResponse created; // 201 with an empty body, as the service answers a single create
    created.status = 201;
    return created;
}

HttpResponse SandboxDestinationStore::updateOne(const HttpRequest &request, const QJsonObject &destination)
{
    const int index = indexOf(destination.value(QStringLiteral("Name")).toString());
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    const QByteArray ifMatch = request.header("if-match");
    if (!ifMatch.isEmpty() && !tagMatches(ifMatch, etagOf(m_destinations[index])))
        return errorMessage(412, QStringLiteral("Precondition Failed: the destination was changed meanwhile"));
    m_destinations[index] = destination;
    HttpResponse response = HttpResponse::json(200, R"({"Count":1})");
    response.setHeader("ETag", etagOf(m_destinations[index]));
    return response;
}

HttpResponse SandboxDestinationStore::readDestination(const HttpRequest &request, const QString &name) const
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

HttpResponse SandboxDestinationStore::deleteDestination(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    m_destinations.removeAt(index);
    return HttpResponse::json(200, R"({"Count":1})");
}

int SandboxDestinationStore::certificateIndexOf(const QString &name) const
{
    return indexByName(m_certificates, name);
}

HttpResponse SandboxDestinationStore::listCertificates() const
{
    QJsonArray array;
    for (const QJsonObject &certificate : m_certificates)
        array.append(certificate);
    return HttpResponse::json(200, compact(array));
}

HttpResponse SandboxDestinationStore::writeCertificate(const HttpRequest &request)
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

HttpResponse SandboxDestinationStore::readCertificate(const QString &name) const
{
    const int index = certificateIndexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    return HttpResponse::json(200, compact(m_certificates[index]));
}

HttpResponse SandboxDestinationStore::deleteCertificate(const QString &name)
{
    const int index = certificateIndexOf(name);
    if (index < 0)
        return HttpResponse::json(404, kNotFound);
    m_certificates.removeAt(index);
    return HttpResponse::json(200, R"({"Count":1})");
}

bool SandboxDestinationStore::addCertificate(const QString &name, const QByteArray &content, QString *error)
{
    const QJsonObject certificate { { QStringLiteral("Name"), name },
                                    { QStringLiteral("Type"), QJsonValue::Null },
                                    { QStringLiteral("Content"), QString::fromLatin1(content.toBase64()) } };
    return addChecked(m_certificates, certificate, certificateProblem(certificate), MaxCertificates,
                      kCertificateLimitReached, error);
}

bool SandboxDestinationStore::removeCertificate(const QString &name)
{
    return removeByName(m_certificates, name);
}

QHash<QString, QByteArray> SandboxDestinationStore::certificateFiles() const
{
    QHash<QString, QByteArray> files;
    for (const QJsonObject &certificate : m_certificates)
        files.insert(certificate.value(QStringLiteral("Name")).toString(),
                     QByteArray::fromBase64(certificate.value(QStringLiteral("Content")).toString().toLatin1()));
    return files;
}
