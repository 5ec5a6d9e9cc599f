#include "formats/TaskCenterServiceKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fixture()
{
    QFile file(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
QByteArray withChange(const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(fixture()).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonObject inner = root.value(parts.at(0)).toObject();
    if (value.isUndefined())
        inner.remove(parts.at(1));
    else
        inner.insert(parts.at(1), value);
    root.insert(parts.at(0), inner);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestTaskCenterServiceKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedFields_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("file as downloaded") << fixture();
        QTest::newRow("cf CLI output")
            << QByteArray("Getting key tc-key for service instance default_taskcenter as admin...\n\n") + fixture();
        QTest::newRow("credentials wrapper") << QByteArray("{\"credentials\": ") + fixture() + QByteArray("}");
        QTest::newRow("CRLF line ends") << fixture().replace("\n", "\r\n");
    }
    void readsTheDocumentedFields()
    {
        QFETCH(QByteArray, text);
        const auto key = TaskCenterServiceKey::fromText(text);
        QVERIFY2(key.isValid(), qPrintable(key.errorMessage()));
        QCOMPARE(key.inboxRestUrl(),
                 QStringLiteral("https://api.example-inbox.cfapps.eu10.hana.ondemand.com/inbox-service/"));
        QCOMPARE(key.uaaUrl(), QStringLiteral("https://example-subaccount.authentication.eu10.hana.ondemand.com"));
        QCOMPARE(key.clientId(), QStringLiteral("sb-clone-example!b1234|inbox-service!b567"));
        QCOMPARE(key.clientSecret(), QStringLiteral("test-secret-not-real="));
        QCOMPARE(key.tokenUrl(),
                 QStringLiteral("https://example-subaccount.authentication.eu10.hana.ondemand.com/oauth/token"));
        QCOMPARE(key.inboxRestHost(), QStringLiteral("https://api.example-inbox.cfapps.eu10.hana.ondemand.com"));
    }

    void namesTheProblem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
        QTest::newRow("not JSON") << QByteArray("clientid: abc") << QStringLiteral("starts with {");
        QTest::newRow("truncated") << fixture().left(200) << QStringLiteral("cut off");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("starts with {");
        QTest::newRow("broken JSON") << QByteArray("{\"uaa\": }") << QStringLiteral("mistake at line 1, column 9");
        // A whole key with one comma too many: where, as an editor counts (not "copy it again").
        QTest::newRow("stray comma") << QByteArray("{\n  \"uaa\": {\n    \"clientid\": \"a\",\n  },\n  \"x\": 1\n}")
                                     << QStringLiteral("mistake at line 4, column 3");
        QTest::newRow("cut inside") << fixture().left(fixture().indexOf("}") + 1)
                                    << QStringLiteral("cut off: it ends before its last }");
        QTest::newRow("destination service key") << QByteArray(
            "{\"clientid\":\"a\",\"clientsecret\":\"b\",\"url\":\"https://x.authentication.eu10.hana.ondemand.com\","
            "\"uri\":\"https://destination-configuration.cfapps.eu10.hana.ondemand.com\"}")
                                                 << QStringLiteral("Destination service");
        QTest::newRow("no uaa") << QByteArray("{\"endpoints\":{\"inbox_rest_url\":\"https://a.b/\"}}")
                                << QStringLiteral("uaa");
        QTest::newRow("no inbox_rest_url")
            << withChange(QStringLiteral("endpoints.inbox_rest_url"), QJsonValue::Undefined)
            << QStringLiteral("endpoints.inbox_rest_url");
        QTest::newRow("no uaa.url") << withChange(QStringLiteral("uaa.url"), QJsonValue::Undefined)
                                    << QStringLiteral("uaa.url");
        QTest::newRow("no clientid") << withChange(QStringLiteral("uaa.clientid"), QJsonValue::Undefined)
                                     << QStringLiteral("uaa.clientid");
        QTest::newRow("no clientsecret") << withChange(QStringLiteral("uaa.clientsecret"), QJsonValue::Undefined)
                                         << QStringLiteral("uaa.clientsecret");
        QTest::newRow("clientid not text")
            << withChange(QStringLiteral("uaa.clientid"), 42) << QStringLiteral("uaa.clientid");
        QTest::newRow("url not https") << withChange(QStringLiteral("uaa.url"),
                                                     QStringLiteral("http://plain.example.com"))
                                       << QStringLiteral("uaa.url");
        QTest::newRow("url garbage") << withChange(QStringLiteral("uaa.url"), QStringLiteral("not a url"))
                                     << QStringLiteral("uaa.url");
    }
    void namesTheProblem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto key = TaskCenterServiceKey::fromText(text);
        QVERIFY(!key.isValid());
        QVERIFY2(key.errorMessage().contains(expected), qPrintable(key.errorMessage()));
    }

    void x509KeyExplainsTheMissingSecret()
    {
        QJsonObject root
            = QJsonDocument::fromJson(withChange(QStringLiteral("uaa.clientsecret"), QJsonValue::Undefined)).object();
        QJsonObject uaa = root.value(QStringLiteral("uaa")).toObject();
        uaa.insert(QStringLiteral("certificate"), QStringLiteral("-----BEGIN CERTIFICATE-----..."));
        root.insert(QStringLiteral("uaa"), uaa);
        const auto key = TaskCenterServiceKey::fromText(QJsonDocument(root).toJson());
        QVERIFY(!key.isValid());
        QVERIFY(key.errorMessage().contains(QStringLiteral("X.509")));
    }

    void secretCanBeLeftOutAndPutBack()
    {
        const auto full = TaskCenterServiceKey::fromText(fixture());
        const QByteArray saved = QJsonDocument(full.withoutSecret()).toJson();
        QVERIFY(!saved.contains("test-secret-not-real"));
        auto reread = TaskCenterServiceKey::fromText(saved);
        QVERIFY(!reread.isValid());
        QVERIFY(reread.lacksOnlyClientSecret());
        QCOMPARE(reread.clientId(), full.clientId());
        reread.setClientSecret(QStringLiteral("test-secret-not-real="));
        QVERIFY(reread.isValid());
        QCOMPARE(reread.clientSecret(), full.clientSecret());
    }

    void privateKeyIsNeverKept()
    {
        QJsonObject root = QJsonDocument::fromJson(fixture()).object();
        QJsonObject uaa = root.value(QStringLiteral("uaa")).toObject();
        uaa.insert(QStringLiteral("key"), QStringLiteral("-----BEGIN PRIVATE KEY-----secret-----END PRIVATE KEY-----"));
        root.insert(QStringLiteral("uaa"), uaa);
        const auto key = TaskCenterServiceKey::fromText(QJsonDocument(root).toJson());
        const QByteArray saved = QJsonDocument(key.withoutSecret()).toJson();
        QVERIFY(!saved.contains("PRIVATE KEY"));
        QVERIFY(!saved.contains("test-secret-not-real"));
        QVERIFY(saved.contains("uaa"));
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        const auto missing = TaskCenterServiceKey::fromFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.isValid());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("does not exist")));
        const auto fromFile
            = TaskCenterServiceKey::fromFile(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY2(fromFile.isValid(), qPrintable(fromFile.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTaskCenterServiceKey)
#include "tst_taskcenterservicekey.moc"
