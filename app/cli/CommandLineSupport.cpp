#include "CommandLineSupport.h"

#include "CommandLine.h"
#include "formats/DestinationServiceKey.h"
#include "formats/VisibleText.h"
#include "providers/ProviderDefinition.h"
#include "secrets/SecretStore.h"
#include "setup/SecretsFile.h"
#include "setup/SetupFile.h"
#include "setup/SetupModel.h"
#include "setup/SetupSecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace CommandLineSupport {

namespace {

// Everything the command line prints passes VisibleText on its way: a certificate subject, a destination name or a
// server's answer never reaches the terminal with a control code or a right-to-left override of its own.
class VisibleTextDevice : public QIODevice
{
public:
    explicit VisibleTextDevice(FILE *stream)
    {
        m_stream.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // Stateful: a character cut between two writes is decoded whole with the second.
        const QByteArray shown = VisibleText::of(m_decoder.decode(QByteArrayView(data, size))).toUtf8();
        return m_stream.write(shown) == shown.size() ? size : -1;
    }

private:
    QFile m_stream;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
};

} // namespace

QTextStream &out()
{
    static VisibleTextDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static VisibleTextDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << message << Qt::endl;
    return code;
}

bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb, int *exitCode)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  CommandLine::tr("Show the options of this command."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(
            CommandLine::tr("%1\nRun 'taskcenter-connect %2 --help' for the options.").arg(parser.errorText(), verb));
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText().replace(QCoreApplication::arguments().value(0),
                                           QStringLiteral("taskcenter-connect ") + verb);
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

std::shared_ptr<SetupModel> loadSetup(const QString &path)
{
    QString error;
    QList<SetupModel::Problem> missingFiles;
    std::shared_ptr<SetupModel> model = SetupFile::load(path, &error, &missingFiles);
    if (!model) {
        fail(error);
        return nullptr;
    }
    for (const SetupModel::Problem &missing : std::as_const(missingFiles))
        err() << CommandLine::tr("warning") << QStringLiteral(": ") << missing.field << QStringLiteral(": ")
              << missing.message << Qt::endl;
    return model;
}

bool printProblems(const SetupModel &model, SetupModel::SecretScope secrets)
{
    bool hasErrors = false;
    for (const auto &problem : model.problems(QDateTime::currentDateTimeUtc(), secrets)) {
        const bool isError = problem.severity == InputChecks::Severity::Error;
        hasErrors = hasErrors || isError;
        err() << (isError ? CommandLine::tr("error") : CommandLine::tr("warning")) << QStringLiteral(": ")
              << problem.field << QStringLiteral(": ") << problem.message << Qt::endl;
    }
    return hasErrors;
}

QString whyNothingIsWritten(const SetupModel &model)
{
    if (model.writesDestinations())
        return {};
    const auto *followed = model.provider().path(model.pathId());
    QStringList writing;
    for (const auto &path : model.provider().paths()) {
        if (path.writesDestinations)
            writing.append(QStringLiteral("\"path\": \"%1\"").arg(path.id));
    }
    QString why = CommandLine::tr("Nothing to write: the setup follows the way \"%1\" (%2), which writes no "
                                  "destinations.")
                      .arg(model.pathId(), followed ? followed->title : QString());
    if (!writing.isEmpty())
        why += QLatin1Char(' ')
            + CommandLine::tr("To write them by hand, set %1 in the setup file.")
                  .arg(writing.join(CommandLine::tr(" or ")));
    return why;
}

QCommandLineOption secretsOption()
{
    QStringList perProvider;
    for (const QString &id : ProviderDefinition::builtInIds()) {
        const auto provider = ProviderDefinition::builtIn(id);
        if (!provider || provider->secretInputIds().isEmpty())
            continue;
        QStringList names;
        for (const QString &secret : provider->secretInputIds())
            names.append(QStringLiteral("\"%1\"").arg(secret));
        perProvider.append(QStringLiteral("%1: %2").arg(id, names.join(QStringLiteral(", "))));
    }
    return QCommandLineOption(QStringLiteral("secrets"),
                              CommandLine::tr("A JSON file with the secrets, e.g. {\"apiKey\": \"...\", \"ppApiKey\": "
                                              "\"...\"}. Their names per provider: %1.")
                                  .arg(perProvider.join(QStringLiteral("; "))),
                              QStringLiteral("SECRETS.json"));
}

void loadSecrets(const std::shared_ptr<SetupModel> &model, const QString &secretsFile,
                 const std::function<void(int exitCode)> &done, bool required)
{
    if (!secretsFile.isEmpty()) {
        QString error;
        done(SecretsFile::read(secretsFile, *model, &error) ? Ok : fail(error));
        return;
    }
    // From the keychain: asynchronous, so the caller's event loop runs until they are read.
    auto *store = new SecretStore(SecretStore::DefaultService, QCoreApplication::instance());
    auto *load = SetupSecrets::load(model.get(), store);
    QObject::connect(load, &SetupSecrets::finished, QCoreApplication::instance(), [load, model, done, required] {
        // The command line says what to do instead of the keychain itself; the window's "You can continue" is not
        // true here.
        if (!required) {
            if (load->worstResult() != SecretStore::Result::Ok)
                err() << CommandLine::tr("note: secrets are not compared: %1").arg(load->problem()) << Qt::endl;
            done(Ok);
            return;
        }
        if (load->worstResult() != SecretStore::Result::Ok) {
            err() << load->problem() << Qt::endl
                  << CommandLine::tr("Pass the secrets with --secrets SECRETS.json instead.") << Qt::endl;
            done(BadInput);
            return;
        }
        QStringList missing;
        for (const auto &id : model->secretInputIds()) {
            if (model->value(id).isEmpty())
                missing.append(id);
        }
        if (!missing.isEmpty()) {
            err() << CommandLine::tr("No %1 is saved in the keychain for this setup. Pass --secrets SECRETS.json, or "
                                     "save the setup in the wizard first.")
                         .arg(missing.join(CommandLine::tr(" or ")))
                  << Qt::endl;
            done(BadInput);
            return;
        }
        done(Ok);
    });
}

namespace {

// SIGINT and SIGTERM end the event loop through a socket pair: a signal handler may only write a byte.
int g_signalSockets[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1);
}

} // namespace

bool quitOnStopSignals(QObject *parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalSockets[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &action, nullptr) == 0 && sigaction(SIGTERM, &action, nullptr) == 0;
}

namespace {

// Which failures mean "the subaccount could not be reached or did not accept the key" (exit 3), as opposed to
// a problem with one destination (exit 1).
bool isConnectionProblem(DestinationServiceReply::Error error)
{
    using Error = DestinationServiceReply::Error;
    switch (error) {
    case Error::Timeout:
    case Error::ConnectionRefused:
    case Error::ConnectionClosed:
    case Error::HostNotFound:
    case Error::TlsFailure:
    case Error::KeyRejected:
    case Error::Forbidden:
    case Error::TooManyRequests:
    case Error::ServerError:
    case Error::OtherNetworkError:
    case Error::BadResponse:
        return true;
    default:
        return false;
    }
}

} // namespace

// After the subaccount was read: only a key it no longer accepts means it is out of reach (exit 3).
bool keyStoppedWorking(DestinationServiceReply::Error error)
{
    return error == DestinationServiceReply::Error::KeyRejected || error == DestinationServiceReply::Error::Forbidden;
}

// Prints a failed call and gives its exit code. Reading the list or the certificate that finds no Destination
// service at the key's uri (404) means the subaccount was not reached at all.
int failure(DestinationServiceReply::Error error, bool readingTheSubaccount, const QString &message,
            const QString &details)
{
    err() << message << Qt::endl;
    if (!details.isEmpty())
        err() << details << Qt::endl;
    using Error = DestinationServiceReply::Error;
    if (error == Error::InsecureUrl || error == Error::InvalidKey)
        return BadInput;
    // Reading the subaccount at all failed: whatever the reason, it was not reached as it should be.
    if (readingTheSubaccount)
        return Unreachable;
    return isConnectionProblem(error) ? Unreachable : Attention;
}

int replyFailure(const DestinationServiceReply *reply)
{
    return failure(reply->error(), reply->operation() == DestinationServiceReply::Operation::TrustCertificate,
                   reply->errorMessage(), reply->technicalDetails());
}

QCommandLineOption subaccountOption()
{
    return QCommandLineOption(QStringLiteral("subaccount"),
                              CommandLine::tr("The subaccount's Destination service key (JSON, with its client "
                                              "secret)."),
                              QStringLiteral("DESTINATION-KEY.json"));
}

// A slow network (or proxy) may need longer than the client's default; a script may want to give up sooner.
QCommandLineOption timeoutOption()
{
    return QCommandLineOption(QStringLiteral("timeout"),
                              CommandLine::tr("Wait at most SECONDS (1-3600) for each answer from the subaccount; "
                                              "default 30."),
                              QStringLiteral("SECONDS"), QStringLiteral("30"));
}

bool readTimeout(const QCommandLineParser &parser, const QCommandLineOption &option, int *milliseconds, int *exitCode)
{
    bool number = false;
    const int seconds = parser.value(option).toInt(&number);
    if (!number || seconds < 1 || seconds > 3600) {
        *exitCode = fail(CommandLine::tr("--timeout takes a number of seconds from 1 to 3600, not \"%1\".")
                             .arg(parser.value(option)));
        return false;
    }
    *milliseconds = seconds * 1000;
    return true;
}

bool readKey(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &verb,
             DestinationServiceKey *key, int *exitCode)
{
    if (!parser.isSet(option) || parser.value(option).isEmpty()) {
        *exitCode = fail(CommandLine::tr("Say which subaccount with --subaccount DESTINATION-KEY.json.\nRun "
                                         "'taskcenter-connect %1 --help' for the options.")
                             .arg(verb));
        return false;
    }
    *key = DestinationServiceKey::fromFile(parser.value(option));
    if (!key->isValid()) {
        *exitCode = fail(QStringLiteral("%1: %2").arg(parser.value(option), key->errorMessage()));
        return false;
    }
    return true;
}

} // namespace CommandLineSupport
