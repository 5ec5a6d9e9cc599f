#include "sandbox/HttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
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
                if (c->buffer.size() > HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 4) {
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
    HttpRequestParser::Result parsed = HttpRequestParser::parse(connection->buffer, connection->consumed);
    switch (parsed.outcome) {
    case HttpRequestParser::Result::Outcome::Rejected:
        send(socket, HttpResponse::text(parsed.status, HttpResponse::reasonPhrase(parsed.status)), false);
        return false;
    case HttpRequestParser::Result::Outcome::Incomplete:
        if (parsed.expectsContinue && !connection->continueSent) {
            connection->continueSent = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return false; // partial read: wait for more
    case HttpRequestParser::Result::Outcome::Complete:
        break;
    }
    connection->continueSent = false;
    HttpRequest &request = parsed.request;
    request.peer = socket->peerAddress();
    connection->consumed = parsed.end;
    connection->request->stop(); // this one is whole; the next one's clock starts with its first byte

    const bool keepAlive = parsed.keepAlive;
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
