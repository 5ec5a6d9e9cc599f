#include "OpenSslTool.h"
#include "formats/TrustCertificate.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTrustCertificate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_pem; // made by the openssl command line, valid 400 days
    QString m_fingerprint; // as openssl prints it

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray body(const QByteArray &pem)
    {
        QByteArray text = pem;
        text.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "");
        return text.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QVERIFY(m_dir.isValid());
        runOpenSsl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=subaccount-trust/O=Example Org/C=DE"), QStringLiteral("-days"),
                     QStringLiteral("400"), QStringLiteral("-keyout"), path(QStringLiteral("key.pem")),
                     QStringLiteral("-out"), path(QStringLiteral("cert.pem")) });
        m_pem = read(path(QStringLiteral("cert.pem")));
        QVERIFY(m_pem.startsWith("-----BEGIN CERTIFICATE-----"));
        runOpenSsl({ QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("cert.pem")),
                     QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                     path(QStringLiteral("cert.der")) });
        runOpenSsl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                     path(QStringLiteral("key.pem")), QStringLiteral("-subj"), QStringLiteral("/CN=request"),
                     QStringLiteral("-out"), path(QStringLiteral("request.pem")) });
        runOpenSsl({ QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("key.pem")),
                     QStringLiteral("-pubout"), QStringLiteral("-out"), path(QStringLiteral("public.pem")) });
        const QByteArray fingerprint
            = runOpenSsl({ QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("cert.pem")),
                           QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
        m_fingerprint = QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1).trimmed());
        QVERIFY(m_fingerprint.size() == 95);
    }

    // SAP names the subaccount in its destination trust certificate's subject; any other certificate names none.
    void namesItsSubaccount()
    {
        // SAP's own form is longer than the openssl command lets a common name be, hence made with the factory.
        const QString id = QStringLiteral("8fe3a7d2-1c4b-4e7f-9a1d-2b3c4d5e6f70");
        const QString commonName = QStringLiteral("cfapps.eu10.hana.ondemand.com/") + id.toUpper();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto generated = CertificateFactory::createSelfSigned(commonName, now, now.addDays(30));
        QVERIFY(generated);
        const auto sap = TrustCertificate::fromData(generated->certificatePem);
        QVERIFY2(sap.isValid(), qPrintable(sap.errorMessage()));
        QCOMPARE(sap.subjectCommonName(), commonName);
        QCOMPARE(sap.subaccountId(), id);
        QVERIFY(TrustCertificate::fromData(m_pem).subaccountId().isEmpty());
        const auto other = CertificateFactory::createSelfSigned(QStringLiteral("cfapps.eu10.hana.ondemand.com/acme"),
                                                                now, now.addDays(30));
        QVERIFY(other);
        QVERIFY(TrustCertificate::fromData(other->certificatePem).subaccountId().isEmpty());
    }

    void acceptsEveryForm_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("PEM") << m_pem;
        QTest::newRow("DER") << read(path(QStringLiteral("cert.der")));
        QTest::newRow("CRLF") << QByteArray(m_pem).replace("\n", "\r\n");
        QTest::newRow("bare base64 with line breaks") << body(m_pem);
        QTest::newRow("bare base64 on one line") << body(m_pem).replace("\n", "");
        QTest::newRow("text around the PEM") << QByteArray("Exported from the cockpit\n\n") + m_pem + "\nend\n";
        QTest::newRow("two certificates, first counts") << m_pem
                + CertificateFactory::createSelfSigned(QStringLiteral("second"), QDateTime::currentDateTimeUtc(),
                                                       QDateTime::currentDateTimeUtc().addDays(5))
                      ->certificatePem;
        QTest::newRow("leading spaces and indentation") << QByteArray("   ") + QByteArray(m_pem).replace("\n", "\n  ");
    }
    void acceptsEveryForm()
    {
        QFETCH(QByteArray, data);
        const auto certificate = TrustCertificate::fromData(data);
        QVERIFY2(certificate.isValid(), qPrintable(certificate.errorMessage()));
        QCOMPARE(certificate.sha256Fingerprint(), m_fingerprint);
        QCOMPARE(certificate.subjectCommonName(), QStringLiteral("subaccount-trust"));
        QVERIFY(certificate.subject().contains(QStringLiteral("O=Example Org")));
        QCOMPARE(certificate.issuer(), certificate.subject());
    }

    void bodyForSuccessFactorsIsOneLine()
    {
        const auto certificate = TrustCertificate::fromData(m_pem);
        const QString oneLine = certificate.base64Body();
        QVERIFY(!oneLine.contains(QLatin1Char('\n')) && !oneLine.contains(QLatin1Char('-')));
        QCOMPARE(oneLine.toLatin1(), body(m_pem).replace("\n", ""));
        QCOMPARE(TrustCertificate::fromData(oneLine.toLatin1()).sha256Fingerprint(), m_fingerprint);
        QCOMPARE(TrustCertificate::fromData(certificate.toPem()).sha256Fingerprint(), m_fingerprint);
    }

    void validity_data()
    {
        QTest::addColumn<int>("startDays");
        QTest::addColumn<int>("endDays");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("daysLeft");
        QTest::addColumn<QString>("wording");
        QTest::newRow("valid 400 days") << -1 << 400 << int(TrustCertificate::Status::Valid) << qint64(399) << "valid";
        QTest::newRow("30 whole days left")
            << -1 << 31 << int(TrustCertificate::Status::Valid) << qint64(30) << "valid";
        QTest::newRow("just under 30 days left")
            << -1 << 30 << int(TrustCertificate::Status::ExpiringSoon) << qint64(29) << "expires in 29 day";
        QTest::newRow("expiring in 10 days")
            << -300 << 10 << int(TrustCertificate::Status::ExpiringSoon) << qint64(9) << "Rotate";
        QTest::newRow("expired 3 days ago")
            << -700 << -3 << int(TrustCertificate::Status::Expired) << qint64(-3) << "expired";
        QTest::newRow("not yet valid") << 2 << 400 << int(TrustCertificate::Status::NotYetValid) << qint64(399)
                                       << "not valid before";
    }
    void validity()
    {
        QFETCH(int, startDays);
        QFETCH(int, endDays);
        QFETCH(int, status);
        QFETCH(qint64, daysLeft);
        QFETCH(QString, wording);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // One minute less than whole days, so "daysLeft" counts complete days.
        const auto generated = CertificateFactory::createSelfSigned(QStringLiteral("validity"), now.addDays(startDays),
                                                                    now.addDays(endDays).addSecs(-60));
        QVERIFY(generated);
        const auto certificate = TrustCertificate::fromData(generated->certificatePem);
        QVERIFY(certificate.isValid());
        QCOMPARE(int(certificate.status(now)), status);
        QCOMPARE(certificate.daysLeft(now), daysLeft);
        QVERIFY2(certificate.statusText(now).contains(wording), qPrintable(certificate.statusText(now)));
        // The factory's certificate reads the same in openssl.
        QFile file(path(QStringLiteral("generated.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(generated->certificatePem);
        file.close();
        const QByteArray subject = runOpenSsl({ QStringLiteral("x509"), QStringLiteral("-in"), file.fileName(),
                                                QStringLiteral("-noout"), QStringLiteral("-subject") });
        QVERIFY2(subject.contains("CN = validity") || subject.contains("CN=validity"), subject.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("error");
        const auto truncatedBody = [this]() -> QByteArray {
            QByteArray text = m_pem;
            return text.left(text.size() / 2) + "\n-----END CERTIFICATE-----\n";
        };
        QTest::newRow("empty") << QByteArray() << int(TrustCertificate::Error::Empty);
        QTest::newRow("whitespace") << QByteArray(" \r\n\t\n") << int(TrustCertificate::Error::Empty);
        QTest::newRow("private key") << read(path(QStringLiteral("key.pem")))
                                     << int(TrustCertificate::Error::PrivateKey);
        QTest::newRow("key and certificate")
            << read(path(QStringLiteral("key.pem"))) + m_pem << int(TrustCertificate::Error::PrivateKey);
        QTest::newRow("public key") << read(path(QStringLiteral("public.pem")))
                                    << int(TrustCertificate::Error::PublicKeyOrRequest);
        QTest::newRow("certificate request")
            << read(path(QStringLiteral("request.pem"))) << int(TrustCertificate::Error::PublicKeyOrRequest);
        QTest::newRow("END line cut off")
            << m_pem.left(m_pem.indexOf("-----END")) << int(TrustCertificate::Error::Truncated);
        QTest::newRow("body cut in half") << truncatedBody() << int(TrustCertificate::Error::Truncated);
        QTest::newRow("DER cut short") << read(path(QStringLiteral("cert.der"))).left(300)
                                       << int(TrustCertificate::Error::Truncated);
        QTest::newRow("random bytes") << QByteArray("\x01\x02\xff\xfe garbage \x00\x10", 16)
                                      << int(TrustCertificate::Error::NotACertificate);
        QTest::newRow("JSON") << QByteArray("{\"certificate\": 42}") << int(TrustCertificate::Error::NotACertificate);
        QTest::newRow("plain words") << QByteArray("hello world") << int(TrustCertificate::Error::NotACertificate);
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, error);
        const auto certificate = TrustCertificate::fromData(data);
        QVERIFY(!certificate.isValid());
        QCOMPARE(int(certificate.error()), error);
        QVERIFY(!certificate.errorMessage().isEmpty());
    }

    void files()
    {
        QVERIFY(TrustCertificate::fromFile(path(QStringLiteral("cert.der"))).isValid());
        const auto missing = TrustCertificate::fromFile(path(QStringLiteral("missing.pem")));
        QCOMPARE(missing.error(), TrustCertificate::Error::FileUnreadable);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("does not exist")));
        const auto folder = TrustCertificate::fromFile(m_dir.path());
        QVERIFY(!folder.isValid());
    }
};

QTEST_GUILESS_MAIN(TestTrustCertificate)
#include "tst_trustcertificate.moc"
