#include "TrustCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "destinationservice/DestinationServiceClient.h"
#include "files/FileWriter.h"
#include "formats/DestinationServiceKey.h"
#include "trust/TrustRotation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace CommandLineSupport;

namespace {

const QStringList kActions = { QStringLiteral("status"), QStringLiteral("prepare"), QStringLiteral("rotate"),
                               QStringLiteral("remove-passive") };

void printCertificate(const QString &label, const std::optional<TrustCertificate> &certificate, const QDateTime &now)
{
    if (!certificate) {
        out() << label << CommandLine::tr("none") << Qt::endl;
        return;
    }
    if (!certificate->isValid()) {
        out() << label << CommandLine::tr("not readable: %1").arg(certificate->errorMessage()) << Qt::endl;
        return;
    }
    out() << label << certificate->subject() << Qt::endl
          << CommandLine::tr("  valid until %1 (%n day(s) left)", nullptr, int(certificate->daysLeft(now)))
                 .arg(certificate->validUntil().toString(Qt::ISODate))
          << Qt::endl
          << CommandLine::tr("  SHA-256 %1").arg(certificate->sha256Fingerprint()) << Qt::endl;
}

void printHolders(const TrustRotation &trust)
{
    if (trust.holders().isEmpty()) {
        out() << CommandLine::tr("No destination in this subaccount signs with the trust certificate.") << Qt::endl;
        return;
    }
    out() << CommandLine::tr("Providers that must hold the certificate (destinations signing with it):") << Qt::endl;
    // One line per provider, its destinations after it (the holders come sorted by provider).
    const QList<TrustRotation::Holder> &holders = trust.holders();
    for (qsizetype i = 0; i < holders.size();) {
        QStringList destinations;
        qsizetype j = i;
        for (; j < holders.size() && holders.at(j).provider == holders.at(i).provider; ++j)
            destinations.append(holders.at(j).destination);
        out() << QStringLiteral("  %1: %2").arg(holders.at(i).provider, destinations.join(QStringLiteral(", ")))
              << Qt::endl;
        i = j;
    }
}

int statusExitCode(const TrustRotation &trust, const QDateTime &now)
{
    if (!trust.active()) {
        err() << CommandLine::tr("The subaccount has no trust certificate yet. Create one in the SAP BTP cockpit under "
                                 "Connectivity > Destination Trust (Generate Trust).")
              << Qt::endl;
        return Attention;
    }
    if (!trust.active()->isValid() || trust.active()->status(now) != TrustCertificate::Status::Valid) {
        if (trust.active()->isValid())
            err() << trust.active()->statusText(now) << Qt::endl;
        err() << CommandLine::tr("Rotate it: 'trust prepare', give the passive certificate to every provider above, "
                                 "then 'trust rotate --yes'. Renewing the active one directly stops task updates "
                                 "until every provider has the new one, which is why SAP advises against it.")
              << Qt::endl;
        return Attention;
    }
    return Ok;
}

} // namespace

int TrustCommand::run(QCoreApplication &app, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr(
            "The subaccount's destination trust certificates, rotated without downtime as SAP advises: 'prepare' "
            "makes a passive certificate (--out FILE writes it for the providers), you give it to every provider "
            "listed, 'rotate --yes' swaps the two and asks for a token with every destination that can get one "
            "alone; when one fails it rotates back (unless --keep). 'remove-passive' deletes the passive certificate "
            "(after a rotation: the old one). 'status' shows both and the providers that hold them.\n"
            "Actions: status, prepare, rotate, remove-passive.\n"
            "Exit codes: 0 done (status: valid for more than %1 days); 1 attention (expiring, expired or none; rotate "
            "without --yes; a provider refused the new certificate); 2 bad input; 3 the subaccount could not be "
            "reached or did not accept the key.")
            .arg(TrustCertificate::ExpiryWarningDays));
    const QCommandLineOption subaccount = subaccountOption();
    const QCommandLineOption timeout = timeoutOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       CommandLine::tr("prepare: write the passive certificate (PEM) to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption yes(QStringLiteral("yes"), CommandLine::tr("rotate: rotate now."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  CommandLine::tr("rotate: keep the new certificate even when a provider refuses it."));
    parser.addOptions({ subaccount, timeout, outOption, yes, keep });
    QStringList verbArguments = arguments;
    if (kActions.contains(action))
        verbArguments.removeAt(1);
    int exitCode = Ok;
    if (!parseVerb(parser, verbArguments, QStringLiteral("trust"), &exitCode))
        return exitCode;
    if (!kActions.contains(action))
        return fail(CommandLine::tr("Say what to do: trust status, prepare, rotate or remove-passive.\nRun "
                                    "'taskcenter-connect trust --help' for the options."));
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("trust %1 takes no FILE of its own.\nRun 'taskcenter-connect trust --help' for "
                                    "the options.")
                        .arg(action));
    if (parser.isSet(outOption) && action != QLatin1String("prepare"))
        return fail(CommandLine::tr("--out belongs to 'trust prepare'."));
    if ((parser.isSet(yes) || parser.isSet(keep)) && action != QLatin1String("rotate"))
        return fail(CommandLine::tr("--yes and --keep belong to 'trust rotate'."));
    DestinationServiceKey key;
    int timeoutMs = 0;
    if (!readKey(parser, subaccount, QStringLiteral("trust"), &key, &exitCode)
        || !readTimeout(parser, timeout, &timeoutMs, &exitCode))
        return exitCode;
    const QString outPath = parser.value(outOption);

    QNetworkAccessManager network;
    DestinationServiceClient client(&network, key);
    client.setTimeout(timeoutMs);
    TrustRotation trust(&client);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (action == QLatin1String("rotate") && !parser.isSet(yes)) {
        // Nothing changes without --yes: say what the rotation needs first.
        QObject::connect(&trust, &TrustRotation::finished, &app, [&trust, now] {
            if (!trust.succeeded())
                return QCoreApplication::exit(
                    failure(trust.error(), true, trust.errorMessage(), trust.technicalDetails()));
            printCertificate(CommandLine::tr("Active:  "), trust.active(), now);
            printCertificate(CommandLine::tr("Passive: "), trust.passive(), now);
            printHolders(trust);
            err() << (trust.passive() ? CommandLine::tr("Nothing was changed. Once every provider above holds the "
                                                        "passive certificate, run 'trust rotate --yes'.")
                                      : CommandLine::tr("Nothing was changed. There is no passive certificate yet: "
                                                        "run 'trust prepare' first."))
                  << Qt::endl;
            QCoreApplication::exit(Attention);
        });
        trust.readStatus();
        return app.exec();
    }

    QObject::connect(&trust, &TrustRotation::finished, &app, [&trust, &action, &outPath, now] {
        if (!trust.succeeded()) {
            QCoreApplication::exit(failure(trust.error(), action == QLatin1String("status"), trust.errorMessage(),
                                           trust.technicalDetails()));
            return;
        }
        if (action == QLatin1String("rotate")) {
            for (const ValidationFinding &failed : trust.tokenFailures())
                err() << failed.destination << QStringLiteral(": ") << failed.message << Qt::endl;
            if (trust.rotatedBack())
                err() << CommandLine::tr("Rotated back: %n destination(s) got no token with the new certificate, so "
                                         "the old one is active again and no task update was lost. Give the passive "
                                         "certificate to those providers, then rotate again.",
                                         nullptr, int(trust.tokenFailures().size()))
                      << Qt::endl;
            else
                out() << CommandLine::tr("Rotated. %n destination(s) got a token with the new certificate.", nullptr,
                                         int(trust.tested().size() - trust.tokenFailures().size()))
                      << Qt::endl;
        }
        if (action == QLatin1String("prepare") && !outPath.isEmpty() && trust.passive() && trust.passive()->isValid()) {
            const FileWriter::Result written = FileWriter::write(outPath, trust.passive()->toPem());
            if (!written) {
                QCoreApplication::exit(fail(written.errorMessage));
                return;
            }
            out() << CommandLine::tr("The passive certificate is in %1.").arg(QDir::toNativeSeparators(outPath))
                  << Qt::endl;
        }
        printCertificate(CommandLine::tr("Active:  "), trust.active(), now);
        printCertificate(CommandLine::tr("Passive: "), trust.passive(), now);
        printHolders(trust);
        if (action == QLatin1String("prepare"))
            out() << CommandLine::tr("Give the passive certificate to every provider above (where its guide says to "
                                     "upload the trust certificate), then run 'trust rotate --yes'.")
                  << Qt::endl;
        if (action == QLatin1String("rotate"))
            QCoreApplication::exit(trust.tokenFailures().isEmpty() ? Ok : Attention);
        else if (action == QLatin1String("status"))
            QCoreApplication::exit(statusExitCode(trust, now));
        else
            QCoreApplication::exit(Ok);
    });
    if (action == QLatin1String("status"))
        trust.readStatus();
    else if (action == QLatin1String("prepare"))
        trust.preparePassive();
    else if (action == QLatin1String("rotate"))
        trust.rotate(parser.isSet(keep));
    else
        trust.removePassive();
    return app.exec();
}
