#include "handoff/HandoffSheet.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "setup/SetupModel.h"
#include "startup/Translations.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The hand-off sheet for the provider system's administrator: every value they enter, from the setup, on the
// printed page and in the PDF (read back with poppler's pdftotext), and never a secret.
class TestHandoffSheet : public QObject
{
    Q_OBJECT

private:
    QByteArray m_certificatePem;
    QString m_uaaUrl;
    QString m_clientSecret;

    std::unique_ptr<SetupModel> model(const QString &providerId, const QString &path = {}) const
    {
        auto model = std::make_unique<SetupModel>(ProviderDefinition::builtIn(providerId));
        if (!path.isEmpty())
            model->setPath(path);
        model->setTrustCertificate(TrustCertificate::fromData(m_certificatePem));
        const QString keyFile = QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json");
        model->setServiceKey(TaskCenterServiceKey::fromFile(keyFile), keyFile);
        return model;
    }

    static QString plainText(const HandoffSheet &sheet)
    {
        QTextDocument document;
        sheet.fill(&document);
        return document.toPlainText();
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            return {};
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    // Text as the PDF lays it out: wrapped lines and columns joined, to find a long value in it.
    static QString withoutSpace(QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        return text;
    }

    // TCC_HANDOFF_PDF_DIR=folder keeps the PDFs to look at.
    static void keepToLookAt(const QString &pdf, const QString &name)
    {
        const QString folder = qEnvironmentVariable("TCC_HANDOFF_PDF_DIR");
        if (!folder.isEmpty()) {
            QFile::remove(QDir(folder).filePath(name));
            QFile::copy(pdf, QDir(folder).filePath(name));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
        // English with its plural forms ("1 value", "2 values").
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        const auto generated = CertificateFactory::createSelfSigned(QStringLiteral("handoff-subaccount"),
                                                                    QDateTime::currentDateTimeUtc().addDays(-1),
                                                                    QDateTime::currentDateTimeUtc().addDays(400));
        QVERIFY(generated);
        m_certificatePem = generated->certificatePem;
        const auto key
            = TaskCenterServiceKey::fromFile(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        m_uaaUrl = key.uaaUrl();
        m_clientSecret = key.clientSecret();
        QVERIFY(!m_uaaUrl.isEmpty());
        QVERIFY(!m_clientSecret.isEmpty());
    }

    void successFactorsSheetHasEveryValueToEnter()
    {
        auto setup = model(QStringLiteral("successfactors"));
        setup->setValue(QStringLiteral("apiServer"), QStringLiteral("https://api4.successfactors.com/odata/v2/"));
        setup->setValue(QStringLiteral("companyId"), QStringLiteral("ACME123"));
        setup->setValue(QStringLiteral("technicalUser"), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        setup->setValue(QStringLiteral("apiKey"), QStringLiteral("technical-api-key-SECRET"));
        setup->setValue(QStringLiteral("ppApiKey"), QStringLiteral("pp-api-key-SECRET"));
        const HandoffSheet sheet(*setup, QDate(2026, 11, 30));
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(sheet.missingValues(), 0);
        const QString text = plainText(sheet);
        // The console path, both clients with their values, and the system they are for.
        QVERIFY(text.contains(QStringLiteral("Admin Center > Manage OAuth2 Client Applications")));
        QVERIFY(text.contains(QStringLiteral("Client for the technical user")));
        QVERIFY(text.contains(QStringLiteral("Client for principal propagation")));
        QVERIFY(text.contains(QStringLiteral("OneInboxAppPP")));
        QVERIFY(text.contains(m_uaaUrl + QStringLiteral("/pp")));
        QVERIFY(text.contains(QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3")));
        QVERIFY(text.contains(QStringLiteral("ACME123")));
        // The certificate pasted into both clients, whole, and on the PDF too (wrapped over lines).
        QCOMPARE(text.count(setup->trustCertificate()->base64Body()), 2);
        QVERIFY(sheet.attachments().isEmpty());
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
        keepToLookAt(pdf, QStringLiteral("successfactors.pdf"));
        QVERIFY(withoutSpace(pdfText(pdf)).contains(setup->trustCertificate()->base64Body()));
        // What comes back: the two API keys, asked for, never printed.
        QVERIFY(text.contains(QStringLiteral("API key of the technical-user client")));
        QVERIFY(text.contains(QStringLiteral("To send back")));
        QVERIFY(!text.contains(QStringLiteral("SECRET")));
        QVERIFY(!text.contains(m_clientSecret));
        QVERIFY(text.contains(QLocale().toString(QDate(2026, 11, 30), QLocale::LongFormat)));
        QCOMPARE(sheet.suggestedFileName(), QStringLiteral("SAP SuccessFactors - SAP Task Center hand-off.pdf"));
    }

    void valuesFromOutsideAreText()
    {
        auto setup = model(QStringLiteral("successfactors"));
        setup->setValue(QStringLiteral("technicalUser"), QStringLiteral("<b>bold</b>&amp;"));
        const HandoffSheet sheet(*setup);
        QVERIFY(plainText(sheet).contains(QStringLiteral("<b>bold</b>&amp;")));
    }

    void secretToEnterIsNamedNotPrinted()
    {
        // S/4HANA Cloud's manual path: the arrangement takes Task Center's client secret, which stays off the sheet.
        auto setup = model(QStringLiteral("s4hanacloud"), QStringLiteral("manual"));
        setup->setValue(QStringLiteral("communicationUser"), QStringLiteral("TASKCENTER_COMM"));
        setup->setValue(QStringLiteral("communicationUserPassword"), QStringLiteral("comm-password-SECRET"));
        const HandoffSheet sheet(*setup);
        QCOMPARE(sheet.missingValues(), 0);
        const QString text = plainText(sheet);
        QVERIFY(text.contains(QStringLiteral("Communication Arrangements")));
        QVERIFY(text.contains(QStringLiteral("Task Center client secret")));
        QVERIFY(text.contains(QStringLiteral("A secret, not on this sheet")));
        // "SAP S/4HANA Cloud" holds a slash, which no file name may.
        QCOMPARE(sheet.suggestedFileName(),
                 QStringLiteral("SAP S-4HANA Cloud Public Edition - SAP Task Center hand-off.pdf"));
        QVERIFY(text.contains(QStringLiteral("TASKCENTER_COMM")));
        QVERIFY(!text.contains(m_clientSecret));
        QVERIFY(!text.contains(QStringLiteral("SECRET")));
        // The signing certificate is uploaded as a file: the sheet names it, the file goes with it.
        QVERIFY(text.contains(QStringLiteral("The file destination-trust.pem, handed over with this sheet.")));
        QVERIFY(!text.contains(QStringLiteral("BEGIN CERTIFICATE")));
        QCOMPARE(sheet.attachments().size(), 1);
        QCOMPARE(sheet.attachments().first().fileName, QStringLiteral("destination-trust.pem"));
        QTemporaryDir folder;
        QString error;
        const QStringList written = sheet.writeAttachments(folder.path(), &error);
        QCOMPARE(written, QStringList { folder.filePath(QStringLiteral("destination-trust.pem")) });
        QFile pem(written.first());
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(TrustCertificate::fromData(pem.readAll()).base64Body(), setup->trustCertificate()->base64Body());
    }

    void pathWithoutConsoleStepsHasNothingToHandOff()
    {
        auto setup = model(QStringLiteral("s4hanacloud"), QStringLiteral("formation"));
        const HandoffSheet sheet(*setup);
        QVERIFY(sheet.isEmpty());
        QVERIFY(plainText(sheet).contains(
            QStringLiteral("nothing is entered in SAP S/4HANA Cloud Public Edition by hand")));
    }

    void valuesNotKnownYetAreMarked()
    {
        // FSM before the trust certificate is opened: the certificate's values follow from that step.
        auto setup = std::make_unique<SetupModel>(ProviderDefinition::builtIn(QStringLiteral("fsm")));
        const HandoffSheet sheet(*setup);
        QCOMPARE(sheet.missingValues(), 2);
        QCOMPARE(plainText(sheet).count(QStringLiteral("Not known yet")), 2);
        QVERIFY(plainText(sheet).contains(QStringLiteral("2 values below are not known yet")));
    }

    void pdfHoldsTheSheetAndNoSecret()
    {
        auto setup = model(QStringLiteral("s4hanacloud"), QStringLiteral("manual"));
        setup->setValue(QStringLiteral("communicationUser"), QStringLiteral("TASKCENTER_COMM"));
        setup->setValue(QStringLiteral("communicationUserPassword"), QStringLiteral("comm-password-SECRET"));
        const HandoffSheet sheet(*setup);
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
        keepToLookAt(pdf, QStringLiteral("s4hanacloud-manual.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) read nothing");
        QVERIFY(text.contains(QStringLiteral("Communication Systems")));
        QVERIFY(text.contains(QStringLiteral("TASKCENTER_COMM")));
        QVERIFY(text.contains(QStringLiteral("destination-trust.pem")));
        QVERIFY(!text.contains(m_clientSecret));
        QVERIFY(!text.contains(QStringLiteral("SECRET")));
    }

    void pdfThatCannotBeWrittenSaysWhy()
    {
        auto setup = model(QStringLiteral("successfactors"));
        const HandoffSheet sheet(*setup);
        QTemporaryDir folder;
        // A folder that cannot be made, even by root: a file stands where it would go.
        QFile inTheWay(folder.filePath(QStringLiteral("a-file")));
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
        inTheWay.close();
        QString error;
        QVERIFY(!sheet.writePdf(folder.filePath(QStringLiteral("a-file/sheet.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("choose another one")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("sheet.pdf")), qPrintable(error));
    }
};

QTEST_MAIN(TestHandoffSheet)
#include "tst_handoffsheet.moc"
