// Walks the whole wizard as an administrator would, on real widgets (offscreen), with a real certificate,
// a real service key file and a real keychain (the test runs under tests/with-keyring.sh).
#include "ConnectWizard.h"
#include "ExampleValues.h"
#include "TestShard.h"
#include "WizardApplication.h"
#include "destinationservice/DestinationServiceClient.h"
#include "dialogs/Dialogs.h"
#include "dialogs/HelpDialog.h"
#include "flow/SetupFlow.h"
#include "formats/DestinationServiceKey.h"
#include "formats/PropertiesFormat.h"
#include "pages/ApplyPage.h"
#include "pages/PageIds.h"
#include "pages/ReviewPage.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "secrets/SecretStore.h"
#include "setup/ApplySession.h"
#include "setup/SetupFile.h"
#include "setup/SetupModel.h"
#include "startup/Translations.h"
#include "subaccounts/SubaccountConnection.h"
#include "subaccounts/SubaccountProfiles.h"
#include "widgets/CopyableValue.h"
#include "widgets/InputField.h"
#include "widgets/LinkButton.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainText.h"
#include "widgets/ProviderPicker.h"
#include "widgets/StatusColors.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOption>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

// Stands in for the browser: QDesktopServices hands it the addresses the program opens.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_certificateFile;
    QString m_expiredFile;
    QByteArray m_serviceKey;

    // Moves on with Next, which must be enabled, to the page of that object name.
    static void next(QWizard &wizard, const QString &expectedPage)
    {
        auto *button = wizard.button(QWizard::NextButton);
        QVERIFY2(
            button->isEnabled(),
            qPrintable(
                QStringLiteral("Next is disabled on %1: %2").arg(wizard.currentPage()->objectName(), missing(wizard))));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), expectedPage);
    }
    // The line that says why Next is disabled.
    static QString missing(QWizard &wizard)
    {
        auto *line = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("missingLine"));
        return line && !line->isHidden() ? line->text() : QString();
    }
    static void type(QWidget *page, const QString &objectName, const QString &text)
    {
        auto *edit = page->findChild<QLineEdit *>(objectName);
        QVERIFY2(edit, qPrintable(objectName));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static QString bannerText(QWidget *page)
    {
        QStringList texts;
        for (auto *banner : page->findChildren<MessageBanner *>()) {
            if (!banner->isHidden())
                texts.append(banner->text());
        }
        return texts.join(QLatin1Char('\n'));
    }

    // The rules of the findings the report shows for a destination.
    static QStringList rulesShownFor(QWizardPage *page, const QString &destination)
    {
        auto *findings = page->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
        auto *details = page->findChild<QLabel *>(QStringLiteral("findingDetails"));
        QStringList rules;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            for (int j = 0; j < findings->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *item = findings->topLevelItem(i)->child(j);
                if (item->text(0) != destination)
                    continue;
                for (int k = 0; k < item->childCount(); ++k) {
                    findings->setCurrentItem(item->child(k));
                    rules.append(details->text().section(QStringLiteral("Rule: "), 1).trimmed());
                }
            }
        }
        return rules;
    }

    static bool selectFinding(QWizardPage *page, const QString &destination, const QString &rule)
    {
        auto *findings = page->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
        auto *details = page->findChild<QLabel *>(QStringLiteral("findingDetails"));
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            for (int j = 0; j < findings->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *item = findings->topLevelItem(i)->child(j);
                for (int k = 0; item->text(0) == destination && k < item->childCount(); ++k) {
                    findings->setCurrentItem(item->child(k));
                    if (details->text().endsWith(QStringLiteral("Rule: ") + rule))
                        return true;
                }
            }
        }
        return false;
    }

private Q_SLOTS:
    // Text from outside is shown as it is: a server's answer with markup and a link, a certificate whose subject
    // holds tags. Nothing renders, nothing opens.
    void outsideTextIsPlain()
    {
        MessageBanner banner;
        const QString hostile = QStringLiteral("Bad request <a href=\"https://evil.example\">click</a> <b>now</b>");
        banner.showMessage(MessageBanner::Kind::Error, hostile);
        QLabel *shown = nullptr;
        for (QLabel *label : banner.findChildren<QLabel *>()) {
            if (label->text() == hostile)
                shown = label;
        }
        QVERIFY(shown);
        QCOMPARE(shown->textFormat(), Qt::PlainText);
        QVERIFY(!shown->openExternalLinks());
        // A tool tip cannot be told to be plain: its text is escaped.
        const QString tip = PlainText::toolTip(hostile);
        QVERIFY(!tip.contains(QStringLiteral("<a href")));
        QVERIFY(tip.contains(QStringLiteral("&lt;a href=")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto tagged
            = CertificateFactory::createSelfSigned(QStringLiteral("<b>Evil</b> <img src=x>"), now, now.addDays(100));
        QVERIFY(tagged);
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        next(wizard, QStringLiteral("subaccountPage"));
        auto *files = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("filesChoice"));
        QTest::mouseClick(files, Qt::LeftButton, {}, QPoint(6, files->height() / 2));
        next(wizard, QStringLiteral("trustCertificatePage"));
        wizard.currentPage()
            ->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"))
            ->setPlainText(QString::fromLatin1(tagged->certificatePem));
        auto *subject = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("subject"));
        QVERIFY2(subject->text().contains(QStringLiteral("<b>Evil</b>")), qPrintable(subject->text()));
        QCOMPARE(subject->textFormat(), Qt::PlainText);
    }

    // A message that appears is what a screen reader reads for the banner (its name), not only its description.
    // (The alert event it raises reaches no handler on the offscreen platform, which has no accessibility bridge.)
    void messagesAreReadOut()
    {
        MessageBanner banner;
        banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("The subaccount rejected the service key."));
        QCOMPARE(banner.accessibleName(), QStringLiteral("The subaccount rejected the service key."));
        banner.showMessage(MessageBanner::Kind::Success, QStringLiteral("The destinations are in the subaccount."));
        QCOMPARE(banner.accessibleName(), QStringLiteral("The destinations are in the subaccount."));
    }

    // A value wider than its field shows its start and end with "…" between; the whole value is in the tooltip, on
    // the clipboard, and in the field while it has the focus. A field that grows shows it whole again.
    void longValuesAreShortenedNotCut()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *value = new CopyableValue(QStringLiteral("Application URL"));
        auto *other = new QLineEdit;
        layout->addWidget(value);
        layout->addWidget(other);
        const QString url = QStringLiteral("https://example-subaccount.authentication.eu10.hana.ondemand.com/pp");
        value->setValue(url);
        window.resize(260, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        other->setFocus(); // the window's first field would otherwise have it
        auto *field = value->findChild<QLineEdit *>();
        QTRY_VERIFY(field->text().contains(QChar(0x2026)));
        QVERIFY(field->text().startsWith(QStringLiteral("https://")));
        QVERIFY(field->text().endsWith(QStringLiteral("/pp")));
        QVERIFY(field->fontMetrics().horizontalAdvance(field->text()) < field->width());
        QCOMPARE(value->value(), url);
        QVERIFY(field->toolTip().contains(url));
        // "Copied" for a moment, in the button's own width: the field beside it does not move.
        const QRect fieldBefore = field->geometry();
        QTest::mouseClick(value->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url);
        QVERIFY(value->copyButton()->text() != QStringLiteral("Copy"));
        QApplication::processEvents();
        QCOMPARE(field->geometry(), fieldBefore);
        field->setFocus();
        QTRY_COMPARE(field->text(), url);
        other->setFocus();
        QTRY_VERIFY(field->text().contains(QChar(0x2026)));
        window.resize(900, 80);
        QTRY_COMPARE(field->text(), url);
    }

    // Messages and banners stay readable in a dark theme: their colours come from the palette, not fixed values.
    void statusColorsFollowTheTheme()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
        for (const QPalette &palette : { dark, light }) {
            const qreal window = palette.color(QPalette::Window).lightnessF();
            for (const auto tone : { StatusColors::Tone::Error, StatusColors::Tone::Warning,
                                     StatusColors::Tone::Success, StatusColors::Tone::Information }) {
                // Text in the tone and the theme's own text both stand out from the banner behind them.
                QVERIFY(std::abs(StatusColors::text(palette, tone).lightnessF() - window) > 0.3);
                QVERIFY(std::abs(palette.color(QPalette::WindowText).lightnessF()
                                 - StatusColors::background(palette, tone).lightnessF())
                        > 0.5);
            }
            QVERIFY(std::abs(StatusColors::quietText(palette).lightnessF() - window) > 0.4);
        }
    }

    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto valid = CertificateFactory::createSelfSigned(QStringLiteral("wizard-test-subaccount"),
                                                                now.addDays(-1), now.addDays(400));
        const auto expired = CertificateFactory::createSelfSigned(QStringLiteral("old-subaccount"), now.addDays(-800),
                                                                  now.addDays(-2));
        QVERIFY(valid && expired);
        m_certificateFile = m_dir.filePath(QStringLiteral("trust.pem"));
        m_expiredFile = m_dir.filePath(QStringLiteral("expired.pem"));
        for (const auto &[path, pem] : { std::pair { m_certificateFile, valid->certificatePem },
                                         std::pair { m_expiredFile, expired->certificatePem } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pem);
        }
        QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_serviceKey = key.readAll();
    }

    // From the service key page to the secondary destination: every check a user meets on the way.
    void fillInEveryStep(ConnectWizard &wizard)
    {
        // Service key: a key without uaa.url names the field; the full key is accepted and leaves the screen.
        auto *keyPage = wizard.currentPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(missing(wizard).contains(QStringLiteral("service key")), qPrintable(missing(wizard)));
        auto *paste = keyPage->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
        paste->setFocus();
        paste->setPlainText(QString::fromUtf8(m_serviceKey)
                                .replace(QStringLiteral("\"url\": \"https://example-subaccount"),
                                         QStringLiteral("\"link\": \"https://x")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(bannerText(keyPage).contains(QStringLiteral("uaa.url")), qPrintable(bannerText(keyPage)));
        QVERIFY(paste->toPlainText().contains(QStringLiteral("clientsecret"))); // kept to correct it
        paste->setPlainText(QString::fromUtf8(m_serviceKey));
        QVERIFY(paste->toPlainText().isEmpty()); // read: the secret is no longer on screen
        QVERIFY(keyPage->findChild<QLabel *>(QStringLiteral("clientSecretState"))
                    ->text()
                    .contains(QStringLiteral("not kept")));
        next(wizard, QStringLiteral("providerSystemPage"));

        // The SuccessFactors system first, so the OAuth clients show the user's own technical user.
        auto *systemPage = wizard.currentPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!missing(wizard).isEmpty());
        // A login address is no API server: the API host is suggested, and its company is taken over.
        type(systemPage, QStringLiteral("apiServer"),
             QStringLiteral("https://performancemanager4.successfactors.com/login?company=ACME123"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString apiMessage = systemPage->findChild<QLabel *>(QStringLiteral("apiServerMessage"))->text();
        QVERIFY2(apiMessage.contains(QStringLiteral("https://api4.successfactors.com")), qPrintable(apiMessage));
        QCOMPARE(systemPage->findChild<QLineEdit *>(QStringLiteral("companyId"))->text(), QStringLiteral("ACME123"));
        // Nothing is derived from the refused address: no URL built from the login page's host.
        QVERIFY2(
            !systemPage->findChild<QLineEdit *>(QStringLiteral("apiExtUrl"))->text().contains(QStringLiteral("http")),
            qPrintable(systemPage->findChild<QLineEdit *>(QStringLiteral("apiExtUrl"))->text()));
        // The suggested API server is one click away.
        auto *apiSuggestion = systemPage->findChild<QPushButton *>(QStringLiteral("apiServerSuggestion"));
        QVERIFY(apiSuggestion && apiSuggestion->isVisible());
        QTest::mouseClick(apiSuggestion, Qt::LeftButton);
        QCOMPARE(systemPage->findChild<QLineEdit *>(QStringLiteral("apiServer"))->text(),
                 QStringLiteral("https://api4.successfactors.com"));
        QVERIFY(!apiSuggestion->isVisible());
        QCOMPARE(systemPage->findChild<QLineEdit *>(QStringLiteral("apiExtUrl"))->text(),
                 QStringLiteral("https://api4.successfactors.com/api-ext/"));
        type(systemPage, QStringLiteral("apiServer"), QStringLiteral("https://api4.successfactors.com/odata/v2/"));
        QCOMPARE(systemPage->findChild<QLineEdit *>(QStringLiteral("apiExtUrl"))->text(),
                 QStringLiteral("https://api4.successfactors.com/api-ext/"));
        // The technical user starts empty; SAP's example is one click away, never filled in unasked.
        auto *technicalUser = systemPage->findChild<QLineEdit *>(QStringLiteral("technicalUser"));
        QVERIFY(technicalUser->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *suggestion = systemPage->findChild<QPushButton *>(QStringLiteral("technicalUserSuggestion"));
        QVERIFY(suggestion && suggestion->isVisible());
        QTest::mouseClick(suggestion, Qt::LeftButton);
        QCOMPARE(technicalUser->text(), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        QVERIFY(!suggestion->isVisible());
        type(systemPage, QStringLiteral("technicalUser"), QStringLiteral("TECH_USER_ACME"));
        next(wizard, QStringLiteral("oauthClientsPage"));

        // OAuth clients: the values to enter in SuccessFactors, then the two API keys.
        auto *clientsPage = wizard.currentPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto fieldText = [clientsPage](const QString &name) {
            auto *field = clientsPage->findChild<CopyableValue *>(name);
            return field ? field->value() : QStringLiteral("(no field %1)").arg(name);
        };
        QCOMPARE(fieldText(QStringLiteral("principalPropagation.Application URL")),
                 QStringLiteral("https://example-subaccount.authentication.eu10.hana.ondemand.com/pp"));
        QCOMPARE(fieldText(QStringLiteral("technical.User IDs")), QStringLiteral("TECH_USER_ACME"));
        const QString body = fieldText(QStringLiteral("technical.X.509 Certificate"));
        QVERIFY(body.startsWith(QStringLiteral("MII")));
        QVERIFY(!body.contains(QLatin1Char('\n')) && !body.contains(QStringLiteral("BEGIN")));
        type(clientsPage, QStringLiteral("apiKey"), QStringLiteral("technical key"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // a space cannot be in an API key
        type(clientsPage, QStringLiteral("apiKey"), QStringLiteral("TechnicalApiKey123"));
        // The same key twice is an error that names both fields.
        type(clientsPage, QStringLiteral("ppApiKey"), QStringLiteral("TechnicalApiKey123"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString sameKey = clientsPage->findChild<QLabel *>(QStringLiteral("ppApiKeyMessage"))->text();
        QVERIFY2(sameKey.contains(QStringLiteral("API key of the technical-user client"))
                     && sameKey.contains(QStringLiteral("Principal-propagation client's API key")),
                 qPrintable(sameKey));
        type(clientsPage, QStringLiteral("ppApiKey"), QStringLiteral("PrincipalApiKey456"));

        // Back and forth loses nothing.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("serviceKeyPage"));
        next(wizard, QStringLiteral("providerSystemPage"));
        QCOMPARE(systemPage->findChild<QLineEdit *>(QStringLiteral("companyId"))->text(), QStringLiteral("ACME123"));
        next(wizard, QStringLiteral("oauthClientsPage"));
        QCOMPARE(clientsPage->findChild<QLineEdit *>(QStringLiteral("apiKey"))->text(),
                 QStringLiteral("TechnicalApiKey123"));
        next(wizard, QStringLiteral("primaryDestinationPage"));

        // Primary destination: the name is checked where it is typed.
        auto *primaryPage = wizard.currentPage();
        type(primaryPage, QStringLiteral("destinationName"), QStringLiteral("SF Test"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(missing(wizard).contains(QStringLiteral("letters")), qPrintable(missing(wizard)));
        type(primaryPage, QStringLiteral("destinationName"), QStringLiteral("SF_Test"));
        auto *table = primaryPage->findChild<QTableWidget *>(QStringLiteral("propertyTable"));
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            keys.append(table->item(row, 0)->text());
        QVERIFY(keys.contains(QStringLiteral("tc.enabled")));
        QVERIFY(keys.contains(QStringLiteral("SystemUser")));
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QStringLiteral("apiKey"))
                QVERIFY(!table->item(row, 1)->text().contains(QStringLiteral("TechnicalApiKey123")));
        }
        next(wizard, QStringLiteral("secondaryDestinationPage"));
        QCOMPARE(wizard.currentPage()->findChild<QLabel *>(QStringLiteral("derivedName"))->text(),
                 QStringLiteral("SF_Test_PP"));
    }

    // On the trust certificate page, writing into `subaccount`: reads the certificate from it, fills in every
    // later step and waits on the review page until both destinations are listed.
    QTreeWidget *fetchTrustAndFillInUpToReview(ConnectWizard &wizard, const SandboxSubaccount &subaccount)
    {
        auto *fetch = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("fetchTrustButton"));
        QTest::mouseClick(fetch, Qt::LeftButton);
        const QString expected = TrustCertificate::fromData(subaccount.trustCertificatePem()).sha256Fingerprint();
        if (!QTest::qWaitFor(
                [&wizard, &expected] {
                    return wizard.model()->trustCertificate().has_value()
                        && wizard.model()->trustCertificate()->sha256Fingerprint() == expected;
                },
                15000)) {
            QTest::qFail("the trust certificate was not read", __FILE__, __LINE__);
            return nullptr;
        }
        if (wizard.model()->trustCertificate()->sha256Fingerprint()
            != TrustCertificate::fromData(subaccount.trustCertificatePem()).sha256Fingerprint()) {
            QTest::qFail("the certificate is not the subaccount's", __FILE__, __LINE__);
            return nullptr;
        }
        // Where it came from is said anew: not a file opened before.
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("Opened: "))) {
                QTest::qFail(qPrintable(QStringLiteral("still says: ") + label->text()), __FILE__, __LINE__);
                return nullptr;
            }
        }
        next(wizard, QStringLiteral("serviceKeyPage"));
        if (!QTest::currentTestFailed())
            fillInEveryStep(wizard);
        if (!QTest::currentTestFailed())
            next(wizard, QStringLiteral("reviewPage"));
        if (QTest::currentTestFailed())
            return nullptr;
        auto *changes = wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("changesView"));
        if (!QTest::qWaitFor([changes] { return changes->topLevelItemCount() == 2; }, 15000))
            QTest::qFail("the review did not list both destinations", __FILE__, __LINE__);
        return changes;
    }

    static QHash<QString, QJsonObject> byName(const QList<QJsonObject> &destinations)
    {
        QHash<QString, QJsonObject> named;
        for (const QJsonObject &destination : destinations)
            named.insert(destination.value(QStringLiteral("Name")).toString(), destination);
        return named;
    }

    static ConnectWizard *openWizard()
    {
        auto *wizard = new ConnectWizard;
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard))
            return wizard;
        QSignalSpy keychain(wizard, &ConnectWizard::keychainChecked);
        wizard->startBackgroundChecks();
        keychain.wait(15000);
        return wizard;
    }

    // The first page lists the guides of the chosen provider and way as links: each opens its page with a click or
    // the keyboard; without a browser, the page says the address.
    void welcomePageGuidesOpen()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto restoreBrowser = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        const auto links = wizard.currentPage()->findChildren<LinkButton *>(QStringLiteral("guideLink"));
        const auto guides = wizard.model()->provider().sourcesFor(wizard.model()->pathId());
        QCOMPARE(links.size(), guides.size());
        for (int i = 0; i < links.size(); ++i) {
            QCOMPARE(links.at(i)->text(), guides.at(i).title);
            QCOMPARE(links.at(i)->url(), QUrl(guides.at(i).url));
        }
        QTest::mouseClick(links.first(), Qt::LeftButton);
        QCOMPARE(browser.opened, QList<QUrl> { QUrl(guides.first().url) });
        links.last()->setFocus();
        QTest::keyClick(links.last(), Qt::Key_Space);
        QCOMPARE(browser.opened.last(), QUrl(guides.last().url));

        Dialogs::queueNoBrowser();
        QTest::mouseClick(links.first(), Qt::LeftButton);
        QCOMPARE(browser.opened.size(), 2);
        QVERIFY2(bannerText(wizard.currentPage()).contains(guides.first().url),
                 qPrintable(bannerText(wizard.currentPage())));
    }

    // A choice input offers SAP's documented values in a list; the arrow keys choose one, and a value typed anyway is
    // refused with the choices named.
    void aChoiceInputOffersItsValues()
    {
        const auto provider = ProviderDefinition::fromJson(R"({
          "format": 2, "id": "demo", "displayName": "Demo provider", "providerType": "Demo", "family": "thirdParty",
          "inputs": [
            {"id": "dataCenter", "label": "Data center", "required": true, "choices": ["eu2", "us2"]},
            {"id": "destinationName", "label": "Name", "check": "primaryDestinationName", "default": "Demo"}
          ],
          "steps": [
            {"id": "system", "kind": "values", "title": "System", "inputs": ["dataCenter"]},
            {"id": "destinations", "kind": "destinations"}
          ],
          "destinations": [
            {"role": "primary", "title": "Primary", "name": "${destinationName}", "nameInput": "destinationName",
             "properties": [{"key": "tc.concur.dc", "value": "${dataCenter}"}, {"key": "tc.enabled", "value": "true"}]}
          ]})",
                                                           nullptr);
        QVERIFY(provider);
        SetupModel model(provider);
        InputField field(&model, QStringLiteral("dataCenter"));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        auto *choices = field.findChild<QComboBox *>(QStringLiteral("dataCenterChoices"));
        QVERIFY(choices);
        QCOMPARE(choices->count(), 2);
        QCOMPARE(choices->lineEdit(), field.lineEdit());
        QVERIFY(field.lineEdit()->text().isEmpty());
        QVERIFY(!field.isAcceptable());

        field.lineEdit()->setFocus();
        QTest::keyClick(field.lineEdit(), Qt::Key_Down);
        QCOMPARE(model.value(QStringLiteral("dataCenter")), QStringLiteral("eu2"));
        QVERIFY(field.isAcceptable());
        QCOMPARE(model.destination(QStringLiteral("primary")).value(QStringLiteral("tc.concur.dc")),
                 QStringLiteral("eu2"));

        field.lineEdit()->selectAll();
        QTest::keyClicks(field.lineEdit(), QStringLiteral("us1"));
        QCOMPARE(model.value(QStringLiteral("dataCenter")), QStringLiteral("us1"));
        QVERIFY(!field.isAcceptable());
        QVERIFY2(field.message().contains(QStringLiteral("eu2, us2")), qPrintable(field.message()));
    }

    // Every name in the language list fits its box whole, whatever script it is written in (the box is sized without
    // measuring each name, so that no CJK font is loaded before the first paint).
    static void verifyEveryLanguageFits(QComboBox *combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.frame = true;
        const int room
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
        for (int i = 0; i < combo->count(); ++i) {
            const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
            QVERIFY2(needed <= room,
                     qPrintable(QStringLiteral("%1: %2 of %3 px").arg(combo->itemText(i)).arg(needed).arg(room)));
        }
    }

    // A language chosen on the first page is kept for the next start, which can be now.
    void chosenLanguageIsKeptForTheNextStart()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        auto *combo = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString()); // the system's, until one is chosen
        verifyEveryLanguageFits(combo);
        const int german = combo->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QCOMPARE(combo->itemText(german), QStringLiteral("Deutsch"));
        QVERIFY(combo->findData(QStringLiteral("en")) > 0);
        combo->setCurrentIndex(german);
        Q_EMIT combo->activated(german);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(Translations::chosen(), QStringLiteral("de"));
        QVERIFY(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("restartButton"))->isVisible());
        QVERIFY2(bannerText(wizard.currentPage()).contains(QStringLiteral("Deutsch")),
                 qPrintable(bannerText(wizard.currentPage())));
        // The new start takes the chosen language, not the one a --lang gave this start.
        QCOMPARE(WizardApplication::argumentsWithoutLanguage({ QStringLiteral("--lang"), QStringLiteral("en"),
                                                               QStringLiteral("--setup"), QStringLiteral("x.json"),
                                                               QStringLiteral("--lang=fr") }),
                 (QStringList { QStringLiteral("--setup"), QStringLiteral("x.json") }));
        const int system = combo->findData(QString());
        Q_EMIT combo->activated(system);
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        // English is named "English", not after one country's English.
        QCOMPARE(combo->itemText(combo->findData(QStringLiteral("en"))), QStringLiteral("English"));

        // A window started in German (--lang de) shows German as the language it speaks, not "System language".
        Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
        const auto resetLanguage = qScopeGuard([] {
            // Back to the source texts the other tests read: no language asked for, no catalogue installed.
            Translations::install(*QCoreApplication::instance(), QString());
            for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            QLocale::setDefault(QLocale::c());
        });
        std::unique_ptr<ConnectWizard> inGerman(openWizard());
        auto *germanCombo = inGerman->currentPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(germanCombo->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(germanCombo->currentText(), QStringLiteral("Deutsch"));
        verifyEveryLanguageFits(germanCombo);
    }

    // The help window the wizard shows, while it is open.
    static HelpDialog *openHelp(ConnectWizard &wizard)
    {
        const auto windows = wizard.findChildren<HelpDialog *>();
        return windows.size() == 1 && windows.first()->isVisible() ? windows.first() : nullptr;
    }
    static QString helpText(HelpDialog *help, const QString &objectName)
    {
        auto *label = help->findChild<QLabel *>(objectName);
        return label ? label->text() : QStringLiteral("(no label %1)").arg(objectName);
    }
    // What is wrong with the help window on the current page, empty when nothing: it must show the page's title, what
    // it is for, where to click (containing `where`), and SAP's guide for `step` as the provider file names it, with
    // its address to copy.
    static QString helpProblem(ConnectWizard &wizard, const QString &step, const QString &where)
    {
        const QString page = wizard.currentPage()->objectName();
        HelpDialog *help = openHelp(wizard);
        if (!help)
            return QStringLiteral("no help window on %1").arg(page);
        const QString title = wizard.currentPage()->title();
        if (title.isEmpty() || helpText(help, QStringLiteral("helpTitle")) != title
            || !help->windowTitle().contains(title))
            return QStringLiteral("%1: title \"%2\" shown as \"%3\"")
                .arg(page, title, helpText(help, QStringLiteral("helpTitle")));
        if (helpText(help, QStringLiteral("helpPurpose")).isEmpty())
            return QStringLiteral("%1: nothing on what the step is for").arg(page);
        const QString whereToClick = helpText(help, QStringLiteral("helpWhereToClick"));
        if (!whereToClick.contains(where))
            return QStringLiteral("%1: \"%2\" not in \"%3\"").arg(page, where, whereToClick);
        const auto guide = wizard.model()->provider().guideFor(step);
        auto *address = help->findChild<CopyableValue *>(QStringLiteral("helpGuideAddress"));
        if (guide.url.isEmpty() || !address || !address->isVisible() || !address->copyButton()->isVisible()
            || address->value() != guide.url)
            return QStringLiteral("%1: guide address \"%2\", expected \"%3\"")
                .arg(page, address ? address->value() : QString(), guide.url);
        const QString guideTitle = helpText(help, QStringLiteral("helpGuideTitle"));
        if (guideTitle != guide.title)
            return QStringLiteral("%1: the guide is named \"%2\", not \"%3\"").arg(page, guideTitle, guide.title);
        return {};
    }
    // F1 as a user presses it: in the wizard's window, the active one again once the help window was closed.
    static void pressF1(ConnectWizard &wizard)
    {
        wizard.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &wizard);
        QTest::keyClick(&wizard, Qt::Key_F1);
    }

    // Help and F1 open our help window on the page: what the step is for, where to click in SAP's consoles, and
    // SAP's guide for the step (around the steps, the provider's main guide), opened with a click; without a
    // browser, the address is there to copy. One window, following the wizard while it is open.
    void helpExplainsEachPage()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto restoreBrowser = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        QVERIFY(!openHelp(wizard));
        QString problem;

        // Welcome: F1, then the guide opens with a click.
        pressF1(wizard);
        problem = helpProblem(wizard, QStringLiteral("welcome"), QStringLiteral("SAP BTP cockpit"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        HelpDialog *help = openHelp(wizard);
        QVERIFY(help);
        QCOMPARE(help->findChild<CopyableValue *>(QStringLiteral("helpGuideAddress"))->value(),
                 wizard.model()->provider().sources().first().url);
        QTest::mouseClick(help->findChild<QPushButton *>(QStringLiteral("openGuideButton")), Qt::LeftButton);
        QCOMPARE(browser.opened, QList<QUrl> { QUrl(wizard.model()->provider().sources().first().url) });
        QVERIFY(help->findChild<MessageBanner *>(QStringLiteral("helpBanner"))->isHidden());
        // Escape closes it; the Help button opens the same window again.
        QTest::keyClick(help, Qt::Key_Escape);
        QVERIFY(!openHelp(wizard));
        QTest::mouseClick(wizard.button(QWizard::HelpButton), Qt::LeftButton);
        QCOMPARE(openHelp(wizard), help);
        QTest::keyClick(help, Qt::Key_Escape);

        // A document: the trust certificate, where the cockpit exports it today.
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
        next(wizard, QStringLiteral("trustCertificatePage"));
        pressF1(wizard);
        problem = helpProblem(wizard, QStringLiteral("trustCertificate"),
                              QStringLiteral("Connectivity > Destination Trust"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(help->findChild<CopyableValue *>(QStringLiteral("helpGuideAddress"))
                    ->value()
                    .contains(QStringLiteral("82dbecae3454493782d16a79e30f1a6d")));
        QTest::keyClick(help, Qt::Key_Escape);

        // The review: F1 there, and a browser that cannot be opened.
        QTreeWidget *changes = fetchTrustAndFillInUpToReview(wizard, *wizard.demoSubaccount());
        QVERIFY(changes);
        pressF1(wizard);
        problem = helpProblem(wizard, QStringLiteral("apply"), QStringLiteral("Connectivity > Destinations"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        browser.opened.clear();
        Dialogs::queueNoBrowser();
        QTest::mouseClick(help->findChild<QPushButton *>(QStringLiteral("openGuideButton")), Qt::LeftButton);
        QVERIFY(browser.opened.isEmpty());
        QVERIFY(!Dialogs::hasQueuedAnswers());
        auto *banner = help->findChild<MessageBanner *>(QStringLiteral("helpBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QStringLiteral("No browser could be opened")), qPrintable(banner->text()));
        auto *address = help->findChild<CopyableValue *>(QStringLiteral("helpGuideAddress"));
        const QString reviewGuide = wizard.model()->provider().guideFor(QStringLiteral("apply")).url;
        QCOMPARE(address->value(), reviewGuide);
        QCOMPARE(address->findChild<QLineEdit *>()->selectedText(), reviewGuide);
        QCOMPARE(help->focusWidget(), address->findChild<QLineEdit *>());
        QTest::mouseClick(address->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), reviewGuide);

        // Open, it follows the wizard: back to a destination and to the console where the OAuth clients are made.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("secondaryDestinationPage"));
        // The secondary destination has SAP's page of its own.
        problem = helpProblem(wizard, QStringLiteral("destination:secondary"),
                              QStringLiteral("Connectivity > Destinations"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(helpText(help, QStringLiteral("helpGuideTitle")).contains(QStringLiteral("Secondary")));
        QVERIFY(banner->isHidden()); // said of the page before
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("oauthClientsPage"));
        problem = helpProblem(wizard, QStringLiteral("oauthClients"),
                              QStringLiteral("Admin Center > Manage OAuth2 Client Applications"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The provider file's own words for the step are part of what it is for.
        const auto step = wizard.model()->steps().at(3);
        QCOMPARE(step.id, QStringLiteral("oauthClients"));
        QVERIFY(!step.help.isEmpty());
        QVERIFY(helpText(help, QStringLiteral("helpPurpose")).contains(step.subTitle));
        QVERIFY(helpText(help, QStringLiteral("helpPurpose")).contains(step.help));
        QCOMPARE(wizard.findChildren<HelpDialog *>().size(), 1);
    }

    // The shared pages' help takes provider words from the provider file, never its own: the ways a provider can
    // be connected on the first page, what to check after a way that writes no destinations on the last.
    void sharedHelpTakesProviderWordsFromTheProviderFile()
    {
        SetupModel s4(ProviderDefinition::builtIn(QStringLiteral("s4hanacloud")));
        const QString purpose = PageHelp::forSharedPage(WelcomePageId, s4, false).purpose;
        for (const auto &path : s4.provider().paths())
            QVERIFY2(purpose.contains(path.title), qPrintable(purpose));
        SetupModel successFactors(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        const QString single = PageHelp::forSharedPage(WelcomePageId, successFactors, false).purpose;
        QVERIFY(!single.contains(QStringLiteral("how to connect it")));
        QVERIFY(!single.contains(QStringLiteral("S/4HANA")));
        s4.setPath(QStringLiteral("formation"));
        const PageHelp finish = PageHelp::forSharedPage(FinishPageId, s4, false);
        QVERIFY2(finish.whereToClick.contains(QStringLiteral("System Landscape > Formations")),
                 qPrintable(finish.whereToClick));
        QVERIFY(finish.purpose.contains(QStringLiteral("All Communication Scenarios")));
    }

    // What a provider file or a page title holds is shown as text in the help window, the guide's title too.
    void helpShowsItsTextsAsText()
    {
        HelpDialog help;
        PageHelp page;
        page.title = QStringLiteral("<b>Title</b>");
        page.purpose = QStringLiteral("Purpose <img src=x>");
        page.whereToClick = QStringLiteral("Admin Center > Manage <i>clients</i>");
        page.guide = { QStringLiteral("Guide & <b>more</b>"), QStringLiteral("https://example.com/a?b=1&c=\"2\""), {} };
        help.showHelp(page);
        for (const char *name : { "helpTitle", "helpPurpose", "helpWhereToClick", "helpGuideTitle" }) {
            auto *label = help.findChild<QLabel *>(QLatin1String(name));
            QVERIFY(label);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QCOMPARE(helpText(&help, QStringLiteral("helpWhereToClick")), page.whereToClick);
        QCOMPARE(helpText(&help, QStringLiteral("helpGuideTitle")), page.guide.title);
        QCOMPARE(help.findChild<CopyableValue *>(QStringLiteral("helpGuideAddress"))->value(), page.guide.url);
    }

    void walksTheWholeProcedureIntoFiles()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        QVERIFY(wizard.keychainAvailable());
        // Its own icon (SVG, drawn by Qt's SVG plugin, which the package depends on).
        QVERIFY(!wizard.windowIcon().pixmap(64, 64).isNull());

        // Welcome, then where the destinations go: files only.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("welcomePage"));
        next(wizard, QStringLiteral("subaccountPage"));
        // "Into a subaccount" with none saved: Next is greyed out and the page says what to do.
        auto *intoSubaccount = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("profileChoice"));
        QTest::mouseClick(intoSubaccount, Qt::LeftButton, {}, QPoint(6, intoSubaccount->height() / 2));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *missing = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("missingLine"));
        QVERIFY(missing && missing->isVisible());
        QVERIFY2(missing->text().contains(QStringLiteral("Add a subaccount")), qPrintable(missing->text()));
        // A radio button takes clicks on its indicator and label, not on the whole row.
        auto *files = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("filesChoice"));
        QTest::mouseClick(files, Qt::LeftButton, {}, QPoint(6, files->height() / 2));
        QVERIFY(!wizard.subaccount()->writesToSubaccount());
        QVERIFY(!missing->isVisible());
        next(wizard, QStringLiteral("trustCertificatePage"));
        QVERIFY(!wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("fetchTrustButton"))->isVisible());
        // The empty trust page says what it needs.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.currentPage()->findChild<QLabel *>(QStringLiteral("missingLine"))->text().isEmpty());
        // Where am I: the step list shows the provider's steps for this path (files: no review, no apply), the
        // current one in bold, the ones done before it; the window title names the provider and the step.
        const QList<int> path = wizard.pathIds();
        QVERIFY(!path.contains(ReviewPageId) && !path.contains(ApplyPageId) && path.last() == FinishPageId);
        auto *steps = wizard.findChild<QListWidget *>(QStringLiteral("stepList"));
        QVERIFY(steps && steps->isVisible());
        QCOMPARE(steps->count(), path.size());
        const int here = int(path.indexOf(wizard.currentId()));
        QCOMPARE(steps->item(here)->text(), wizard.currentPage()->title());
        QVERIFY(steps->item(here)->font().bold());
        QVERIFY(steps->item(here - 1)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("done")));
        QVERIFY2(wizard.windowTitle().contains(QStringLiteral("SAP SuccessFactors"))
                     && wizard.windowTitle().contains(QStringLiteral("step %1 of %2").arg(here + 1).arg(path.size())),
                 qPrintable(wizard.windowTitle()));

        // Trust certificate: an expired one blocks, a valid one shows its facts.
        auto *trustPage = wizard.currentPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        Dialogs::queueFileName(m_expiredFile);
        QTest::mouseClick(trustPage->findChild<QPushButton *>(QStringLiteral("openFileButton")), Qt::LeftButton);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(bannerText(trustPage).contains(QStringLiteral("xpired")), qPrintable(bannerText(trustPage)));
        trustPage->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"))
            ->setPlainText(QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(bannerText(trustPage).contains(QStringLiteral("private key")), qPrintable(bannerText(trustPage)));
        Dialogs::queueFileName(m_certificateFile);
        QTest::mouseClick(trustPage->findChild<QPushButton *>(QStringLiteral("openFileButton")), Qt::LeftButton);
        QVERIFY(trustPage->findChild<QLabel *>(QStringLiteral("subject"))
                    ->text()
                    .contains(QStringLiteral("wizard-test-subaccount")));
        QVERIFY(trustPage->findChild<QLabel *>(QStringLiteral("daysLeft"))->text().contains(QStringLiteral("39")));
        next(wizard, QStringLiteral("serviceKeyPage"));
        fillInEveryStep(wizard);
        next(wizard, QStringLiteral("finishPage"));

        // Finish: write the files and keep the secrets in the keychain.
        auto *finishPage = wizard.currentPage();
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        // Greyed out, and the page says why.
        auto *notWritten = finishPage->findChild<QLabel *>(QStringLiteral("missingLine"));
        QVERIFY(notWritten && notWritten->isVisible());
        QVERIFY2(notWritten->text().contains(QStringLiteral("Write the destination files")),
                 qPrintable(notWritten->text()));
        const QString out = m_dir.filePath(QStringLiteral("out"));
        finishPage->findChild<QLineEdit *>(QStringLiteral("folder"))->setText(out);
        QSignalSpy saved(&wizard, &ConnectWizard::secretsSaved);
        QTest::mouseClick(finishPage->findChild<QPushButton *>(QStringLiteral("writeButton")), Qt::LeftButton);
        QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(), qPrintable(bannerText(finishPage)));
        QVERIFY(!notWritten->isVisible());
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.first().first().toBool(), true);

        QFile primary(out + QStringLiteral("/SF_Test.properties"));
        QVERIFY(primary.open(QIODevice::ReadOnly));
        const auto parsed = PropertiesFormat::parse(primary.readAll());
        QHash<QString, QString> values;
        for (const auto &property : parsed.properties)
            values.insert(property.key, property.value);
        QCOMPARE(values.value(QStringLiteral("Name")), QStringLiteral("SF_Test"));
        QCOMPARE(values.value(QStringLiteral("URL")), QStringLiteral("https://api4.successfactors.com/api-ext/"));
        QCOMPARE(values.value(QStringLiteral("tc.enabled")), QStringLiteral("true"));
        QCOMPARE(values.value(QStringLiteral("companyId")), QStringLiteral("ACME123"));
        QVERIFY(!values.contains(QStringLiteral("apiKey")));
        QVERIFY(parsed.removedSecretKeys.contains(QStringLiteral("apiKey")));
        QFile secondary(out + QStringLiteral("/SF_Test_PP.json"));
        QVERIFY(secondary.open(QIODevice::ReadOnly));
        const QJsonObject secondaryJson = QJsonDocument::fromJson(secondary.readAll()).object();
        QCOMPARE(secondaryJson.value(QStringLiteral("Name")).toString(), QStringLiteral("SF_Test_PP"));
        QVERIFY(!secondaryJson.contains(QStringLiteral("tc.enabled")));
        QVERIFY(!secondaryJson.contains(QStringLiteral("clientKey")));

        // The API key is in the real keychain under the documented key: files (no subaccount), the provider, the
        // setup's own id.
        SecretStore store(SecretStore::DefaultService);
        const QString key = QStringLiteral("files/successfactors/%1/apiKey").arg(wizard.model()->setupId());
        QVERIFY(SetupModel::isSetupId(wizard.model()->setupId()));
        auto *read = store.read(key);
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(15000));
        QCOMPARE(read->value(), QStringLiteral("TechnicalApiKey123"));
    }

    void walksTheWholeProcedureIntoTheDemoSubaccount()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;

        // "Use the demo subaccount" on the first page starts the built-in sandbox and chooses it.
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("subaccountPage"));
        QCOMPARE(wizard.subaccount()->target(), SubaccountConnection::Target::Demo);
        SandboxSubaccount *demo = wizard.demoSubaccount();
        QVERIFY(demo && demo->isListening());
        const int seeded = int(demo->subaccountDestinations().size());
        QVERIFY(seeded > 0); // the demo landscape
        next(wizard, QStringLiteral("trustCertificatePage"));

        // The trust certificate comes from the subaccount itself.
        auto *trustPage = wizard.currentPage();
        auto *fetch = trustPage->findChild<QPushButton *>(QStringLiteral("fetchTrustButton"));
        QVERIFY(fetch->isVisible());
        // A slow subaccount: the same button cancels, and nothing is taken.
        SandboxSubaccount::Fault slow;
        slow.delayMs = 10000;
        slow.pathPrefix = QStringLiteral("/destination-configuration/v1/saml2Metadata");
        demo->injectFault(slow);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY(bannerText(trustPage).contains(QStringLiteral("Reading the trust certificate")));
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY(bannerText(trustPage).contains(QStringLiteral("cancelled")));
        QVERIFY(!wizard.model()->trustCertificate().has_value());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        demo->clearFaults();

        // A certificate opened that is not the subaccount's current one: said, with the current one's fingerprint.
        Dialogs::queueFileName(m_certificateFile);
        QTest::mouseClick(trustPage->findChild<QPushButton *>(QStringLiteral("openFileButton")), Qt::LeftButton);
        auto *mismatch = trustPage->findChild<MessageBanner *>(QStringLiteral("trustMismatchBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(mismatch->isVisible(), 15000);
        QVERIFY2(mismatch->text().contains(TrustCertificate::fromData(demo->trustCertificatePem()).sha256Fingerprint()),
                 qPrintable(mismatch->text()));

        // Review: both destinations are new; nothing is written before Apply.
        QTreeWidget *changes = fetchTrustAndFillInUpToReview(wizard, *demo);
        QVERIFY(changes);
        QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("SF_Test"));
        QCOMPARE(changes->topLevelItem(1)->text(0), QStringLiteral("SF_Test_PP"));
        QCOMPARE(int(demo->subaccountDestinations().size()), seeded);
        for (int i = 0; i < 2; ++i) {
            for (int child = 0; child < changes->topLevelItem(i)->childCount(); ++child)
                QVERIFY(!changes->topLevelItem(i)->child(child)->text(2).contains(QStringLiteral("ApiKey")));
        }

        // Apply (the commit button), then every destination says what happened.
        // A real setup of the same name has its API key in the keychain; the demo must leave it alone.
        SecretStore store(SecretStore::DefaultService);
        const QString realKeyEntry = QStringLiteral("files/successfactors/SF_Test/apiKey");
        auto *sentinel = store.write(realKeyEntry, QStringLiteral("RealSetupKey"));
        QSignalSpy writeDone(sentinel, &SecretJob::finished);
        QVERIFY(writeDone.wait(15000));
        auto *applyPage = static_cast<ApplyPage *>(wizard.page(ApplyPageId));
        QSignalSpy applied(applyPage, &ApplyPage::applied);
        QSignalSpy saved(&wizard, &ConnectWizard::secretsSaved);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("applyPage"));
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.first().first().toBool(), true);
        // Each row ends with what was done, not with the reading back that came last.
        for (const QString &name : { QStringLiteral("applyState0"), QStringLiteral("applyState1") }) {
            const QString state = applyPage->findChild<QLabel *>(name)->text();
            QVERIFY2(state.startsWith(QStringLiteral("✔ ")), qPrintable(state));
        }
        QVERIFY(!saved.wait(1000));
        auto *read = store.read(realKeyEntry);
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(15000));
        QCOMPARE(read->value(), QStringLiteral("RealSetupKey"));
        const QHash<QString, QJsonObject> written = byName(demo->subaccountDestinations());
        QCOMPARE(int(written.size()), seeded + 2);
        QCOMPARE(written.value(QStringLiteral("SF_Test")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("TechnicalApiKey123"));
        QCOMPARE(written.value(QStringLiteral("SF_Test")).value(QStringLiteral("tc.enabled")).toString(),
                 QStringLiteral("true"));
        QCOMPARE(written.value(QStringLiteral("SF_Test_PP")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("PrincipalApiKey456"));

        // Test connection: the Destination service fetches a token with the primary destination.
        QSignalSpy tested(applyPage, &ApplyPage::connectionTested);
        QVERIFY(applyPage->testButton()->isEnabled());
        QTest::mouseClick(applyPage->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(bannerText(applyPage)));

        // Finish needs no files now. Writing them, or saving progress, in the demo leaves the keychain alone too.
        next(wizard, QStringLiteral("finishPage"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("folder"))->setText(m_dir.filePath("demo-files"));
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("writeButton")),
                          Qt::LeftButton);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("demo-files/SF_Test.json"))));
        QVERIFY(wizard.saveProgressTo(m_dir.filePath(QStringLiteral("demo-files/setup.json"))));
        auto *again = store.read(realKeyEntry);
        QSignalSpy againDone(again, &SecretJob::finished);
        QVERIFY(againDone.wait(15000));
        QCOMPARE(again->value(), QStringLiteral("RealSetupKey"));
        // Running the whole wizard again with the same values changes nothing.
        wizard.restart();
        while (wizard.currentPage()->objectName() != QStringLiteral("secondaryDestinationPage")) {
            QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                     qPrintable(QStringLiteral("Next is disabled on %1: %2")
                                    .arg(wizard.currentPage()->objectName(), missing(wizard))));
            wizard.next();
        }
        next(wizard, QStringLiteral("reviewPage"));
        QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), 2, 15000);
        QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("unchanged"));
        QCOMPARE(changes->topLevelItem(1)->text(2), QStringLiteral("unchanged"));
    }

    // What an administrator types for each provider input (the fields are named by input id).
    // What this walk types: the example values, except where it enters something of its own to check what follows
    // from it (a whole FSM address for the cluster, its own names, S/4HANA system and secrets it looks for later).
    static QString valueFor(const QString &provider, const QString &input)
    {
        static const QHash<QString, QString> values = {
            { "clusterUrl", "https://eu.fsm.cloud.sap/shell/#/planning" },
            { "fsm.clientId", "fsm-client-for-task-center" },
            { "clientSecret", "FsmClientSecret1" },
            { "fsm.destinationName", "FSM_Gui" },
            { "communicationUserPassword", "CommPassword1" },
            { "serviceUrl",
              "https://my300009-api.s4hana.ondemand.com/sap/opu/odata4/sap/api_task_spi_replication/"
              "default/sap/api_task_spi_replication/0001/?sap-client=100" },
            { "samlAudience", "https://my300009.s4hana.ondemand.com" },
            { "tokenServiceUrl", "https://my300009-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
            { "s4hanacloud.destinationName", "S4_Gui" },
        };
        return values.value(provider + QLatin1Char('.') + input, values.value(input, exampleValue(provider, input)));
    }

    // Chooses a provider (and path) on the welcome page as a user does: a click on it in the list, then the radio
    // buttons.
    static void chooseProvider(ConnectWizard &wizard, const QString &id, const QString &path = {})
    {
        auto *picker = wizard.currentPage()->findChild<ProviderPicker *>(QStringLiteral("providerPicker"));
        QVERIFY(picker);
        QTreeWidget *list = picker->list();
        QTreeWidgetItem *wanted = nullptr;
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toString() == id)
                wanted = *it;
        }
        QVERIFY(wanted);
        list->scrollToItem(wanted);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(wanted).center());
        QCOMPARE(wizard.model()->provider().id(), id);
        if (!path.isEmpty()) {
            auto *radio = wizard.currentPage()->findChild<QRadioButton *>(path + QStringLiteral("Path"));
            QVERIFY(radio);
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
            QCOMPARE(wizard.model()->pathId(), path);
        }
    }

    // Every provider of the catalogue is in the first page's list, under its family; typing keeps what matches,
    // Enter takes the first match, Escape empties the search and every provider is back.
    void providerListIsGroupedAndSearchable()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        auto *picker = wizard.currentPage()->findChild<ProviderPicker *>(QStringLiteral("providerPicker"));
        QVERIFY(picker);
        QTreeWidget *list = picker->list();
        const auto visibleProviders = [list] {
            QStringList ids;
            for (QTreeWidgetItemIterator it(list, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
                if (!(*it)->data(0, Qt::UserRole).toString().isEmpty() && !(*it)->parent()->isHidden())
                    ids.append((*it)->data(0, Qt::UserRole).toString());
            }
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(visibleProviders(), ProviderDefinition::builtInIds());
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            const QString id = (*it)->data(0, Qt::UserRole).toString();
            if (id.isEmpty())
                continue;
            const auto provider = ProviderDefinition::builtIn(id);
            const auto families = ProviderDefinition::families();
            const auto family = std::find_if(families.cbegin(), families.cend(),
                                             [&](const auto &each) { return each.id == provider->family(); });
            QVERIFY(family != families.cend());
            QCOMPARE((*it)->parent()->text(0), family->name);
            QVERIFY(!(*it)->text(1).isEmpty()); // its one-line summary
        }

        QLineEdit *search = picker->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("procurement"));
        QCOMPARE(visibleProviders(), (QStringList { "ariba", "concur", "fieldglass" }));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(wizard.model()->provider().id(), QStringLiteral("ariba"));
        QVERIFY(wizard.isVisible());
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(wizard.isVisible()); // the search was emptied, the window not closed
        QCOMPARE(visibleProviders(), ProviderDefinition::builtInIds());
        QTest::keyClicks(search, QStringLiteral("uipath"));
        QCOMPARE(visibleProviders(), QStringList { "uipath" });
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(wizard.model()->provider().id(), QStringLiteral("uipath"));
        QVERIFY(list->hasFocus());
    }

    // FSM and S/4HANA Cloud (manual path), each walked whole into the demo subaccount: every step page starts
    // with Next disabled and a line saying what is missing, and the destinations land as the provider file says.
    void walksOtherProvidersIntoTheDemoSubaccount_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("keyStores"); // uploaded before the destinations
        QTest::newRow("FSM") << "fsm" << QString()
                             << QStringList { "trustCertificatePage",   "fsmTrustPage",
                                              "fsmAccountPage",         "fsmClientPage",
                                              "primaryDestinationPage", "secondaryDestinationPage" }
                             << QStringList { "FSM_Gui", "FSM_Gui_PP" } << QStringList();
        QTest::newRow("S4HANA Cloud") << "s4hanacloud"
                                      << "manual"
                                      << QStringList { "trustCertificatePage",         "serviceKeyPage",
                                                       "communicationUserPage",        "communicationSystemPage",
                                                       "communicationArrangementPage", "primaryDestinationPage" }
                                      << QStringList { "S4_Gui" } << QStringList();
        QTest::newRow("S4HANA Cloud mTLS")
            << "s4hanacloud"
            << "mtls"
            << QStringList { "certificateServiceKeyPage", "tokenKeyStorePage", "trustCertificatePage",
                             "mtlsCommunicationPage", "primaryDestinationPage" }
            << QStringList { "S4_Gui" } << QStringList { "inbound.p12" };
    }
    // A console page's hand-off sheet: this step's values for the provider's administrator, no secret, saved as
    // PDF with the certificate file it names next to it.
    void checkHandoffSheet(ConnectWizard &wizard, QPushButton *handoff, const QString &name)
    {
        QTest::mouseClick(handoff, Qt::LeftButton);
        QPointer<QDialog> dialog = wizard.findChild<QDialog *>(QStringLiteral("handoffDialog"));
        QVERIFY(dialog && dialog->isVisible());
        const QString sheet = dialog->findChild<QTextBrowser *>(QStringLiteral("handoffPreview"))->toPlainText();
        QVERIFY2(sheet.contains(wizard.currentPage()->title()), qPrintable(sheet));
        for (const QString &secret : wizard.model()->secretInputIds()) {
            if (wizard.model()->hasValue(secret))
                QVERIFY2(!sheet.contains(wizard.model()->value(secret)), qPrintable(secret));
        }
        const QString folder = m_dir.filePath(QStringLiteral("handoff-") + name);
        QVERIFY(QDir().mkpath(folder));
        Dialogs::queueFileName(QDir(folder).filePath(QStringLiteral("sheet"))); // ".pdf" follows
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveHandoffPdf")), Qt::LeftButton);
        QFile pdf(QDir(folder).filePath(QStringLiteral("sheet.pdf")));
        QVERIFY2(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-", qPrintable(bannerText(dialog)));
        // A certificate to upload goes with the sheet as the file the sheet names.
        QCOMPARE(QFile::exists(QDir(folder).filePath(QStringLiteral("destination-trust.pem"))),
                 sheet.contains(QStringLiteral("destination-trust.pem")));
        QVERIFY(bannerText(dialog).contains(QStringLiteral("Secrets are not in")));
        dialog->close();
        QTRY_VERIFY(!dialog);
    }

    void walksOtherProvidersIntoTheDemoSubaccount()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(QStringList, pages);
        QFETCH(QStringList, names);
        QFETCH(QStringList, keyStores);
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        chooseProvider(wizard, provider, path);
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
        SandboxSubaccount *demo = wizard.demoSubaccount();
        QVERIFY(demo);
        QHash<QString, QByteArray> chosenKeyStores; // by name, as chosen on this computer
        for (int i = 0; i < pages.size(); ++i) {
            next(wizard, pages.at(i));
            if (QTest::currentTestFailed())
                return;
            auto *page = wizard.currentPage();
            if (pages.at(i) == QLatin1String("trustCertificatePage")) {
                QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("fetchTrustButton")), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->trustCertificate().has_value(), 15000);
                continue;
            }
            if (pages.at(i) == QLatin1String("serviceKeyPage")) {
                QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
                auto *paste = page->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
                paste->setFocus();
                // This provider uses the client secret: a key without it is not enough here.
                paste->setPlainText(QString::fromUtf8(m_serviceKey)
                                        .replace(QStringLiteral("\"clientsecret\""), QStringLiteral("\"secret\"")));
                QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
                QVERIFY2(bannerText(page).contains(QStringLiteral("uaa.clientsecret")), qPrintable(bannerText(page)));
                paste->setPlainText(QString::fromUtf8(m_serviceKey));
                continue;
            }
            QList<QLineEdit *> toFill;
            for (auto *edit : page->findChildren<QLineEdit *>()) {
                if (wizard.model()->provider().input(edit->objectName()) && edit->text().isEmpty()
                    && !valueFor(provider, edit->objectName()).isEmpty())
                    toFill.append(edit);
            }
            if (!toFill.isEmpty()) {
                QVERIFY2(!wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(pages.at(i)));
                QVERIFY2(!missing(wizard).isEmpty(), qPrintable(pages.at(i)));
            }
            for (auto *edit : toFill) {
                const auto *input = wizard.model()->provider().input(edit->objectName());
                if (!input->isKeyStore()) {
                    type(page, edit->objectName(), valueFor(provider, edit->objectName()));
                    continue;
                }
                // A key store is chosen as a file, as an administrator does.
                const QString file = exampleKeyStore(wizard.model()->provider(), *input, m_dir.path());
                QFile chosen(file);
                QVERIFY(chosen.open(QIODevice::ReadOnly));
                chosenKeyStores.insert(QFileInfo(file).fileName(), chosen.readAll());
                Dialogs::queueFileName(file);
                QTest::mouseClick(page->findChild<QPushButton *>(edit->objectName() + QStringLiteral("Choose")),
                                  Qt::LeftButton);
                QCOMPARE(edit->text(), file);
            }
            if (pages.at(i) == QLatin1String("primaryDestinationPage"))
                type(page, QStringLiteral("destinationName"), valueFor(provider, QStringLiteral("destinationName")));
            if (auto *handoff = page->findChild<QPushButton *>(QStringLiteral("handoffButton")))
                checkHandoffSheet(wizard, handoff, provider + QLatin1Char('-') + pages.at(i));
        }
        // The values that follow from others were filled in along the way.
        if (provider == QLatin1String("s4hanacloud"))
            QCOMPARE(wizard.model()->value(QStringLiteral("sapClient")), QStringLiteral("100"));
        next(wizard, QStringLiteral("reviewPage"));
        auto *changes = wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("changesView"));
        QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), int(keyStores.size() + names.size()), 15000);
        for (int i = 0; i < keyStores.size(); ++i) {
            QCOMPARE(changes->topLevelItem(i)->text(0), QStringLiteral("Key store %1").arg(keyStores.at(i)));
            QCOMPARE(changes->topLevelItem(i)->text(2), QStringLiteral("will be uploaded"));
        }
        for (int i = 0; i < names.size(); ++i) {
            const auto *item = changes->topLevelItem(int(keyStores.size()) + i);
            QCOMPARE(item->text(0), names.at(i));
            QCOMPARE(item->text(2), QStringLiteral("will be created"));
            // Each value, cut to its column or not, is whole in its tooltip.
            for (int p = 0; p < item->childCount(); ++p) {
                const auto *property = item->child(p);
                QVERIFY2(property->toolTip(2).contains(property->text(2).toHtmlEscaped()),
                         qPrintable(property->text(0)));
            }
        }

        auto *applyPage = static_cast<ApplyPage *>(wizard.page(ApplyPageId));
        QSignalSpy applied(applyPage, &ApplyPage::applied);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY(applied.wait(15000));
        QVERIFY2(applied.first().first().toBool(), qPrintable(bannerText(applyPage)));
        const QHash<QString, QJsonObject> written = byName(demo->subaccountDestinations());
        for (const QString &name : names)
            QVERIFY2(written.contains(name), qPrintable(name));
        // Each key store is in the subaccount's destination certificates, byte for byte, and its row says so.
        for (int i = 0; i < keyStores.size(); ++i) {
            QCOMPARE(demo->subaccountCertificates().value(keyStores.at(i)), chosenKeyStores.value(keyStores.at(i)));
            QCOMPARE(applyPage->findChild<QLabel *>(QStringLiteral("keyStoreState%1").arg(i))->text(),
                     QStringLiteral("✔ uploaded"));
        }
        const QJsonObject primary = written.value(names.first());
        QCOMPARE(primary.value(QStringLiteral("tc.enabled")).toString(), QStringLiteral("true"));
        QCOMPARE(primary.value(QStringLiteral("tc.provider_type")).toString(),
                 wizard.model()->provider().providerType());
        if (provider == QLatin1String("fsm")) {
            QCOMPARE(primary.value(QStringLiteral("URL")).toString(),
                     QStringLiteral("https://eu.fsm.cloud.sap/cloud-approval-service/api"));
            QCOMPARE(primary.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("FsmClientSecret1"));
            QCOMPARE(written.value(names.at(1)).value(QStringLiteral("audience")).toString(),
                     valueFor(provider, QStringLiteral("samlMetadataUrl")));
            // FSM's primary gets its token with client credentials: the connection test runs.
            QSignalSpy tested(applyPage, &ApplyPage::connectionTested);
            QVERIFY(applyPage->testButton()->isVisible());
            QTest::mouseClick(applyPage->testButton(), Qt::LeftButton);
            QVERIFY(tested.wait(15000));
            QVERIFY2(tested.first().first().toBool(), qPrintable(bannerText(applyPage)));
        } else {
            QCOMPARE(primary.value(QStringLiteral("URL")).toString(),
                     QStringLiteral("https://my300009-api.s4hana.ondemand.com/"));
            QCOMPARE(primary.value(QStringLiteral("URL.queries.sap-client")).toString(), QStringLiteral("100"));
            if (path == QLatin1String("mtls"))
                QCOMPARE(primary.value(QStringLiteral("tokenService.KeyStoreLocation")).toString(),
                         QStringLiteral("inbound.p12"));
            else
                QCOMPARE(primary.value(QStringLiteral("tokenServicePassword")).toString(),
                         QStringLiteral("CommPassword1"));
            // A destination that asserts each user is not tested without one; the page says why.
            QVERIFY(!applyPage->testButton()->isVisible());
            QVERIFY2(bannerText(applyPage).contains(QStringLiteral("logged on")), qPrintable(bannerText(applyPage)));
        }
        next(wizard, QStringLiteral("finishPage"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    // The S/4HANA Cloud formation: a checklist, no destination, and what to check at the end.
    void walksTheFormationChecklist()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        chooseProvider(wizard, QStringLiteral("s4hanacloud"), QStringLiteral("formation"));
        QVERIFY(!wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoButton"))->isVisible());
        // No destination is written, so the wizard does not ask where they go.
        next(wizard, QStringLiteral("formationPage"));
        auto *page = wizard.currentPage();
        const auto boxes = page->findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 4);
        for (auto *box : boxes) {
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(missing(wizard).contains(QStringLiteral("left")));
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        }
        next(wizard, QStringLiteral("finishPage"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("writeButton"))->isVisible());
        QVERIFY(wizard.currentPage()
                    ->findChild<QLabel *>(QStringLiteral("nextSteps"))
                    ->text()
                    .contains(QStringLiteral("Formations")));
        // The ticks are the model's, so a saved setup keeps them.
        const auto step = wizard.model()->steps().first();
        for (const auto &item : step.items)
            QVERIFY(wizard.model()->isTicked(step.id, item.id));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("formationPage"));
        for (auto *box : boxes)
            QVERIFY(box->isChecked());
    }

    // "Check an existing configuration": the demo subaccount's planted mistakes, grouped by provider and
    // destination with the worst first, each with its fix and source, saved as a JSON report; then exported files as
    // the source.
    void checksAnExistingConfiguration()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("checkSourcePage"));
        QVERIFY(!wizard.button(QWizard::CustomButton1)->isVisible()); // no progress to save in a check
        auto *demo = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("checkDemoChoice"));
        QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(6, demo->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        next(wizard, QStringLiteral("checkReportPage"));
        auto *page = wizard.currentPage();
        auto *findings = page->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
        QTRY_VERIFY_WITH_TIMEOUT(findings->topLevelItemCount() > 0, 20000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        // Provider, then destination, then finding.
        QStringList providers;
        QHash<QString, QTreeWidgetItem *> destinations;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            QTreeWidgetItem *provider = findings->topLevelItem(i);
            providers.append(provider->text(0));
            for (int j = 0; j < provider->childCount(); ++j)
                destinations.insert(provider->child(j)->text(0), provider->child(j));
        }
        QVERIFY2(providers.contains(QStringLiteral("SAP SuccessFactors")), qPrintable(providers.join(", ")));
        QVERIFY(providers.contains(QStringLiteral("SAP Field Service Management")));
        QVERIFY(destinations.contains(QStringLiteral("FSM")));
        QCOMPARE(destinations.value(QStringLiteral("SuccessFactors_HR"))->parent()->text(0),
                 QStringLiteral("SAP SuccessFactors"));
        // The Intelligent Recommendations destination stands with its primary's provider, not among others.
        QVERIFY(destinations.contains(QStringLiteral("SAPBuildPA_AI")));
        QCOMPARE(destinations.value(QStringLiteral("SAPBuildPA_AI"))->parent()->text(0),
                 QStringLiteral("SAP Build Process Automation"));
        // The worst first, shown at once: the first provider's first destination holds an error, and it is selected.
        QCOMPARE(findings->topLevelItem(0)->child(0)->child(0)->text(0), QStringLiteral("Error"));
        QCOMPARE(findings->currentItem(), findings->topLevelItem(0)->child(0)->child(0));
        findings->setCurrentItem(destinations.value(QStringLiteral("SuccessFactors_HR"))->child(0));
        const QString details = page->findChild<QLabel *>(QStringLiteral("findingDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("How to fix it")) && details.contains(QStringLiteral("Rule:")),
                 qPrintable(details));
        // SAP's page the finding cites opens in the browser.
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        QVERIFY(selectFinding(page, QStringLiteral("SuccessFactors_HR"), QStringLiteral("secondary-missing")));
        auto *openSource = page->findChild<QPushButton *>(QStringLiteral("openSourceButton"));
        QVERIFY(openSource->isEnabled());
        QTest::mouseClick(openSource, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(
            browser.opened,
            QList<QUrl> { QUrl(QStringLiteral("https://help.sap.com/docs/TASK_CENTER/08cbda59b4954e93abb2ec85f1db399d/"
                                              "bf657f8adefa4a468aa3c71783fca291.html")) });
        const QString report = m_dir.filePath(QStringLiteral("check/report.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("check")));
        Dialogs::queueFileName(report);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveReportButton")), Qt::LeftButton);
        QFile saved(report);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(saved.readAll()).object();
        QVERIFY(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt() > 0);
        // No secret of the demo's destinations reaches the report.
        QVERIFY(!QJsonDocument(root).toJson().contains("demo-sf-technical-user-api-key"));
        // The PDF to hand over, by its extension.
        const QString pdfReport = m_dir.filePath(QStringLiteral("check/report.pdf"));
        Dialogs::queueFileName(pdfReport);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveReportButton")), Qt::LeftButton);
        QFile pdf(pdfReport);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));

        // Fixed in the subaccount: the paused S/4HANA Cloud primary resumed after asking, then checked again.
        auto *fix = page->findChild<QPushButton *>(QStringLiteral("fixFindingButton"));
        QTreeWidgetItem *s4 = destinations.value(QStringLiteral("S4HANACloud"));
        QVERIFY(s4);
        findings->setCurrentItem(s4->child(0));
        QVERIFY2(page->findChild<QLabel *>(QStringLiteral("findingDetails"))->text().contains("tc-enabled-false"),
                 qPrintable(page->findChild<QLabel *>(QStringLiteral("findingDetails"))->text()));
        QVERIFY(fix->isEnabled());
        Dialogs::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(fix, Qt::LeftButton);
        auto *summary = page->findChild<MessageBanner *>(QStringLiteral("checkSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("S4HANACloud was changed.")), 20000);
        bool resumed = false;
        for (const QJsonObject &d : wizard.demoSubaccount()->subaccountDestinations()) {
            if (d.value(QStringLiteral("Name")).toString() == QLatin1String("S4HANACloud"))
                resumed = d.value(QStringLiteral("tc.enabled")).toString() == QLatin1String("true");
        }
        QVERIFY(resumed);
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            for (int j = 0; j < findings->topLevelItem(i)->childCount(); ++j)
                QVERIFY(findings->topLevelItem(i)->child(j)->text(0) != QLatin1String("S4HANACloud"));
        }

        // Back, and files as the source: an export of the demo's correct SuccessFactors primary alone.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        auto *source = wizard.currentPage();
        const QString exportFile = m_dir.filePath(QStringLiteral("check/SuccessFactors"));
        QVERIFY(wizard.demoSubaccount());
        QJsonObject primary;
        for (const QJsonObject &d : wizard.demoSubaccount()->subaccountDestinations()) {
            if (d.value(QStringLiteral("Name")).toString() == QLatin1String("SuccessFactors"))
                primary = d;
        }
        QFile exported(exportFile);
        QVERIFY(exported.open(QIODevice::WriteOnly));
        exported.write(PropertiesFormat::write(
            Destination::fromJson(primary, { QStringLiteral("apiKey"), QStringLiteral("clientKey") }), false,
            QDateTime::currentDateTimeUtc()));
        exported.close();
        Dialogs::queueFileName(exportFile);
        QTest::mouseClick(source->findChild<QPushButton *>(QStringLiteral("addCheckFilesButton")), Qt::LeftButton);
        QVERIFY(source->findChild<QRadioButton *>(QStringLiteral("checkFilesChoice"))->isChecked());
        next(wizard, QStringLiteral("checkReportPage"));
        QTRY_VERIFY_WITH_TIMEOUT(findings->topLevelItemCount() > 0, 20000);
        QCOMPARE(findings->topLevelItemCount(), 1);
        QCOMPARE(findings->topLevelItem(0)->text(0), QStringLiteral("SAP SuccessFactors"));
        QCOMPARE(findings->topLevelItem(0)->childCount(), 1);
        QTreeWidgetItem *exportedPrimary = findings->topLevelItem(0)->child(0);
        QCOMPARE(exportedPrimary->text(0), QStringLiteral("SuccessFactors"));
        QStringList rules;
        for (int i = 0; i < exportedPrimary->childCount(); ++i) {
            findings->setCurrentItem(exportedPrimary->child(i));
            rules.append(page->findChild<QLabel *>(QStringLiteral("findingDetails"))->text());
        }
        const QString all = rules.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("secondary-missing")), qPrintable(all)); // its _PP was not given
        // Files are not a subaccount: nothing to fix in.
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("fixFindingButton"))->isEnabled());
        QVERIFY(all.contains(QStringLiteral("secrets-not-checked")));
        QVERIFY(!all.contains(QStringLiteral("property-missing")));
    }

    // A missing secondary, fixed by setting the provider up again from the report: its steps come filled in from
    // the primary as it exists, the review changes nothing but the new secondary, and the check runs again.
    void setsAProviderUpAgainFromTheReport()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        auto *demoChoice = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("checkDemoChoice"));
        QTest::mouseClick(demoChoice, Qt::LeftButton, {}, QPoint(6, demoChoice->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        SandboxSubaccount *demo = wizard.demoSubaccount();
        QVERIFY(demo && demo->removeDestination(QStringLiteral("SuccessFactors_PP")));
        next(wizard, QStringLiteral("checkReportPage"));
        QWizardPage *report = wizard.currentPage();
        auto *findings = report->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
        QTRY_VERIFY_WITH_TIMEOUT(findings->topLevelItemCount() > 0, 20000);
        QVERIFY(!wizard.button(QWizard::CustomButton2)->isVisible());
        QVERIFY(rulesShownFor(report, QStringLiteral("SuccessFactors")).contains(QStringLiteral("secondary-missing")));
        auto *setUp = report->findChild<QPushButton *>(QStringLiteral("setUpAgainButton"));
        // Not for a finding the provider's steps do not fix.
        QVERIFY(selectFinding(report, QStringLiteral("SuccessFactors"), QStringLiteral("systemuser-deprecated")));
        QVERIFY(!setUp->isEnabled());
        QVERIFY(selectFinding(report, QStringLiteral("SuccessFactors"), QStringLiteral("secondary-missing")));
        QVERIFY(setUp->isEnabled());
        QTest::mouseClick(setUp, Qt::LeftButton);

        // The provider's steps, filled in from the primary as it is.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustCertificatePage"));
        QCOMPARE(wizard.model()->provider().id(), QStringLiteral("successfactors"));
        QCOMPARE(wizard.model()->value(QStringLiteral("destinationName")), QStringLiteral("SuccessFactors"));
        QCOMPARE(wizard.model()->value(QStringLiteral("companyId")), QStringLiteral("SFPART000123"));
        QCOMPARE(wizard.model()->value(QStringLiteral("apiKey")), QStringLiteral("demo-sf-technical-user-api-key"));
        QVERIFY(wizard.model()->value(QStringLiteral("ppApiKey")).isEmpty());
        // Back to the report and set up again: the same, with nothing of the first time left.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), report);
        QVERIFY(!wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(selectFinding(report, QStringLiteral("SuccessFactors"), QStringLiteral("secondary-missing")));
        QTest::mouseClick(setUp, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustCertificatePage"));
        QCOMPARE(wizard.model()->value(QStringLiteral("destinationName")), QStringLiteral("SuccessFactors"));
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("fetchTrustButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->trustCertificate().has_value(), 15000);
        next(wizard, QStringLiteral("serviceKeyPage"));
        wizard.currentPage()
            ->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"))
            ->setPlainText(QString::fromUtf8(m_serviceKey));
        next(wizard, QStringLiteral("providerSystemPage"));
        next(wizard, QStringLiteral("oauthClientsPage"));
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("apiKey"))->text(),
                 QStringLiteral("demo-sf-technical-user-api-key"));
        // The key read from the subaccount is used, never shown.
        QAction *showKey = wizard.currentPage()->findChild<QAction *>(QStringLiteral("apiKeyShowAction"));
        QVERIFY(showKey && !showKey->isEnabled());
        QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("apiKey"))->echoMode(),
                 QLineEdit::Password);
        QVERIFY(wizard.currentPage()->findChild<QAction *>(QStringLiteral("ppApiKeyShowAction"))->isEnabled());
        type(wizard.currentPage(), QStringLiteral("ppApiKey"), QStringLiteral("NewPrincipalApiKey789"));
        next(wizard, QStringLiteral("primaryDestinationPage"));
        next(wizard, QStringLiteral("secondaryDestinationPage"));
        next(wizard, QStringLiteral("reviewPage"));
        auto *changes = wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("changesView"));
        QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), 2, 15000);
        QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("SuccessFactors"));
        QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("unchanged"));
        QCOMPARE(changes->topLevelItem(1)->text(0), QStringLiteral("SuccessFactors_PP"));
        QCOMPARE(changes->topLevelItem(1)->text(2), QStringLiteral("will be created"));
        auto *applyPage = static_cast<ApplyPage *>(wizard.page(ApplyPageId));
        QSignalSpy applied(applyPage, &ApplyPage::applied);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.first().first().toBool(), true);
        QCOMPARE(byName(demo->subaccountDestinations())
                     .value(QStringLiteral("SuccessFactors_PP"))
                     .value(QStringLiteral("apiKey"))
                     .toString(),
                 QStringLiteral("NewPrincipalApiKey789"));
        next(wizard, QStringLiteral("finishPage"));

        // Checked again: the secondary is there now.
        QVERIFY(wizard.button(QWizard::CustomButton2)->isVisible());
        QTest::mouseClick(wizard.button(QWizard::CustomButton2), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), report);
        QTRY_VERIFY_WITH_TIMEOUT(findings->topLevelItemCount() > 0 && wizard.button(QWizard::FinishButton)->isEnabled(),
                                 20000);
        const QStringList after = rulesShownFor(report, QStringLiteral("SuccessFactors"));
        QVERIFY2(!after.contains(QStringLiteral("secondary-missing")), qPrintable(after.join(' ')));
        QVERIFY(!wizard.button(QWizard::CustomButton2)->isVisible());
        // Back goes to the check's source, not through the steps.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("checkSourcePage"));
    }

    // Replacing a connection to another system is never one click: the review says what it connects today and
    // Apply waits for the tick. Updating the same system (a new API key) stays one click.
    void replacingAnotherSystemNeedsATick()
    {
        SandboxSubaccount demo;
        QVERIFY(demo.seed(SandboxSubaccount::Seed::Demo));
        QVERIFY(demo.start());
        QNetworkAccessManager network;
        SubaccountConnection connection(&network);
        connection.useProfile({ QStringLiteral("review"), QStringLiteral("Review"),
                                DestinationServiceKey::fromText(QJsonDocument(demo.serviceKey()).toJson()) });
        SetupModel setup(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
        setup.setValue(QStringLiteral("destinationName"), QStringLiteral("SuccessFactors"));
        setup.setValue(QStringLiteral("apiServer"), QStringLiteral("https://apisalesdemo8.successfactors.com"));
        setup.setValue(QStringLiteral("companyId"), QStringLiteral("OTHERCO"));
        setup.setValue(QStringLiteral("technicalUser"), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        setup.setValue(QStringLiteral("apiKey"), QStringLiteral("demo-sf-technical-user-api-key"));
        setup.setValue(QStringLiteral("ppApiKey"), QStringLiteral("demo-sf-pp-api-key"));
        ApplySession session(&setup, &connection);
        ReviewPage page(&session, &connection);
        page.show();
        QSignalSpy reviewed(&session, &ApplySession::reviewed);
        page.initializePage();
        QVERIFY(reviewed.wait(15000));
        auto *banner = page.findChild<MessageBanner *>(QStringLiteral("replacedConnectionBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral(
                     "SuccessFactors now connects apisalesdemo8.successfactors.com, companyId SFPART000123")),
                 qPrintable(banner->text()));
        auto *tick = page.findChild<QCheckBox *>(QStringLiteral("replaceConfirmCheck"));
        QVERIFY(tick->isVisible() && !tick->isChecked());
        QVERIFY(!page.isComplete());
        QTest::mouseClick(tick, Qt::LeftButton, {}, QPoint(6, tick->height() / 2));
        QVERIFY(page.isComplete());

        // The same system with a new API key: one click, and the key's change is said without showing it.
        setup.setValue(QStringLiteral("companyId"), QStringLiteral("SFPART000123"));
        setup.setValue(QStringLiteral("apiKey"), QStringLiteral("a-brand-new-api-key"));
        reviewed.clear();
        page.initializePage();
        QVERIFY(reviewed.wait(15000));
        QVERIFY(!tick->isVisible());
        QVERIFY(page.isComplete());
        auto *changes = page.findChild<QTreeWidget *>(QStringLiteral("changesView"));
        QTreeWidgetItem *primary = changes->topLevelItem(0);
        QCOMPARE(primary->text(0), QStringLiteral("SuccessFactors"));
        QStringList rows;
        for (int i = 0; i < primary->childCount(); ++i)
            rows.append(primary->child(i)->text(0) + QLatin1Char('|') + primary->child(i)->text(1) + QLatin1Char('|')
                        + primary->child(i)->text(2));
        QVERIFY2(rows.contains(QStringLiteral("apiKey|set (hidden)|changed (hidden)")), qPrintable(rows.join("; ")));
    }

    // Faults while the apply page writes: each outcome is said on the page, nothing typed is lost, and Retry makes the
    // pair whole.
    void applyPageUnderFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("kind"); // "status", "drop" or "slow"
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("said"); // empty: the client's retries carry it through
        QTest::newRow("500 past the retries") << 500 << 4 << "status" << 0 << "problem on its side";
        QTest::newRow("403") << 403 << 1 << "status" << 0 << "access denied";
        QTest::newRow("429 with Retry-After") << 429 << 1 << "status" << 1 << "";
        QTest::newRow("dropped connection") << 0 << 2 << "drop" << 0 << "may exist in the subaccount";
        QTest::newRow("timeout") << 0 << 1 << "slow" << 0 << "may exist in the subaccount";
    }
    void applyPageUnderFaults()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(QString, kind);
        QFETCH(int, retryAfter);
        QFETCH(QString, said);
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
        SandboxSubaccount *demo = wizard.demoSubaccount();
        next(wizard, QStringLiteral("trustCertificatePage"));
        if (!fetchTrustAndFillInUpToReview(wizard, *demo))
            return;
        const QHash<QString, QString> typed = wizard.model()->templateValues();
        DestinationServiceClient *client = wizard.subaccount()->client();
        client->setRetryPolicy(3, 50);
        client->setTimeout(1000);
        SandboxSubaccount::Fault fault;
        fault.status = status;
        fault.count = count;
        fault.retryAfterSeconds = retryAfter;
        fault.dropConnection = kind == QStringLiteral("drop");
        fault.delayMs = kind == QStringLiteral("slow") ? 3000 : 0;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/destination-configuration/v1/subaccountDestinations");
        demo->injectFault(fault);

        auto *applyPage = static_cast<ApplyPage *>(wizard.page(ApplyPageId));
        QSignalSpy applied(applyPage, &ApplyPage::applied);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY(applied.wait(15000));
        const QHash<QString, QJsonObject> afterFault = byName(demo->subaccountDestinations());
        QVERIFY(!afterFault.contains(QStringLiteral("SF_Test_PP")) || afterFault.contains(QStringLiteral("SF_Test")));
        if (said.isEmpty()) {
            QCOMPARE(applied.first().first().toBool(), true);
            QVERIFY(afterFault.contains(QStringLiteral("SF_Test_PP")));
            return;
        }
        QCOMPARE(applied.takeFirst().first().toBool(), false);
        QVERIFY2(bannerText(applyPage).contains(said), qPrintable(bannerText(applyPage)));
        QVERIFY2(bannerText(applyPage).contains(QStringLiteral("SF_Test_PP does not exist")),
                 qPrintable(bannerText(applyPage)));
        QCOMPARE(wizard.model()->templateValues(), typed);

        demo->clearFaults();
        auto *retry = applyPage->findChild<QPushButton *>(QStringLiteral("retryButton0"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(applied.wait(15000));
        QVERIFY2(applied.first().first().toBool(), qPrintable(bannerText(applyPage)));
        const QHash<QString, QJsonObject> written = byName(demo->subaccountDestinations());
        QCOMPARE(written.value(QStringLiteral("SF_Test_PP")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("PrincipalApiKey456"));
    }

    void aDestinationCreatedMeanwhile_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("keep theirs, rename ours") << false;
        QTest::newRow("overwrite theirs") << true;
    }

    void aDestinationCreatedMeanwhile()
    {
        QFETCH(bool, overwrite);
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
        SandboxSubaccount *demo = wizard.demoSubaccount();
        next(wizard, QStringLiteral("trustCertificatePage"));
        QTreeWidget *changes = fetchTrustAndFillInUpToReview(wizard, *demo);
        QVERIFY(changes);
        QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("will be created"));

        // Someone creates a destination of that name between the review and Apply.
        const QJsonObject theirs { { QStringLiteral("Name"), QStringLiteral("SF_Test") },
                                   { QStringLiteral("Type"), QStringLiteral("HTTP") },
                                   { QStringLiteral("URL"), QStringLiteral("https://other.example/") },
                                   { QStringLiteral("Authentication"), QStringLiteral("NoAuthentication") },
                                   { QStringLiteral("ProxyType"), QStringLiteral("Internet") } };
        QVERIFY(demo->addDestination(theirs));
        auto *applyPage = static_cast<ApplyPage *>(wizard.page(ApplyPageId));
        QSignalSpy applied(applyPage, &ApplyPage::applied);
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.takeFirst().first().toBool(), false);
        auto *rename = applyPage->findChild<QPushButton *>(QStringLiteral("renameButton0"));
        QVERIFY(rename->isVisible());
        QVERIFY(applyPage->findChild<QPushButton *>(QStringLiteral("overwriteButton0"))->isVisible());
        QVERIFY2(bannerText(applyPage).contains(QStringLiteral("SF_Test_PP does not exist")),
                 qPrintable(bannerText(applyPage)));

        if (overwrite) {
            // Overwrite: theirs gets our values, and the secondary that waited for it follows.
            QTest::mouseClick(applyPage->findChild<QPushButton *>(QStringLiteral("overwriteButton0")), Qt::LeftButton);
            QVERIFY(applied.wait(15000));
            QCOMPARE(applied.takeFirst().first().toBool(), true);
            const QHash<QString, QJsonObject> written = byName(demo->subaccountDestinations());
            QCOMPARE(written.value(QStringLiteral("SF_Test")).value(QStringLiteral("URL")).toString(),
                     QStringLiteral("https://api4.successfactors.com/api-ext/"));
            QCOMPARE(written.value(QStringLiteral("SF_Test_PP")).value(QStringLiteral("apiKey")).toString(),
                     QStringLiteral("PrincipalApiKey456"));
            return;
        }
        // Keep theirs: both of ours go under a new name.
        QTest::mouseClick(rename, Qt::LeftButton);
        type(applyPage, QStringLiteral("renameEdit"), QStringLiteral("SF Test 2"));
        QTest::mouseClick(applyPage->findChild<QPushButton *>(QStringLiteral("renameApplyButton")), Qt::LeftButton);
        QVERIFY2(bannerText(applyPage).contains(QStringLiteral("letters")), qPrintable(bannerText(applyPage)));
        type(applyPage, QStringLiteral("renameEdit"), QStringLiteral("SF_Test_2"));
        QTest::mouseClick(applyPage->findChild<QPushButton *>(QStringLiteral("renameApplyButton")), Qt::LeftButton);
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.takeFirst().first().toBool(), true);
        const QHash<QString, QJsonObject> written = byName(demo->subaccountDestinations());
        QCOMPARE(written.value(QStringLiteral("SF_Test")).value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://other.example/"));
        QVERIFY(written.contains(QStringLiteral("SF_Test_2")));
        QCOMPARE(written.value(QStringLiteral("SF_Test_2_PP")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("PrincipalApiKey456"));
        QVERIFY(!written.contains(QStringLiteral("SF_Test_PP")));
    }

    void addsASubaccountAndTestsItsKeyAtOnce()
    {
        SandboxSubaccount sandbox;
        QVERIFY(sandbox.start());
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        next(wizard, QStringLiteral("subaccountPage"));
        auto *page = wizard.currentPage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addSubaccountButton")), Qt::LeftButton);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(page, QStringLiteral("subaccountNameEdit"), QStringLiteral("QA EU10"));
        auto *paste = page->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
        auto *test = page->findChild<QPushButton *>(QStringLiteral("testSubaccountButton"));

        // A wrong secret: the subaccount rejects the key, nothing is saved, and nothing typed is lost.
        QJsonObject key = sandbox.serviceKey();
        key.insert(QStringLiteral("clientsecret"), QStringLiteral("not-the-secret"));
        paste->setPlainText(QString::fromUtf8(QJsonDocument(key).toJson()));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(page).contains(QStringLiteral("rejected")), 15000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("subaccountNameEdit"))->text(), QStringLiteral("QA EU10"));
        QVERIFY(paste->toPlainText().contains(QStringLiteral("not-the-secret")));
        QVERIFY(SubaccountProfiles::load(*std::make_unique<QSettings>()).isEmpty());

        // The right key: tested, saved (its secret in the keychain only) and chosen.
        paste->setPlainText(QString::fromUtf8(QJsonDocument(sandbox.serviceKey()).toJson()));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        QCOMPARE(wizard.subaccount()->target(), SubaccountConnection::Target::Profile);
        QSettings settings;
        const QList<SubaccountProfile> profiles = SubaccountProfiles::load(settings);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().displayName, QStringLiteral("QA EU10"));
        QVERIFY(profiles.first().key.clientSecret().isEmpty());
        SecretStore store(SecretStore::DefaultService);
        auto *read = store.read(profiles.first().secretKey());
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(15000));
        QCOMPARE(read->value(), sandbox.serviceKey().value(QStringLiteral("clientsecret")).toString());

        // The trust certificate of that subaccount, read over the Destination service.
        next(wizard, QStringLiteral("trustCertificatePage"));
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("fetchTrustButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->trustCertificate().has_value(), 15000);
        QCOMPARE(wizard.model()->trustCertificate()->sha256Fingerprint(),
                 TrustCertificate::fromData(sandbox.trustCertificatePem()).sha256Fingerprint());

        SubaccountProfiles::remove(settings, profiles.first().id);
        auto *removed = store.remove(profiles.first().secretKey());
        QSignalSpy removeDone(removed, &SecretJob::finished);
        QVERIFY(removeDone.wait(15000));
    }

    // A setup saved under one destination name and saved again under another keeps its secrets under the new name
    // only: the keychain holds no orphan.
    // Entries are named by the setup's id: renaming the destination moves none and leaves none behind.
    // The progress is kept as the user goes (never a secret); after a crash the next start offers to continue on
    // the step where the user was. Leaving asks first; Discard forgets it.
    void keepsProgressAndContinuesWhereTheUserWas()
    {
        QFile::remove(SetupFlow::progressFile());
        {
            std::unique_ptr<ConnectWizard> owner(openWizard());
            ConnectWizard &wizard = *owner;
            QVERIFY(!wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("continueButton"))->isVisible());
            next(wizard, QStringLiteral("subaccountPage"));
            auto *files = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("filesChoice"));
            QTest::mouseClick(files, Qt::LeftButton, {}, QPoint(6, files->height() / 2));
            next(wizard, QStringLiteral("trustCertificatePage"));
            Dialogs::queueFileName(m_certificateFile);
            QTest::mouseClick(wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("openFileButton")),
                              Qt::LeftButton);
            next(wizard, QStringLiteral("serviceKeyPage"));
            wizard.currentPage()
                ->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"))
                ->setPlainText(QString::fromUtf8(m_serviceKey));
            next(wizard, QStringLiteral("providerSystemPage"));
            type(wizard.currentPage(), QStringLiteral("apiServer"),
                 QStringLiteral("https://api4.successfactors.com/odata/v2/"));
            type(wizard.currentPage(), QStringLiteral("companyId"), QStringLiteral("KEPT123"));
            type(wizard.currentPage(), QStringLiteral("technicalUser"), QStringLiteral("KEPT_USER"));
            next(wizard, QStringLiteral("oauthClientsPage"));
            type(wizard.currentPage(), QStringLiteral("apiKey"), QStringLiteral("KeptApiKeyNeverInAFile"));
            // Written shortly after the change, atomically, without the secret.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(SetupFlow::progressFile()).exists(), 5000);
            // Kept again once the typing has settled: the file then holds all that was typed, except the secret.
            const auto *keep = wizard.findChild<QTimer *>(QStringLiteral("keepProgressTimer"));
            QVERIFY(keep && keep->isActive());
            QTRY_VERIFY_WITH_TIMEOUT(!keep->isActive(), 5000);
            QFile kept(SetupFlow::progressFile());
            QVERIFY(kept.open(QIODevice::ReadOnly));
            const QByteArray text = kept.readAll();
            QVERIFY2(text.contains("\"step\": \"oauthClients\""), text.constData());
            QVERIFY(text.contains("KEPT123"));
            for (const QString &file : QDir(QFileInfo(SetupFlow::progressFile()).path()).entryList(QDir::Files)) {
                QFile each(QFileInfo(SetupFlow::progressFile()).dir().filePath(file));
                QVERIFY(each.open(QIODevice::ReadOnly));
                const QByteArray content = each.readAll();
                QVERIFY2(!content.contains("KeptApiKeyNeverInAFile") && !content.contains("test-secret-not-real"),
                         qPrintable(file));
            }
            // Leaving asks first, with buttons named by what they do: Stay stays.
            Dialogs::queueAnswer(QMessageBox::Cancel);
            wizard.reject();
            QVERIFY(wizard.isVisible());
            const Dialogs::Question asked = Dialogs::lastQuestion();
            QCOMPARE(asked.buttonTexts.value(QMessageBox::Cancel), QStringLiteral("&Stay"));
            QCOMPARE(asked.buttonTexts.value(QMessageBox::Close), QStringLiteral("&Keep for later"));
            QCOMPARE(asked.buttonTexts.value(QMessageBox::Discard), QStringLiteral("&Discard"));
            QVERIFY2(asked.text.contains(QStringLiteral("kept in this computer's keychain")), qPrintable(asked.text));
        } // gone without a word, as in a crash

        {
            std::unique_ptr<ConnectWizard> owner(openWizard());
            ConnectWizard &wizard = *owner;
            auto *resume = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("continueButton"));
            QTRY_VERIFY(resume->isVisible());
            QVERIFY2(resume->text().contains(QStringLiteral("SAP SuccessFactors")), qPrintable(resume->text()));
            const QRegularExpression step(QStringLiteral("step \\d+ of \\d+"));
            const QString offered = step.match(resume->text()).captured();
            QVERIFY2(!offered.isEmpty(), qPrintable(resume->text()));
            QTest::mouseClick(resume, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPage()->objectName(), QStringLiteral("oauthClientsPage"), 15000);
            // The offer counts the way the window counts.
            QVERIFY2(wizard.windowTitle().contains(offered),
                     qPrintable(offered + QStringLiteral(" / ") + wizard.windowTitle()));
            QCOMPARE(wizard.model()->value(QStringLiteral("companyId")), QStringLiteral("KEPT123"));
            QVERIFY(!wizard.subaccount()->writesToSubaccount());
            // Discard forgets it.
            Dialogs::queueAnswer(QMessageBox::Discard);
            wizard.reject();
            QVERIFY(!wizard.isVisible());
            QVERIFY(!QFileInfo::exists(SetupFlow::progressFile()));
        }
        std::unique_ptr<ConnectWizard> owner(openWizard());
        // Seen failing twice on a loaded machine, never alone: what is offered, and from which file, says why.
        const auto *offer = owner->currentPage()->findChild<QPushButton *>(QStringLiteral("continueButton"));
        QFile progress(SetupFlow::progressFile());
        QVERIFY2(!offer->isVisible(),
                 qPrintable(offer->text() + QStringLiteral(" / progress file: ")
                            + (progress.open(QIODevice::ReadOnly) ? QString::fromUtf8(progress.readAll())
                                                                  : QStringLiteral("none"))));
    }

    void savesAndResumesProgress()
    {
        const QString setup = m_dir.filePath(QStringLiteral("progress/sf-setup.json"));
        {
            ConnectWizard wizard;
            auto *model = wizard.model();
            model->setTrustCertificate(TrustCertificate::fromFile(m_certificateFile), m_certificateFile);
            model->setServiceKey(TaskCenterServiceKey::fromText(m_serviceKey)); // pasted, not a file
            model->setValue(QStringLiteral("apiServer"), QStringLiteral("https://api.sapsf.eu/odata/v2/"));
            model->setValue(QStringLiteral("destinationName"), QStringLiteral("SF_Resume"));
            model->setValue(QStringLiteral("apiKey"), QStringLiteral("ResumeKey1"));
            QSignalSpy saved(&wizard, &ConnectWizard::secretsSaved);
            QVERIFY(wizard.saveProgressTo(setup));
            QVERIFY(saved.wait(15000));
            QFile file(setup);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("ResumeKey1"));
            QVERIFY(file.seek(0));
            QVERIFY(!file.readAll().contains("test-secret-not-real"));
            // Whole on its own: no file beside it, no path into a folder.
            QCOMPARE(QDir(m_dir.filePath(QStringLiteral("progress")))
                         .entryList({ QStringLiteral("sf-setup*") }, QDir::Files),
                     QStringList { QStringLiteral("sf-setup.json") });
        }
        // The certificate file it was opened from is gone meanwhile: the setup still holds it.
        QVERIFY(QFile::rename(m_certificateFile, m_certificateFile + QStringLiteral(".moved")));
        const auto putBack
            = qScopeGuard([this] { QFile::rename(m_certificateFile + QStringLiteral(".moved"), m_certificateFile); });
        ConnectWizard wizard;
        QSignalSpy loaded(&wizard, &ConnectWizard::secretsLoaded);
        QVERIFY(wizard.resumeFrom(setup));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(wizard.model()->value(QStringLiteral("apiServer")), QStringLiteral("https://api.sapsf.eu/odata/v2/"));
        QCOMPARE(wizard.model()->value(QStringLiteral("apiKey")), QStringLiteral("ResumeKey1"));
        // SuccessFactors does not use the service key's client secret, so the keychain was not asked to keep it.
        QVERIFY(wizard.model()->serviceKey()->clientSecret().isEmpty());
        QVERIFY(wizard.model()->serviceKey()->lacksOnlyClientSecret());
        QVERIFY(wizard.model()->stepState(wizard.model()->steps().at(1), QDateTime::currentDateTimeUtc()).complete);
        QVERIFY(wizard.model()->trustCertificate() && wizard.model()->trustCertificate()->isValid());
        // Named beside the steps: the one secret the keychain did not give back, and nothing else.
        auto *notice = wizard.findChild<MessageBanner *>(QStringLiteral("giveAgainNotice"));
        QVERIFY(notice && notice->isVisibleTo(&wizard));
        const QString ppLabel = wizard.model()->provider().input(QStringLiteral("ppApiKey"))->label;
        QVERIFY2(notice->text().contains(ppLabel), qPrintable(notice->text()));
        QVERIFY2(!notice->text().contains(wizard.model()->provider().input(QStringLiteral("apiKey"))->label
                                          + QLatin1Char('\n')),
                 qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QStringLiteral("keychain holds none")), qPrintable(notice->text()));
        // Given again, it is no longer asked for.
        wizard.model()->setValue(QStringLiteral("ppApiKey"), QStringLiteral("ResumeKey2"));
        QVERIFY(!notice->isVisibleTo(&wizard));
    }

    // A setup kept with the demo subaccount: the demo keeps no secrets, and saying so is the truth; after a resume the
    // secrets to enter again are named, and a file the setup names that is gone is asked for, not a reason to fail.
    void demoSetupSaysSecretsAreNotKept()
    {
        const QString setup = m_dir.filePath(QStringLiteral("demo-setup.json"));
        QFile file(setup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"provider":"successfactors","subaccount":"demo","step":"oauthClients",)"
                   R"("trustCertificateFile":"gone/setup.trust.pem",)"
                   R"("values":{"destinationName":"SF_Demo","companyId":"DEMO1"}})");
        file.close();
        ConnectWizard wizard;
        QSignalSpy loaded(&wizard, &ConnectWizard::secretsLoaded);
        QVERIFY(wizard.resumeFrom(setup));
        // The demo answers at once: there is no keychain to wait for.
        QVERIFY(!loaded.isEmpty() || loaded.wait(15000));
        QCOMPARE(wizard.model()->value(QStringLiteral("companyId")), QStringLiteral("DEMO1"));
        // It stops where the certificate is asked for.
        QTRY_COMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustCertificatePage"));
        auto *notice = wizard.findChild<MessageBanner *>(QStringLiteral("giveAgainNotice"));
        QVERIFY(notice && notice->isVisibleTo(&wizard));
        QVERIFY2(notice->text().contains(QStringLiteral("gone/setup.trust.pem")), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(wizard.model()->provider().input(QStringLiteral("apiKey"))->label),
                 qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QStringLiteral("demo subaccount keeps no secrets")),
                 qPrintable(notice->text()));
        // Leaving says the truth about secrets in the demo.
        Dialogs::queueAnswer(QMessageBox::Cancel);
        wizard.reject();
        QVERIFY2(Dialogs::lastQuestion().text.contains(QStringLiteral("the demo subaccount keeps none")),
                 qPrintable(Dialogs::lastQuestion().text));
        QVERIFY(!Dialogs::lastQuestion().text.contains(QStringLiteral("kept in this computer's keychain")));
    }
};

TCC_TEST_MAIN_IN_SHARES(TestWizard)
#include "tst_wizard.moc"
