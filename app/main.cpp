#include "CommandLine.h"
#include "WizardApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaskCenterConnect"));
    QCoreApplication::setApplicationName(QStringLiteral("taskcenter-connect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TCC_VERSION));

    // A verb (inspect-cert, export, ...) runs without a window, so it works over SSH and in scripts.
    if (CommandLine::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(app);
    }
    QApplication app(argc, argv);
    return WizardApplication::run(app);
}
