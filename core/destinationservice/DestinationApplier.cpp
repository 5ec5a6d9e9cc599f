#include "destinationservice/DestinationApplier.h"

#include "destinationservice/DestinationLock.h"
#include "destinationservice/DestinationServiceLog.h"

#include <QHash>
#include <utility>

DestinationApplier::DestinationApplier(DestinationServiceClient *client, const DestinationChangePlan &plan,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(plan)
{
    m_results.reserve(plan.size());
    for (const auto &change : plan.changes()) {
        DestinationApplyResult result;
        result.name = change.name;
        result.action = change.action;
        m_results.append(result);
    }
    for (const auto &certificate : plan.certificates()) {
        DestinationApplyResult result;
        result.name = certificate.name;
        m_certificateResults.append(result);
    }
}

namespace {

DestinationChange::Action actionOf(const CertificateChange &certificate)
{
    switch (certificate.action) {
    case CertificateChange::Action::Upload:
        return DestinationChange::Action::Create;
    case CertificateChange::Action::Replace:
        return DestinationChange::Action::Update;
    case CertificateChange::Action::Unchanged:
    case CertificateChange::Action::Missing:
        break;
    }
    return DestinationChange::Action::Unchanged;
}

} // namespace

DestinationApplier::~DestinationApplier()
{
    for (DestinationServiceReply *reply : { m_reply.data(), m_verify.data() }) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool DestinationApplier::succeeded() const
{
    for (const auto &result : m_results + m_certificateResults) {
        if (result.outcome != DestinationApplyResult::Outcome::Done)
            return false;
    }
    return true;
}

void DestinationApplier::start()
{
    if (m_running)
        return;
    m_running = true;
    m_single = false;
    m_cancelled = false;
    m_current = -1;
    m_round = 0;
    m_roundPrepared = false;
    m_creates.clear();
    m_updates.clear();
    m_batch.clear();
    m_oneAtATime.clear();
    m_written.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        m_results[i].outcome = DestinationApplyResult::Outcome::Pending;
        m_results[i].action = m_plan.at(i).action;
    }
    m_certificateQueue.clear();
    for (int i = 0; i < m_certificateResults.size(); ++i) {
        m_certificateResults[i] = {};
        m_certificateResults[i].name = m_plan.certificates().at(i).name;
        m_certificateResults[i].action = actionOf(m_plan.certificates().at(i));
        m_certificateQueue.append(i);
    }
    // Results arrive asynchronously, even for a plan with nothing to write.
    lockThen(&DestinationApplier::runNext);
}

void DestinationApplier::lockThen(void (DestinationApplier::*next)())
{
    if (!m_client) {
        // Nothing can be written: every destination says so (isBlocked), no lock needed.
        QMetaObject::invokeMethod(this, next, Qt::QueuedConnection);
        return;
    }
    QStringList pairs;
    for (const DestinationChange &change : m_plan.changes())
        pairs.append(change.primaryName.isEmpty() ? change.name : change.primaryName);
    delete m_lock;
    m_lock = new DestinationLock(m_client->key().authUrl(), m_client->key().serviceUri(), pairs, this);
    connect(m_lock, &DestinationLock::waiting, this, [this](const QString &holder) {
        const QString message = tr("Waiting: %1 is writing these destinations in this subaccount…").arg(holder);
        Q_EMIT waiting(message);
        for (int i = 0; i < m_results.size(); ++i) {
            if (m_results.at(i).outcome == DestinationApplyResult::Outcome::Pending || (m_single && i == m_current))
                Q_EMIT progress(i, message);
        }
    });
    connect(m_lock, &DestinationLock::acquired, this, next);
    connect(m_lock, &DestinationLock::gaveUp, this, [this](const QString &holder) {
        const QString message = tr("Not done: %1 was still writing these destinations in this subaccount. Try again "
                                   "when it has finished.")
                                    .arg(holder);
        for (int i = 0; i < m_results.size(); ++i) {
            if (m_results.at(i).outcome == DestinationApplyResult::Outcome::Pending || (m_single && i == m_current))
                settle(i, DestinationApplyResult::Outcome::Failed, nullptr, message);
        }
        end();
    });
    m_lock->acquire(m_lockTimeoutMs >= 0 ? m_lockTimeoutMs : m_client->timeout());
}

void DestinationApplier::retry(int index)
{
    if (m_running || index < 0 || index >= m_results.size())
        return;
    m_running = true;
    m_single = true;
    m_cancelled = false;
    m_current = index;
    m_results[index].action = m_plan.at(index).action;
    m_written.clear();
    // Its key stores first, if they are not there yet.
    m_certificateQueue.clear();
    for (int i = 0; i < m_certificateResults.size(); ++i) {
        if (m_plan.certificates().at(i).usedBy.contains(m_plan.at(index).name)
            && m_certificateResults.at(i).outcome != DestinationApplyResult::Outcome::Done)
            m_certificateQueue.append(i);
    }
    lockThen(&DestinationApplier::runRetry);
}

void DestinationApplier::runRetry()
{
    if (!m_cancelled && uploadNextCertificate())
        return; // continues from certificateUploaded()
    runIndex(m_current);
}

bool DestinationApplier::uploadNextCertificate()
{
    if (m_certificateQueue.isEmpty())
        return false;
    const int index = m_certificateQueue.takeFirst();
    const CertificateChange &certificate = m_plan.certificates().at(index);
    DestinationApplyResult &result = m_certificateResults[index];
    result.action = actionOf(certificate);
    result.error = DestinationServiceReply::Error::NoError;
    result.errorMessage.clear();
    result.technicalDetails.clear();
    if (certificate.action == CertificateChange::Action::Missing || !m_client) {
        const QString message
            = m_client ? certificate.problem : tr("Not done: the connection to the subaccount was closed.");
        settleCertificate(index, DestinationApplyResult::Outcome::Failed, nullptr, message);
        QMetaObject::invokeMethod(this, m_single ? &DestinationApplier::runRetry : &DestinationApplier::runNext,
                                  Qt::QueuedConnection);
        return true;
    }
    if (certificate.action == CertificateChange::Action::Unchanged) {
        settleCertificate(index, DestinationApplyResult::Outcome::Done);
        QMetaObject::invokeMethod(this, m_single ? &DestinationApplier::runRetry : &DestinationApplier::runNext,
                                  Qt::QueuedConnection);
        return true;
    }
    m_certificate = index;
    m_reply = certificate.action == CertificateChange::Action::Upload
        ? m_client->createCertificate(certificate.name, certificate.content)
        : m_client->updateCertificate(certificate.name, certificate.content);
    Q_EMIT certificateProgress(index,
                               certificate.action == CertificateChange::Action::Upload
                                   ? tr("Uploading the key store…")
                                   : tr("Replacing the key store…"));
    connect(m_reply, &DestinationServiceReply::progress, this,
            [this, index](const QString &text) { Q_EMIT certificateProgress(index, text); });
    connect(m_reply, &DestinationServiceReply::finished, this, &DestinationApplier::certificateUploaded);
    if (m_cancelled)
        m_reply->abort();
    return true;
}

void DestinationApplier::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes with Cancelled; replyFinished() or batchFinished() ends the run
    } else if (m_verify) {
        m_verify->abort();
    } else if (m_lock && !m_lock->isHeld()) {
        // Still waiting for another run: nothing was written.
        m_lock->release();
        if (m_single)
            settle(m_current, DestinationApplyResult::Outcome::Skipped, nullptr,
                   tr("Not done: applying was cancelled."));
        runNext();
    }
}

int DestinationApplier::primaryIndexOf(int index) const
{
    const QString primary = m_plan.at(index).primaryName;
    if (primary.isEmpty())
        return -1;
    for (int i = 0; i < index; ++i) {
        if (m_plan.at(i).name == primary)
            return i;
    }
    return -1;
}

void DestinationApplier::runNext()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        for (int i = 0; i < m_certificateResults.size(); ++i) {
            if (m_certificateResults.at(i).outcome == DestinationApplyResult::Outcome::Pending)
                settleCertificate(i, DestinationApplyResult::Outcome::Skipped, nullptr,
                                  tr("Not done: applying was cancelled."));
        }
        for (int i = 0; i < m_results.size(); ++i) {
            if (m_results.at(i).outcome == DestinationApplyResult::Outcome::Pending)
                settle(i, DestinationApplyResult::Outcome::Skipped, nullptr, tr("Not done: applying was cancelled."));
        }
        end();
        return;
    }
    if (uploadNextCertificate())
        return; // continues from certificateUploaded()
    if (!m_oneAtATime.isEmpty()) {
        m_current = m_oneAtATime.takeFirst();
        runIndex(m_current);
        return; // continues from finishCurrent()
    }
    while (m_round < 2) {
        if (!m_roundPrepared) {
            prepareRound();
            m_roundPrepared = true;
        }
        if (!m_creates.isEmpty()) {
            sendBatch(Step::CreateBatch, std::exchange(m_creates, {}));
            return;
        }
        if (!m_updates.isEmpty()) {
            sendBatch(Step::UpdateBatch, std::exchange(m_updates, {}));
            return;
        }
        ++m_round;
        m_roundPrepared = false;
    }
    complete();
}

void DestinationApplier::complete()
{
    if (m_written.isEmpty() || !m_client || m_cancelled) {
        end();
        return;
    }
    // Read back while the lock is still held: what differs now was written by someone else at the same time.
    m_verify = m_client->listDestinations();
    for (int index : std::as_const(m_written))
        Q_EMIT progress(index, tr("Reading it back…"));
    connect(m_verify, &DestinationServiceReply::finished, this, &DestinationApplier::verified);
}

void DestinationApplier::verified()
{
    DestinationServiceReply *reply = m_verify;
    m_verify = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QList<int> written = std::exchange(m_written, {});
    // A read that failed says nothing against what the service confirmed: the results stand.
    if (reply->error() == DestinationServiceReply::Error::NoError) {
        QHash<QString, QJsonObject> current;
        for (const QJsonObject &destination : reply->destinations())
            current.insert(destination.value(QStringLiteral("Name")).toString(), destination);
        for (int index : written) {
            const DestinationChange &change = m_plan.at(index);
            DestinationApplyResult &result = m_results[index];
            const auto found = current.constFind(change.name);
            if (found == current.constEnd()) {
                result.changedWhileWriting = true;
                settle(index, DestinationApplyResult::Outcome::Failed, nullptr,
                       tr("%1 was written, but is not in the subaccount any more: someone deleted it at the same "
                          "time. Apply again to write it.")
                           .arg(change.name));
                continue;
            }
            const DestinationChange now = DestinationChangePlan::compare(change.desired, *found);
            if (now.action == DestinationChange::Action::Unchanged)
                continue;
            result.changedWhileWriting = true;
            result.differences = now.describeChanges();
            settle(index, DestinationApplyResult::Outcome::Failed, nullptr,
                   tr("%1 does not hold what this run wrote: someone changed it at the same time. Apply again to "
                      "write these values, and check who else changes it.")
                       .arg(change.name));
        }
    }
    end();
}

void DestinationApplier::end()
{
    if (m_lock)
        m_lock->release();
    m_running = false;
    m_single = false;
    Q_EMIT finished();
}

void DestinationApplier::prepareRound()
{
    // Secondaries wait for the round after their primaries: only a primary that ended Done takes its secondary along.
    for (int i = 0; i < m_results.size(); ++i) {
        const DestinationChange &change = m_plan.at(i);
        if (m_results.at(i).outcome != DestinationApplyResult::Outcome::Pending
            || change.primaryName.isEmpty() != (m_round == 0))
            continue;
        DestinationApplyResult::Outcome outcome;
        QString message;
        if (isBlocked(i, &outcome, &message)) {
            settle(i, outcome, nullptr, message);
            continue;
        }
        switch (change.action) {
        case DestinationChange::Action::Unchanged:
            settle(i, DestinationApplyResult::Outcome::Done);
            break;
        case DestinationChange::Action::Create:
            m_creates.append(i);
            break;
        case DestinationChange::Action::Update:
            m_updates.append(i);
            break;
        }
    }
}

bool DestinationApplier::isBlocked(int index, DestinationApplyResult::Outcome *outcome, QString *message) const
{
    const DestinationChange &change = m_plan.at(index);
    const int primary = primaryIndexOf(index);
    // A secondary names its primary. Written without it (next to whatever holds that name in the subaccount:
    // another system's primary, or nothing) it would join the wrong pair or none: it goes only with its primary.
    if (!change.primaryName.isEmpty() && primary < 0) {
        *outcome = DestinationApplyResult::Outcome::Skipped;
        *message = tr("Not done: %1 belongs to %2, which is not written with it. A secondary destination is "
                      "written only together with its primary, so it never joins another system's pair.")
                       .arg(change.name, change.primaryName);
        return true;
    }
    const auto primaryOutcome = primary >= 0 ? m_results.at(primary).outcome : DestinationApplyResult::Outcome::Done;
    if (primaryOutcome != DestinationApplyResult::Outcome::Done) {
        // A secondary names its primary; written next to someone else's primary it would join the wrong pair.
        const QString where = change.current.isEmpty()
            ? tr("%1 does not exist in the subaccount yet.").arg(change.name)
            : tr("%1 already exists in the subaccount and was left as it is.").arg(change.name);
        *outcome = DestinationApplyResult::Outcome::Skipped;
        *message = primaryOutcome == DestinationApplyResult::Outcome::Exists
            ? tr("Not done because %1 exists with other values. %2 Overwrite or rename %1 first.")
                  .arg(m_plan.at(primary).name, where)
            : tr("Not done because %1 failed. %2 Fix the problem with %1 and try again.")
                  .arg(m_plan.at(primary).name, where);
        return true;
    }
    if (!m_client) {
        *outcome = DestinationApplyResult::Outcome::Failed;
        *message = tr("Not done: the connection to the subaccount was closed.");
        return true;
    }
    // Without its key store in the subaccount, the destination could not authenticate: it waits for the file.
    for (int i = 0; i < m_certificateResults.size(); ++i) {
        const DestinationApplyResult &certificate = m_certificateResults.at(i);
        if (!m_plan.certificates().at(i).usedBy.contains(change.name)
            || certificate.outcome == DestinationApplyResult::Outcome::Done)
            continue;
        *outcome = DestinationApplyResult::Outcome::Skipped;
        *message = tr("Not done: the key store %1 it names is not in the subaccount. %2")
                       .arg(certificate.name, certificate.errorMessage);
        return true;
    }
    return false;
}

void DestinationApplier::clearResult(int index)
{
    DestinationApplyResult &result = m_results[index];
    result.error = DestinationServiceReply::Error::NoError;
    result.errorMessage.clear();
    result.technicalDetails.clear();
    result.differences.clear();
    result.mayHaveBeenWritten = false;
    result.changedSincePlan = false;
    result.changedWhileWriting = false;
}

void DestinationApplier::runIndex(int index)
{
    clearResult(index);
    const DestinationChange &change = m_plan.at(index);
    DestinationApplyResult::Outcome outcome;
    QString message;
    if (isBlocked(index, &outcome, &message)) {
        finishCurrent(outcome, nullptr, message);
        return;
    }
    switch (change.action) {
    case DestinationChange::Action::Unchanged:
        finishCurrent(DestinationApplyResult::Outcome::Done);
        return;
    case DestinationChange::Action::Create:
        send(Step::Create, change.requestBody());
        return;
    case DestinationChange::Action::Update:
        // Read first: the ETag to write with, and whether it changed since the plan was made.
        send(Step::ReadBeforeUpdate);
        return;
    }
}

void DestinationApplier::sendBatch(Step step, const QList<int> &indexes)
{
    if (indexes.size() == 1) {
        // One destination goes as a single object: its answers (409, 404, an ETag) are the single call's.
        m_current = indexes.first();
        runIndex(m_current);
        return;
    }
    m_step = step;
    m_current = -1;
    m_batch = indexes;
    QList<QJsonObject> bodies;
    for (int index : indexes) {
        clearResult(index);
        bodies.append(m_plan.at(index).requestBody());
    }
    m_reply = step == Step::CreateBatch ? m_client->createDestinations(bodies) : m_client->updateDestinations(bodies);
    watchReply(indexes, &DestinationApplier::batchFinished);
}

void DestinationApplier::watchReply(const QList<int> &indexes, void (DestinationApplier::*finishedSlot)())
{
    connect(m_reply, &DestinationServiceReply::progress, this, [this, indexes](const QString &text) {
        for (int index : indexes)
            Q_EMIT progress(index, text);
    });
    connect(m_reply, &DestinationServiceReply::finished, this, finishedSlot);
    if (m_cancelled)
        m_reply->abort();
}

DestinationServiceReply *DestinationApplier::takeReply()
{
    DestinationServiceReply *reply = m_reply;
    m_reply = nullptr;
    if (reply)
        reply->deleteLater();
    return reply;
}

void DestinationApplier::send(Step step, const QJsonObject &body, const QByteArray &ifMatch)
{
    m_step = step;
    const QString name = m_plan.at(m_current).name;
    switch (step) {
    case Step::Create:
    case Step::CreateAfterNotFound:
    case Step::CreateBatch:
        m_reply = m_client->createDestination(body);
        break;
    case Step::Update:
    case Step::UpdateBatch:
        m_reply = m_client->updateDestination(body, ifMatch);
        break;
    case Step::ReadExisting:
    case Step::ReadBeforeUpdate:
        m_reply = m_client->readDestination(name);
        break;
    }
    watchReply({ m_current }, &DestinationApplier::replyFinished);
}
