#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class SecretJob;
namespace QKeychain {
class Job;
} // namespace QKeychain

// The OS keychain (Secret Service on Linux, through QtKeychain) for the wizard's secrets: API keys and
// client secrets. Asynchronous only, with a timeout on every job because QtKeychain's finished signal can
// go missing; never a plain-text fallback. Logs key names and results, never values.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Result { Ok, NotFound, Unavailable, Failed, TimedOut };
    static const QString DefaultService;

    // Tests and the demo use their own service name, so they never touch the entries of real setups.
    explicit SecretStore(const QString &service = DefaultService, QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // How long a job waits before its one retry when the keychain was unavailable: a keyring that is still
    // starting (at login, or activated by the first call) is not on the bus yet.
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    int retryDelay() const { return m_retryDelayMs; }

    // Each job reports finished() once and then deletes itself (the next time the event loop runs).
    SecretJob *read(const QString &key);
    SecretJob *write(const QString &key, const QString &value);
    SecretJob *remove(const QString &key);
    // Whether a usable keychain exists: writes, reads back and removes a probe entry.
    SecretJob *probe();
    // The names of the entries this program wrote and has not removed, beginning with prefix (the keychain itself
    // cannot be listed). Kept in the settings: names only, never a value.
    QStringList knownKeys(const QString &prefix) const;

private:
    friend class SecretJob;
    QString indexKey() const;
    void noteEntry(const QString &key, bool present);

    QString m_service;
    int m_timeoutMs = 10000;
    int m_retryDelayMs = 1000;
    // A keychain that stayed unavailable through a retry is missing rather than starting: later jobs report
    // it without waiting again, until the keychain answers once.
    bool m_unavailableAfterRetry = false;
};

class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Read, Write, Remove, Probe };
    ~SecretJob() override;

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    SecretStore::Result result() const { return m_result; }
    // The value read; empty for other jobs.
    QString value() const { return m_value; }
    // What happened, for a person who does not know what a keychain backend is, and what to do next.
    // What went wrong, in plain words (for the command line, which says itself what to do instead).
    QString problem() const;
    // For the window: the problem, and that the program goes on with secrets kept only while it runs.
    QString userMessage() const;
    // QtKeychain's error code and text, for a collapsed "Details" section.
    QString technicalDetails() const { return m_details; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    SecretJob(SecretStore *store, Kind kind, const QString &key, const QString &value);
    void start();
    void startAttempt();
    void releaseBackend();
    void backendFinished(int error, const QString &errorText, const QString &value);
    void finish(SecretStore::Result result, const QString &details);

    QPointer<SecretStore> m_store;
    Kind m_kind;
    QString m_key;
    QString m_value;
    SecretStore::Result m_result = SecretStore::Result::Failed;
    QString m_details;
    QTimer m_timer;
    QPointer<QKeychain::Job> m_backend; // the attempt whose answer counts
    int m_attempt = 0; // tries of the current step (one retry: after a timeout, or when unavailable)
    int m_probeStep = 0;
    bool m_done = false;
};
