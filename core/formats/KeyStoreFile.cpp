#include "formats/KeyStoreFile.h"

#include "files/BoundedFile.h"

#include <QSslCertificate>
#include <memory>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace {

struct Pkcs12Free
{
    void operator()(PKCS12 *p12) const { PKCS12_free(p12); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ChainFree
{
    void operator()(STACK_OF(X509) * chain) const { sk_X509_pop_free(chain, X509_free); }
};

// A Java key store starts with its magic number: 0xFEEDFEED (JKS) or 0xCECECECE (JCEKS).
bool isJavaKeyStore(const QByteArray &data)
{
    return data.startsWith(QByteArray::fromHex("feedfeed")) || data.startsWith(QByteArray::fromHex("cececece"));
}

// PKCS#12 leaves "no password" ambiguous: some tools protect the MAC with an empty password, some with none.
bool passwordOpens(PKCS12 *p12, const QByteArray &password)
{
    if (!PKCS12_mac_present(p12))
        return true;
    if (password.isEmpty())
        return PKCS12_verify_mac(p12, "", 0) == 1 || PKCS12_verify_mac(p12, nullptr, 0) == 1;
    return PKCS12_verify_mac(p12, password.constData(), int(password.size())) == 1;
}

} // namespace

KeyStoreFile KeyStoreFile::failure(Error error, const QString &message)
{
    KeyStoreFile file;
    file.m_error = error;
    file.m_errorMessage = message;
    return file;
}

KeyStoreFile KeyStoreFile::fromFile(const QString &path, const QString &password)
{
    QByteArray content;
    QString error;
    if (!BoundedFile::read(path, BoundedFile::SmallFile, &content, &error))
        return failure(Error::FileUnreadable, error);
    return fromData(content, password);
}

KeyStoreFile KeyStoreFile::fromData(const QByteArray &data, const QString &password)
{
    if (data.isEmpty())
        return failure(Error::Empty, tr("The key store file is empty. Export the key store again."));
    if (isJavaKeyStore(data)) {
        KeyStoreFile file;
        file.m_kind = Kind::JavaKeyStore;
        file.m_error = Error::None;
        file.m_data = data;
        return file;
    }
    const auto *cursor = reinterpret_cast<const unsigned char *>(data.constData());
    const std::unique_ptr<PKCS12, Pkcs12Free> p12(d2i_PKCS12(nullptr, &cursor, long(data.size())));
    if (!p12)
        return failure(Error::NotAKeyStore,
                       tr("This file is not a key store (.p12, .pfx or .jks). Choose the key store with the client "
                          "certificate and its private key, as it was exported for this connection."));
    const QByteArray utf8 = password.toUtf8();
    if (!passwordOpens(p12.get(), utf8))
        return failure(Error::WrongPassword,
                       tr("The password does not open this key store. Enter the password it was exported with; it "
                          "is case-sensitive."));
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const bool parsed
        = PKCS12_parse(p12.get(), utf8.isEmpty() ? nullptr : utf8.constData(), &key, &certificate, &chain) == 1
        || (utf8.isEmpty() && PKCS12_parse(p12.get(), "", &key, &certificate, &chain) == 1);
    const std::unique_ptr<EVP_PKEY, KeyFree> ownedKey(key);
    const std::unique_ptr<X509, X509Free> ownedCertificate(certificate);
    const std::unique_ptr<STACK_OF(X509), ChainFree> ownedChain(chain);
    if (!parsed || !key || !certificate)
        return failure(Error::NoCertificate,
                       tr("This key store holds no client certificate with its private key, which the destination "
                          "needs to authenticate. Export the certificate together with its private key."));
    const int length = i2d_X509(certificate, nullptr);
    QByteArray der(length > 0 ? length : 0, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (length <= 0 || i2d_X509(certificate, &out) != length)
        return failure(Error::NoCertificate,
                       tr("This key store holds no client certificate with its private key, which the destination "
                          "needs to authenticate. Export the certificate together with its private key."));
    const QSslCertificate client(der, QSsl::Der);
    KeyStoreFile file;
    file.m_kind = Kind::Pkcs12;
    file.m_error = Error::None;
    file.m_data = data;
    file.m_subject = client.subjectDisplayName();
    file.m_validUntil = client.expiryDate().toUTC();
    return file;
}
