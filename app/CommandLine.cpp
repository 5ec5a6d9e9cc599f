#include "CommandLine.h"

#include "CommandLineSupport.h"
#include "DestinationExporter.h"
#include "FileWriter.h"
#include "ProvidersCommand.h"
#include "SandboxSubaccount.h"
#include "SecretsFile.h"
#include "SetupModel.h"
#include "SubaccountCommands.h"
#include "Translations.h"
#include "TrustCertificate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>
#include <cstring>
#include <functional>

using namespace CommandLineSupport;

namespace {

const QStringList kVerbs
    = { QStringLiteral("inspect-cert"), QStringLiteral("export"),   QStringLiteral("sandbox"),  QStringLiteral("apply"),
        QStringLiteral("fetch-trust"),  QStringLiteral("validate"), QStringLiteral("providers") };

QString statusWord(TrustCertificate::Status status)
{
    switch (status) {
    case TrustCertificate::Status::Valid:
        return QStringLiteral("valid");
    case TrustCertificate::Status::ExpiringSoon:
        return QStringLiteral("expiring");
    case TrustCertificate::Status::Expired:
        return QStringLiteral("expired");
    case TrustCertificate::Status::NotYetValid:
        return QStringLiteral("notYetValid");
    }
    return {};
}

int inspectCertificate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr(
            "Shows a trust certificate's subject, issuer, validity, days left and SHA-256 fingerprint.\n"
            "Exit codes: 0 valid; 1 expired, expiring within %1 days, or not yet valid; 2 not a certificate.")
            .arg(TrustCertificate::ExpiryWarningDays));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The certificate (PEM, DER or bare base64)."));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print one JSON object instead of text."));
    parser.addOption(json);
    int exitCode = CommandLine::Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("inspect-cert"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr(
            "inspect-cert takes exactly one FILE.\nRun 'taskcenter-connect inspect-cert --help' for the options."));

    const auto certificate = TrustCertificate::fromFile(parser.positionalArguments().first());
    if (!certificate.isValid()) {
        if (parser.isSet(json))
            out() << QJsonDocument(QJsonObject { { QStringLiteral("error"), certificate.errorMessage() } })
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return fail(certificate.errorMessage());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto status = certificate.status(now);
    if (parser.isSet(json)) {
        const QJsonObject object { { QStringLiteral("subject"), certificate.subject() },
                                   { QStringLiteral("issuer"), certificate.issuer() },
                                   { QStringLiteral("validFrom"), certificate.validFrom().toString(Qt::ISODate) },
                                   { QStringLiteral("validUntil"), certificate.validUntil().toString(Qt::ISODate) },
                                   { QStringLiteral("daysLeft"), certificate.daysLeft(now) },
                                   { QStringLiteral("sha256Fingerprint"), certificate.sha256Fingerprint() },
                                   { QStringLiteral("status"), statusWord(status) },
                                   { QStringLiteral("message"), certificate.statusText(now) } };
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        const auto row
            = [](const QString &label, const QString &value) { out() << label.leftJustified(14) << value << Qt::endl; };
        row(CommandLine::tr("Subject:"), certificate.subject());
        row(CommandLine::tr("Issuer:"), certificate.issuer());
        row(CommandLine::tr("Valid from:"), certificate.validFrom().toString(Qt::ISODate));
        row(CommandLine::tr("Valid until:"), certificate.validUntil().toString(Qt::ISODate));
        row(CommandLine::tr("Days left:"), QString::number(certificate.daysLeft(now)));
        row(CommandLine::tr("SHA-256:"), certificate.sha256Fingerprint());
        row(CommandLine::tr("Status:"), certificate.statusText(now));
    }
    out().flush();
    return status == TrustCertificate::Status::Valid ? CommandLine::Ok : CommandLine::Attention;
}

int writeDestinations(SetupModel &model, const QString &outDir, DestinationExporter::Format format, bool includeSecrets)
{
    const auto scope = includeSecrets ? SetupModel::SecretScope::Check : SetupModel::SecretScope::Skip;
    bool hasErrors = false;
    for (const auto &problem : model.problems(QDateTime::currentDateTimeUtc(), scope)) {
        const bool isError = problem.severity == InputChecks::Severity::Error;
        hasErrors = hasErrors || isError;
        err() << (isError ? CommandLine::tr("error") : CommandLine::tr("warning")) << QStringLiteral(": ")
              << problem.field << QStringLiteral(": ") << problem.message << Qt::endl;
    }
    if (hasErrors)
        return CommandLine::BadInput;
    if (const QString why = whyNothingIsWritten(model); !why.isEmpty())
        return fail(why);
    const auto destinations = model.destinations();
    const auto result = DestinationExporter::write(destinations, outDir, format, includeSecrets);
    if (!result.ok)
        return fail(result.errorMessage);
    for (const auto &file : result.writtenFiles)
        out() << QDir::toNativeSeparators(file) << Qt::endl;
    const QStringList leftOut = DestinationExporter::leftOutSecrets(destinations);
    if (!includeSecrets && !leftOut.isEmpty())
        err() << CommandLine::tr("The files leave out %1; enter them in the cockpit after the import.")
                     .arg(leftOut.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const SetupModel::KeyStore &keyStore : model.keyStores()) {
        if (!keyStore.localPath.isEmpty())
            err() << CommandLine::tr("Upload %1 to the subaccount's destination certificates (Connectivity > "
                                     "Destination Certificates) as %2: %3 name it, and the files do not hold it.")
                         .arg(keyStore.localPath, keyStore.name, keyStore.destinations.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    return CommandLine::Ok;
}

int exportDestinations(const QStringList &arguments, const std::function<void(int)> &finishLater, bool *deferred)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Writes the destinations a setup file describes, as the cockpit's .properties import files and/or the "
        "Destination service REST API's JSON.\nSecrets are left out unless --include-secrets is given; they then come "
        "from --secrets or, without it, from the keychain.\nExit codes: 0 written; 2 bad input (the problem is "
        "printed)."));
    parser.addPositionalArgument(QStringLiteral("SETUP.json"),
                                 CommandLine::tr("The setup file (the wizard's \"Save progress\")."));
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("The folder to write into."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption secretsOption = CommandLineSupport::secretsOption();
    const QCommandLineOption includeOption(QStringLiteral("include-secrets"),
                                           CommandLine::tr("Write the secrets into the files too (keep them safe)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CommandLine::tr("properties, json or both (default)."),
                                          QStringLiteral("properties|json|both"), QStringLiteral("both"));
    parser.addOptions({ outOption, secretsOption, includeOption, formatOption });
    int exitCode = CommandLine::Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("export"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr(
            "export takes exactly one SETUP.json.\nRun 'taskcenter-connect export --help' for the options."));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return fail(CommandLine::tr("Say where to write with --out DIR."));
    DestinationExporter::Format format;
    if (!DestinationExporter::parseFormat(parser.value(formatOption), &format))
        return fail(
            CommandLine::tr("--format must be properties, json or both, not \"%1\".").arg(parser.value(formatOption)));

    const std::shared_ptr<SetupModel> model = loadSetup(parser.positionalArguments().first());
    if (!model)
        return CommandLine::BadInput;
    QString error;
    const bool includeSecrets = parser.isSet(includeOption);
    const QString outDir = parser.value(outOption);
    if (parser.isSet(secretsOption)) {
        if (!SecretsFile::read(parser.value(secretsOption), *model, &error))
            return fail(error);
        return writeDestinations(*model, outDir, format, includeSecrets);
    }
    if (!includeSecrets)
        return writeDestinations(*model, outDir, format, false);
    loadSecrets(model, {}, [model, outDir, format, finishLater](int exitCode) {
        finishLater(exitCode == CommandLine::Ok ? writeDestinations(*model, outDir, format, true) : exitCode);
    });
    *deferred = true;
    return CommandLine::Ok;
}

int runSandbox(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr(
            "Serves a built-in SAP BTP subaccount on 127.0.0.1: a token endpoint and the Destination service REST API, "
            "for trying the wizard and scripts without a real subaccount. Runs until Ctrl+C (SIGINT) or SIGTERM.\n"
            "Its trust certificate is kept in %1.\nExit codes: 0 stopped; 2 bad options or the port is in use.")
            .arg(QDir::toNativeSeparators(SandboxSubaccount::defaultDataDirectory())));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        CommandLine::tr("The port to listen on (default 0: a free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        CommandLine::tr("empty (default) or demo: destinations as consultants meet "
                                                        "them, some correct, some with typical mistakes."),
                                        QStringLiteral("empty|demo"), QStringLiteral("empty"));
    const QCommandLineOption keyOption(QStringLiteral("write-key"),
                                       CommandLine::tr("Write the Destination service key (JSON) to FILE."),
                                       QStringLiteral("FILE"));
    parser.addOptions({ portOption, seedOption, keyOption });
    int exitCode = CommandLine::Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("sandbox"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(
            CommandLine::tr("sandbox takes no FILE.\nRun 'taskcenter-connect sandbox --help' for the options."));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(
            CommandLine::tr("--port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(portOption)));
    const QString seedName = parser.value(seedOption);
    if (seedName != QLatin1String("empty") && seedName != QLatin1String("demo"))
        return fail(CommandLine::tr("--seed must be empty or demo, not \"%1\".").arg(seedName));

    SandboxSubaccount sandbox;
    sandbox.setDataDirectory(SandboxSubaccount::defaultDataDirectory());
    QString error;
    if (!sandbox.seed(
            seedName == QLatin1String("demo") ? SandboxSubaccount::Seed::Demo : SandboxSubaccount::Seed::Empty, &error))
        return fail(error);
    if (!sandbox.start(quint16(port), &error)) {
        if (sandbox.portInUse())
            return fail(CommandLine::tr("Port %1 on 127.0.0.1 is already in use. Choose another with --port, or "
                                        "--port 0 for a free one.")
                            .arg(port));
        return fail(CommandLine::tr("The sandbox cannot start: %1").arg(error));
    }
    if (!quitOnStopSignals(&app))
        return fail(CommandLine::tr("Cannot handle SIGINT and SIGTERM on this system."));
    if (parser.isSet(keyOption)) {
        // Written only now that the server listens, and atomically: a waiting script never reads half a key.
        const FileWriter::Result written = FileWriter::write(
            parser.value(keyOption), QJsonDocument(sandbox.serviceKey()).toJson(QJsonDocument::Indented),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!written)
            return fail(written.errorMessage);
    }
    const QString base = sandbox.baseUrl().toString();
    out() << CommandLine::tr("The sandbox subaccount is listening on %1 (this computer only).").arg(base) << Qt::endl
          << CommandLine::tr("  Token endpoint:      %1/oauth/token").arg(base) << Qt::endl
          << CommandLine::tr("  Destination service: %1/destination-configuration/v1").arg(base) << Qt::endl
          << CommandLine::tr("  Destinations:        %1 (%2 seed)")
                 .arg(sandbox.subaccountDestinations().size())
                 .arg(seedName)
          << Qt::endl;
    if (parser.isSet(keyOption))
        out() << CommandLine::tr("The service key is in %1.").arg(QDir::toNativeSeparators(parser.value(keyOption)))
              << Qt::endl;
    out() << CommandLine::tr("Press Ctrl+C to stop it.") << Qt::endl;
    const int code = app.exec();
    sandbox.stop();
    out() << CommandLine::tr("The sandbox has stopped.") << Qt::endl;
    return code;
}

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return kVerbs.contains(first) || first == QStringLiteral("--help") || first == QStringLiteral("-h")
        || first == QStringLiteral("--version") || first == QStringLiteral("-v") || first == QStringLiteral("help")
        || !first.startsWith(QLatin1Char('-'));
}

bool CommandLine::drawsPages(int argc, char **argv)
{
    if (argc < 2 || qstrcmp(argv[1], "validate") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--format=pdf" || argument == "-format=pdf"
            || ((argument == "--format" || argument == "-format") && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  taskcenter-connect [--setup FILE] [--lang CODE]   start the wizard\n"
              "  taskcenter-connect COMMAND [options]              work without a window\n"
              "\n"
              "Commands:\n"
              "  inspect-cert FILE [--json]\n"
              "      Show a trust certificate's facts. Exit 0 valid, 1 expired or expiring within %1 days,\n"
              "      2 not a certificate.\n"
              "  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]\n"
              "         [--format properties|json|both]\n"
              "      Write the destinations a setup file describes. Exit 0 written, 2 bad input.\n"
              "  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]\n"
              "        [--overwrite] [--dry-run]\n"
              "      Create or update the destinations in a subaccount over the Destination service.\n"
              "      Exit 0 applied or nothing to do, 1 a destination failed or exists with other values\n"
              "      (without --overwrite), 2 bad input, 3 subaccount unreachable or key rejected.\n"
              "  fetch-trust --subaccount DESTINATION-KEY.json --out FILE\n"
              "      Write the subaccount's trust certificate as PEM. Exit 0 written, 1 expiring, expired or\n"
              "      none yet, 2 bad input, 3 subaccount unreachable or key rejected.\n"
              "  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]\n"
              "           [--format text|json|html|pdf] [--out FILE]\n"
              "      Check existing destinations (files, folders, a subaccount) and the trust certificate, and\n"
              "      say what is wrong and how to fix it. Exit 0 no errors, 1 errors found, 2 bad input,\n"
              "      3 subaccount unreachable or key rejected.\n"
              "  providers [--json]\n"
              "      List the task providers: the id a setup file's \"provider\" takes, its ways (\"path\"),\n"
              "      and the names of the values and secrets it needs. Exit 0 listed, 2 bad options.\n"
              "  sandbox [--port N] [--seed empty|demo] [--write-key FILE]\n"
              "      Serve a built-in subaccount (token endpoint and Destination service) on 127.0.0.1\n"
              "      until Ctrl+C; FILE receives its service key. Exit 0 stopped, 2 bad options or port in use.\n"
              "\n"
              "Wizard options:\n"
              "  --setup FILE   continue the setup saved in FILE\n"
              "  --lang CODE    language of the window, e.g. de\n"
              "\n"
              "  -h, --help     show this help; 'taskcenter-connect COMMAND --help' shows a command's options\n"
              "  -v, --version  show the version\n")
        .arg(TrustCertificate::ExpiryWarningDays);
}

int CommandLine::run(QCoreApplication &app)
{
    Translations::install(app);
    const QStringList arguments = app.arguments();
    const QString verb = arguments.value(1);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        out() << usage();
        out().flush();
        return Ok;
    }
    if (verb == QStringLiteral("--version") || verb == QStringLiteral("-v")) {
        out() << QStringLiteral("taskcenter-connect ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    // A name that is not valid UTF-8 arrives with its bytes replaced: acting on it would read or write another file.
    for (const QString &argument : arguments) {
        if (argument.contains(QChar::ReplacementCharacter))
            return fail(tr("This argument is not valid UTF-8 text, so the file it names cannot be found or written "
                           "as such: %1\nRename the file or folder to a name in UTF-8.")
                            .arg(argument));
    }
    // The verb's own parser sees "taskcenter-connect <options...>".
    QStringList verbArguments = arguments;
    verbArguments.removeAt(1);
    if (verb == QStringLiteral("inspect-cert"))
        return inspectCertificate(verbArguments);
    if (verb == QStringLiteral("export")) {
        bool deferred = false;
        const int code = exportDestinations(
            verbArguments, [](int exitCode) { QCoreApplication::exit(exitCode); }, &deferred);
        return deferred ? app.exec() : code;
    }
    if (verb == QStringLiteral("sandbox"))
        return runSandbox(app, verbArguments);
    if (verb == QStringLiteral("apply"))
        return SubaccountCommands::apply(app, verbArguments);
    if (verb == QStringLiteral("fetch-trust"))
        return SubaccountCommands::fetchTrust(app, verbArguments);
    if (verb == QStringLiteral("validate"))
        return SubaccountCommands::validate(app, verbArguments);
    if (verb == QStringLiteral("providers"))
        return ProvidersCommand::run(verbArguments);
    return fail(tr("Unknown command \"%1\". Run 'taskcenter-connect --help' for the commands.").arg(verb));
}
