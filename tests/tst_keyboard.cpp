// The wizard for someone who works without a mouse or with a screen reader: one whole path walked with keys alone
// (Tab, Shift+Tab, typing, Enter, Space, Alt+ keys, Ctrl+V), Tab in reading order on every page, Enter moving on
// except where it belongs to a field, and a name a screen reader can say for every input on every page.
// Runs under tests/with-keyring.sh like the other wizard tests; the walk goes into the demo subaccount.
#include "ConnectWizard.h"
#include "ExampleValues.h"
#include "pages/PageIds.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"
#include "setup/SetupModel.h"
#include "startup/Translations.h"
#include "widgets/CopyableValue.h"
#include "widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <algorithm>
#include <memory>

// Tabs from the focus to the widget of that name (see nameOf), or fails with the stops it went through.
#define TAB_TO(name)                                                                                                   \
    do {                                                                                                               \
        const QString problem = tabTo(name, false);                                                                    \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)
#define BACKTAB_TO(name)                                                                                               \
    do {                                                                                                               \
        const QString problem = tabTo(name, true);                                                                     \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)
#define CHECK_READING_ORDER(wizard)                                                                                    \
    do {                                                                                                               \
        const QString problem = readingOrderProblem(wizard);                                                           \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QByteArray m_serviceKey;

    static QWidget *focused() { return QApplication::focusWidget(); }

    // A widget by its object name; a part of a value with a Copy button as "value name/part" ("fingerprint/value").
    static QString nameOf(const QWidget *widget)
    {
        if (!widget)
            return QStringLiteral("(nothing)");
        QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                      : widget->objectName();
        if (auto *value = qobject_cast<CopyableValue *>(widget->parentWidget()))
            name = value->objectName() + QLatin1Char('/') + name;
        return name;
    }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *widget = focused();
        QVERIFY2(widget, "nothing has the keyboard focus");
        QTest::keyClick(widget, key, modifiers);
    }

    static void typeText(const QString &text)
    {
        QWidget *widget = focused();
        QVERIFY2(widget, "nothing has the keyboard focus");
        QTest::keyClicks(widget, text);
    }

    // Tab (or Shift+Tab) until the widget of that name has the focus; empty when it was reached, else the stops.
    static QString tabTo(const QString &name, bool backwards, int limit = 40)
    {
        QStringList stops;
        for (int i = 0; i <= limit; ++i) {
            QWidget *widget = focused();
            if (!widget)
                return QStringLiteral("nothing has the keyboard focus (looking for %1)").arg(name);
            if (nameOf(widget) == name)
                return {};
            stops.append(nameOf(widget));
            if (backwards)
                QTest::keyClick(widget, Qt::Key_Backtab, Qt::ShiftModifier);
            else
                QTest::keyClick(widget, Qt::Key_Tab);
        }
        return QStringLiteral("%1 not reached with %2 within %3 presses; the focus went %4")
            .arg(name, backwards ? QStringLiteral("Shift+Tab") : QStringLiteral("Tab"))
            .arg(limit)
            .arg(stops.join(QStringLiteral(" → ")));
    }

    // Where a widget stands on the page as the user reads it: the content of a scroll area as if not scrolled.
    static QRect placeOf(const QWidget *widget)
    {
        for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            auto *scroll = qobject_cast<const QScrollArea *>(up);
            if (scroll && scroll->widget() && (scroll->widget() == widget || scroll->widget()->isAncestorOf(widget)))
                return QRect(widget->mapTo(scroll->widget(), QPoint(0, 0))
                                 + scroll->viewport()->mapTo(widget->window(), QPoint(0, 0)),
                             widget->size());
        }
        return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    }

    // Once round the focus chain with Tab: the page's stops come one after another (the wizard's own buttons before
    // or after them, never in between) and in reading order, top to bottom and left to right within a row. Empty
    // when so; else what is wrong, with the stops. The focus ends where it started.
    static QString readingOrderProblem(QWizard &wizard)
    {
        if (focused() && !focused()->isVisible())
            return QStringLiteral("the focus is on %1, which is not shown").arg(nameOf(focused()));
        QList<QWidget *> round;
        for (int i = 0; i < 200; ++i) {
            QWidget *widget = focused();
            if (!widget)
                return QStringLiteral("nothing has the keyboard focus");
            if (!round.isEmpty() && widget == round.first())
                break;
            round.append(widget);
            QTest::keyClick(widget, Qt::Key_Tab);
        }
        QWidget *page = wizard.currentPage();
        const auto onPage = [page](const QWidget *widget) { return page->isAncestorOf(widget); };
        QStringList stops;
        for (const QWidget *widget : std::as_const(round))
            stops.append((onPage(widget) ? QString() : QStringLiteral("[wizard] ")) + nameOf(widget));
        const QString where = QStringLiteral(" on %1; Tab goes %2").arg(page->objectName(), stops.join(" → "));
        // From the first stop on the page after one of the wizard's.
        int start = -1;
        for (int i = 0; i < round.size() && start < 0; ++i) {
            if (onPage(round.at(i)) && !onPage(round.at((i + round.size() - 1) % round.size())))
                start = i;
        }
        if (start < 0 && std::any_of(round.cbegin(), round.cend(), onPage))
            return QStringLiteral("Tab never leaves the page") + where;
        if (start < 0)
            return {}; // nothing on the page to go to (what it says is read, not a stop)
        QList<QWidget *> pageStops;
        bool left = false;
        for (int i = 0; i < round.size(); ++i) {
            QWidget *widget = round.at((start + i) % round.size());
            if (!onPage(widget))
                left = true;
            else if (left)
                return QStringLiteral("Tab leaves the page and comes back to %1").arg(nameOf(widget)) + where;
            else
                pageStops.append(widget);
        }
        for (int i = 1; i < pageStops.size(); ++i) {
            const QRect before = placeOf(pageStops.at(i - 1));
            const QRect after = placeOf(pageStops.at(i));
            const bool sameRow = after.top() < before.bottom() && before.top() < after.bottom();
            const bool inOrder = sameRow ? after.left() >= before.left() : after.top() >= before.top();
            if (!inOrder)
                return QStringLiteral("%1 comes after %2 but stands %3 it")
                           .arg(nameOf(pageStops.at(i)), nameOf(pageStops.at(i - 1)),
                                sameRow ? QStringLiteral("left of") : QStringLiteral("above"))
                    + where;
        }
        return {};
    }

    // The inputs and icon-only buttons shown on the page that a screen reader could only call by their kind.
    static QStringList unnamedInputs(QWidget *page)
    {
        QStringList unnamed;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            auto *button = qobject_cast<QAbstractButton *>(widget);
            auto *checkBox = qobject_cast<QCheckBox *>(widget);
            const bool iconOnly = button && Mnemonics::withoutKey(button->text()).trimmed().isEmpty();
            const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                || qobject_cast<QTextEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget) || (checkBox && checkBox->text().isEmpty());
            // Inputs a user reaches with Tab; icon-only buttons also when Tab passes them (a screen reader's own
            // navigation does not).
            if (!(input && (widget->focusPolicy() & Qt::TabFocus)) && !iconOnly)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(nameOf(widget) + QStringLiteral(" (")
                               + QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(')'));
        }
        return unnamed;
    }

    static ConnectWizard *openWizard()
    {
        auto *wizard = new ConnectWizard;
        wizard->show();
        if (!QTest::qWaitForWindowActive(wizard))
            return wizard;
        QSignalSpy keychain(wizard, &ConnectWizard::keychainChecked);
        wizard->startBackgroundChecks();
        keychain.wait(15000);
        return wizard;
    }

    // The Alt+ key the label of a field shows (the labels of provider fields get theirs when the page is shown).
    static QChar mnemonicOf(QWidget *page, const QString &field)
    {
        for (auto *label : page->findChildren<QLabel *>()) {
            if (label->buddy() && label->buddy()->objectName() == field)
                return Mnemonics::of(label->text());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
        // English plural forms, as the program loads them ("412 days", not "412 day(s)").
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_serviceKey = key.readAll();
    }

    // SAP SuccessFactors into the demo subaccount, from the first page to the last, with the keyboard alone.
    void walksAWholePathWithTheKeyboard()
    {
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        QVERIFY2(focused(), "the wizard has no keyboard focus when it opens");

        // Welcome: Tab reaches "Use the demo subaccount"; Space chooses it and moves on.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("welcomePage"));
        CHECK_READING_ORDER(wizard);
        TAB_TO(QStringLiteral("demoButton"));
        press(Qt::Key_Space);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("subaccountPage"));
        SandboxSubaccount *demo = wizard.demoSubaccount();
        QVERIFY(demo && demo->isListening());

        // Where the destinations go: Tab reaches the choices, the arrow keys move within them (Qt's radio buttons);
        // Alt+D is the demo's. Enter on the choice moves on.
        CHECK_READING_ORDER(wizard);
        auto *demoChoice = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("demoChoice"));
        QCOMPARE(Mnemonics::of(demoChoice->text()), QLatin1Char('d'));
        press(Qt::Key_D, Qt::AltModifier);
        QCOMPARE(nameOf(focused()), QStringLiteral("demoChoice"));
        QTRY_VERIFY(demoChoice->isChecked());
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustCertificatePage"));

        // Trust certificate: pasted (Ctrl+V) into the field Tab reaches. Enter in a multi-line field is a new line.
        QGuiApplication::clipboard()->setText(QString::fromLatin1(demo->trustCertificatePem()));
        TAB_TO(QStringLiteral("pasteEdit"));
        press(Qt::Key_V, Qt::ControlModifier);
        QVERIFY(wizard.model()->trustCertificate().has_value());
        QCOMPARE(wizard.model()->trustCertificate()->sha256Fingerprint(),
                 TrustCertificate::fromData(demo->trustCertificatePem()).sha256Fingerprint());
        auto *paste = qobject_cast<QPlainTextEdit *>(focused());
        QVERIFY(paste);
        const int lines = paste->blockCount();
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustCertificatePage"));
        QCOMPARE(paste->blockCount(), lines + 1);
        CHECK_READING_ORDER(wizard);
        // The fingerprint is reached with Tab and said in pairs; Enter there moves on.
        TAB_TO(QStringLiteral("fingerprint/value"));
        QVERIFY(QAccessible::queryAccessibleInterface(focused())
                    ->text(QAccessible::Description)
                    .startsWith(wizard.model()->trustCertificate()->sha256Fingerprint().left(5).replace(':', ' ')));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("serviceKeyPage"));

        // Service key: Alt+P (the label "…or paste it here") goes to the field; the key is read and leaves the
        // screen; an Enter after that adds a line to an empty field and loses nothing.
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_serviceKey));
        QCOMPARE(mnemonicOf(wizard.currentPage(), QStringLiteral("pasteEdit")), QLatin1Char('p'));
        press(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(nameOf(focused()), QStringLiteral("pasteEdit"));
        press(Qt::Key_V, Qt::ControlModifier);
        QVERIFY(wizard.model()->serviceKey().has_value() && wizard.model()->serviceKey()->isValid());
        auto *pasteEdit = qobject_cast<QPlainTextEdit *>(focused());
        QVERIFY(pasteEdit);
        QVERIFY(pasteEdit->toPlainText().isEmpty());
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("serviceKeyPage"));
        QVERIFY(wizard.model()->serviceKey().has_value() && wizard.model()->serviceKey()->isValid());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        CHECK_READING_ORDER(wizard);
        // The values read are text to select, not Tab stops: Tab goes on to the wizard's buttons, Enter on Next.
        TAB_TO(wizard.button(QWizard::NextButton)->objectName());
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("providerSystemPage"));

        // The SuccessFactors system: typed field by field; Enter with a field missing stays.
        auto *systemPage = wizard.currentPage();
        TAB_TO(QStringLiteral("apiServer"));
        typeText(QStringLiteral("https://api4.successfactors.com/odata/v2/"));
        const QChar companyKey = mnemonicOf(systemPage, QStringLiteral("companyId"));
        QVERIFY(!companyKey.isNull());
        press(Qt::Key(Qt::Key_A + (companyKey.unicode() - 'a')), Qt::AltModifier);
        QCOMPARE(nameOf(focused()), QStringLiteral("companyId"));
        typeText(QStringLiteral("ACME123"));
        TAB_TO(QStringLiteral("technicalUser"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage(), systemPage);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        TAB_TO(QStringLiteral("technicalUserSuggestion"));
        CHECK_READING_ORDER(wizard);
        press(Qt::Key_Space);
        QCOMPARE(wizard.model()->value(QStringLiteral("technicalUser")),
                 QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
        BACKTAB_TO(QStringLiteral("technicalUser"));
        typeText(QStringLiteral("TECH_USER_ACME")); // Tab selected the text: typing replaces it
        QCOMPARE(wizard.model()->value(QStringLiteral("technicalUser")), QStringLiteral("TECH_USER_ACME"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("oauthClientsPage"));

        // OAuth clients: the values to copy and the two API keys, inside a scroll area.
        CHECK_READING_ORDER(wizard);
        TAB_TO(QStringLiteral("apiKey"));
        typeText(QStringLiteral("TechnicalApiKey123"));
        TAB_TO(QStringLiteral("ppApiKey"));
        typeText(QStringLiteral("PrincipalApiKey456"));
        BACKTAB_TO(QStringLiteral("apiKey"));
        QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), QStringLiteral("TechnicalApiKey123"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("primaryDestinationPage"));

        // The primary destination: its name, then a property added in the "Add property" row, where Enter belongs
        // to the row (name → value → added) and the page stays; with the row empty again, Enter moves on.
        auto *primaryPage = wizard.currentPage();
        TAB_TO(QStringLiteral("destinationName"));
        typeText(QStringLiteral("SF_Keys"));
        CHECK_READING_ORDER(wizard);
        TAB_TO(QStringLiteral("expertEditing"));
        press(Qt::Key_Space);
        QVERIFY(primaryPage->findChild<QCheckBox *>(QStringLiteral("expertEditing"))->isChecked());
        CHECK_READING_ORDER(wizard);
        TAB_TO(QStringLiteral("newPropertyKey"));
        typeText(QStringLiteral("tc.ui.label"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage(), primaryPage);
        QCOMPARE(nameOf(focused()), QStringLiteral("newPropertyValue"));
        typeText(QStringLiteral("Acme HR"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage(), primaryPage);
        QCOMPARE(wizard.model()->destination(QStringLiteral("primary")).value(QStringLiteral("tc.ui.label")),
                 QStringLiteral("Acme HR"));
        QCOMPARE(nameOf(focused()), QStringLiteral("newPropertyKey"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("secondaryDestinationPage"));

        // The secondary destination: Enter from its properties moves on to the review.
        CHECK_READING_ORDER(wizard);
        TAB_TO(QStringLiteral("propertyTable"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("reviewPage"));

        // Review: once the subaccount is read, Enter is Apply.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("changesView"))->topLevelItemCount(), 2,
            15000);
        CHECK_READING_ORDER(wizard);
        TAB_TO(QStringLiteral("changesView"));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("applyPage"));

        // Apply: every destination written; Alt+N (Next) to the last page.
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard.button(QWizard::NextButton)->isEnabled()
                && wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled(),
            15000);
        CHECK_READING_ORDER(wizard);
        QCOMPARE(Mnemonics::of(wizard.button(QWizard::NextButton)->text()), QLatin1Char('n'));
        press(Qt::Key_N, Qt::AltModifier);
        // A button's Alt+ key presses it as a click would show it: a moment later.
        QTRY_COMPARE(wizard.currentPage()->objectName(), QStringLiteral("finishPage"));
        CHECK_READING_ORDER(wizard);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        // The destinations are in the subaccount, with the property added by keyboard.
        QHash<QString, QJsonObject> written;
        for (const QJsonObject &destination : demo->subaccountDestinations())
            written.insert(destination.value(QStringLiteral("Name")).toString(), destination);
        QVERIFY(written.contains(QStringLiteral("SF_Keys")));
        QVERIFY(written.contains(QStringLiteral("SF_Keys_PP")));
        const QJsonObject primary = written.value(QStringLiteral("SF_Keys"));
        QCOMPARE(primary.value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://api4.successfactors.com/api-ext/"));
        QCOMPARE(primary.value(QStringLiteral("companyId")).toString(), QStringLiteral("ACME123"));
        QCOMPARE(primary.value(QStringLiteral("SystemUser")).toString(), QStringLiteral("TECH_USER_ACME"));
        QCOMPARE(primary.value(QStringLiteral("tc.ui.label")).toString(), QStringLiteral("Acme HR"));
        QCOMPARE(primary.value(QStringLiteral("apiKey")).toString(), QStringLiteral("TechnicalApiKey123"));
        QCOMPARE(written.value(QStringLiteral("SF_Keys_PP")).value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("PrincipalApiKey456"));
    }

    // Every page of every path: each input and icon-only button has a name a screen reader says (its own or its
    // label's), and Tab goes in reading order.
    void everyInputHasANameAndTabReads_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("target");
        QTest::newRow("SuccessFactors into the demo subaccount") << "successfactors" << QString() << "demoChoice";
        QTest::newRow("SuccessFactors into files") << "successfactors" << QString() << "filesChoice";
        QTest::newRow("FSM into files") << "fsm" << QString() << "filesChoice";
        QTest::newRow("S/4HANA Cloud by hand into the demo subaccount") << "s4hanacloud"
                                                                        << "manual"
                                                                        << "demoChoice";
        QTest::newRow("S/4HANA Cloud with a formation") << "s4hanacloud"
                                                        << "formation" << QString();
    }

    void everyInputHasANameAndTabReads()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(QString, target);
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        auto *model = wizard.model();
        model->setProvider(ProviderDefinition::builtIn(provider));
        if (!path.isEmpty())
            model->setPath(path);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto certificate
            = CertificateFactory::createSelfSigned(QStringLiteral("keyboard-test"), now.addDays(-1), now.addDays(300));
        QVERIFY(certificate);
        model->setTrustCertificate(TrustCertificate::fromData(certificate->certificatePem), {});
        model->setServiceKey(TaskCenterServiceKey::fromText(m_serviceKey));
        fillInExampleValues(model);
        // Under a name none of the demo landscape's destinations has.
        model->setValue(QStringLiteral("destinationName"), QStringLiteral("KB_Names"));

        QStringList visited;
        for (int steps = 0; steps < 20; ++steps) {
            QWizardPage *page = wizard.currentPage();
            visited.append(page->objectName());
            if (wizard.currentId() == SubaccountPageId) {
                // The form for a new subaccount first, then the choice of this row.
                page->findChild<QPushButton *>(QStringLiteral("addSubaccountButton"))->click();
                const QStringList unnamed = unnamedInputs(page);
                QVERIFY2(unnamed.isEmpty(),
                         qPrintable(QStringLiteral("the new subaccount's form: no accessible name for ")
                                    + unnamed.join(QStringLiteral(", "))));
                CHECK_READING_ORDER(wizard);
                page->findChild<QRadioButton *>(target)->click();
            }
            if (wizard.currentId() == ReviewPageId)
                QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 15000);
            if (wizard.currentId() == ApplyPageId)
                QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
            // A checklist as the user leaves it: every step ticked.
            for (auto *box : page->findChildren<QCheckBox *>()) {
                if (box->objectName().endsWith(QLatin1String("Check")) && !box->isChecked())
                    box->click();
            }
            // Fields for experts and details are named too.
            if (auto *expert = page->findChild<QCheckBox *>(QStringLiteral("expertEditing")))
                expert->setChecked(true);
            const QStringList unnamed = unnamedInputs(page);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(page->objectName() + QStringLiteral(": no accessible name for ")
                                + unnamed.join(QStringLiteral(", "))));
            // Each page leaves the focus somewhere in the wizard, where the user sees it.
            QVERIFY2(focused() && wizard.isAncestorOf(focused()), qPrintable(page->objectName()));
            CHECK_READING_ORDER(wizard);
            if (wizard.currentId() == FinishPageId)
                break;
            QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled()
                         || wizard.button(QWizard::CommitButton)->isEnabled(),
                     qPrintable(page->objectName()));
            wizard.next();
        }
        QCOMPARE(wizard.currentId(), int(FinishPageId));
        QVERIFY2(visited.size() >= 3, qPrintable(visited.join(QStringLiteral(", "))));
    }

    // The certificate's facts as a screen reader says them: the dates in words with the days left, the fingerprint
    // in pairs (a run of "A 1 colon B 2 colon" is hard to follow and to compare).
    void certificateFactsAreSpokenWell_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QString>("expectedUntil");
        QTest::newRow("valid") << 400 << "Valid until %1, 400 days left";
        QTest::newRow("one day left") << 1 << "Valid until %1, 1 day left";
        QTest::newRow("expired") << -3 << "Valid until %1, expired 3 days ago";
    }

    void certificateFactsAreSpokenWell()
    {
        QFETCH(int, daysLeft);
        QFETCH(QString, expectedUntil);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Hours away from a change of day, so the days left are exact.
        const QDateTime from = now.addDays(-30);
        const QDateTime until = now.addDays(daysLeft).addSecs(daysLeft >= 0 ? 3600 : -3600);
        const auto certificate = CertificateFactory::createSelfSigned(QStringLiteral("spoken-facts"), from, until);
        QVERIFY(certificate);
        std::unique_ptr<ConnectWizard> owner(openWizard());
        ConnectWizard &wizard = *owner;
        wizard.model()->setTrustCertificate(TrustCertificate::fromData(certificate->certificatePem), {});
        wizard.next();
        wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("filesChoice"))->click();
        wizard.next();
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustCertificatePage"));
        QWidget *page = wizard.currentPage();
        const auto spoken = [page](const QString &name, QAccessible::Text text) {
            QWidget *widget = page->findChild<QWidget *>(name);
            return widget ? QAccessible::queryAccessibleInterface(widget)->text(text)
                          : QStringLiteral("(no %1)").arg(name);
        };

        const QLocale locale;
        QCOMPARE(spoken(QStringLiteral("validFrom"), QAccessible::Name),
                 QStringLiteral("Valid from %1").arg(locale.toString(from.toLocalTime().date(), QLocale::LongFormat)));
        QCOMPARE(spoken(QStringLiteral("validUntil"), QAccessible::Name),
                 expectedUntil.arg(locale.toString(until.toLocalTime().date(), QLocale::LongFormat)));
        // What is shown stays as it was: the date and time.
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("validUntil"))->text(),
                 locale.toString(until.toLocalTime(), QLocale::LongFormat));

        // The fingerprint: shown with colons (as other tools show it), said as 32 pairs.
        const QString fingerprint = TrustCertificate::fromData(certificate->certificatePem).sha256Fingerprint();
        auto *shown = page->findChild<CopyableValue *>(QStringLiteral("fingerprint"));
        QCOMPARE(shown->value(), fingerprint);
        auto *value = shown->findChild<QLineEdit *>();
        const QString said = QAccessible::queryAccessibleInterface(value)->text(QAccessible::Description);
        QVERIFY2(!said.contains(QLatin1Char(':')), qPrintable(said));
        const QStringList pairs = said.split(QLatin1Char(' '));
        QCOMPARE(pairs.size(), 32);
        QCOMPARE(pairs.join(QLatin1Char(':')), fingerprint);
        QCOMPARE(QAccessible::queryAccessibleInterface(value)->text(QAccessible::Name),
                 QStringLiteral("SHA-256 fingerprint"));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
