// The Destination service key of a subaccount as it is opened or pasted, and the addresses a key that was read sends
// its client secret and tokens to.
#include "FuzzSupport.h"
#include "formats/DestinationServiceKey.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    DestinationServiceKey key = DestinationServiceKey::fromText(Fuzz::bytes(data, size));
    const QJsonObject saved = key.withoutSecret();
    Fuzz::check(!saved.contains(QStringLiteral("clientsecret")) && !saved.contains(QStringLiteral("key")),
                "withoutSecret() leaves the client secret and the private key out");
    if (key.isValid()) {
        // The client secret goes to tokenUrl(), the tokens to serviceUri(): https, or plain http to this machine only.
        Fuzz::check(isAllowedCredentialUrl(QUrl(key.tokenUrl())), "the token address may carry credentials");
        Fuzz::check(isAllowedCredentialUrl(QUrl(key.serviceUri())), "the service address may carry credentials");
    }
    if (key.lacksOnlyClientSecret()) {
        key.setClientSecret(QStringLiteral("secret-from-the-keychain"));
        Fuzz::check(key.isValid(), "a key lacking only its client secret is valid once it has one");
    }
    return 0;
}
