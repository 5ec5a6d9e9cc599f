#include "secrets/SecretStore.h"

#include <QLoggingCategory>
#include <QSettings>
#include <qt6keychain/keychain.h>

// Quiet unless asked for (QT_LOGGING_RULES="tcc.*=true"): the command line prints only what users need.
Q_LOGGING_CATEGORY(lcSecretStore, "tcc.secretstore", QtWarningMsg)

const QString SecretStore::DefaultService = QStringLiteral("taskcenter-connect");

namespace {

const QString kProbeKey = QStringLiteral("probe/keychain-available");

SecretStore::Result resultFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    // A locked keyring (4), no backend (5) and no bus or daemon (7) all mean: nothing can be stored here.
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return SecretStore::Result::Unavailable;
    default:
        return SecretStore::Result::Failed;
    }
}

// Whether QtKeychain's executor is running this job, rather than holding it in its queue: the executor
// connects to a job's finished() when it starts the job and disconnects when it ends (keychain.cpp,
// JobExecutor::startNextIfNoneRunning and jobFinished), and nothing else listens once our handler is gone.
bool executorRuns(const QKeychain::Job *job)
{
    struct FinishedReceivers : QKeychain::Job
    {
        // receivers() is protected; a member pointer named through a derived class reaches it.
        static int of(const QKeychain::Job *job)
        {
            return (job->*&FinishedReceivers::receivers)(SIGNAL(finished(QKeychain::Job *)));
        }
    };
    return FinishedReceivers::of(job) > 0;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretJob *SecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this, SecretJob::Kind::Read, key, {});
    job->start();
    return job;
}

SecretJob *SecretStore::write(const QString &key, const QString &value)
{
    auto *job = new SecretJob(this, SecretJob::Kind::Write, key, value);
    job->start();
    return job;
}

SecretJob *SecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this, SecretJob::Kind::Remove, key, {});
    job->start();
    return job;
}

QStringList SecretStore::knownKeys(const QString &prefix) const
{
    QStringList keys;
    const QStringList all = QSettings().value(indexKey()).toStringList();
    for (const QString &key : all) {
        if (key.startsWith(prefix))
            keys.append(key);
    }
    return keys;
}

QString SecretStore::indexKey() const
{
    return QStringLiteral("keychainEntries/") + m_service;
}

void SecretStore::noteEntry(const QString &key, bool present)
{
    // Names only, never values: what this program wrote, so entries can be found again to remove them.
    if (key == kProbeKey)
        return;
    QSettings settings;
    QStringList all = settings.value(indexKey()).toStringList();
    if (present == all.contains(key))
        return;
    if (present)
        all.append(key);
    else
        all.removeAll(key);
    all.sort();
    settings.setValue(indexKey(), all);
}

SecretJob *SecretStore::probe()
{
    auto *job = new SecretJob(this, SecretJob::Kind::Probe, kProbeKey, QStringLiteral("probe"));
    job->start();
    return job;
}

SecretJob::SecretJob(SecretStore *store, Kind kind, const QString &key, const QString &value)
    : QObject(store)
    , m_store(store)
    , m_kind(kind)
    , m_key(key)
    , m_value(value)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        releaseBackend();
        // A slow backend gets one more chance, as it often is only starting up.
        if (m_attempt == 1) {
            qCInfo(lcSecretStore) << "keychain slow, retrying" << m_key;
            startAttempt();
            return;
        }
        finish(SecretStore::Result::TimedOut,
               tr("The keychain did not answer within %1 seconds.").arg(m_store ? m_store->timeout() / 1000 : 0));
    });
}

SecretJob::~SecretJob()
{
    // A job that ends with its store, its backend still busy, must not keep later jobs waiting either.
    releaseBackend();
}

void SecretJob::start()
{
    // Started from the event loop, so a caller can connect to finished() first.
    QTimer::singleShot(0, this, &SecretJob::startAttempt);
}

void SecretJob::startAttempt()
{
    if (m_done || !m_store)
        return;
    ++m_attempt;
    QKeychain::Job *backend = nullptr;
    const QString service = m_store->service();
    const bool writing = m_kind == Kind::Write || (m_kind == Kind::Probe && m_probeStep == 0);
    const bool reading = m_kind == Kind::Read || (m_kind == Kind::Probe && m_probeStep == 1);
    if (writing) {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(m_value);
        backend = write;
    } else if (reading) {
        backend = new QKeychain::ReadPasswordJob(service);
    } else {
        backend = new QKeychain::DeletePasswordJob(service);
    }
    backend->setKey(m_key);
    backend->setAutoDelete(true);
    backend->setInsecureFallback(false);
    connect(backend, &QKeychain::Job::finished, this, [this, reading](QKeychain::Job *done) {
        m_backend.clear();
        const QString value = reading ? static_cast<QKeychain::ReadPasswordJob *>(done)->textData() : QString();
        backendFinished(done->error(), done->errorString(), value);
    });
    m_backend = backend;
    m_timer.start(m_store->timeout());
    backend->start();
}

void SecretJob::releaseBackend()
{
    QKeychain::Job *backend = m_backend.data();
    m_backend.clear();
    if (!backend)
        return;
    disconnect(backend, nullptr, this, nullptr);
    if (!executorRuns(backend)) {
        // Still queued: the backend has never seen it, so it can go before it runs.
        delete backend;
        return;
    }
    // QtKeychain runs one job at a time, so a job whose backend never answers would keep every later job
    // waiting. Deleting it would free the queue, but libsecret keeps a pointer to it for the answer that may
    // still come. So the executor alone is told the job ended; the job deletes itself (autoDelete) when the
    // answer comes, and by then nobody listens.
    Q_EMIT backend->finished(backend);
}

void SecretJob::backendFinished(int error, const QString &errorText, const QString &value)
{
    m_timer.stop();
    const auto result = resultFor(QKeychain::Error(error));
    const bool unavailable = result == SecretStore::Result::Unavailable;
    // A locked keyring whose unlock the user just dismissed (AccessDenied) is not asked again: that would only
    // bring the prompt back.
    if (unavailable && error != QKeychain::AccessDenied && m_attempt == 1 && m_store
        && !m_store->m_unavailableAfterRetry) {
        // Right after login, or when the first call has the bus start it, the keyring is not there yet and
        // the call fails at once; a moment later it answers.
        qCInfo(lcSecretStore) << "keychain unavailable, retrying" << m_key;
        QTimer::singleShot(m_store->retryDelay(), this, &SecretJob::startAttempt);
        return;
    }
    if (m_store)
        m_store->m_unavailableAfterRetry = unavailable;
    const QString details
        = error == QKeychain::NoError ? QString() : QStringLiteral("QtKeychain error %1: %2").arg(error).arg(errorText);
    if (m_kind != Kind::Probe) {
        if (m_kind == Kind::Read)
            m_value = result == SecretStore::Result::Ok ? value : QString();
        finish(result, details);
        return;
    }
    // The probe writes, reads back and removes; a successful removal alone proves nothing (a locked
    // keyring reports it too), so the read-back decides.
    if (result != SecretStore::Result::Ok) {
        finish(result == SecretStore::Result::NotFound ? SecretStore::Result::Unavailable : result, details);
        return;
    }
    if (m_probeStep == 1 && value != m_value) {
        finish(SecretStore::Result::Unavailable,
               QStringLiteral("The probe entry read back differs from what was written."));
        return;
    }
    if (m_probeStep == 2) {
        m_value.clear();
        finish(SecretStore::Result::Ok, {});
        return;
    }
    ++m_probeStep;
    m_attempt = 0;
    startAttempt();
}

void SecretJob::finish(SecretStore::Result result, const QString &details)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result = result;
    m_details = details;
    if (m_kind != Kind::Read)
        m_value.clear();
    qCInfo(lcSecretStore) << "keychain" << int(m_kind) << m_key << "result" << int(result);
    if (m_store && m_kind == Kind::Write && result == SecretStore::Result::Ok)
        m_store->noteEntry(m_key, true);
    if (m_store && m_kind == Kind::Remove
        && (result == SecretStore::Result::Ok || result == SecretStore::Result::NotFound))
        m_store->noteEntry(m_key, false);
    Q_EMIT finished();
    deleteLater();
}

QString SecretJob::problem() const
{
    switch (m_result) {
    case SecretStore::Result::Ok:
        return {};
    case SecretStore::Result::NotFound:
        return tr("Nothing is saved in the keychain for %1.").arg(m_key);
    case SecretStore::Result::Unavailable:
        return tr("No keychain is available on this computer (the system's secret storage is locked or not "
                  "running).");
    case SecretStore::Result::TimedOut:
        return tr("The keychain did not answer. It may be waiting for you to unlock it in another window.");
    case SecretStore::Result::Failed:
        return tr("The keychain reported an error.");
    }
    return {};
}

QString SecretJob::userMessage() const
{
    switch (m_result) {
    case SecretStore::Result::Ok:
    case SecretStore::Result::NotFound:
        return problem();
    case SecretStore::Result::Unavailable:
        return problem() + QLatin1Char(' ')
            + tr("You can continue: the secrets (keys, passwords) are then kept only until you close the program, and "
                 "you enter them again next time. To keep them, unlock or start your desktop's keyring and restart "
                 "the program.");
    case SecretStore::Result::TimedOut:
    case SecretStore::Result::Failed:
        return problem() + QLatin1Char(' ')
            + tr("You can continue; the secrets (keys, passwords) are then kept only until you close the program.");
    }
    return {};
}
