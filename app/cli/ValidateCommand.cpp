#include "ValidateCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "destinationservice/DestinationServiceClient.h"
#include "files/FileWriter.h"
#include "formats/DestinationServiceKey.h"
#include "formats/TrustCertificate.h"
#include "sandbox/SandboxKeyRequest.h"
#include "validation/ConfigurationCheck.h"
#include "validation/ValidationReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrl>
#include <memory>

using namespace CommandLineSupport;

namespace {

// Writes the report where --out says, or to standard output.
bool writeReport(const QString &path, const QByteArray &report)
{
    if (path.isEmpty()) {
        // As bytes: a PDF is not text.
        out().flush();
        QFile standardOutput;
        return standardOutput.open(stdout, QIODevice::WriteOnly) && standardOutput.write(report) == report.size()
            && standardOutput.flush();
    }
    const FileWriter::Result written = FileWriter::write(path, report);
    if (!written)
        err() << written.errorMessage << Qt::endl;
    return written.ok;
}

} // namespace

int ValidateCommand::run(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Checks an existing SAP Task Center configuration and says what is wrong and how to fix it: destination "
        "files (the cockpit's .properties export, with or without an extension, or JSON; folders and zip archives of "
        "them) and/or "
        "the destinations of a subaccount. With a subaccount, the Destination service is asked for a token with each "
        "destination that can get one without a user, as SAP Task Center does, and without --trust its current "
        "trust certificate is checked too.\nExit codes: 0 no errors; 1 errors found; 2 bad input; 3 the subaccount "
        "could not be reached "
        "or did not accept the key."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 CommandLine::tr("Destination files, zip archives or folders."),
                                 QStringLiteral("[SOURCE ...]"));
    const QCommandLineOption subaccount = subaccountOption();
    const QCommandLineOption trustOption(
        QStringLiteral("trust"),
        CommandLine::tr("A trust certificate (PEM or DER) to check; with a subaccount, the one a provider holds, "
                        "compared with the subaccount's current one."),
        QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CommandLine::tr("text (default), json, html or pdf (A4, to hand over)."),
                                          QStringLiteral("text|json|html|pdf"), QStringLiteral("text"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       CommandLine::tr("Write the report to FILE instead of the standard output."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        CommandLine::tr("Check the sandbox subaccount at URL (the address 'taskcenter-connect sandbox' prints)."),
        QStringLiteral("URL"));
    const QCommandLineOption timeout = timeoutOption();
    parser.addOptions({ subaccount, sandboxOption, trustOption, formatOption, outOption, timeout });
    int exitCode = Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("validate"), &exitCode))
        return exitCode;
    const QString format = parser.value(formatOption);
    if (!QStringList { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf") }
             .contains(format))
        return fail(CommandLine::tr("--format must be text, json, html or pdf, not \"%1\".").arg(format));
    int timeoutMs = 0;
    if (!readTimeout(parser, timeout, &timeoutMs, &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty() && !parser.isSet(subaccount) && !parser.isSet(sandboxOption))
        return fail(
            CommandLine::tr("Say what to check: destination files or folders, and/or --subaccount "
                            "DESTINATION-KEY.json.\nRun 'taskcenter-connect validate --help' for the options."));

    // A path that does not exist is a typing mistake (bad input); a file that cannot be read as destinations is a
    // finding, and the others are still checked.
    for (const QString &path : parser.positionalArguments()) {
        if (!QFileInfo::exists(path))
            return fail(CommandLine::tr("%1: no such file or folder.").arg(path));
    }
    ConfigurationCheck check;
    check.addPaths(parser.positionalArguments());
    if (parser.isSet(trustOption)) {
        const TrustCertificate trust = TrustCertificate::fromFile(parser.value(trustOption));
        if (!trust.isValid())
            return fail(QStringLiteral("%1: %2").arg(parser.value(trustOption), trust.errorMessage()));
        check.setTrust(trust);
    }
    if (parser.isSet(subaccount) && parser.isSet(sandboxOption))
        return fail(CommandLine::tr("Give either --subaccount or --sandbox, not both."));
    const QString outPath = parser.value(outOption);
    QObject::connect(&check, &ConfigurationCheck::finished, &app, [&check, format, outPath](bool ok) {
        if (!ok) {
            QCoreApplication::exit(failure(check.error(), true, check.errorMessage(), check.technicalDetails()));
            return;
        }
        QByteArray report;
        QString error;
        if (!ValidationReport::render(format, check.findings(), check.destinationCount(), check.landscape(), &report,
                                      &error)) {
            err() << error << Qt::endl;
            QCoreApplication::exit(BadInput);
            return;
        }
        if (!writeReport(outPath, report)) {
            QCoreApplication::exit(BadInput);
            return;
        }
        QCoreApplication::exit(ValidationReport::count(check.findings(), ValidationFinding::Severity::Error) > 0
                                   ? int(Attention)
                                   : int(Ok));
    });

    QNetworkAccessManager network;
    std::unique_ptr<DestinationServiceClient> client;
    if (parser.isSet(subaccount)) {
        DestinationServiceKey key;
        if (!readKey(parser, subaccount, QStringLiteral("validate"), &key, &exitCode))
            return exitCode;
        client = std::make_unique<DestinationServiceClient>(&network, key);
        client->setTimeout(timeoutMs);
        check.start(client.get(), QFileInfo(parser.value(subaccount)).fileName());
    } else if (parser.isSet(sandboxOption)) {
        // A sandbox started with 'taskcenter-connect sandbox' gives its key to callers on this computer.
        const QUrl sandbox(parser.value(sandboxOption));
        if (!SandboxKeyRequest::isSandboxAddress(sandbox))
            return fail(CommandLine::tr("--sandbox takes the address the sandbox prints, such as "
                                        "http://127.0.0.1:8123, not \"%1\".")
                            .arg(parser.value(sandboxOption)));
        SandboxKeyRequest::request(
            &network, sandbox, &app,
            [sandbox, timeoutMs, &network, &client, &check](const QByteArray &keyJson, const QString &networkError) {
                const DestinationServiceKey key = DestinationServiceKey::fromText(keyJson);
                if (!networkError.isEmpty() || !key.isValid()) {
                    err() << CommandLine::tr(
                                 "No sandbox answers at %1 (%2). Start one with 'taskcenter-connect sandbox'.")
                                 .arg(sandbox.toString(), networkError.isEmpty() ? key.errorMessage() : networkError)
                          << Qt::endl;
                    QCoreApplication::exit(Unreachable);
                    return;
                }
                client = std::make_unique<DestinationServiceClient>(&network, key);
                client->setTimeout(timeoutMs);
                check.start(client.get(), sandbox.toString());
            });
    } else {
        check.start(nullptr, {});
    }
    return app.exec();
}
