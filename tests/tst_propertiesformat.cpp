#include "formats/DestinationExporter.h"
#include "formats/PropertiesFormat.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

Destination sample()
{
    return Destination({ { QStringLiteral("Name"), QStringLiteral("SF_PP"), false },
                         { QStringLiteral("URL"), QStringLiteral("https://api4.successfactors.com/api-ext/"), false },
                         { QStringLiteral("clientKey"), QStringLiteral("key=secret!"), true },
                         { QStringLiteral("companyId"), QStringLiteral("ACME"), false } });
}

const QDateTime kTimestamp(QDate(2021, 8, 17), QTime(15, 18, 32), Qt::UTC);

} // namespace

class TestPropertiesFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesLikeJava_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escapedValue");
        QTest::addColumn<QString>("escapedKey");
        QTest::newRow("plain") << "abc"
                               << "abc"
                               << "abc";
        QTest::newRow("colon and equals") << "a:b=c"
                                          << "a\\:b\\=c"
                                          << "a\\:b\\=c";
        QTest::newRow("hash and bang") << "#x!y"
                                       << "\\#x\\!y"
                                       << "\\#x\\!y";
        QTest::newRow("backslash") << "a\\b"
                                   << "a\\\\b"
                                   << "a\\\\b";
        QTest::newRow("spaces") << " a b "
                                << "\\ a b "
                                << "\\ a\\ b\\ ";
        QTest::newRow("control") << "a\tb\nc\rd\fe"
                                 << "a\\tb\\nc\\rd\\fe"
                                 << "a\\tb\\nc\\rd\\fe";
        QTest::newRow("umlaut") << QStringLiteral("Müller") << "M\\u00FCller"
                                << "M\\u00FCller";
        QTest::newRow("euro") << QStringLiteral("5€") << "5\\u20AC"
                              << "5\\u20AC";
        QTest::newRow("CJK") << QStringLiteral("任务") << "\\u4EFB\\u52A1"
                             << "\\u4EFB\\u52A1";
        QTest::newRow("emoji") << QStringLiteral("ok😀") << "ok\\uD83D\\uDE00"
                               << "ok\\uD83D\\uDE00";
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << "a\\u007F"
                             << "a\\u007F";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void escapesLikeJava()
    {
        QFETCH(QString, value);
        QFETCH(QString, escapedValue);
        QFETCH(QString, escapedKey);
        QCOMPARE(PropertiesFormat::escapeValue(value), escapedValue);
        QCOMPARE(PropertiesFormat::escapeKey(value), escapedKey);
        // And back: a destination with that key and value reads the same.
        const Destination destination({ { value.isEmpty() ? QStringLiteral("k") : value, value, false } });
        const auto parsed = PropertiesFormat::parse(PropertiesFormat::write(destination, true, kTimestamp));
        QCOMPARE(parsed.properties.size(), 1);
        QCOMPARE(parsed.properties.first().key, value.isEmpty() ? QStringLiteral("k") : value);
        QCOMPARE(parsed.properties.first().value, value);
    }

    void writesTheCockpitLayout()
    {
        const QByteArray withoutSecrets = PropertiesFormat::write(sample(), false, kTimestamp);
        QCOMPARE(withoutSecrets,
                 QByteArray("#clientKey=<< Existing password/certificate removed on export >>\n"
                            "#\n"
                            "#Tue Aug 17 15:18:32 UTC 2021\n"
                            "Name=SF_PP\n"
                            "URL=https\\://api4.successfactors.com/api-ext/\n"
                            "companyId=ACME\n"));
        const QByteArray withSecrets = PropertiesFormat::write(sample(), true, kTimestamp);
        QCOMPARE(withSecrets,
                 QByteArray("#\n"
                            "#Tue Aug 17 15:18:32 UTC 2021\n"
                            "Name=SF_PP\n"
                            "URL=https\\://api4.successfactors.com/api-ext/\n"
                            "clientKey=key\\=secret\\!\n"
                            "companyId=ACME\n"));
        const auto parsed = PropertiesFormat::parse(withoutSecrets);
        QCOMPARE(parsed.removedSecretKeys, QStringList { QStringLiteral("clientKey") });
        QCOMPARE(parsed.properties.size(), 3);
    }

    void readsWhatPeopleWrite_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unescaped URL") << QByteArray("URL=https://a.example.com/x\n") << "URL"
                                       << "https://a.example.com/x";
        QTest::newRow("colon separator") << QByteArray("Name: SF\n") << "Name"
                                         << "SF";
        QTest::newRow("space separator") << QByteArray("Name SF\n") << "Name"
                                         << "SF";
        QTest::newRow("leading blanks, CRLF") << QByteArray("   Type = HTTP\r\n") << "Type"
                                              << "HTTP";
        QTest::newRow("continuation") << QByteArray("Description=one \\\n    two\n") << "Description"
                                      << "one two";
        QTest::newRow("escaped separator in key") << QByteArray("a\\=b=c\n") << "a=b"
                                                  << "c";
        QTest::newRow("unicode escape") << QByteArray("n=M\\u00fcller\n") << "n" << QStringLiteral("Müller");
        QTest::newRow("UTF-8 as typed") << QByteArray("n=Müller\n") << "n" << QStringLiteral("Müller");
        QTest::newRow("comment lines skipped") << QByteArray("! note\n# note\nk=v\n") << "k"
                                               << "v";
        QTest::newRow("empty value") << QByteArray("k=\n") << "k"
                                     << "";
    }
    void readsWhatPeopleWrite()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto parsed = PropertiesFormat::parse(text);
        QCOMPARE(parsed.properties.size(), 1);
        QCOMPARE(parsed.properties.first().key, key);
        QCOMPARE(parsed.properties.first().value, value);
    }

    void exporterWritesBothFormats()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/folder"));
        const QList<Destination> destinations { sample() };
        QVERIFY(DestinationExporter::existingFiles(folder, destinations, DestinationExporter::Format::Both).isEmpty());
        const auto result
            = DestinationExporter::write(destinations, folder, DestinationExporter::Format::Both, false, kTimestamp);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(result.writtenFiles,
                 QStringList({ folder + QStringLiteral("/SF_PP.properties"), folder + QStringLiteral("/SF_PP.json") }));
        QFile json(folder + QStringLiteral("/SF_PP.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(object, sample().toJson(false));
        QVERIFY(!object.contains(QStringLiteral("clientKey")));
        QCOMPARE(DestinationExporter::existingFiles(folder, destinations, DestinationExporter::Format::Json),
                 QStringList { folder + QStringLiteral("/SF_PP.json") });
        QCOMPARE(DestinationExporter::leftOutSecrets(destinations), QStringList { QStringLiteral("clientKey") });

        const auto withSecrets
            = DestinationExporter::write(destinations, folder, DestinationExporter::Format::Json, true);
        QVERIFY(withSecrets.ok);
        QFile again(folder + QStringLiteral("/SF_PP.json"));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(again.readAll()).object().value(QStringLiteral("clientKey")).toString(),
                 QStringLiteral("key=secret!"));
    }

    void exporterSaysWhatWentWrong()
    {
        QTemporaryDir dir;
        // Tests run as root, where permissions do not stop writes; a folder below a regular file cannot exist.
        QFile blocker(dir.filePath(QStringLiteral("afile")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto result = DestinationExporter::write({ sample() }, dir.filePath(QStringLiteral("afile/sub")),
                                                       DestinationExporter::Format::Both, false);
        QVERIFY(!result.ok);
        QVERIFY(result.writtenFiles.isEmpty());
        QVERIFY2(result.errorMessage.contains(QStringLiteral("cannot be created")), qPrintable(result.errorMessage));

        const Destination badName({ { QStringLiteral("Name"), QStringLiteral("../escape"), false } });
        const auto refused
            = DestinationExporter::write({ badName }, dir.path(), DestinationExporter::Format::Both, false);
        QVERIFY(!refused.ok);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("../escape.json"))));
    }

    void formatNames()
    {
        DestinationExporter::Format format;
        QVERIFY(DestinationExporter::parseFormat(QStringLiteral("properties"), &format));
        QCOMPARE(format, DestinationExporter::Format::Properties);
        QVERIFY(DestinationExporter::parseFormat(QStringLiteral("json"), &format));
        QCOMPARE(format, DestinationExporter::Format::Json);
        QVERIFY(DestinationExporter::parseFormat(QStringLiteral("both"), &format));
        QCOMPARE(format, DestinationExporter::Format::Both);
        QVERIFY(!DestinationExporter::parseFormat(QStringLiteral("yaml"), &format));
    }
};

QTEST_GUILESS_MAIN(TestPropertiesFormat)
#include "tst_propertiesformat.moc"
