#pragma once

#include "destinationservice/DestinationChangePlan.h"
#include "destinationservice/DestinationServiceClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

// What happened to one destination of the plan.
struct DestinationApplyResult
{
    enum class Outcome {
        Pending, // not run yet
        Done, // the subaccount now has the desired values (for Unchanged: nothing had to be written)
        Failed,
        Exists, // create found a destination of that name and overwrite was off: see differences
        Skipped, // not run: cancelled, or its primary destination failed
    };

    QString name;
    // What was done: the planned action, or the one it turned into (409 on create with overwrite → Update,
    // 404 on update → Create, an update that finds the desired values already there → Unchanged).
    DestinationChange::Action action = DestinationChange::Action::Create;
    Outcome outcome = Outcome::Pending;
    DestinationServiceReply::Error error = DestinationServiceReply::Error::NoError;
    QString errorMessage;
    QString technicalDetails;
    // For Exists: how the existing destination differs from the desired one, secrets masked.
    QStringList differences;
    // For Failed: the write went out but its answer was lost, so the subaccount may hold it now.
    bool mayHaveBeenWritten = false;
    // For Exists: the destination changed in the subaccount after the plan was made (an update found other values
    // than the review had read), rather than being created meanwhile.
    bool changedSincePlan = false;
    // For Failed: written, but read back with other values or not at all: someone wrote it at the same time.
    bool changedWhileWriting = false;
};

// Runs a DestinationChangePlan with a DestinationServiceClient in few requests: first the key stores the destinations
// name (uploaded or replaced one by one among the subaccount's destination certificates; a destination whose key store
// is not there then is not written), then every destination that is
// not a secondary, then the secondaries, each round as one POST of the new ones and one PUT of the changed ones
// (a lone destination goes as a single object). Writes nothing for Unchanged destinations, so running it twice
// with the same values writes nothing the second time. A secondary is written only after its primary, in the same
// plan, ended Done: never next to someone else's primary, whoever hands in the plan, so a failed primary keeps its
// secondary out and the pair stays whole. What a batch could not settle (a name taken meanwhile, a destination
// deleted meanwhile, an array refused as a whole) is written again one at a time, which says which and why.
//
// Concurrent runs: a run holds the lock of every pair it writes (DestinationLock, shared by the wizard and the command
// line) from its first write until it has read what it wrote back, so two runs never mix their values in one pair.
// A lone update reads the destination first and writes with If-Match on its ETag (the service documents ETags on
// reads, not If-Match on writes: that a write honours it is UNCONFIRMED, so the read back after writing decides); a
// destination that changed since the plan was made is not overwritten unasked. Whatever another program wrote at the
// same time shows when the run reads its destinations back: each that does not hold what this run wrote fails
// with changedWhileWriting and the differences.
class DestinationApplier : public QObject
{
    Q_OBJECT

public:
    DestinationApplier(DestinationServiceClient *client, const DestinationChangePlan &plan, QObject *parent = nullptr);
    ~DestinationApplier() override;

    // When a destination to create already exists: false (default) reports Exists with the differences,
    // true overwrites it.
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    bool overwrite() const { return m_overwrite; }

    const DestinationChangePlan &plan() const { return m_plan; }
    const QList<DestinationApplyResult> &results() const { return m_results; }
    const DestinationApplyResult &result(int index) const { return m_results.at(index); }
    // What happened to each of the plan's key stores (plan().certificates()), by the same index: action Create for an
    // upload, Update for a replacement, Unchanged when the subaccount had it.
    const QList<DestinationApplyResult> &certificateResults() const { return m_certificateResults; }
    bool isRunning() const { return m_running; }
    // Whether every destination and key store ended Done.
    bool succeeded() const;

    // Runs every destination of the plan. Emits destinationFinished() for each and finished() at the end.
    void start();
    // How long a run waits for another run that holds the lock of a pair in this plan (default: the client's
    // timeout).
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    // Stops after the current request is aborted: it ends Failed (Cancelled), the rest Skipped.
    void cancel();
    // Runs one destination again (after finished(), e.g. with overwrite now on), and then the destinations that
    // were skipped because of it. Emits destinationFinished() for each and then finished().
    void retry(int index);

Q_SIGNALS:
    void progress(int index, const QString &step);
    // Another run holds the lock of a pair in this plan: this one waits (message says who holds it).
    void waiting(const QString &message);
    void destinationFinished(int index);
    void certificateProgress(int index, const QString &step);
    void certificateFinished(int index);
    void finished();

private:
    enum class Step { Create, Update, ReadExisting, ReadBeforeUpdate, CreateAfterNotFound, CreateBatch, UpdateBatch };

    // Takes the locks of the plan's pairs, then goes on with next; ends the run when another run keeps them.
    void lockThen(void (DestinationApplier::*next)());
    void runNext();
    void runRetry();
    // Uploads the next key store of the queue; true when there was one.
    bool uploadNextCertificate();
    void certificateUploaded();
    void settleCertificate(int index, DestinationApplyResult::Outcome outcome,
                           const DestinationServiceReply *reply = nullptr, const QString &message = {});
    // Reads what was written back, then releases the locks and emits finished().
    void complete();
    void verified();
    void end();
    void prepareRound();
    void runIndex(int index);
    void clearResult(int index);
    bool isBlocked(int index, DestinationApplyResult::Outcome *outcome, QString *message) const;
    void send(Step step, const QJsonObject &body = {}, const QByteArray &ifMatch = {});
    void sendBatch(Step step, const QList<int> &indexes);
    void watchReply(const QList<int> &indexes, void (DestinationApplier::*finishedSlot)());
    DestinationServiceReply *takeReply();
    void replyFinished();
    void batchFinished();
    void finishCurrent(DestinationApplyResult::Outcome outcome, const DestinationServiceReply *reply = nullptr,
                       const QString &message = {});
    void settle(int index, DestinationApplyResult::Outcome outcome, const DestinationServiceReply *reply = nullptr,
                const QString &message = {});
    int primaryIndexOf(int index) const;
    // A write that ended with this error went out, but its answer did not come back: it may have been made.
    static bool answerLost(DestinationServiceReply::Error error);
    QString mayHaveBeenMade(const QString &name, const DestinationServiceReply *reply) const;

    QPointer<DestinationServiceClient> m_client;
    DestinationChangePlan m_plan;
    QList<DestinationApplyResult> m_results;
    QList<DestinationApplyResult> m_certificateResults;
    QList<int> m_certificateQueue; // key stores to upload before the destinations
    int m_certificate = -1; // the key store whose upload is in flight
    bool m_overwrite = false;
    bool m_running = false;
    bool m_single = false;
    bool m_cancelled = false;
    int m_current = -1;
    // The round (0: primaries and destinations without a pair, 1: secondaries), its writes not sent yet, the
    // destinations the batch in flight writes, and those to write one at a time before the round goes on.
    int m_round = 0;
    bool m_roundPrepared = false;
    QList<int> m_creates;
    QList<int> m_updates;
    QList<int> m_batch;
    QList<int> m_oneAtATime;
    Step m_step = Step::Create;
    QPointer<DestinationServiceReply> m_reply;
    QPointer<DestinationServiceReply> m_verify;
    class DestinationLock *m_lock = nullptr;
    int m_lockTimeoutMs = -1;
    QList<int> m_written; // written in this run (or retry), to be read back
};
