#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json] [--overwrite]
// [--dry-run] [--timeout SECONDS]: creates or updates the destinations in the subaccount.
namespace ApplyCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace ApplyCommand
