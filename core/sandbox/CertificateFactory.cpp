#include "sandbox/CertificateFactory.h"

#include "sandbox/RsaKeys.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace CertificateFactory {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QString openSslError(const char *step)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(step), QString::fromLatin1(text));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

} // namespace

std::optional<GeneratedCertificate> createSelfSigned(const QString &commonName, const QDateTime &notBefore,
                                                     const QDateTime &notAfter, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<GeneratedCertificate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    PKeyPtr key(RsaKeys::generate());
    if (!key)
        return fail(openSslError("EVP_RSA_gen"));
    X509Ptr certificate(X509_new());
    if (!certificate || !X509_set_version(certificate.get(), 2))
        return fail(openSslError("X509_new"));

    // A random positive 64-bit serial, as CAs do, so two generated certificates never share one.
    BignumPtr serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return fail(openSslError("serial"));

    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch())))
        return fail(openSslError("validity"));

    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    // As a UTF8String set directly: SAP's destination trust names exceed the 64 characters OpenSSL's string
    // table allows a common name ("cfapps.eu10.hana.ondemand.com/" and a subaccount id are 66).
    if (!X509_NAME_add_entry_by_txt(name, "CN", V_ASN1_UTF8STRING,
                                    reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0)
        || !X509_set_issuer_name(certificate.get(), name) || !X509_set_pubkey(certificate.get(), key.get()))
        return fail(openSslError("name"));
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return fail(openSslError("X509_sign"));

    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || !PEM_write_bio_X509(certificateBio.get(), certificate.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return fail(openSslError("PEM"));
    return GeneratedCertificate { bioContents(certificateBio.get()), bioContents(keyBio.get()) };
}

} // namespace CertificateFactory
