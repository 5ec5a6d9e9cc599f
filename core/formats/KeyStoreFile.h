#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// A key store a destination names in KeyStoreLocation: the file of a client certificate and its private key, as an
// administrator exports it, for the subaccount's destination certificates. "You can use JKS, PFX, PEM, CER, CRT, and
// P12 files" (SAP BTP Connectivity, "Use Destination Certificates", loio df1bb55); SAP's task provider guides name a
// .p12 (SAP Cloud for Customer: c4c.p12). A PKCS#12 file (.p12, .pfx) is opened with its password, which checks
// both; a Java key store (.jks) is recognised by its first bytes only: OpenSSL cannot open one.
class KeyStoreFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyStoreFile)

public:
    enum class Kind { Pkcs12, JavaKeyStore };
    enum class Error { None, FileUnreadable, Empty, NotAKeyStore, WrongPassword, NoCertificate };

    // Reads the file (at most BoundedFile::SmallFile) and, for PKCS#12, opens it with the password.
    static KeyStoreFile fromFile(const QString &path, const QString &password);
    static KeyStoreFile fromData(const QByteArray &data, const QString &password);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // What is wrong and what to do next, in plain words.
    QString errorMessage() const { return m_errorMessage; }
    Kind kind() const { return m_kind; }
    // The file as it goes to the subaccount. It holds a private key: never logged, never written elsewhere.
    QByteArray data() const { return m_data; }
    // PKCS#12: the client certificate's subject and expiry (the first certificate with a private key); a Java key
    // store tells nothing without Java.
    QString subject() const { return m_subject; }
    QDateTime validUntil() const { return m_validUntil; }

private:
    static KeyStoreFile failure(Error error, const QString &message);

    Kind m_kind = Kind::Pkcs12;
    Error m_error = Error::Empty;
    QString m_errorMessage;
    QByteArray m_data;
    QString m_subject;
    QDateTime m_validUntil;
};
