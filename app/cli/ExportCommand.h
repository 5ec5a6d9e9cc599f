#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets] [--format ...]: the
// destinations a setup file describes, as the cockpit's .properties import files and/or the REST API's JSON.
namespace ExportCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace ExportCommand
