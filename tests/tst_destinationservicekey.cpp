#include "formats/DestinationServiceKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

QJsonObject goodKey()
{
    QJsonObject key;
    key.insert(QStringLiteral("clientid"), QStringLiteral("sb-clone-dest!b1|destination-xsappname!b404"));
    key.insert(QStringLiteral("credential-type"), QStringLiteral("binding-secret"));
    key.insert(QStringLiteral("clientsecret"), QStringLiteral("dest-secret-not-real="));
    key.insert(QStringLiteral("uri"),
               QStringLiteral("https://destination-configuration.cfapps.eu10.hana.ondemand.com"));
    key.insert(QStringLiteral("url"), QStringLiteral("https://example.authentication.eu10.hana.ondemand.com"));
    key.insert(QStringLiteral("uaadomain"), QStringLiteral("authentication.eu10.hana.ondemand.com"));
    key.insert(QStringLiteral("identityzone"), QStringLiteral("example"));
    return key;
}
QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}
QByteArray withChange(const QString &field, const QJsonValue &value)
{
    QJsonObject key = goodKey();
    if (value.isUndefined())
        key.remove(field);
    else
        key.insert(field, value);
    return text(key);
}

} // namespace

class TestDestinationServiceKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedFields_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("cockpit JSON") << text(goodKey());
        QTest::newRow("cf CLI output") << QByteArray("Getting key dest-key for service instance dest as admin...\n\n")
                + text(goodKey());
        QTest::newRow("credentials wrapper") << QByteArray("{\"credentials\": ") + text(goodKey()) + QByteArray("}");
        QTest::newRow("CRLF line ends") << text(goodKey()).replace("\n", "\r\n");
        QTest::newRow("trailing slashes") << withChange(
            QStringLiteral("uri"), QStringLiteral("https://destination-configuration.cfapps.eu10.hana.ondemand.com/"));
    }
    void readsTheDocumentedFields()
    {
        QFETCH(QByteArray, text);
        const auto key = DestinationServiceKey::fromText(text);
        QVERIFY2(key.isValid(), qPrintable(key.errorMessage()));
        QCOMPARE(key.clientId(), QStringLiteral("sb-clone-dest!b1|destination-xsappname!b404"));
        QCOMPARE(key.clientSecret(), QStringLiteral("dest-secret-not-real="));
        QCOMPARE(key.tokenUrl(), QStringLiteral("https://example.authentication.eu10.hana.ondemand.com/oauth/token"));
        QCOMPARE(key.serviceUri(), QStringLiteral("https://destination-configuration.cfapps.eu10.hana.ondemand.com"));
        QCOMPARE(key.json().value(QStringLiteral("identityzone")).toString(), QStringLiteral("example"));
    }

    void namesTheProblem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("empty");
        QTest::newRow("not JSON") << QByteArray("clientid: abc") << QStringLiteral("starts with {");
        QTest::newRow("truncated") << text(goodKey()).left(60) << QStringLiteral("cut off");
        QTest::newRow("broken JSON") << QByteArray("{\"clientid\": }")
                                     << QStringLiteral("mistake at line 1, column 14");
        QTest::newRow("task center key") << QByteArray(
            "{\"uaa\":{\"clientid\":\"a\",\"clientsecret\":\"b\",\"url\":\"https://x.example\"},"
            "\"endpoints\":{\"inbox_rest_url\":\"https://api.example/inbox-service/\"}}")
                                         << QStringLiteral("SAP Task Center");
        QTest::newRow("task center key in wrapper")
            << QByteArray("{\"credentials\":{\"uaa\":{\"clientid\":\"a\"}}}") << QStringLiteral("SAP Task Center");
        QTest::newRow("no clientid") << withChange(QStringLiteral("clientid"), QJsonValue::Undefined)
                                     << QStringLiteral("clientid is missing");
        QTest::newRow("no url") << withChange(QStringLiteral("url"), QJsonValue::Undefined)
                                << QStringLiteral("url is missing");
        QTest::newRow("no uri") << withChange(QStringLiteral("uri"), QJsonValue::Undefined)
                                << QStringLiteral("uri is missing");
        QTest::newRow("no clientsecret") << withChange(QStringLiteral("clientsecret"), QJsonValue::Undefined)
                                         << QStringLiteral("clientsecret is missing");
        QTest::newRow("clientid not text")
            << withChange(QStringLiteral("clientid"), 42) << QStringLiteral("clientid is empty or not text");
        QTest::newRow("empty secret") << withChange(QStringLiteral("clientsecret"), QStringLiteral(" "))
                                      << QStringLiteral("clientsecret is empty");
        QTest::newRow("url http") << withChange(QStringLiteral("url"), QStringLiteral("http://auth.example.com"))
                                  << QStringLiteral("url is not an https://");
        QTest::newRow("uri http") << withChange(QStringLiteral("uri"), QStringLiteral("http://dest.example.com"))
                                  << QStringLiteral("uri is not an https://");
        QTest::newRow("uri http private address")
            << withChange(QStringLiteral("uri"), QStringLiteral("http://10.0.0.1:8080")) << QStringLiteral("uri");
        QTest::newRow("uri http localhost look-alike")
            << withChange(QStringLiteral("uri"), QStringLiteral("http://localhost.example.com"))
            << QStringLiteral("uri");
        QTest::newRow("url garbage") << withChange(QStringLiteral("url"), QStringLiteral("not a url"))
                                     << QStringLiteral("url is not");
        QTest::newRow("ftp") << withChange(QStringLiteral("uri"), QStringLiteral("ftp://dest.example.com"))
                             << QStringLiteral("uri is not");
    }
    void namesTheProblem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto key = DestinationServiceKey::fromText(text);
        QVERIFY(!key.isValid());
        QVERIFY2(key.errorMessage().contains(expected), qPrintable(key.errorMessage()));
    }

    void x509KeyIsExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("certificate") << QStringLiteral("certificate") << QStringLiteral("-----BEGIN CERTIFICATE-----");
        QTest::newRow("credential-type") << QStringLiteral("credential-type") << QStringLiteral("x509");
    }
    void x509KeyIsExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject key = goodKey();
        key.remove(QStringLiteral("clientsecret"));
        key.insert(field, value);
        const auto parsed = DestinationServiceKey::fromText(text(key));
        QVERIFY(!parsed.isValid());
        QVERIFY(!parsed.lacksOnlyClientSecret());
        QVERIFY2(parsed.errorMessage().contains(QStringLiteral("X.509")), qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(QStringLiteral("Only keys with a client secret")),
                 qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(QStringLiteral("create a new service key")),
                 qPrintable(parsed.errorMessage()));
    }

    void loopbackHttpIsAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://dest.example.com") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:4711") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3:4711") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:4711") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:4711") << true;
        QTest::newRow("LOCALHOST") << QStringLiteral("http://LOCALHOST:4711") << true;
        QTest::newRow("public http") << QStringLiteral("http://dest.example.com") << false;
        QTest::newRow("private http") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
        QTest::newRow("localhost suffix") << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("no host") << QStringLiteral("http://") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    }
    void loopbackHttpIsAccepted()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedCredentialUrl(QUrl(url)), allowed);
        if (url.startsWith(QStringLiteral("http"))) {
            QJsonObject key = goodKey();
            key.insert(QStringLiteral("uri"), url);
            key.insert(QStringLiteral("url"), url);
            QCOMPARE(DestinationServiceKey::fromText(text(key)).isValid(), allowed);
        }
    }

    void secretCanBeLeftOutAndPutBack()
    {
        const auto full = DestinationServiceKey::fromText(text(goodKey()));
        const QByteArray saved = QJsonDocument(full.withoutSecret()).toJson();
        QVERIFY(!saved.contains("dest-secret-not-real"));
        auto reread = DestinationServiceKey::fromText(saved);
        QVERIFY(!reread.isValid());
        QVERIFY(reread.lacksOnlyClientSecret());
        QCOMPARE(reread.clientId(), full.clientId());
        reread.setClientSecret(QStringLiteral("dest-secret-not-real="));
        QVERIFY2(reread.isValid(), qPrintable(reread.errorMessage()));
        QCOMPARE(reread.clientSecret(), full.clientSecret());
        QCOMPARE(reread.json(), full.json());
    }

    void privateKeyIsNeverKept()
    {
        // An X.509 key is refused, but whatever is kept of any key must not hold its private key.
        QJsonObject key = goodKey();
        key.insert(QStringLiteral("key"), QStringLiteral("-----BEGIN PRIVATE KEY-----secret-----END PRIVATE KEY-----"));
        const QByteArray saved = QJsonDocument(DestinationServiceKey::fromText(text(key)).withoutSecret()).toJson();
        QVERIFY(!saved.contains("PRIVATE KEY"));
        QVERIFY(!saved.contains("dest-secret-not-real"));
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        const auto missing = DestinationServiceKey::fromFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.isValid());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("does not exist")));
        QFile file(dir.filePath(QStringLiteral("key.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text(goodKey()));
        file.close();
        const auto fromFile = DestinationServiceKey::fromFile(file.fileName());
        QVERIFY2(fromFile.isValid(), qPrintable(fromFile.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDestinationServiceKey)
#include "tst_destinationservicekey.moc"
