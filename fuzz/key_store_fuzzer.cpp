// A key store as an administrator chooses it for a destination's KeyStoreLocation (PKCS#12, a Java key store, or any
// other file), with a password: the first line of the input is the password, the rest the file.
#include "FuzzSupport.h"
#include "formats/KeyStoreFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray input = Fuzz::bytes(data, size);
    const int newline = input.indexOf('\n');
    const QString password = newline < 0 ? QString() : QString::fromUtf8(input.left(newline));
    const QByteArray file = newline < 0 ? input : input.mid(newline + 1);
    const KeyStoreFile keyStore = KeyStoreFile::fromData(file, password);
    if (!keyStore.isValid()) {
        Fuzz::check(!keyStore.errorMessage().isEmpty(), "a refused key store says why");
        Fuzz::check(keyStore.data().isEmpty(), "a refused key store keeps nothing of the file");
        return 0;
    }
    Fuzz::check(keyStore.data() == file, "a key store goes up as it was chosen");
    keyStore.subject();
    keyStore.validUntil();
    return 0;
}
