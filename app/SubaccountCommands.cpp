#include "SubaccountCommands.h"

#include "ApplySession.h"
#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "ConfigurationCheck.h"
#include "DestinationApplier.h"
#include "DestinationServiceClient.h"
#include "DestinationServiceKey.h"
#include "FileWriter.h"
#include "SetupModel.h"
#include "SubaccountConnection.h"
#include "TrustCertificate.h"
#include "ValidationReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <memory>

using namespace CommandLineSupport;

namespace SubaccountCommands {

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

// Reviews and applies with the same ApplySession as the wizard, printing one line per destination, and quits with
// the exit code.
class ApplyRun : public QObject
{
public:
    ApplyRun(const std::shared_ptr<SetupModel> &model, const DestinationServiceKey &key, const QString &keyFile,
             int timeoutMs, bool overwrite, bool dryRun)
        : m_model(model)
        , m_connection(new SubaccountConnection(new QNetworkAccessManager(this), this))
        , m_session(new ApplySession(model.get(), m_connection, this))
        , m_overwrite(overwrite)
        , m_dryRun(dryRun)
    {
        m_connection->useProfile({ QStringLiteral("command-line"), keyFile, key });
        if (m_connection->client())
            m_connection->client()->setTimeout(timeoutMs);
        connect(m_session, &ApplySession::reviewed, this, &ApplyRun::planAndApply);
    }

    void start() { m_session->review(); }
    bool isDryRun() const { return m_dryRun; }

private:
    void planAndApply(bool ok)
    {
        if (!ok) {
            QCoreApplication::exit(
                failure(m_session->error(), true, m_session->errorMessage(), m_session->technicalDetails()));
            return;
        }
        const QStringList duplicates = m_session->duplicatePrimaries();
        if (!duplicates.isEmpty())
            err() << CommandLine::tr("warning: the subaccount already has a primary destination to the same system: "
                                     "%1. Two give every user each task twice; delete the old one or set its "
                                     "tc.enabled to false.")
                         .arg(duplicates.join(QStringLiteral(", ")))
                  << Qt::endl;
        // Without --overwrite, destinations that exist with other values are left alone and reported.
        QStringList held;
        const DestinationChangePlan writes = m_session->writes(m_overwrite, &held);
        QHash<QString, QString> namesOtherContent; // a held destination's key store the subaccount has otherwise
        for (const CertificateChange &certificate : m_session->plan().certificates()) {
            const QString also = certificate.alsoUsedBy.isEmpty()
                ? QString()
                : CommandLine::tr(" (also named by %1)").arg(certificate.alsoUsedBy.join(QStringLiteral(", ")));
            switch (certificate.action) {
            case CertificateChange::Action::Unchanged:
                out() << CommandLine::tr("unchanged  key store %1").arg(certificate.name) << Qt::endl;
                break;
            case CertificateChange::Action::Upload:
                if (m_dryRun)
                    out() << CommandLine::tr("would upload  key store %1 from %2")
                                 .arg(certificate.name, certificate.sourceFile)
                          << Qt::endl;
                break;
            case CertificateChange::Action::Replace:
                if (m_overwrite) {
                    if (m_dryRun)
                        out() << CommandLine::tr("would replace  key store %1 from %2%3")
                                     .arg(certificate.name, certificate.sourceFile, also)
                              << Qt::endl;
                } else {
                    m_exitCode = Attention;
                    out() << CommandLine::tr("exists     key store %1: the subaccount has another file under this "
                                             "name%2; --overwrite replaces it")
                                 .arg(certificate.name, also)
                          << Qt::endl;
                    for (const QString &name : certificate.usedBy)
                        namesOtherContent.insert(name, certificate.name);
                }
                break;
            case CertificateChange::Action::Missing:
                m_exitCode = Attention;
                out() << CommandLine::tr("MISSING    key store %1: %2").arg(certificate.name, certificate.problem)
                      << Qt::endl;
                break;
            }
        }
        for (const DestinationChange &change : m_session->plan().changes()) {
            switch (change.action) {
            case DestinationChange::Action::Unchanged:
                out() << CommandLine::tr("unchanged  %1").arg(change.name) << Qt::endl;
                break;
            case DestinationChange::Action::Create:
                if (m_dryRun && !held.contains(change.name))
                    out() << CommandLine::tr("would create  %1").arg(change.name) << Qt::endl;
                break;
            case DestinationChange::Action::Update:
                if (m_overwrite) {
                    if (m_dryRun)
                        out() << CommandLine::tr("would update  %1").arg(change.name) << Qt::endl;
                } else {
                    m_exitCode = Attention;
                    out() << CommandLine::tr("exists     %1: it differs; --overwrite replaces it").arg(change.name)
                          << Qt::endl;
                }
                if (m_dryRun || !m_overwrite) {
                    for (const QString &line : change.describeChanges())
                        out() << QStringLiteral("             ") << line << Qt::endl;
                }
                break;
            }
        }
        for (const QString &name : std::as_const(held)) {
            m_exitCode = Attention;
            out() << (namesOtherContent.contains(name)
                          ? CommandLine::tr("held back  %1: the key store it names, %2, exists with other content; "
                                            "--overwrite replaces it")
                                .arg(name, namesOtherContent.value(name))
                          : CommandLine::tr("held back  %1: the destination it belongs to exists with other values; "
                                            "--overwrite replaces both")
                                .arg(name))
                  << Qt::endl;
        }
        if (m_dryRun || !writes.hasWrites()) {
            if (m_dryRun) {
                // Secrets not given cannot be compared: the plan keeps what the subaccount has for them.
                for (const DestinationChange &change : m_session->plan().changes()) {
                    QStringList keys;
                    for (const DestinationProperty &property : change.desired.properties()) {
                        if (property.secret && property.value.isEmpty())
                            keys.append(property.key);
                    }
                    if (!keys.isEmpty())
                        out() << CommandLine::tr("not compared  %1: %2 (no secret given; pass --secrets to compare "
                                                 "them)")
                                     .arg(change.name, keys.join(QStringLiteral(", ")))
                              << Qt::endl;
                }
                out() << CommandLine::tr("Dry run: nothing was written.") << Qt::endl;
            }
            QCoreApplication::exit(m_exitCode);
            return;
        }
        m_applier = m_session->applier(this, writes);
        m_applier->setOverwrite(m_overwrite);
        connect(m_applier, &DestinationApplier::destinationFinished, this, &ApplyRun::report);
        connect(m_applier, &DestinationApplier::certificateFinished, this, &ApplyRun::reportCertificate);
        connect(m_applier, &DestinationApplier::waiting, this,
                [](const QString &message) { err() << message << Qt::endl; });
        connect(m_applier, &DestinationApplier::finished, this, [this] { QCoreApplication::exit(m_exitCode); });
        m_applier->start();
    }

    void reportCertificate(int index)
    {
        const DestinationApplyResult &result = m_applier->certificateResults().at(index);
        switch (result.outcome) {
        case DestinationApplyResult::Outcome::Done:
            if (result.action == DestinationChange::Action::Create)
                out() << CommandLine::tr("uploaded   key store %1").arg(result.name) << Qt::endl;
            else if (result.action == DestinationChange::Action::Update)
                out() << CommandLine::tr("replaced   key store %1").arg(result.name) << Qt::endl;
            return; // an unchanged one was said with the plan
        case DestinationApplyResult::Outcome::Failed:
        case DestinationApplyResult::Outcome::Skipped:
        case DestinationApplyResult::Outcome::Exists:
            m_exitCode = qMax(m_exitCode, keyStoppedWorking(result.error) ? int(Unreachable) : int(Attention));
            if (m_applier->plan().certificates().at(index).action == CertificateChange::Action::Missing)
                return; // said with the plan
            out() << CommandLine::tr("FAILED     key store %1: %2").arg(result.name, result.errorMessage) << Qt::endl;
            if (!result.technicalDetails.isEmpty())
                err() << result.technicalDetails << Qt::endl;
            return;
        case DestinationApplyResult::Outcome::Pending:
            return;
        }
    }

    void report(int index)
    {
        const DestinationApplyResult &result = m_applier->result(index);
        switch (result.outcome) {
        case DestinationApplyResult::Outcome::Done:
            if (m_applier->plan().at(index).action == DestinationChange::Action::Unchanged)
                return; // said with the plan
            out() << (result.action == DestinationChange::Action::Create       ? CommandLine::tr("created    %1")
                          : result.action == DestinationChange::Action::Update ? CommandLine::tr("updated    %1")
                                                                               : CommandLine::tr("unchanged  %1"))
                         .arg(result.name)
                  << Qt::endl;
            return;
        case DestinationApplyResult::Outcome::Exists:
            m_exitCode = qMax(m_exitCode, int(Attention));
            out() << (result.changedSincePlan
                          ? CommandLine::tr("changed    %1: someone changed it since it was read; --overwrite "
                                            "replaces it")
                          : CommandLine::tr("exists     %1: it differs; --overwrite replaces it"))
                         .arg(result.name)
                  << Qt::endl;
            for (const QString &line : result.differences)
                out() << QStringLiteral("             ") << line << Qt::endl;
            return;
        case DestinationApplyResult::Outcome::Failed:
        case DestinationApplyResult::Outcome::Skipped:
            // The subaccount was read a moment ago, so it was reached: a destination that failed is exit 1 (a
            // lost answer, a server error), unless the key itself stopped being accepted.
            m_exitCode = qMax(m_exitCode, keyStoppedWorking(result.error) ? int(Unreachable) : int(Attention));
            out() << (result.changedWhileWriting ? CommandLine::tr("CHANGED    %1: %2")
                                                 : CommandLine::tr("FAILED     %1: %2"))
                         .arg(result.name, result.errorMessage)
                  << Qt::endl;
            for (const QString &line : result.differences)
                out() << QStringLiteral("             ") << line << Qt::endl;
            if (!result.technicalDetails.isEmpty())
                err() << result.technicalDetails << Qt::endl;
            return;
        case DestinationApplyResult::Outcome::Pending:
            return;
        }
    }

    std::shared_ptr<SetupModel> m_model;
    SubaccountConnection *m_connection;
    ApplySession *m_session;
    DestinationApplier *m_applier = nullptr;
    bool m_overwrite;
    bool m_dryRun;
    int m_exitCode = Ok;
};

} // namespace

int apply(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Creates or updates, in a subaccount, the destinations a setup file describes, over the SAP BTP Destination "
        "service REST API. Destinations that already hold the same values are left alone, so running it again "
        "changes nothing. A key store the destinations name, chosen as a file on this computer, goes first into the "
        "subaccount's destination certificates under its file name (replaced only with --overwrite).\nSecrets come "
        "from --secrets or, without it, from the keychain.\nExit codes: 0 applied (or nothing to do); 1 a destination "
        "or key store failed or is missing, or exists with other values and --overwrite was not given (said which); 2 "
        "bad input; 3 the subaccount could not be reached or did not accept the key."));
    parser.addPositionalArgument(QStringLiteral("SETUP.json"),
                                 CommandLine::tr("The setup file (the wizard's \"Save progress\")."));
    const QCommandLineOption subaccount = subaccountOption();
    const QCommandLineOption secretsOption = CommandLineSupport::secretsOption();
    const QCommandLineOption overwriteOption(
        QStringLiteral("overwrite"),
        CommandLine::tr("Replace destinations and key stores that exist with other values."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        CommandLine::tr("Show what would change; write nothing. Needs no secrets: those not given are named as not "
                        "compared."));
    const QCommandLineOption timeout = timeoutOption();
    parser.addOptions({ subaccount, secretsOption, overwriteOption, dryRunOption, timeout });
    int exitCode = Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("apply"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr(
            "apply takes exactly one SETUP.json.\nRun 'taskcenter-connect apply --help' for the options."));
    DestinationServiceKey key;
    int timeoutMs = 0;
    if (!readKey(parser, subaccount, QStringLiteral("apply"), &key, &exitCode)
        || !readTimeout(parser, timeout, &timeoutMs, &exitCode))
        return exitCode;
    const std::shared_ptr<SetupModel> model = loadSetup(parser.positionalArguments().first());
    if (!model)
        return BadInput;

    ApplyRun run(model, key, parser.value(subaccount), timeoutMs, parser.isSet(overwriteOption),
                 parser.isSet(dryRunOption));
    const QString secretsFile = parser.value(secretsOption);
    // Everything runs inside the event loop, so that exit() ends it on every path (a secrets file answers at
    // once, the keychain later).
    QTimer::singleShot(0, &app, [&run, model, secretsFile] {
        // A dry run plans without secrets: what it cannot compare, it says.
        const bool dryRun = run.isDryRun();
        loadSecrets(
            model, secretsFile,
            [&run, model, dryRun](int code) {
                if (code != Ok) {
                    QCoreApplication::exit(code);
                    return;
                }
                bool hasErrors = false;
                for (const auto &problem :
                     model->problems(QDateTime::currentDateTimeUtc(),
                                     dryRun ? SetupModel::SecretScope::Skip : SetupModel::SecretScope::Check)) {
                    const bool isError = problem.severity == InputChecks::Severity::Error;
                    hasErrors = hasErrors || isError;
                    err() << (isError ? CommandLine::tr("error") : CommandLine::tr("warning")) << QStringLiteral(": ")
                          << problem.field << QStringLiteral(": ") << problem.message << Qt::endl;
                }
                if (hasErrors) {
                    QCoreApplication::exit(BadInput);
                    return;
                }
                // Nothing to apply is not an error, but it is said.
                if (const QString why = whyNothingIsWritten(*model); !why.isEmpty()) {
                    out() << why << Qt::endl;
                    QCoreApplication::exit(Ok);
                    return;
                }
                run.start();
            },
            !dryRun);
    });
    return app.exec();
}

int fetchTrust(QCoreApplication &app, const QStringList &arguments)
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

int validate(QCoreApplication &app, const QStringList &arguments)
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
        if (!sandbox.isValid() || sandbox.scheme() != QLatin1String("http") || sandbox.host().isEmpty())
            return fail(CommandLine::tr("--sandbox takes the address the sandbox prints, such as "
                                        "http://127.0.0.1:8123, not \"%1\".")
                            .arg(parser.value(sandboxOption)));
        QNetworkRequest request(sandbox.resolved(QUrl(QStringLiteral("/sandbox/service-key"))));
        request.setTransferTimeout(15000);
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [reply, sandbox, timeoutMs, &network, &client, &check] {
            reply->deleteLater();
            const DestinationServiceKey key = DestinationServiceKey::fromText(reply->readAll());
            if (reply->error() != QNetworkReply::NoError || !key.isValid()) {
                err() << CommandLine::tr("No sandbox answers at %1 (%2). Start one with 'taskcenter-connect sandbox'.")
                             .arg(sandbox.toString(), reply->errorString())
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

} // namespace SubaccountCommands
