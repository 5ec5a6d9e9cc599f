// The sandbox subaccount's token handling, over requests as its server reads them: the token endpoint (form fields,
// client credentials in the body or as Basic authentication, grant types) and the bearer token every Destination
// service call must carry (checked against the tokens issued and their RS256 signature). "$TOKEN" in an input stands
// for a token the sandbox really issued, so that inputs can start from a valid one. Only requests that change
// nothing but the issued tokens are answered, so every input meets the same sandbox.
#include "FuzzSupport.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/HttpServer.h"
#include "sandbox/JwtSigner.h"
#include "sandbox/SandboxSubaccount.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kTokenPath = QStringLiteral("/oauth/token");
const QString kUaaTokenPath = QStringLiteral("/uaa/oauth/token");

struct Sandbox
{
    SandboxSubaccount subaccount;
    QByteArray token;

    Sandbox()
    {
        // The client the seeds authenticate as.
        subaccount.setClientCredentials(QStringLiteral("sb-fuzz!b1|destination-xsappname!b62"),
                                        QStringLiteral("fuzz-secret$1"));
        // Its keys are made when it starts; it need not listen for requests handed over directly.
        Fuzz::check(subaccount.start(0) && subaccount.seed(SandboxSubaccount::Seed::Demo), "the sandbox starts");
        subaccount.stop();
        // Tokens issued by inputs push the oldest out: the sandbox stays small however long the run.
        subaccount.setMaxTokens(16);
        HttpRequest request;
        request.method = "POST";
        request.path = kTokenPath;
        request.body = "grant_type=client_credentials&client_id=sb-fuzz%21b1%7Cdestination-xsappname%21b62"
                       "&client_secret=fuzz-secret%241";
        const HttpResponse response = subaccount.handle(request);
        token = QJsonDocument::fromJson(response.body)
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .toLatin1();
        Fuzz::check(response.status == 200 && !token.isEmpty(), "the sandbox issues a token");
    }
};

bool changesOnlyTokens(const HttpRequest &request)
{
    return request.method == "GET"
        || (request.method == "POST" && (request.path == kTokenPath || request.path == kUaaTokenPath));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static Sandbox sandbox;
    // A key of its own: whatever the bearer token, its signature check must end with yes or no.
    static const JwtSigner otherKey = [] {
        JwtSigner signer;
        Fuzz::check(signer.generate(), "a signing key is made");
        return signer;
    }();

    QByteArray buffer = Fuzz::bytes(data, size);
    buffer.replace("$TOKEN", sandbox.token);
    int start = 0;
    for (;;) {
        const HttpRequestParser::Result parsed = HttpRequestParser::parse(buffer, start);
        if (parsed.outcome != HttpRequestParser::Result::Outcome::Complete)
            return 0;
        start = parsed.end;
        HttpRequest request = parsed.request;
        request.peer = QHostAddress::LocalHost;
        const QByteArray authorization = request.header("authorization");
        otherKey.verify(authorization.mid(authorization.indexOf(' ') + 1));
        if (!changesOnlyTokens(request))
            continue;
        const HttpResponse response = sandbox.subaccount.handle(request);
        Fuzz::check(response.status >= 200 && response.status < 600, "every request is answered with a status");
    }
}
