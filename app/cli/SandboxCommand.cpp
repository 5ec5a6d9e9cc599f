#include "SandboxCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "files/FileWriter.h"
#include "sandbox/SandboxSubaccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

using namespace CommandLineSupport;

int SandboxCommand::run(QCoreApplication &app, const QStringList &arguments)
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
    int exitCode = Ok;
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
