#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect sandbox [--port N] [--seed empty|demo] [--write-key FILE]: a built-in subaccount on 127.0.0.1
// until Ctrl+C or SIGTERM.
namespace SandboxCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace SandboxCommand
