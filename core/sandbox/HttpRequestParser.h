#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

// One parsed HTTP/1.1 request. Header names are lower-cased; the path is percent-decoded.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// Reads one HTTP/1.1 request from the bytes a connection has received so far, with no socket at hand, so that what
// the sandbox's server makes of bytes from a client can be tried on bytes alone (tests, fuzzing). Bodies with
// Content-Length only (no chunked requests); the header block and the body are capped.
class HttpRequestParser
{
public:
    static constexpr int MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxBodyBytes = 4 * 1024 * 1024;

    struct Result
    {
        enum class Outcome {
            Incomplete, // wait for more bytes
            Complete, // request holds the request; the next one starts at end
            Rejected, // answer status and close the connection
        };
        Outcome outcome = Outcome::Incomplete;
        int status = 0; // Rejected: 400, 413, 431 or 501
        // Incomplete: the header block is whole, the body is not, and the client waits for "100 Continue".
        bool expectsContinue = false;
        HttpRequest request;
        int end = 0;
        // Complete: whether the connection stays open after the answer (HTTP/1.1 unless "close", HTTP/1.0 only with
        // "keep-alive").
        bool keepAlive = false;
    };

    // The request that starts at offset start of buffer.
    static Result parse(const QByteArray &buffer, int start);
};
