#include "WizardApplication.h"

#include "ConnectWizard.h"
#include "FirstPaint.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

bool WizardApplication::hasDisplay(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true; // the user chose one; Qt says if it cannot start
    }
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.startsWith("xcb"))
        return x11;
    if (platform.startsWith("wayland"))
        return wayland;
    return !platform.isEmpty() || x11 || wayland;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

int WizardApplication::noDisplay()
{
    QTextStream(stderr) << QCoreApplication::translate(
        "WizardApplication",
        "The wizard needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). Start it on a "
        "desktop or with ssh -X, or use the commands that need no window: taskcenter-connect --help")
                        << Qt::endl;
    return 2;
}

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
    // Bad options are bad input (exit 2), as for the commands.
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl
                            << QCoreApplication::translate("WizardApplication",
                                                           "Run 'taskcenter-connect --help' for the options.")
                            << Qt::endl;
        return 2;
    }

    // --lang for this start only (a demo in the customer's language); otherwise the language chosen on the first page.
    Translations::install(app, parser.isSet(language) ? parser.value(language) : Translations::chosen());

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
