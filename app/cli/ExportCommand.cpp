#include "ExportCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "formats/DestinationExporter.h"
#include "setup/SecretsFile.h"
#include "setup/SetupModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace CommandLineSupport;

namespace {

int writeDestinations(SetupModel &model, const QString &outDir, DestinationExporter::Format format, bool includeSecrets)
{
    if (printProblems(model, includeSecrets ? SetupModel::SecretScope::Check : SetupModel::SecretScope::Skip))
        return BadInput;
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
    return Ok;
}

} // namespace

int ExportCommand::run(QCoreApplication &app, const QStringList &arguments)
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
    int exitCode = Ok;
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
        return BadInput;
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
    // From the keychain, which answers later: the event loop runs until the files are written.
    loadSecrets(model, {}, [model, outDir, format](int exitCode) {
        QCoreApplication::exit(exitCode == Ok ? writeDestinations(*model, outDir, format, true) : exitCode);
    });
    return app.exec();
}
