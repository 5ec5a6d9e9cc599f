#include "WizardApplication.h"

#include "ConnectWizard.h"
#include "FirstPaint.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

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

    Translations::install(app, parser.value(language));

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
