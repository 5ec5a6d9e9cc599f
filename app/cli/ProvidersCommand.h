#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect providers [--json]: the task providers this program connects, each with its id (what a setup
// file's "provider" takes), name, ways through SAP's procedure ("path"), and the names of the values and secrets a
// setup file and a secrets file give for it.
namespace ProvidersCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace ProvidersCommand
