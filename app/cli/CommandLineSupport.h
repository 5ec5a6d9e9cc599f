#pragma once

#include "destinationservice/DestinationServiceClient.h"
#include "setup/SetupModel.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class DestinationServiceKey;
class QCommandLineParser;
class QObject;
class QTextStream;

// What every verb of the command line (app/cli/<Verb>Command.cpp) shares: exit codes, output streams, option
// parsing with exit code 2 for usage errors, the subaccount options, the setup and secrets files, reading secrets
// from the keychain, and stopping on SIGINT / SIGTERM.
namespace CommandLineSupport {

// The exit codes every verb keeps to (a public interface, in --help and the README).
enum ExitCode {
    Ok = 0,
    Attention = 1, // done, but something needs the user: a finding, a destination that failed or exists
    BadInput = 2, // the options, a file given, or the setup's values
    Unreachable = 3, // the subaccount could not be reached or did not accept the key
};

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

// Prints the setup's problems (checking its secrets or not) as "error: FIELD: message" / "warning: ...";
// true when one is an error.
bool printProblems(const SetupModel &model, SetupModel::SecretScope secrets);

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

// --subaccount DESTINATION-KEY.json and --timeout SECONDS, as apply, fetch-trust and validate take them.
QCommandLineOption subaccountOption();
QCommandLineOption timeoutOption();
// The key the subaccount option names; false (the problem printed, *exitCode set) when it is not given or unusable.
bool readKey(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &verb,
             DestinationServiceKey *key, int *exitCode);
// The timeout option in milliseconds; false (the problem printed, *exitCode set) when it is not 1 to 3600 seconds.
bool readTimeout(const QCommandLineParser &parser, const QCommandLineOption &option, int *milliseconds, int *exitCode);

// Prints a failed call to the subaccount (its message, then its details) and gives its exit code: 3 when the
// subaccount was not reached or did not take the key, or when reading the subaccount itself failed; 2 for a key or
// address refused before any request; else 1.
int failure(DestinationServiceReply::Error error, bool readingTheSubaccount, const QString &message,
            const QString &details);
int replyFailure(const DestinationServiceReply *reply);
// After the subaccount was read: only a key it no longer accepts means it is out of reach (exit 3).
bool keyStoppedWorking(DestinationServiceReply::Error error);

// SIGINT and SIGTERM quit the event loop (cleanly, through a socket pair).
bool quitOnStopSignals(QObject *parent);

} // namespace CommandLineSupport
