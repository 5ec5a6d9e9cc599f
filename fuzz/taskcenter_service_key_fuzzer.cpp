// The SAP Task Center service key as it is opened or pasted (the cockpit's JSON, `cf service-key` output, a
// {"credentials": ...} wrapper, or anything else), and what the wizard takes from a key that was read.
#include "FuzzSupport.h"
#include "formats/TaskCenterServiceKey.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TaskCenterServiceKey key = TaskCenterServiceKey::fromText(Fuzz::bytes(data, size));
    // What is written next to a setup file must never hold the client secret.
    Fuzz::check(!key.withoutSecret().value(QStringLiteral("uaa")).toObject().contains(QStringLiteral("clientsecret")),
                "withoutSecret() leaves the client secret out");
    if (key.isValid()) {
        key.tokenUrl();
        key.inboxRestHost();
    }
    if (key.lacksOnlyClientSecret()) {
        // A key saved without its secret is made whole again with the secret from the keychain.
        key.setClientSecret(QStringLiteral("secret-from-the-keychain"));
        Fuzz::check(key.isValid(), "a key lacking only its client secret is valid once it has one");
    }
    return 0;
}
