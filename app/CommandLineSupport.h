#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;
class QObject;
class QTextStream;
class SetupModel;

// What every verb of the command line shares: its output streams, option parsing with exit code 2 for usage
// errors, the secrets file, reading secrets from the keychain, and stopping on SIGINT / SIGTERM.
namespace CommandLineSupport {

QTextStream &out();
QTextStream &err();
// Prints the message on stderr and gives the exit code back (default 2, bad input).
int fail(const QString &message, int code = 2);

// Parses a verb's options; a usage error ends with exit code 2 and a hint, never QCommandLineParser's 1.
// False when the verb should end now with *exitCode (after --help too).
bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb, int *exitCode);

// Reads the setup file a verb was given; null when it cannot be used (the problem is printed). A file the setup
// names that is gone is said as a warning: what it held is then missing, which the setup's checks report.
std::shared_ptr<SetupModel> loadSetup(const QString &path);

// Why a setup writes no destinations (its way through SAP's procedure writes none), and the way that does; empty
// when it writes some.
QString whyNothingIsWritten(const SetupModel &model);

// The --secrets SECRETS.json option of export and apply; its help names each provider's secrets.
QCommandLineOption secretsOption();

// Puts every secret input of the setup into the model: from secretsFile when given, else from the keychain.
// done(0) when all are there; otherwise the problem is printed and done(2). May finish before it returns.
// Not required (a dry run): what the keychain lacks or cannot give stays empty, with a note on the keychain.
void loadSecrets(const std::shared_ptr<SetupModel> &model, const QString &secretsFile,
                 const std::function<void(int exitCode)> &done, bool required = true);

// SIGINT and SIGTERM quit the event loop (cleanly, through a socket pair).
bool quitOnStopSignals(QObject *parent);

} // namespace CommandLineSupport
