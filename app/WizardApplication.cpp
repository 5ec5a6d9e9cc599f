#include "WizardApplication.h"

#include "ConnectWizard.h"
#include "FirstPaint.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Qt's own strings (QWizard's Back, Next, Cancel, ...) and ours.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("taskcenter-connect"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int WizardApplication::run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("WizardApplication", "Task Center Connect wizard"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("WizardApplication", "Language of the window, e.g. de or en."),
        QStringLiteral("code"));
    const QCommandLineOption setup(
        QStringLiteral("setup"), QCoreApplication::translate("WizardApplication", "Continue the setup saved in FILE."),
        QStringLiteral("file"));
    QCommandLineOption quitAfterFirstPaint(QStringLiteral("quit-after-first-paint"));
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ language, setup, quitAfterFirstPaint });
    parser.process(app);

    installTranslations(app, parser.value(language));

    ConnectWizard wizard;
    if (parser.isSet(quitAfterFirstPaint)) {
        FirstPaint::quitAfterFirstPaint(&wizard);
    } else {
        // Slow work (keychain probing, opening files) waits until the first page is on screen.
        const QString setupFile = parser.value(setup);
        FirstPaint::watch(&wizard, [&wizard, setupFile] {
            wizard.startBackgroundChecks();
            if (!setupFile.isEmpty())
                wizard.resumeFrom(setupFile);
        });
    }
    wizard.show();
    return app.exec();
}
