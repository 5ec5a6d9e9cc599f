#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]
// [--format text|json|html|pdf] [--out FILE] [--timeout SECONDS]: checks an existing configuration.
namespace ValidateCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace ValidateCommand
