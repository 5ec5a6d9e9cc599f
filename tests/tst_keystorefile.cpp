// Key stores as administrators export them for a destination's KeyStoreLocation, made by the real openssl tool.
#include "OpenSslTool.h"
#include "formats/KeyStoreFile.h"

#include <QTemporaryDir>
#include <QTest>

class TestKeyStoreFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_key;
    QString m_certificate;

    QByteArray exportPkcs12(const QStringList &options, const QString &password)
    {
        const QString out = m_folder.filePath(QStringLiteral("out.p12"));
        QFile::remove(out);
        runOpenSsl(QStringList { QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                                 m_certificate, QStringLiteral("-passout"), QStringLiteral("pass:") + password,
                                 QStringLiteral("-out"), out }
                   + options);
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_key = m_folder.filePath(QStringLiteral("client-key.pem"));
        m_certificate = m_folder.filePath(QStringLiteral("client.pem"));
        runOpenSsl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate,
                     QStringLiteral("-subj"), QStringLiteral("/CN=taskcenter-c4c"), QStringLiteral("-days"),
                     QStringLiteral("30") });
        QVERIFY(QFile::exists(m_certificate));
    }

    void opensWithItsPassword()
    {
        const QByteArray data = exportPkcs12({ QStringLiteral("-inkey"), m_key }, QStringLiteral("Ks-Passw0rd"));
        QVERIFY(!data.isEmpty());
        const KeyStoreFile keyStore = KeyStoreFile::fromData(data, QStringLiteral("Ks-Passw0rd"));
        QVERIFY2(keyStore.isValid(), qPrintable(keyStore.errorMessage()));
        QCOMPARE(keyStore.kind(), KeyStoreFile::Kind::Pkcs12);
        QCOMPARE(keyStore.data(), data);
        QVERIFY2(keyStore.subject().contains(QStringLiteral("taskcenter-c4c")), qPrintable(keyStore.subject()));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(keyStore.validUntil());
        QVERIFY2(days >= 28 && days <= 30, qPrintable(QString::number(days)));
    }

    void wrongPasswordIsSaidAsSuch()
    {
        const QByteArray data = exportPkcs12({ QStringLiteral("-inkey"), m_key }, QStringLiteral("Ks-Passw0rd"));
        for (const QString &wrong : { QStringLiteral("ks-passw0rd"), QString() }) {
            const KeyStoreFile keyStore = KeyStoreFile::fromData(data, wrong);
            QCOMPARE(keyStore.error(), KeyStoreFile::Error::WrongPassword);
            QVERIFY(keyStore.errorMessage().contains(QStringLiteral("password")));
            QVERIFY(keyStore.data().isEmpty());
        }
    }

    void anEmptyPasswordOpensAStoreExportedWithout()
    {
        const QByteArray data = exportPkcs12({ QStringLiteral("-inkey"), m_key }, QString());
        const KeyStoreFile keyStore = KeyStoreFile::fromData(data, QString());
        QVERIFY2(keyStore.isValid(), qPrintable(keyStore.errorMessage()));
    }

    void aStoreWithoutItsKeyCannotAuthenticate()
    {
        const QByteArray data = exportPkcs12({ QStringLiteral("-nokeys") }, QStringLiteral("Ks-Passw0rd"));
        QVERIFY(!data.isEmpty());
        const KeyStoreFile keyStore = KeyStoreFile::fromData(data, QStringLiteral("Ks-Passw0rd"));
        QCOMPARE(keyStore.error(), KeyStoreFile::Error::NoCertificate);
        QVERIFY(keyStore.errorMessage().contains(QStringLiteral("private key")));
    }

    void otherFilesAreNoKeyStores()
    {
        QFile certificate(m_certificate);
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QCOMPARE(KeyStoreFile::fromData(certificate.readAll(), QString()).error(), KeyStoreFile::Error::NotAKeyStore);
        QCOMPARE(KeyStoreFile::fromData("not a key store", QString()).error(), KeyStoreFile::Error::NotAKeyStore);
        QCOMPARE(KeyStoreFile::fromData({}, QString()).error(), KeyStoreFile::Error::Empty);
        QCOMPARE(KeyStoreFile::fromFile(m_folder.filePath(QStringLiteral("missing.p12")), QString()).error(),
                 KeyStoreFile::Error::FileUnreadable);
    }

    // OpenSSL cannot open a Java key store: it is taken by its magic number, the password unchecked.
    void aJavaKeyStoreIsRecognised()
    {
        const QByteArray jks = QByteArray::fromHex("feedfeed00000002") + QByteArray(64, '\x01');
        const KeyStoreFile keyStore = KeyStoreFile::fromData(jks, QStringLiteral("anything"));
        QVERIFY(keyStore.isValid());
        QCOMPARE(keyStore.kind(), KeyStoreFile::Kind::JavaKeyStore);
        QCOMPARE(keyStore.data(), jks);
    }
};

QTEST_GUILESS_MAIN(TestKeyStoreFile)
#include "tst_keystorefile.moc"
