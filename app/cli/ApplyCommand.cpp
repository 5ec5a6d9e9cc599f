#include "ApplyCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "destinationservice/DestinationApplier.h"
#include "destinationservice/DestinationServiceClient.h"
#include "formats/DestinationServiceKey.h"
#include "setup/ApplySession.h"
#include "setup/SetupModel.h"
#include "subaccounts/SubaccountConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <memory>

using namespace CommandLineSupport;

namespace {

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

int ApplyCommand::run(QCoreApplication &app, const QStringList &arguments)
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
                if (printProblems(*model, dryRun ? SetupModel::SecretScope::Skip : SetupModel::SecretScope::Check)) {
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
