// The keychain when it misbehaves. Runs on a private session bus that starts no service by itself
// (tests/data/keychain-faults-bus.conf, see tests/CMakeLists.txt), so org.freedesktop.secrets is whatever the
// test puts there: the test itself playing a Secret Service that never answers or refuses every call, a real
// gnome-keyring started late, or nothing.
#include "secrets/SecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSecretServiceName = QStringLiteral("org.freedesktop.secrets");
// Waits that only cost time when something is wrong: generous, for a loaded machine.
constexpr int kGenerousWaitMs = 15000;

// Plays org.freedesktop.secrets on the session bus. Silent, it takes every call and never answers (a keyring
// stuck behind a prompt, a hung daemon); refusing, it answers every call at once with an error.
class SecretServiceStub : public QDBusVirtualObject
{
public:
    enum class Mode { Silent, Refusing };

    ~SecretServiceStub() override
    {
        answerHeldCalls();
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(kSecretServiceName);
        bus.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
    }

    bool start()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.registerVirtualObject(QStringLiteral("/"), this, QDBusConnection::SubPath)
            && bus.registerService(kSecretServiceName);
    }
    void setMode(Mode mode) { m_mode = mode; }
    int callsReceived() const { return m_received; }
    int callsHeld() const { return int(m_held.size()); }
    // The answer that comes too late: an error for every call kept unanswered so far.
    void answerHeldCalls()
    {
        for (const QDBusMessage &call : std::as_const(m_held))
            QDBusConnection::sessionBus().send(
                call.createErrorReply(QDBusError::NotSupported, QStringLiteral("answered late")));
        m_held.clear();
    }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        ++m_received;
        if (m_mode == Mode::Silent) {
            message.setDelayedReply(true);
            m_held.append(message);
        } else {
            connection.send(message.createErrorReply(QDBusError::NotSupported, QStringLiteral("refused")));
        }
        return true;
    }
    QString introspect(const QString &) const override { return {}; }

private:
    Mode m_mode = Mode::Silent;
    int m_received = 0;
    QList<QDBusMessage> m_held;
};

QString resultName(SecretStore::Result result)
{
    switch (result) {
    case SecretStore::Result::Ok:
        return QStringLiteral("Ok");
    case SecretStore::Result::NotFound:
        return QStringLiteral("NotFound");
    case SecretStore::Result::Unavailable:
        return QStringLiteral("Unavailable");
    case SecretStore::Result::Failed:
        return QStringLiteral("Failed");
    case SecretStore::Result::TimedOut:
        return QStringLiteral("TimedOut");
    }
    return QStringLiteral("unknown");
}

// How a job ended, by name so a failed comparison says it; the job deletes itself afterwards.
QString outcome(SecretJob *job)
{
    QSignalSpy done(job, &SecretJob::finished);
    if (!done.wait(kGenerousWaitMs))
        return QStringLiteral("not finished");
    return resultName(job->result());
}

} // namespace

// Counts the keychain wrapper's "unavailable, retrying" lines while it lives (the category's info lines are on).
struct RetryCounter
{
    static inline int count = 0;
    static inline QtMessageHandler previous = nullptr;

    RetryCounter()
    {
        count = 0;
        previous = qInstallMessageHandler(&RetryCounter::handle);
    }
    ~RetryCounter() { qInstallMessageHandler(previous); }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (qstrcmp(context.category, "tcc.secretstore") == 0
            && message.contains(QStringLiteral("unavailable, retrying")))
            ++count;
        previous(type, context, message);
    }
};

class TestKeychainFaults : public QObject
{
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("taskcenter-connect-test");
    const QString m_key = QStringLiteral("successfactors/Faults/apiKey");

    QTemporaryDir m_keyringHome;
    QProcess m_keyring;

    // The store says in its log when it waits to retry an unavailable keychain: the moment to start the keyring.
    static TestKeychainFaults *s_awaitingRetry;
    static QtMessageHandler s_previousHandler;
    static void watchForRetry(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_awaitingRetry && qstrcmp(context.category, "tcc.secretstore") == 0
            && message.contains(QStringLiteral("unavailable, retrying"))) {
            QMetaObject::invokeMethod(s_awaitingRetry, &TestKeychainFaults::startKeyring, Qt::QueuedConnection);
            s_awaitingRetry = nullptr;
        }
        s_previousHandler(type, context, message);
    }

    void startKeyring()
    {
        // As tests/with-keyring.sh does: a throw-away keyring whose files live in a temporary folder.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_keyringHome.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_keyringHome.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_keyringHome.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_keyringHome.filePath(QStringLiteral("config")));
        m_keyring.setProcessEnvironment(environment);
        m_keyring.setStandardOutputFile(QProcess::nullDevice());
        m_keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
        m_keyring.write("throwaway");
        m_keyring.closeWriteChannel();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tcc.secretstore.info=true"));
        QVERIFY(m_keyringHome.isValid());
        // Never on a desktop's own bus: there a keyring is running or starts by itself.
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY2(bus, "no session bus: run this test as tests/CMakeLists.txt does");
        const QDBusReply<QStringList> activatable = bus->call(QStringLiteral("ListActivatableNames"));
        QVERIFY2(!bus->isServiceRegistered(kSecretServiceName) && activatable.isValid()
                     && !activatable.value().contains(kSecretServiceName),
                 "the session bus has or can start a Secret Service: run this test as tests/CMakeLists.txt does");
    }

    void cleanup()
    {
        s_awaitingRetry = nullptr;
        if (m_keyring.state() != QProcess::NotRunning) {
            m_keyring.terminate();
            if (!m_keyring.waitForFinished(5000))
                m_keyring.kill();
            m_keyring.waitForFinished(5000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kSecretServiceName),
                                 kGenerousWaitMs);
    }

    void unansweredJobDoesNotBlockLaterJobs()
    {
        SecretServiceStub service;
        QVERIFY(service.start());
        SecretStore store(m_service);
        store.setTimeout(500);
        store.setRetryDelay(100);
        QCOMPARE(outcome(store.read(m_key)), QStringLiteral("TimedOut"));
        QVERIFY(service.callsHeld() > 0);

        // QtKeychain runs one job at a time: the next job must not wait behind the ones that got no answer.
        service.setMode(SecretServiceStub::Mode::Refusing);
        const int before = service.callsReceived();
        QCOMPARE(outcome(store.write(m_key, QStringLiteral("value"))), QStringLiteral("Unavailable"));
        QVERIFY(service.callsReceived() > before);

        // The answers still come, to jobs nobody waits for any more, while a later job runs: it is not confused.
        service.answerHeldCalls();
        QCOMPARE(outcome(store.read(m_key)), QStringLiteral("Unavailable"));
    }

    void jobEndingWithItsStoreDoesNotBlockLaterJobs()
    {
        SecretServiceStub service;
        QVERIFY(service.start());
        {
            SecretStore closing(m_service);
            closing.setTimeout(kGenerousWaitMs * 4);
            closing.read(m_key);
            QTRY_VERIFY_WITH_TIMEOUT(service.callsHeld() > 0, kGenerousWaitMs);
        }
        service.setMode(SecretServiceStub::Mode::Refusing);
        SecretStore store(m_service);
        store.setTimeout(1000);
        store.setRetryDelay(100);
        QCOMPARE(outcome(store.read(m_key)), QStringLiteral("Unavailable"));
    }

    void jobTimingOutInTheQueueNeverRuns()
    {
        SecretServiceStub service;
        QVERIFY(service.start());
        SecretStore patient(m_service);
        patient.setTimeout(1000);
        SecretStore hasty(m_service);
        hasty.setTimeout(200);
        hasty.setRetryDelay(100);
        SecretJob *first = patient.read(m_key);
        QSignalSpy firstDone(first, &SecretJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(service.callsHeld() > 0, kGenerousWaitMs);
        // Both tries of this job wait in QtKeychain's queue behind the first job, and time out there.
        QCOMPARE(outcome(hasty.read(m_key)), QStringLiteral("TimedOut"));
        QVERIFY(firstDone.wait(kGenerousWaitMs));
        QCOMPARE(resultName(first->result()), QStringLiteral("TimedOut"));

        // Had a job given up in the queue been started later, unwatched and unanswered, it would block this one.
        service.setMode(SecretServiceStub::Mode::Refusing);
        QCOMPARE(outcome(hasty.read(m_key)), QStringLiteral("Unavailable"));
    }

    void refusedJobIsRetriedOnceThenReportedAtOnce()
    {
        SecretServiceStub service;
        service.setMode(SecretServiceStub::Mode::Refusing);
        QVERIFY(service.start());
        SecretStore store(m_service);
        const RetryCounter retries;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(outcome(store.write(m_key, QStringLiteral("value"))), QStringLiteral("Unavailable"));
        QCOMPARE(RetryCounter::count, 1);
        QVERIFY2(clock.elapsed() >= store.retryDelay(), "an unavailable keychain is asked again after a moment");

        // Unavailable through the retry: a missing keychain, not a starting one; a later job is not retried.
        QCOMPARE(outcome(store.read(m_key)), QStringLiteral("Unavailable"));
        QCOMPARE(RetryCounter::count, 1);
    }

    // The only case with a real keyring: libsecret keeps the session it opened with the first one for the life
    // of the process, so a second keyring started here would not know it.
    void keyringStartingLateIsRetried()
    {
        SecretStore store(m_service);
        store.setTimeout(5000);
        s_awaitingRetry = this;
        s_previousHandler = qInstallMessageHandler(&TestKeychainFaults::watchForRetry);
        SecretJob *write = store.write(m_key, QStringLiteral("written while the keyring started"));
        QSignalSpy written(write, &SecretJob::finished);
        const bool finished = written.wait(kGenerousWaitMs);
        qInstallMessageHandler(s_previousHandler);
        QVERIFY(finished);
        QVERIFY2(write->result() == SecretStore::Result::Ok,
                 qPrintable(resultName(write->result()) + QLatin1Char(' ') + write->technicalDetails()));
        QVERIFY(m_keyring.state() != QProcess::NotRunning);

        SecretJob *read = store.read(m_key);
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(kGenerousWaitMs));
        QCOMPARE(resultName(read->result()), QStringLiteral("Ok"));
        QCOMPARE(read->value(), QStringLiteral("written while the keyring started"));
    }
};

TestKeychainFaults *TestKeychainFaults::s_awaitingRetry = nullptr;
QtMessageHandler TestKeychainFaults::s_previousHandler = nullptr;

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
