// Saves a picture of every wizard page, filled the way an administrator fills it, for review and the README:
//   xvfb-run -a -s '-screen 0 1024x768x24' build/tests/wizard_screenshots OUT_DIR [--lang de]
//            [--provider <id>] [--path <path id> | --check | --all] [--minimum] [--dark] [--no-pictures]
// (--all: every provider by every path, and the check, each into a folder of its own; --no-pictures: every page is
// still drawn and checked, but no picture is written. CTest's mnemonics_<language> run both.)
// On every page it also looks for two different texts with the same Alt+ key (the wizard's own buttons included,
// and buttons the page shows only at times), and in the help window on that page (saved as NN-page-help.png); it
// names each clash with its walk and exits 1. From each console step it also pictures the hand-off sheet.
#include "ConnectWizard.h"
#include "ExampleValues.h"
#include "WizardApplication.h"
#include "dialogs/HelpDialog.h"
#include "flow/SetupFlow.h"
#include "pages/PageIds.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "setup/SetupModel.h"
#include "startup/Translations.h"
#include "widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizardPage>
#include <cstdio>
#include <functional>

namespace {

// Texts on the current page and the wizard's visible buttons that share an Alt+ key. The same text twice (a Retry
// button on each row) is one action, not a clash.
QStringList clashesAmong(const QStringList &texts)
{
    QHash<QChar, QStringList> byKey;
    for (const QString &text : std::as_const(texts)) {
        const QChar key = Mnemonics::of(text);
        if (!key.isNull() && !byKey[key].contains(text))
            byKey[key].append(text);
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(
                QStringLiteral("Alt+%1: \"%2\"").arg(it.key().toUpper(), it.value().join(QStringLiteral("\", \""))));
    }
    clashes.sort();
    return clashes;
}

QStringList mnemonicClashes(QWizard &wizard)
{
    // The page's own texts, shown or not yet, and the wizard's buttons that are shown with it.
    QStringList texts = Mnemonics::textsUnder(wizard.currentPage());
    for (QWizard::WizardButton which : { QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                         QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton,
                                         QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3 }) {
        if (wizard.button(which)->isVisibleTo(&wizard))
            texts.append(wizard.button(which)->text());
    }
    return clashesAmong(texts);
}

// Calls `then` once `settled` holds, looking every 10 ms: the pages announce no "done", but show it (a busy bar
// gone, Finish possible). A page that never settles is walked on after 30 s of looking, and says so.
void whenSettled(const std::function<bool()> &settled, const std::function<void()> &then, int looked = 0)
{
    constexpr int every = 10;
    QTimer::singleShot(every, [=] {
        if (settled()) {
            then();
        } else if (looked >= 30000) {
            std::fprintf(stderr, "the page did not settle within 30 s of looking; walking on\n");
            then();
        } else {
            whenSettled(settled, then, looked + every);
        }
    });
}

// Widgets on a page that are cut (narrower or lower than their text needs) or that overlap a neighbour: what a long
// language or the smallest window does to a layout that does not grow with its text. Inside a scroll area only the
// content's own bounds count (it scrolls).
QStringList layoutProblems(QWidget *page)
{
    QStringList problems;
    const auto describe = [](const QWidget *widget) {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        text = text.left(40).simplified();
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
    };
    QList<QWidget *> checked;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->parentWidget())
            continue;
        // Parts of Qt's own composite widgets (a combo box's list, a scroll area's bars) are theirs to lay out.
        const QWidget *parent = widget->parentWidget();
        if (qobject_cast<const QAbstractScrollArea *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent)
            || parent->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue;
        const bool label = qobject_cast<QLabel *>(widget);
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!label && !control)
            continue;
        checked.append(widget);
        const QSize need = widget->minimumSizeHint();
        if (const auto *text = qobject_cast<QLabel *>(widget); text && text->wordWrap()) {
            if (widget->height() + 1 < text->heightForWidth(widget->width()))
                problems.append(QStringLiteral("cut: %1 (%2 px high, its text needs %3)")
                                    .arg(describe(widget))
                                    .arg(widget->height())
                                    .arg(text->heightForWidth(widget->width())));
        } else if (widget->width() + 1 < need.width() || widget->height() + 1 < need.height()) {
            problems.append(QStringLiteral("cut: %1 (%2x%3, needs %4x%5)")
                                .arg(describe(widget))
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(need.width())
                                .arg(need.height()));
        }
        const QRect within = parent->rect().adjusted(-1, -1, 1, 1);
        if (!within.contains(widget->geometry()))
            problems.append(QStringLiteral("outside its box: %1").arg(describe(widget)));
    }
    // A page scrolls down, never sideways: what is wider than the window is cut at its right edge for the reader.
    for (const QScrollArea *scroll : page->findChildren<QScrollArea *>()) {
        if (!scroll->isVisible() || !scroll->horizontalScrollBar()->isVisible())
            continue;
        // Named with the widget that reaches furthest right at its smallest: where to start making room.
        QString widest;
        int reach = 0;
        if (QWidget *content = scroll->widget()) {
            for (QWidget *child : content->findChildren<QWidget *>()) {
                if (!child->isVisible() || child->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
                    continue;
                if (child->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                const int right = child->mapTo(content, QPoint(0, 0)).x() + child->minimumSizeHint().width();
                if (right > reach) {
                    reach = right;
                    widest = describe(child);
                }
            }
        }
        problems.append(QStringLiteral("wider than the window: %1 (%2 px in %3; furthest right at its smallest: %4)")
                            .arg(scroll->objectName())
                            .arg(scroll->widget() ? scroll->widget()->width() : 0)
                            .arg(scroll->viewport()->width())
                            .arg(widest));
    }
    // The wizard's header above the page: Qt sizes it for two lines of the window's font, whatever the text.
    if (const auto *wizardPage = qobject_cast<const QWizardPage *>(page)) {
        for (const QLabel *header : page->window()->findChildren<QLabel *>()) {
            if (!header->isVisible() || header->text().isEmpty() || page->isAncestorOf(header)
                || (header->text() != wizardPage->subTitle() && header->text() != wizardPage->title()))
                continue;
            const int need = header->wordWrap() ? header->heightForWidth(header->width()) : header->sizeHint().height();
            if (header->height() + 1 < need)
                problems.append(QStringLiteral("cut: the header's %1 (%2 px high, its text needs %3)")
                                    .arg(describe(header))
                                    .arg(header->height())
                                    .arg(need));
        }
    }
    for (int i = 0; i < checked.size(); ++i) {
        for (int j = i + 1; j < checked.size(); ++j) {
            const QWidget *a = checked.at(i);
            const QWidget *b = checked.at(j);
            if (a->parentWidget() != b->parentWidget())
                continue;
            if (a->geometry().adjusted(1, 1, -1, -1).intersects(b->geometry().adjusted(1, 1, -1, -1)))
                problems.append(QStringLiteral("overlap: %1 and %2").arg(describe(a), describe(b)));
        }
    }
    return problems;
}

// One way through the wizard: a provider and one of its paths, or "Check an existing configuration".
struct Walk
{
    QString name; // as CTest and the pictures' folder name it: "s4hanacloud_manual"
    QString provider;
    QString path;
    bool check = false;
};

// Every provider of the catalogue by each of its paths, and the check: what --all walks.
QList<Walk> everyWalk()
{
    QList<Walk> walks;
    for (const QString &id : ProviderDefinition::builtInIds()) {
        const auto provider = ProviderDefinition::builtIn(id);
        if (provider->paths().isEmpty())
            walks.append({ id, id, QString(), false });
        for (int index = 0; index < provider->paths().size(); ++index) {
            const QString path = provider->paths().at(index).id;
            walks.append({ index == 0 ? id : id + QLatin1Char('_') + path, id, path, false });
        }
    }
    walks.append({ QStringLiteral("check"), QString(), QString(), true });
    return walks;
}

// Walks `walk` in a wizard of its own, as a program just started does, and returns how many pages had a clash or
// a layout problem (each named on stderr).
int walkThrough(const Walk &walk, const QString &out, const QStringList &arguments)
{
    QEventLoop loop;
    ConnectWizard wizard;
    wizard.resize(860, 680);
    // --minimum: the smallest window the wizard allows, where texts are first cut off.
    if (arguments.contains(QStringLiteral("--minimum")))
        wizard.resize(wizard.minimumSize());
    auto *model = wizard.model();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto certificate = CertificateFactory::createSelfSigned(QStringLiteral("acme-prod-subaccount"),
                                                                  now.addDays(-20), now.addDays(710));
    model->setTrustCertificate(TrustCertificate::fromData(certificate->certificatePem),
                               QStringLiteral("/home/admin/Downloads/acme-prod-trust.pem"));
    QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
    key.open(QIODevice::ReadOnly);
    model->setServiceKey(TaskCenterServiceKey::fromText(key.readAll()),
                         QStringLiteral("/home/admin/Downloads/taskcenter-key.json"));
    // The provider (and path) to walk, as the welcome page chooses them, with values an administrator enters.
    if (!walk.provider.isEmpty())
        model->setProvider(ProviderDefinition::builtIn(walk.provider));
    if (!walk.path.isEmpty())
        model->setPath(walk.path);
    // A key store is a real file, as an administrator chooses it, so that applying uploads it.
    const QTemporaryDir keyStores;
    fillInExampleValues(model, keyStores.path());
    wizard.show();
    // As the program does once the first page is on screen: the keychain probed, a kept setup offered.
    bool keychainChecked = false;
    QObject::connect(&wizard, &ConnectWizard::keychainChecked, [&keychainChecked] { keychainChecked = true; });
    wizard.startBackgroundChecks();
    // A page has settled when what it does by itself is done: no busy bar showing, and the pages that work on their
    // own (reading the subaccount to check, applying, checking) ready to go on.
    const std::function<bool()> settled = [&] {
        if (!keychainChecked)
            return false;
        QWizardPage *page = wizard.currentPage();
        for (const auto *bar : page->findChildren<QProgressBar *>()) {
            if (bar->isVisible() && bar->maximum() == 0)
                return false;
        }
        const int id = wizard.currentId();
        return (id != CheckSourcePageId && id != ApplyPageId && id != CheckReportPageId) || page->isComplete();
    };

    // One picture a page, numbered in the order of the walk and named by page; with no subaccount saved, the walk
    // goes into the demo subaccount.
    int picture = 0;
    int clashingPages = 0;
    const auto report = [&clashingPages, &walk](const QString &name, const QStringList &clashes) {
        if (!clashes.isEmpty()) {
            ++clashingPages;
            std::fprintf(stderr, "%s: mnemonics clash on %s: %s\n", qPrintable(walk.name), qPrintable(name),
                         qPrintable(clashes.join(QStringLiteral("; "))));
        }
    };
    const auto reportLayout = [&clashingPages, &walk](const QString &name, const QStringList &problems) {
        if (!problems.isEmpty()) {
            ++clashingPages;
            std::fprintf(stderr, "%s: layout on %s: %s\n", qPrintable(walk.name), qPrintable(name),
                         qPrintable(problems.join(QStringLiteral("; "))));
        }
    };
    // Drawn in any case (a page that cannot paint fails here too); written only when pictures are asked for.
    const bool pictures = !arguments.contains(QStringLiteral("--no-pictures"));
    const auto keep = [&](const QPixmap &shot, const QString &file) {
        if (pictures)
            shot.save(QDir(out).filePath(file));
    };
    const auto save = [&](const QString &name) {
        const QString number = QStringLiteral("%1").arg(++picture, 2, 10, QLatin1Char('0'));
        // As a person sees the page a moment after it appears: its pending layout requests carried out.
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
        keep(wizard.grab(), QStringLiteral("%1-%2.png").arg(number, name));
        report(name, mnemonicClashes(wizard));
        reportLayout(name, layoutProblems(wizard.currentPage()));
        // The help window on this page, as Help opens it: its own buttons must not share a key either.
        wizard.button(QWizard::HelpButton)->click();
        QCoreApplication::processEvents(); // laid out as a user first sees it
        if (auto *help = wizard.findChild<HelpDialog *>()) {
            keep(help->grab(), QStringLiteral("%1-%2-help.png").arg(number, name));
            report(name + QStringLiteral(" (help)"), clashesAmong(Mnemonics::textsUnder(help)));
            help->close();
        }
    };
    // --check walks "Check an existing configuration" on the demo subaccount instead.
    const bool check = walk.check;
    std::function<void()> shoot = [&] {
        if (check) {
            if (wizard.currentId() == WelcomePageId) {
                save(QStringLiteral("welcomePage"));
                wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("checkButton"))->click();
                wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("checkDemoChoice"))->click();
                whenSettled(settled, shoot);
                return;
            }
            save(wizard.currentPage()->objectName());
            if (wizard.currentId() == CheckReportPageId) {
                wizard.hide(); // hidden first: quitting closes windows, and closing a setup asks
                loop.quit();
                return;
            }
            wizard.next();
            whenSettled(settled, shoot);
            return;
        }
        auto *write = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("writeButton"));
        if (wizard.currentId() == FinishPageId && write->isVisible()) {
            // Into a fresh folder of its own: files left by an earlier walk would make the page ask to replace them.
            const QString folder = QDir(out).filePath(QStringLiteral("destinations"));
            QDir(folder).removeRecursively();
            wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("folder"))->setText(folder);
            write->click();
        }
        save(wizard.currentPage()->objectName());
        // A checklist as the user leaves it: every step ticked.
        for (auto *box : wizard.currentPage()->findChildren<QCheckBox *>()) {
            if (box->objectName().endsWith(QLatin1String("Check")) && !box->isChecked())
                box->click();
        }
        if (wizard.currentId() == SubaccountPageId) {
            // The form for a new subaccount too, then back to the demo for the rest of the walk.
            wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("addSubaccountButton"))->click();
            save(QStringLiteral("addSubaccount"));
            wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("demoChoice"))->click();
        }
        if (auto *handoff = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("handoffButton"))) {
            // The hand-off sheet as it opens from this console step.
            handoff->click();
            if (auto *sheet = wizard.findChild<QDialog *>(QStringLiteral("handoffDialog"))) {
                const QString name = wizard.currentPage()->objectName();
                keep(sheet->grab(),
                     QStringLiteral("%1-%2-handoff.png").arg(++picture, 2, 10, QLatin1Char('0')).arg(name));
                report(name + QStringLiteral(" (hand-off sheet)"), clashesAmong(Mnemonics::textsUnder(sheet)));
                sheet->close();
            }
        }
        if (wizard.currentId() == FinishPageId) {
            wizard.hide(); // hidden first: quitting closes windows, and closing a setup asks
            loop.quit();
            return;
        }
        wizard.next();
        whenSettled(settled, shoot);
    };
    whenSettled(settled, shoot);
    loop.exec();
    return clashingPages;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Its own certificate and the demo subaccount's keys: real ones, without making three for every walk.
    RsaKeys::reuseWithinProcess();
    const QStringList arguments = app.arguments();
    const QString out = arguments.value(1, QStringLiteral("screenshots"));
    // The same loading as the wizard's --lang (Qt's own texts, ours, English plural forms as fallback).
    const int langAt = arguments.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? arguments.value(langAt + 1) : QStringLiteral("en");
    Translations::install(app, language);
    WizardApplication::useFontForLanguage(app, language);
    QDir().mkpath(out);

    // --dark: a dark palette, as a dark desktop theme gives, to see every colour follow it.
    if (arguments.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(53, 53, 56));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Button, QColor(53, 53, 56));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::ToolTipBase, QColor(53, 53, 56));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(100, 170, 255));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
    }

    // --all: every walk, one after the other in this one process (what CTest runs, once per language).
    QList<Walk> walks;
    if (arguments.contains(QStringLiteral("--all"))) {
        walks = everyWalk();
    } else {
        const int providerAt = arguments.indexOf(QStringLiteral("--provider"));
        const int pathAt = arguments.indexOf(QStringLiteral("--path"));
        Walk one;
        one.check = arguments.contains(QStringLiteral("--check"));
        one.provider = providerAt > 0 ? arguments.value(providerAt + 1) : QString();
        one.path = pathAt > 0 ? arguments.value(pathAt + 1) : QString();
        one.name = one.check     ? QStringLiteral("check")
            : one.path.isEmpty() ? one.provider
                                 : one.provider + QLatin1Char('_') + one.path;
        walks.append(one);
    }
    int pagesWithProblems = 0;
    for (const Walk &walk : std::as_const(walks)) {
        // As a program started anew finds it: no progress kept by the walk before.
        QFile::remove(SetupFlow::progressFile());
        const QString folder = walks.size() > 1 ? QDir(out).filePath(walk.name) : out;
        QDir().mkpath(folder);
        pagesWithProblems += walkThrough(walk, folder, arguments);
    }
    return pagesWithProblems > 0 ? 1 : 0;
}
