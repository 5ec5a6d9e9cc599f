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
            // No window is shown, so no display is needed: it works over SSH and in scripts like the others.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return CommandLine::run(app);
        }
        QCoreApplication app(argc, argv);
        return CommandLine::run(app);
    }
    QApplication app(argc, argv);
    return WizardApplication::run(app);
}
