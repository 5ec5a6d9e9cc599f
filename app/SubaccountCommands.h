#pragma once

#include <QStringList>

class QCoreApplication;

// The verbs that talk to a subaccount over the Destination service REST API. Each runs the event loop until
// its requests end and returns the exit code.
namespace SubaccountCommands {

enum ExitCode { Ok = 0, Attention = 1, BadInput = 2, Unreachable = 3 };

// apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json] [--overwrite] [--dry-run]
int apply(QCoreApplication &app, const QStringList &arguments);
// fetch-trust --subaccount DESTINATION-KEY.json --out FILE
int fetchTrust(QCoreApplication &app, const QStringList &arguments);
// validate [SOURCE ...] [--subaccount DESTINATION-KEY.json] [--trust FILE] [--format text|json] [--out FILE]
int validate(QCoreApplication &app, const QStringList &arguments);

} // namespace SubaccountCommands
