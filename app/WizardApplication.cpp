#include "WizardApplication.h"

#include "ConnectWizard.h"
#include "SingleInstance.h"
#include "startup/FirstPaint.h"
#include "startup/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QLocale>
#include <QProcess>
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

namespace {

struct WizardOptions
{
    QCommandLineOption language { QStringLiteral("lang"),
                                  QCoreApplication::translate("WizardApplication",
                                                              "Language of the window, e.g. de or en."),
                                  QStringLiteral("code") };
    QCommandLineOption setup { QStringLiteral("setup"),
                               QCoreApplication::translate("WizardApplication", "Continue the setup saved in FILE."),
                               QStringLiteral("file") };
    QCommandLineOption quitAfterFirstPaint { QStringLiteral("quit-after-first-paint") };

    // Parses the wizard's options; a bad one is bad input (exit 2, as for the commands), said on the terminal.
    bool parse(QCommandLineParser &parser, const QStringList &arguments)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("WizardApplication", "Task Center Connect wizard"));
        quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({ language, setup, quitAfterFirstPaint });
        if (parser.parse(arguments))
            return true;
        QTextStream(stderr) << parser.errorText() << Qt::endl
                            << QCoreApplication::translate("WizardApplication",
                                                           "Run 'taskcenter-connect --help' for the options.")
                            << Qt::endl;
        return false;
    }
};

} // namespace

bool WizardApplication::hasValidOptions(int argc, char **argv)
{
    // Qt's own options (QGuiApplication and QApplication take them off later): known, not ours to check.
    static const QStringList qtWithValue { QStringLiteral("platform"),
                                           QStringLiteral("platformpluginpath"),
                                           QStringLiteral("platformtheme"),
                                           QStringLiteral("plugin"),
                                           QStringLiteral("qwindowgeometry"),
                                           QStringLiteral("qwindowicon"),
                                           QStringLiteral("qwindowtitle"),
                                           QStringLiteral("session"),
                                           QStringLiteral("display"),
                                           QStringLiteral("geometry"),
                                           QStringLiteral("style"),
                                           QStringLiteral("stylesheet"),
                                           QStringLiteral("name"),
                                           QStringLiteral("title") };
    static const QStringList qtFlags { QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                       QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync") };
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QString name = argument.startsWith(QLatin1Char('-'))
            ? argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0)
            : QString();
        if (i > 0 && qtFlags.contains(name))
            continue;
        if (i > 0 && qtWithValue.contains(name)) {
            if (!argument.contains(QLatin1Char('=')))
                ++i; // and its value
            continue;
        }
        arguments.append(argument);
    }
    QCommandLineParser parser;
    WizardOptions options;
    return options.parse(parser, arguments);
}

void WizardApplication::useFontForLanguage(QApplication &app, const QString &language)
{
    QFontDatabase::WritingSystem script = QFontDatabase::Any;
    switch (QLocale(language).script()) {
    case QLocale::JapaneseScript:
        script = QFontDatabase::Japanese;
        break;
    case QLocale::SimplifiedHanScript:
        script = QFontDatabase::SimplifiedChinese;
        break;
    case QLocale::TraditionalHanScript:
        script = QFontDatabase::TraditionalChinese;
        break;
    case QLocale::KoreanScript:
        script = QFontDatabase::Korean;
        break;
    default:
        return;
    }
    QFont font = app.font();
    if (QFontDatabase::writingSystems(font.family()).contains(script))
        return;
    // A proportional sans-serif face of the script, as a desktop set up for the language would choose.
    const QStringList families = QFontDatabase::families(script);
    QString chosen;
    for (const QString &family : families) {
        if (QFontDatabase::isFixedPitch(family) || family.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            continue;
        if (chosen.isEmpty() || (!family.contains(QLatin1String("Serif")) && chosen.contains(QLatin1String("Serif"))))
            chosen = family;
    }
    if (chosen.isEmpty())
        return;
    font.setFamilies({ chosen, font.family() });
    app.setFont(font);
}

int WizardApplication::run(QApplication &app)
{
    QCommandLineParser parser;
    WizardOptions options;
    if (!options.parse(parser, app.arguments()))
        return 2;

    // --lang for this start only (a demo in the customer's language); otherwise the language chosen on the first page.
    const QString language = parser.isSet(options.language) ? parser.value(options.language) : Translations::chosen();
    Translations::install(app, language);
    useFontForLanguage(app, language);

    // One window per user; a start meant only to measure the first paint stays out of it.
    const bool measuring = parser.isSet(options.quitAfterFirstPaint);
    SingleInstance instance;
    QString elsewhere;
    if (!measuring && !instance.claim(&elsewhere)) {
        QTextStream(stderr) << elsewhere << Qt::endl;
        return 0;
    }

    ConnectWizard wizard;
    QObject::connect(&instance, &SingleInstance::activationRequested, &wizard, [&wizard] {
        wizard.setWindowState((wizard.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        wizard.show();
        wizard.raise();
        wizard.activateWindow();
    });
    // The window starts anew in another language: the new start must find the window free.
    QObject::connect(&wizard, &ConnectWizard::restartRequested, &instance, [&instance] {
        instance.release();
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     argumentsWithoutLanguage(QCoreApplication::arguments().mid(1))))
            qWarning("The wizard could not be started again; start it yourself to see the new language.");
    });
    if (measuring) {
        FirstPaint::quitAfterFirstPaint(&wizard);
    } else {
        // Slow work (keychain probing, opening files, listening for later starts) waits until the first page is on
        // screen.
        const QString setupFile = parser.value(options.setup);
        FirstPaint::watch(&wizard, [&wizard, &instance, setupFile] {
            instance.listen();
            wizard.startBackgroundChecks();
            if (!setupFile.isEmpty())
                wizard.resumeFrom(setupFile);
        });
    }
    wizard.show();
    return app.exec();
}

QStringList WizardApplication::argumentsWithoutLanguage(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang")) {
            ++i; // and its value
            continue;
        }
        if (!arguments.at(i).startsWith(QLatin1String("--lang=")))
            kept.append(arguments.at(i));
    }
    return kept;
}
