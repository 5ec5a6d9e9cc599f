#include "sandbox/HttpRequestParser.h"

#include <QList>
#include <QUrl>

namespace {

// Parses "Content-Length"; rejects anything but plain decimal digits so "-1" or "1e3" never pass.
bool parseLength(const QByteArray &value, qint64 *length)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 12)
        return false;
    for (char c : trimmed) {
        if (c < '0' || c > '9')
            return false;
    }
    *length = trimmed.toLongLong();
    return true;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

HttpRequestParser::Result rejected(int status)
{
    HttpRequestParser::Result result;
    result.outcome = HttpRequestParser::Result::Outcome::Rejected;
    result.status = status;
    return result;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &buffer, int start)
{
    const int headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd < 0)
        return buffer.size() - start > MaxHeaderBytes ? rejected(431) : Result {};
    if (headerEnd - start > MaxHeaderBytes)
        return rejected(431);

    const QList<QByteArray> lines = buffer.mid(start, headerEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')
        || !requestLine[2].startsWith("HTTP/1."))
        return rejected(400);
    Result result;
    HttpRequest &request = result.request;
    request.method = requestLine[0];
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            return rejected(400);
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Repeated headers are joined as RFC 9110 allows; Content-Length must not repeat with a new value.
        if (request.headers.contains(name)) {
            if (name == "content-length" && request.headers.value(name) != value)
                return rejected(400);
            request.headers[name] += ", " + value;
        } else {
            request.headers.insert(name, value);
        }
    }
    if (request.headers.contains("transfer-encoding"))
        return rejected(501);
    qint64 length = 0;
    if (request.headers.contains("content-length") && !parseLength(request.header("content-length"), &length))
        return rejected(400);
    if (length > MaxBodyBytes)
        return rejected(413);
    if (buffer.size() < headerEnd + 4 + length) {
        // curl and others wait for this before sending a larger body (RFC 9110 10.1.1).
        Result incomplete;
        incomplete.expectsContinue = request.header("expect").toLower() == "100-continue";
        return incomplete;
    }

    const QUrl url(QString::fromLatin1(requestLine[1]), QUrl::StrictMode);
    if (!url.isValid())
        return rejected(400);
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    request.body = buffer.mid(headerEnd + 4, int(length));
    result.outcome = Result::Outcome::Complete;
    result.end = headerEnd + 4 + int(length);
    const QByteArray connectionHeader = request.header("connection").toLower();
    result.keepAlive
        = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains("close") : connectionHeader.contains("keep-alive");
    return result;
}
