#include "HttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

struct HttpServer::Connection
{
    QByteArray buffer;
    int consumed = 0; // bytes of buffer already answered; dropped once per read, not once per request
    bool busy = false; // a (delayed) response is pending; later requests wait in the buffer
    bool closing = false; // the last answer said Connection: close; ignore whatever else arrives
    bool continueSent = false; // "100 Continue" was sent for the request being read
    bool scheduled = false; // more pipelined requests wait for the next turn of the event loop
    QTimer *idle = nullptr;
    QTimer *request = nullptr; // runs while a request is partly received
};

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "application/json;charset=UTF-8");
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "text/plain;charset=UTF-8");
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(quint16 port, QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void HttpServer::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort(); // disconnected() cleans up
    for (QTcpSocket *socket : sockets) {
        delete m_connections.take(socket);
        socket->deleteLater();
    }
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

QAbstractSocket::SocketError HttpServer::listenError() const
{
    return m_server->serverError();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

namespace {

// A client's network stack sends a larger body in pieces and holds the last piece back until the first is
// acknowledged (Nagle's algorithm); Linux acknowledges late (delayed ACK, about 40 ms), so each request with a
// body of some kilobytes would wait that long on loopback. Acknowledging at once, as a busy server on a network
// effectively does, keeps the sandbox's timings those of the work done. The kernel resets the mode after a while,
// hence after every read.
void acknowledgeAtOnce(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int on = 1;
    setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket)
#endif
}

} // namespace

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new Connection;
        connection->idle = new QTimer(socket);
        connection->idle->setSingleShot(true);
        connection->idle->setInterval(IdleTimeoutMs);
        connect(connection->idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        connection->idle->start();
        connection->request = new QTimer(socket);
        connection->request->setSingleShot(true);
        connection->request->setInterval(m_requestTimeoutMs);
        // Bytes trickling in keep a connection from idling out, but not its request from timing out.
        connect(connection->request, &QTimer::timeout, this, [this, socket] {
            Connection *c = m_connections.value(socket);
            if (!c || c->busy || c->closing)
                return;
            send(socket, HttpResponse::text(408, HttpResponse::reasonPhrase(408)), false);
        });
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (Connection *c = m_connections.value(socket)) {
                c->buffer.append(socket->readAll());
                acknowledgeAtOnce(socket);
                // While an answer is held back, a client could keep sending: never buffer more than one
                // request of the largest allowed size plus a header block.
                if (c->buffer.size() > MaxHeaderBytes + MaxBodyBytes + 4) {
                    socket->abort();
                    return;
                }
                c->idle->start();
                process(socket);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

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

} // namespace

void HttpServer::process(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || connection->scheduled)
        return;
    // Pipelined requests already in the buffer, one after the other: a loop, so that many of them in one read
    // cannot exhaust the stack, and a few per turn, so that a burst of them does not hold the others up.
    int answered = 0;
    bool more = false;
    while ((more = processNext(socket)) && ++answered < RequestsPerTurn) { }
    connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer.remove(0, connection->consumed);
    connection->consumed = 0;
    if (more && !connection->buffer.isEmpty()) {
        connection->scheduled = true;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [this, guard] {
            if (!guard)
                return;
            if (Connection *c = m_connections.value(guard.data()))
                c->scheduled = false;
            process(guard.data());
        });
    }
    // A request partly here must be complete in time; the clock runs from its first byte.
    if (connection->buffer.isEmpty() || connection->busy)
        connection->request->stop();
    else if (!connection->request->isActive())
        connection->request->start();
}

bool HttpServer::processNext(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || connection->busy || connection->closing)
        return false;
    auto reject = [this, socket](int status) {
        send(socket, HttpResponse::text(status, HttpResponse::reasonPhrase(status)), false);
    };
    QByteArray &buffer = connection->buffer;
    const int start = connection->consumed;
    const int headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd < 0) {
        if (buffer.size() - start > MaxHeaderBytes)
            reject(431);
        return false; // partial read: wait for more
    }
    if (headerEnd - start > MaxHeaderBytes) {
        reject(431);
        return false;
    }

    const QList<QByteArray> lines = buffer.mid(start, headerEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')
        || !requestLine[2].startsWith("HTTP/1.")) {
        reject(400);
        return false;
    }
    HttpRequest request;
    request.method = requestLine[0];
    request.peer = socket->peerAddress();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            reject(400);
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Repeated headers are joined as RFC 9110 allows; Content-Length must not repeat with a new value.
        if (request.headers.contains(name)) {
            if (name == "content-length" && request.headers.value(name) != value) {
                reject(400);
                return false;
            }
            request.headers[name] += ", " + value;
        } else {
            request.headers.insert(name, value);
        }
    }
    if (request.headers.contains("transfer-encoding")) {
        reject(501);
        return false;
    }
    qint64 length = 0;
    if (request.headers.contains("content-length") && !parseLength(request.header("content-length"), &length)) {
        reject(400);
        return false;
    }
    if (length > MaxBodyBytes) {
        reject(413);
        return false;
    }
    if (buffer.size() < headerEnd + 4 + length) {
        // curl and others wait for this before sending a larger body (RFC 9110 10.1.1).
        if (!connection->continueSent && request.header("expect").toLower() == "100-continue") {
            connection->continueSent = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return false; // the body is still arriving
    }
    connection->continueSent = false;

    const QUrl url(QString::fromLatin1(requestLine[1]), QUrl::StrictMode);
    if (!url.isValid()) {
        reject(400);
        return false;
    }
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    request.body = buffer.mid(headerEnd + 4, int(length));
    connection->consumed = headerEnd + 4 + int(length);
    connection->request->stop(); // this one is whole; the next one's clock starts with its first byte

    const QByteArray connectionHeader = request.header("connection").toLower();
    const bool keepAlive
        = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains("close") : connectionHeader.contains("keep-alive");
    const HttpResponse response = m_handler(request);
    if (response.dropConnection) {
        socket->abort();
        return false;
    }
    if (response.delayMs > 0) {
        connection->busy = true;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
            if (!guard)
                return;
            if (Connection *c = m_connections.value(guard.data()))
                c->busy = false;
            send(guard.data(), response, keepAlive);
            if (guard && keepAlive)
                process(guard.data());
        });
        return false;
    }
    send(socket, response, keepAlive);
    return keepAlive && m_connections.contains(socket);
}

void HttpServer::send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    QByteArray data = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        data += header.first + ": " + header.second + "\r\n";
    // 304 has no body; every other answer states its length so keep-alive clients know where it ends.
    if (response.status != 304 && response.status != 204)
        data += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    data += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    data += "\r\n";
    if (response.status != 304 && response.status != 204)
        data += response.body;
    socket->write(data);
    if (!keepAlive) {
        if (Connection *c = m_connections.value(socket)) {
            c->buffer.clear();
            c->consumed = 0;
            c->closing = true;
        }
        socket->disconnectFromHost();
    }
}
