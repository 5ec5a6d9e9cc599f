#include "flow/SetupFlow.h"

#include "secrets/SecretStore.h"
#include "setup/ApplySession.h"
#include "setup/SetupFile.h"
#include "setup/SetupSecrets.h"
#include "subaccounts/SubaccountChoice.h"
#include "subaccounts/SubaccountConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

const QString SetupFlow::Welcome = QStringLiteral("welcome");
const QString SetupFlow::Subaccount = QStringLiteral("subaccount");
const QString SetupFlow::Review = QStringLiteral("review");
const QString SetupFlow::Apply = QStringLiteral("apply");
const QString SetupFlow::Finish = QStringLiteral("finish");
const QString SetupFlow::CheckSource = QStringLiteral("checkSource");
const QString SetupFlow::CheckReport = QStringLiteral("checkReport");

SetupFlow::SetupFlow(SetupModel *model, SubaccountConnection *subaccount, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_subaccount(subaccount)
    , m_secrets(secrets)
    , m_subaccountChoice(new SubaccountChoice(subaccount, secrets, this))
    , m_applySession(new ApplySession(model, subaccount, this))
    , m_keepTimer(new QTimer(this))
    , m_current(Welcome)
{
    // The setup's keychain entries are named by an id of its own, never by what the user types.
    if (m_model->setupId().isEmpty())
        m_model->setSetupId(SetupModel::newSetupId());
    m_keepTimer->setObjectName(QStringLiteral("keepProgressTimer"));
    m_keepTimer->setSingleShot(true);
    m_keepTimer->setInterval(800);
    connect(m_keepTimer, &QTimer::timeout, this, &SetupFlow::keepProgress);
    // Another provider or way: what a resumed setup lacked no longer applies.
    connect(m_model, &SetupModel::stepsChanged, this, [this] {
        if (m_toGiveAgain.isEmpty())
            return;
        m_toGiveAgain.clear();
        Q_EMIT toGiveAgainChanged();
    });
    connect(m_model, &SetupModel::changed, this, [this] {
        if (m_started)
            m_keepTimer->start();
        pruneGiven();
    });
    // A provider's secrets are kept per subaccount: the chosen one names their keychain entries.
    // (The demo never uses the keychain; its name only lets a kept setup choose the demo again.)
    connect(m_subaccount, &SubaccountConnection::changed, this, [this] {
        const QString profile = m_subaccount->profileId();
        m_model->setSecretOwner(m_subaccount->target() == SubaccountConnection::Target::Demo ? QStringLiteral("demo")
                                    : profile.isEmpty()                                      ? QStringLiteral("files")
                                                        : SubaccountProfile { profile, {}, {} }.secretOwner());
    });
}

QStringList SetupFlow::providerSteps() const
{
    return m_model->stepPageKeys();
}

QString SetupFlow::nextAfter(const QString &key) const
{
    const QStringList steps = providerSteps();
    const QString firstStep = steps.isEmpty() ? Finish : steps.first();
    // After the provider's last step: review and apply when the destinations go into a subaccount; files are
    // written on the last page.
    const QString afterSteps = m_model->writesDestinations() && m_subaccount->writesToSubaccount() ? Review : Finish;
    if (key == Welcome) {
        if (m_checking)
            return CheckSource;
        // A path that writes no destinations does not ask where they go.
        return m_model->writesDestinations() ? Subaccount : firstStep;
    }
    if (key == Subaccount)
        return firstStep;
    if (key == Review)
        return Apply;
    if (key == Apply)
        return Finish;
    if (key == Finish)
        return {};
    if (key == CheckSource)
        return CheckReport;
    if (key == CheckReport)
        return m_afterReport;
    const qsizetype at = steps.indexOf(key);
    if (at < 0)
        return {};
    return at + 1 < steps.size() ? steps.at(at + 1) : afterSteps;
}

QStringList SetupFlow::path() const
{
    QStringList keys;
    // Bounded: a step that led back would otherwise loop.
    for (QString key = Welcome; !key.isEmpty() && !keys.contains(key) && keys.size() < 64; key = nextAfter(key))
        keys.append(key);
    return keys;
}

QStringList SetupFlow::stepsOf(const SetupModel &model, bool toSubaccount)
{
    // As nextAfter() goes: the first page, where the destinations go (on a path that writes some), the steps,
    // review and apply (into a subaccount), the last page.
    QStringList keys { Welcome };
    if (model.writesDestinations())
        keys.append(Subaccount);
    keys += model.stepPageKeys();
    if (model.writesDestinations() && toSubaccount)
        keys << Review << Apply;
    keys.append(Finish);
    return keys;
}

void SetupFlow::arriveAt(const QString &key)
{
    m_current = key;
    // Back on the first page: Next sets up a provider again, and steps set up from a report are left.
    if (key == Welcome) {
        m_checking = false;
        m_setUpFromCheck = false;
        m_afterReport.clear();
    }
    if (key == Welcome || key == CheckSource || key == CheckReport || key.isEmpty() || m_checking)
        return;
    m_started = true;
    m_model->setLastStep(key);
    keepProgress();
}

void SetupFlow::startChecking()
{
    m_checking = true;
}

bool SetupFlow::setUpAgain(const QString &providerId, const QString &primaryName, const QList<QJsonObject> &existing)
{
    const auto provider = ProviderDefinition::builtIn(providerId);
    if (!provider || m_current != CheckReport)
        return false;
    m_model->setProvider(provider);
    m_model->prefillFrom(existing, primaryName);
    const QStringList steps = providerSteps();
    m_afterReport = steps.isEmpty() ? Review : steps.first();
    m_setUpFromCheck = true;
    return true;
}

void SetupFlow::leaveStepsSetUpAgain()
{
    m_setUpFromCheck = false;
    m_afterReport.clear();
}

QString SetupFlow::progressFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("progress/setup.json"));
}

void SetupFlow::keepProgress()
{
    if (!m_started)
        return;
    m_keepTimer->stop();
    QString error;
    // Written whole or not at all (FileWriter); never a secret.
    if (!SetupFile::save(*m_model, progressFile(), &error))
        qWarning("The progress could not be kept: %s", qUtf8Printable(error));
}

void SetupFlow::forgetProgress()
{
    m_keepTimer->stop();
    m_started = false;
    QDir(QFileInfo(progressFile()).absolutePath()).removeRecursively();
}

QString SetupFlow::keptProgressSummary()
{
    if (!QFileInfo::exists(progressFile()))
        return {};
    QString error;
    const auto kept = SetupFile::load(progressFile(), &error);
    if (!kept) {
        forgetProgress(); // unreadable (an older version's): nothing to continue
        return {};
    }
    QStringList facts;
    const QStringList steps = stepsOf(*kept, kept->secretOwner() != QLatin1String("files"));
    const bool wasWriting = kept->lastStep() == Review || kept->lastStep() == Apply || kept->lastStep() == Finish;
    const int number = int(steps.indexOf(wasWriting && !kept->stepPageKeys().isEmpty() ? kept->stepPageKeys().last()
                                                                                       : kept->lastStep()))
        + 1;
    if (number > 0)
        facts.append(tr("step %1 of %2").arg(number).arg(steps.size()));
    facts.append(kept->provider().displayName());
    const QString owner = kept->secretOwner();
    for (const auto &profile : m_subaccountChoice->profiles()) {
        if (profile.secretOwner() == owner)
            facts.append(tr("subaccount %1").arg(profile.displayName));
    }
    return facts.join(QStringLiteral(", "));
}

void SetupFlow::resume(const SetupModel &saved, const QList<SetupModel::Problem> &missingFiles)
{
    m_model->assign(saved);
    // Saved by a version before setups had an id: from now on it has one, and loadSecrets() moves its entries.
    if (m_model->setupId().isEmpty())
        m_model->setSetupId(SetupModel::newSetupId());
    // Where the destinations were to go, chosen again (a subaccount's key comes from the keychain).
    const QString owner = m_model->secretOwner();
    const SubaccountProfile prefix { {}, {}, {} };
    QString demoError;
    if (owner.startsWith(prefix.secretOwner()))
        m_subaccountChoice->chooseProfile(owner.mid(prefix.secretOwner().size()));
    else if (owner == QLatin1String("demo"))
        m_subaccountChoice->chooseDemo(&demoError);
    else if (!m_model->lastStep().isEmpty() && m_model->lastStep() != Subaccount)
        m_subaccountChoice->chooseFilesOnly();
    // What was reviewed or applied is read again from the subaccount: the way there starts at the last step.
    const QString last = m_model->lastStep();
    const QStringList steps = providerSteps();
    if (last == Review || last == Apply || last == Finish)
        m_resumeStep = steps.isEmpty() ? Subaccount : steps.last();
    else
        m_resumeStep = last == Subaccount || steps.contains(last) ? last : QString();
    m_toGiveAgain = missingFiles;
    pruneGiven();
    Q_EMIT toGiveAgainChanged();
    connect(
        this, &SetupFlow::secretsLoaded, this,
        [this](bool keychainRead) {
            // Secrets the keychain did not give back, and why: the demo keeps none, a keychain may not answer.
            const QString why = m_subaccount->target() == SubaccountConnection::Target::Demo
                ? tr("The demo subaccount keeps no secrets.")
                : !keychainRead ? tr("This computer's keychain could not give them back.")
                                : tr("The keychain holds none of these for this setup.");
            for (const QString &id : m_model->secretInputIds()) {
                if (m_model->value(id).isEmpty())
                    m_toGiveAgain.append({ id, why, InputChecks::Severity::Warning });
            }
            pruneGiven();
            Q_EMIT toGiveAgainChanged();
            Q_EMIT resumed();
        },
        Qt::SingleShotConnection);
}

QString SetupFlow::resumeStep() const
{
    return m_resumeStep;
}

void SetupFlow::pruneGiven()
{
    // What has been given since is no longer asked for.
    const auto given = [this](const SetupModel::Problem &item) {
        if (item.field == QLatin1String("trustCertificate"))
            return m_model->trustCertificate().has_value();
        if (item.field == QLatin1String("serviceKey"))
            return m_model->serviceKey().has_value();
        return !m_model->value(item.field).isEmpty();
    };
    const auto kept = std::remove_if(m_toGiveAgain.begin(), m_toGiveAgain.end(), given);
    if (kept == m_toGiveAgain.end())
        return;
    m_toGiveAgain.erase(kept, m_toGiveAgain.end());
    Q_EMIT toGiveAgainChanged();
}

void SetupFlow::probeKeychain()
{
    if (m_keychainProbed)
        return;
    m_keychainProbed = true;
    auto *job = m_secrets->probe();
    connect(job, &SecretJob::finished, this, [this, job] {
        m_keychainAvailable = job->result() == SecretStore::Result::Ok;
        m_subaccountChoice->setKeychainAvailable(m_keychainAvailable);
        Q_EMIT keychainChecked(m_keychainAvailable,
                               m_keychainAvailable ? tr("Secrets (keys, client secrets, passwords) will be kept in "
                                                        "this computer's keychain, never in a file.")
                                                   : job->userMessage());
    });
}

void SetupFlow::saveSecrets()
{
    // The demo never reads or writes the keychain: a real setup of the same destination name keeps its secrets.
    if (m_subaccount->target() == SubaccountConnection::Target::Demo) {
        Q_EMIT secretsSaved(true, QString());
        return;
    }
    auto *job = SetupSecrets::save(*m_model, m_secrets);
    connect(job, &SetupSecrets::finished, this, [this, job] {
        if (job->ok()) {
            // Entries this setup had that it no longer has (a secret of another way) go, so none is left behind.
            // Another subaccount's or provider's entries stay: a setup of it may still use them.
            const QString owner
                = m_model->secretOwner() + QLatin1Char('/') + m_model->provider().id() + QLatin1Char('/');
            for (const QString &key : std::as_const(m_savedSecretKeys)) {
                if (key.startsWith(owner) && !job->keys().contains(key))
                    m_secrets->remove(key);
            }
            m_savedSecretKeys = job->keys();
        }
        Q_EMIT secretsSaved(job->ok(), job->userMessage());
    });
}

void SetupFlow::loadSecrets()
{
    if (m_subaccount->target() == SubaccountConnection::Target::Demo) {
        Q_EMIT secretsLoaded(true, QString());
        return;
    }
    auto *job = SetupSecrets::load(m_model, m_secrets);
    connect(job, &SetupSecrets::finished, this, [this, job] {
        // What a resumed setup was saved under: a later save under another name moves it.
        m_savedSecretKeys = job->keys();
        Q_EMIT secretsLoaded(job->ok(), job->userMessage());
    });
}

QString SetupFlow::whereSecretsAreKept() const
{
    if (m_subaccount->target() == SubaccountConnection::Target::Demo)
        return tr("Secrets are not in it, and the demo subaccount keeps none: you enter them again when you "
                  "continue.");
    if (!m_keychainAvailable)
        return tr("Secrets are not in it, and this computer has no keychain to keep them: you enter them again "
                  "when you continue.");
    return tr("Secrets are not in it; they are kept in this computer's keychain.");
}
