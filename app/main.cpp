#include "CommandLine.h"
#include "WizardApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaskCenterConnect"));
    QCoreApplication::setApplicationName(QStringLiteral("taskcenter-connect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TCC_VERSION));

    // A verb (inspect-cert, export, ...) runs without a window, so it works over SSH and in scripts.
    if (CommandLine::isCommand(argc, argv)) {
        if (CommandLine::drawsPages(argc, argv)) {
            // No window is shown, so no display is needed: it works over SSH and in scripts like the others, also
            // where a profile names a platform that is not there.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return CommandLine::run(app);
        }
        QCoreApplication app(argc, argv);
        return CommandLine::run(app);
    }
    if (!WizardApplication::hasValidOptions(argc, argv))
        return 2;
    // Without a screen QApplication would abort: say what to do instead.
    if (!WizardApplication::hasDisplay(argc, argv))
        return WizardApplication::noDisplay();
    QApplication app(argc, argv);
    // Window managers match the window to the desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("taskcenter-connect"));
    return WizardApplication::run(app);
}
