#include "FetchTrustCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "destinationservice/DestinationServiceClient.h"
#include "files/FileWriter.h"
#include "formats/DestinationServiceKey.h"
#include "formats/TrustCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace CommandLineSupport;

int FetchTrustCommand::run(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr(
            "Reads the subaccount's destination trust certificate (what the cockpit exports under Connectivity > "
            "Destination Trust) and writes it as PEM.\nExit codes: 0 written; 1 written, but it expires within %1 days "
            "or has expired, or the subaccount has none yet (said); 2 bad input; 3 the subaccount could not be reached "
            "or did not accept the key.")
            .arg(TrustCertificate::ExpiryWarningDays));
    const QCommandLineOption subaccount = subaccountOption();
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("The file to write the certificate to."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption timeout = timeoutOption();
    parser.addOptions({ subaccount, outOption, timeout });
    int exitCode = Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("fetch-trust"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr(
            "fetch-trust takes no FILE of its own.\nRun 'taskcenter-connect fetch-trust --help' for the options."));
    DestinationServiceKey key;
    int timeoutMs = 0;
    if (!readKey(parser, subaccount, QStringLiteral("fetch-trust"), &key, &exitCode)
        || !readTimeout(parser, timeout, &timeoutMs, &exitCode))
        return exitCode;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return fail(CommandLine::tr("Say where to write the certificate with --out FILE."));
    const QString path = parser.value(outOption);

    QNetworkAccessManager network;
    DestinationServiceClient client(&network, key);
    client.setTimeout(timeoutMs);
    DestinationServiceReply *reply = client.readTrustCertificate();
    QObject::connect(reply, &DestinationServiceReply::finished, &app, [reply, path] {
        // The service's own 404 for a subaccount without a key pair ("Keypair for subaccount - ... does not
        // exist", facts section 4); any other 404 means the key's uri is not a Destination service.
        if (reply->error() == DestinationServiceReply::Error::NotFound
            && reply->technicalDetails().contains(QStringLiteral("Keypair"), Qt::CaseInsensitive)) {
            err() << CommandLine::tr("The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit "
                                     "under Connectivity > Destination Trust, then run this again.")
                  << Qt::endl;
            QCoreApplication::exit(Attention);
            return;
        }
        if (reply->error() != DestinationServiceReply::Error::NoError) {
            QCoreApplication::exit(replyFailure(reply));
            return;
        }
        const TrustCertificate certificate = TrustCertificate::fromData(reply->certificatePem().toUtf8());
        if (!certificate.isValid()) {
            err() << CommandLine::tr("The subaccount answered with something that is not a certificate: %1")
                         .arg(certificate.errorMessage())
                  << Qt::endl;
            QCoreApplication::exit(Unreachable);
            return;
        }
        const FileWriter::Result written = FileWriter::write(path, reply->certificatePem().toUtf8());
        if (!written) {
            QCoreApplication::exit(fail(written.errorMessage));
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        out() << QDir::toNativeSeparators(path) << Qt::endl
              << CommandLine::tr("Subject:  %1").arg(certificate.subject()) << Qt::endl
              << CommandLine::tr("Valid until:  %1").arg(certificate.validUntil().toString(Qt::ISODate)) << Qt::endl
              << CommandLine::tr("SHA-256:  %1").arg(certificate.sha256Fingerprint()) << Qt::endl
              << certificate.statusText(now) << Qt::endl;
        QCoreApplication::exit(certificate.status(now) == TrustCertificate::Status::Valid ? Ok : Attention);
    });
    return app.exec();
}
