// A full disk never costs a file: every file the program writes is written whole or leaves what was there, and the
// command or the call says so (exit 2). As root the disk really fills up (a tmpfs of the test's own, see FullDisk.h);
// elsewhere a file size limit makes every write fail for real.
#include "FullDisk.h"
#include "files/FileWriter.h"
#include "handoff/HandoffSheet.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "setup/SetupFile.h"
#include "setup/SetupModel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool writePlain(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxSubaccount m_sandbox;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs the program without blocking this process's event loop, which serves the sandbox.
    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TCC_APP_BINARY), arguments);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    static void checkMessage(const FullDisk &disk, const QString &message, const QString &file)
    {
        QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
        if (disk.isRealFileSystem())
            QVERIFY2(message.contains(QStringLiteral("The disk is full")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("is unchanged")) || message.contains(QStringLiteral("No file was")),
                 qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto trust
            = CertificateFactory::createSelfSigned(QStringLiteral("full-disk"), now.addDays(-1), now.addDays(300));
        QVERIFY(trust);
        QVERIFY(writePlain(path(QStringLiteral("trust.pem")), trust->certificatePem));
        QVERIFY(writePlain(path(QStringLiteral("tc-key.json")),
                           readAll(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"))));
        QVERIFY(writePlain(path(QStringLiteral("setup.json")),
                           "{\"format\":1,\"provider\":\"successfactors\",\"serviceKeyFile\":\"tc-key.json\","
                           "\"trustCertificateFile\":\"trust.pem\",\"values\":{\"destinationName\":\"SF_Full\","
                           "\"apiServer\":\"https://api4.successfactors.com/odata/v2/\",\"companyId\":\"ACME1\","
                           "\"technicalUser\":\"TECH_USER\"}}"));
        QVERIFY(
            writePlain(path(QStringLiteral("secrets.json")), "{\"apiKey\":\"KeyOne123\",\"ppApiKey\":\"KeyTwo4\"}"));
        QVERIFY(
            writePlain(path(QStringLiteral("destination-key.json")), QJsonDocument(m_sandbox.serviceKey()).toJson()));
        // The sandbox command's own keys exist before the disk fills (without a tmpfs every file write fails).
        QVERIFY(SandboxSubaccount::prepareDataDirectory(
            path(QStringLiteral("data/TaskCenterConnect/taskcenter-connect/sandbox"))));
        QVERIFY(writePlain(path(QStringLiteral("check/SF_Old.json")),
                           "{\"Name\":\"SF_Old\",\"Type\":\"HTTP\",\"URL\":\"https://api4.successfactors.com\","
                           "\"Authentication\":\"NoAuthentication\",\"ProxyType\":\"Internet\"}"));
    }

    void writerWritesWholeFiles()
    {
        const QString file = path(QStringLiteral("plain/a.txt"));
        QVERIFY(FileWriter::write(file, "first").ok);
        QCOMPARE(readAll(file), QByteArray("first"));
        const FileWriter::Result second
            = FileWriter::write(file, QByteArray(100000, 'b'), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY2(second.ok, qPrintable(second.errorMessage));
        QCOMPARE(readAll(file), QByteArray(100000, 'b'));
        QCOMPARE(QFile::permissions(file),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(QDir(path(QStringLiteral("plain"))).entryList(QDir::Files), QStringList { QStringLiteral("a.txt") });
    }

    void writerKeepsWhatWasThere_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("existed");
        QTest::newRow("small file over an old one") << 300 << true;
        QTest::newRow("large file over an old one") << 300000 << true;
        QTest::newRow("empty file over an old one") << 0 << true;
        QTest::newRow("new file") << 300 << false;
    }

    void writerKeepsWhatWasThere()
    {
        QFETCH(int, size);
        QFETCH(bool, existed);
        FullDisk disk;
        QVERIFY(disk.isValid());
        const QString file = disk.filePath(QStringLiteral("kept.txt"));
        if (existed)
            QVERIFY(writePlain(file, "what was there"));
        QVERIFY(disk.fill());
        const FileWriter::Result result = FileWriter::write(file, QByteArray(size, 'n'));
        if (size == 0 && disk.isRealFileSystem()) {
            // Nothing to write needs no room: it is written.
            QVERIFY2(result.ok, qPrintable(result.errorMessage));
            QCOMPARE(readAll(file), QByteArray());
            return;
        }
        if (size == 0)
            return; // an empty file is not past any size limit either
        QVERIFY(!result.ok);
        QCOMPARE(result.diskFull, disk.isRealFileSystem());
        checkMessage(disk, result.errorMessage, file);
        QCOMPARE(readAll(file), existed ? QByteArray("what was there") : QByteArray("<missing>"));
        // No temporary file is left behind to take the room.
        QCOMPARE(QDir(disk.folder()).entryList(QDir::Files),
                 existed ? QStringList { QStringLiteral("kept.txt") } : QStringList {});
    }

    void commandsKeepWhatWasThere_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("arguments");
        // %1 is the target on the full disk, %2 the test's own folder.
        QTest::newRow("export, properties")
            << QStringLiteral("SF_Full.properties")
            << QStringList { QStringLiteral("export"), QStringLiteral("%2/setup.json"), QStringLiteral("--out"),
                             QStringLiteral("%1"),     QStringLiteral("--format"),      QStringLiteral("properties") };
        QTest::newRow("export, json with secrets") << QStringLiteral("SF_Full.json")
                                                   << QStringList { QStringLiteral("export"),
                                                                    QStringLiteral("%2/setup.json"),
                                                                    QStringLiteral("--out"),
                                                                    QStringLiteral("%1"),
                                                                    QStringLiteral("--format"),
                                                                    QStringLiteral("json"),
                                                                    QStringLiteral("--include-secrets"),
                                                                    QStringLiteral("--secrets"),
                                                                    QStringLiteral("%2/secrets.json") };
        QTest::newRow("fetch-trust") << QStringLiteral("trust.pem")
                                     << QStringList { QStringLiteral("fetch-trust"), QStringLiteral("--subaccount"),
                                                      QStringLiteral("%2/destination-key.json"),
                                                      QStringLiteral("--out"), QStringLiteral("%1/trust.pem") };
        QTest::newRow("validate, text") << QStringLiteral("report.txt")
                                        << QStringList { QStringLiteral("validate"), QStringLiteral("%2/check"),
                                                         QStringLiteral("--out"), QStringLiteral("%1/report.txt") };
        QTest::newRow("validate, json") << QStringLiteral("report.json")
                                        << QStringList { QStringLiteral("validate"), QStringLiteral("%2/check"),
                                                         QStringLiteral("--format"), QStringLiteral("json"),
                                                         QStringLiteral("--out"),    QStringLiteral("%1/report.json") };
        QTest::newRow("sandbox --write-key")
            << QStringLiteral("key.json")
            << QStringList { QStringLiteral("sandbox"), QStringLiteral("--write-key"), QStringLiteral("%1/key.json") };
    }

    void commandsKeepWhatWasThere()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, arguments);
        FullDisk disk;
        QVERIFY(disk.isValid());
        const QString file = disk.filePath(target);
        QVERIFY(writePlain(file, "what was there"));
        for (QString &argument : arguments)
            argument
                = argument.replace(QStringLiteral("%1"), disk.folder()).replace(QStringLiteral("%2"), m_dir.path());
        QVERIFY(disk.fill());
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        checkMessage(disk, result.err, file);
        QCOMPARE(readAll(file), QByteArray("what was there"));
    }

    void setupAndSheetKeepWhatWasThere()
    {
        QString error;
        auto model = SetupFile::load(path(QStringLiteral("setup.json")), &error);
        QVERIFY2(model, qPrintable(error));
        FullDisk disk;
        QVERIFY(disk.isValid());
        const QString setup = disk.filePath(QStringLiteral("setup.json"));
        const QString pdf = disk.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(writePlain(setup, "what was there"));
        QVERIFY(writePlain(pdf, "what was there"));
        QVERIFY(disk.fill());
        QVERIFY(!SetupFile::save(*model, setup, &error));
        checkMessage(disk, error, setup);
        QCOMPARE(readAll(setup), QByteArray("what was there"));
        const HandoffSheet sheet(*model);
        QVERIFY(!sheet.writePdf(pdf, &error));
        checkMessage(disk, error, pdf);
        QCOMPARE(readAll(pdf), QByteArray("what was there"));
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
