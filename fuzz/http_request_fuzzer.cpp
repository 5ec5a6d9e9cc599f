// What the sandbox's HTTP server makes of the bytes a client sends on one connection: one request after the other
// (pipelined), each complete, still incomplete, or refused with its status (400, 413, 431, 501).
#include "FuzzSupport.h"
#include "sandbox/HttpRequestParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer = Fuzz::bytes(data, size);
    int start = 0;
    for (;;) {
        const HttpRequestParser::Result result = HttpRequestParser::parse(buffer, start);
        switch (result.outcome) {
        case HttpRequestParser::Result::Outcome::Incomplete:
            Fuzz::check(buffer.size() - start
                            <= HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 4,
                        "an incomplete request is never larger than the limits allow");
            return 0;
        case HttpRequestParser::Result::Outcome::Rejected:
            Fuzz::check(result.status == 400 || result.status == 413 || result.status == 431 || result.status == 501,
                        "a refused request gets one of the documented statuses");
            return 0;
        case HttpRequestParser::Result::Outcome::Complete:
            Fuzz::check(result.end > start && result.end <= buffer.size(), "a request ends after it starts, within");
            Fuzz::check(!result.request.method.isEmpty(), "a request has a method");
            Fuzz::check(result.request.body.size() <= HttpRequestParser::MaxBodyBytes, "a body is within its limit");
            result.request.query.queryItems(QUrl::FullyDecoded);
            start = result.end;
            break;
        }
    }
}
