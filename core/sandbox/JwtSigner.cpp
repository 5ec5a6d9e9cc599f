#include "sandbox/JwtSigner.h"

#include "sandbox/RsaKeys.h"

#include <QJsonDocument>
#include <QList>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

struct JwtSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &number))
        return {};
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

} // namespace

JwtSigner::JwtSigner() = default;
JwtSigner::~JwtSigner() = default;
JwtSigner::JwtSigner(JwtSigner &&) noexcept = default;
JwtSigner &JwtSigner::operator=(JwtSigner &&) noexcept = default;

bool JwtSigner::generate()
{
    auto key = std::make_unique<Key>();
    key->pkey = RsaKeys::generate();
    if (!key->pkey)
        return false;
    m_key = std::move(key);
    return true;
}

bool JwtSigner::loadPrivateKeyPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return false;
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
        EVP_PKEY_free(pkey);
        return false;
    }
    m_key = std::make_unique<Key>();
    m_key->pkey = pkey;
    return true;
}

bool JwtSigner::isNull() const
{
    return !m_key;
}

QByteArray JwtSigner::privateKeyPem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (PEM_write_bio_PrivateKey(bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr))
        pem = bioContents(bio);
    BIO_free(bio);
    return pem;
}

QByteArray JwtSigner::publicKeyPem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (PEM_write_bio_PUBKEY(bio, m_key->pkey))
        pem = bioContents(bio);
    BIO_free(bio);
    return pem;
}

QByteArray JwtSigner::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray JwtSigner::sign(const QJsonObject &header, const QJsonObject &payload) const
{
    if (!m_key)
        return {};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (context && EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
            == 1) {
        signature.resize(int(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            == 1)
            signature.resize(int(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(context);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64Url(signature);
}

bool JwtSigner::verify(const QByteArray &token) const
{
    if (!m_key)
        return false;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray signature
        = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = context && EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

QJsonObject JwtSigner::jwk(const QString &keyId) const
{
    if (!m_key)
        return {};
    return QJsonObject {
        { QStringLiteral("kty"), QStringLiteral("RSA") },
        { QStringLiteral("e"), QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E))) },
        { QStringLiteral("use"), QStringLiteral("sig") },
        { QStringLiteral("kid"), keyId },
        { QStringLiteral("alg"), QStringLiteral("RS256") },
        { QStringLiteral("value"), QString::fromLatin1(publicKeyPem()) },
        { QStringLiteral("n"), QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N))) }
    };
}
