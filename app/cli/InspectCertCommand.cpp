#include "InspectCertCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "formats/TrustCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace CommandLineSupport;

namespace {

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

} // namespace

int InspectCertCommand::run(QCoreApplication &, const QStringList &arguments)
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
    int exitCode = Ok;
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
    return status == TrustCertificate::Status::Valid ? Ok : Attention;
}
