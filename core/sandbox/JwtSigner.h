#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <memory>

// An RSA key pair that signs JSON Web Tokens with RS256, as XSUAA does (OpenSSL libcrypto).
// The sandbox subaccount uses it for its access tokens and publishes the public half under /token_keys.
class JwtSigner
{
public:
    JwtSigner();
    ~JwtSigner();
    JwtSigner(JwtSigner &&) noexcept;
    JwtSigner &operator=(JwtSigner &&) noexcept;

    // A new 2048-bit key, or the key from a PEM private key. False (and no key) on failure.
    bool generate();
    bool loadPrivateKeyPem(const QByteArray &pem);
    bool isNull() const;

    QByteArray privateKeyPem() const;
    QByteArray publicKeyPem() const;
    // header.payload.signature, each part base64url without padding.
    QByteArray sign(const QJsonObject &header, const QJsonObject &payload) const;
    // True when the token's RS256 signature was made by this key.
    bool verify(const QByteArray &token) const;
    // The JSON Web Key of the public key, with XSUAA's extra "value" (PEM) member.
    QJsonObject jwk(const QString &keyId) const;

    static QByteArray base64Url(const QByteArray &data);

private:
    struct Key;
    std::unique_ptr<Key> m_key;
};
