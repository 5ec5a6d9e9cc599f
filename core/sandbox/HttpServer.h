#pragma once

#include "sandbox/HttpRequestParser.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>

class QTcpServer;
class QTcpSocket;

// What a handler answers. delayMs and dropConnection let the sandbox simulate slow or broken networks.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool dropConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body);
    static QByteArray reasonPhrase(int status);
};

// A deliberately small HTTP/1.1 server on QTcpServer for the built-in sandbox: keep-alive, bodies with
// Content-Length (no chunked requests), one request at a time per connection. Header blocks and bodies are
// capped (431, 413), a request must arrive within a time (408), the number of connections is bounded, and a burst of
// pipelined requests is answered a few at a time so other clients are not starved; garbage gets a 400 and the
// connection is closed. It is not a general web server: it listens on
// loopback only and serves tests and local demos.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr int IdleTimeoutMs = 60 * 1000;
    static constexpr int MaxConnections = 256;
    // A request must arrive whole within this time from its first byte (a client that trickles bytes gets 408).
    static constexpr int DefaultRequestTimeoutMs = 10 * 1000;
    // Pipelined requests answered in one go before other connections get their turn.
    static constexpr int RequestsPerTurn = 16;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    // Why the last listen() failed, e.g. QAbstractSocket::AddressInUseError.
    QAbstractSocket::SocketError listenError() const;
    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }

private:
    struct Connection;
    void onNewConnection();
    void process(QTcpSocket *socket);
    // Answers the first complete request in the socket's buffer; true when the next one may follow now.
    bool processNext(QTcpSocket *socket);
    void send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection *> m_connections;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
};
