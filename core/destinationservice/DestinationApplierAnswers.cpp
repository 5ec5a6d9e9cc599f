// What each answer of the Destination service means for the destinations (and key stores) it was about: done,
// failed with what to do, a conflict to read again, or sent again where that is safe.
#include "destinationservice/DestinationApplier.h"
#include "destinationservice/DestinationServiceLog.h"

#include <utility>

namespace {

// The outcome, with the reply's error and the message that says it to a person (the message wins).
void record(DestinationApplyResult &result, DestinationApplyResult::Outcome outcome,
            const DestinationServiceReply *reply, const QString &message)
{
    result.outcome = outcome;
    if (reply) {
        result.error = reply->error();
        result.errorMessage = reply->errorMessage();
        result.technicalDetails = reply->technicalDetails();
    }
    if (!message.isEmpty())
        result.errorMessage = message;
}

} // namespace

void DestinationApplier::batchFinished()
{
    DestinationServiceReply *reply = takeReply();
    if (!reply)
        return;
    using Error = DestinationServiceReply::Error;
    const QList<int> batch = std::exchange(m_batch, {});
    const Error error = reply->error();
    const bool creating = m_step == Step::CreateBatch;
    if (error == Error::NoError) {
        const QList<DestinationServiceReply::ItemResult> items = reply->itemResults();
        for (int k = 0; k < batch.size(); ++k) {
            const int index = batch.at(k);
            const DestinationServiceReply::ItemResult item
                = k < items.size() ? items.at(k) : DestinationServiceReply::ItemResult {};
            if (item.status >= 200 && item.status < 300) {
                m_written.append(index);
                settle(index, DestinationApplyResult::Outcome::Done);
            } else if ((creating && item.error == Error::Conflict) || (!creating && item.error == Error::NotFound)) {
                // Created or deleted by someone since the subaccount was read: the single write finds out what is
                // there and compares, as it does for one destination.
                m_oneAtATime.append(index);
            } else {
                DestinationApplyResult &result = m_results[index];
                result.error = item.error;
                result.technicalDetails = reply->technicalDetails()
                    + QStringLiteral("\n%1: HTTP status %2").arg(item.name).arg(item.status);
                result.mayHaveBeenWritten = item.status == 0;
                settle(index, DestinationApplyResult::Outcome::Failed, nullptr,
                       item.errorMessage.isEmpty() ? mayHaveBeenMade(item.name, nullptr) : item.errorMessage);
            }
        }
    } else if (!m_cancelled
               && ((creating && error == Error::Conflict) || (!creating && error == Error::NotFound)
                   || error == Error::BadRequest)) {
        // The array was refused as a whole: one at a time says which destination and why.
        m_oneAtATime.append(batch);
    } else {
        const bool uncertain = answerLost(error) || error == Error::Cancelled;
        for (int index : batch) {
            m_results[index].mayHaveBeenWritten = uncertain;
            settle(index, DestinationApplyResult::Outcome::Failed, reply,
                   uncertain ? mayHaveBeenMade(m_plan.at(index).name, reply) : QString());
        }
    }
    // Continue from the event loop, as after a single write.
    QMetaObject::invokeMethod(this, &DestinationApplier::runNext, Qt::QueuedConnection);
}

bool DestinationApplier::answerLost(DestinationServiceReply::Error error)
{
    // A refused connection counts too: the subaccount answered the read moments ago, and the network stack sends a
    // request again by itself when a connection closes unanswered, so the first attempt may have arrived.
    using Error = DestinationServiceReply::Error;
    return error == Error::Timeout || error == Error::ConnectionClosed || error == Error::OtherNetworkError
        || error == Error::ConnectionRefused;
}

QString DestinationApplier::mayHaveBeenMade(const QString &name, const DestinationServiceReply *reply) const
{
    // The write went out but no (readable) answer came back: it may have been made. Applying again reads first (a
    // create that finds it compares), so nothing is made twice.
    if (reply && reply->error() == DestinationServiceReply::Error::Cancelled)
        return tr("%1: %2").arg(name, reply->errorMessage());
    return tr("%1: %2 The change may have been made all the same. Apply again: it checks what the subaccount holds "
              "first and makes nothing twice.")
        .arg(name, reply ? reply->errorMessage() : tr("The Destination service did not say what became of it."));
}

void DestinationApplier::replyFinished()
{
    DestinationServiceReply *reply = takeReply();
    if (!reply)
        return;
    using Error = DestinationServiceReply::Error;
    DestinationApplyResult &result = m_results[m_current];
    const DestinationChange &change = m_plan.at(m_current);
    const Error error = reply->error();
    if (error == Error::Cancelled || m_cancelled) {
        // A write that was on its way when cancelled may have been made.
        result.mayHaveBeenWritten
            = error == Error::Cancelled && m_step != Step::ReadExisting && m_step != Step::ReadBeforeUpdate;
        finishCurrent(error == Error::NoError ? DestinationApplyResult::Outcome::Done
                                              : DestinationApplyResult::Outcome::Failed,
                      reply);
        return;
    }

    switch (m_step) {
    case Step::Create:
        if (error == Error::Conflict) {
            // Someone created it after we listed: read it to show (or keep the secrets of) what is there.
            send(Step::ReadExisting);
            return;
        }
        break;
    case Step::ReadBeforeUpdate:
    case Step::Update:
        if (error == Error::NotFound) {
            // Someone deleted it after we listed: create it instead, unless secrets meant to be kept are gone too.
            QStringList unknownSecrets;
            for (const DestinationProperty &property : change.desired.properties()) {
                if (property.secret && property.value.isEmpty())
                    unknownSecrets.append(property.key);
            }
            if (!unknownSecrets.isEmpty()) {
                finishCurrent(DestinationApplyResult::Outcome::Failed, reply,
                              tr("%1 was deleted from the subaccount meanwhile, and its %2 cannot be kept. Enter "
                                 "them and apply again.")
                                  .arg(change.name, unknownSecrets.join(QStringLiteral(", "))));
                return;
            }
            result.action = DestinationChange::Action::Create;
            send(Step::CreateAfterNotFound, DestinationChangePlan::compare(change.desired, {}).requestBody());
            return;
        }
        if (m_step == Step::ReadBeforeUpdate && error == Error::NoError) {
            const QJsonObject now = reply->destination();
            const DestinationChange fromNow = DestinationChangePlan::compare(change.desired, now);
            if (fromNow.action == DestinationChange::Action::Unchanged) {
                result.action = DestinationChange::Action::Unchanged;
                finishCurrent(DestinationApplyResult::Outcome::Done);
                return;
            }
            // Changed by someone since the plan was read: not overwritten unasked.
            if (now != change.current && !m_overwrite) {
                result.differences = fromNow.describeChanges();
                result.changedSincePlan = true;
                result.error = Error::Conflict;
                finishCurrent(DestinationApplyResult::Outcome::Exists, nullptr,
                              tr("%1 was changed in the subaccount after the review. Check the differences, then "
                                 "overwrite it or leave it as it is.")
                                  .arg(change.name));
                return;
            }
            // With the ETag just read: a change made between the read and the write is not overwritten unseen.
            send(Step::Update, fromNow.requestBody(), reply->etag());
            return;
        }
        break;
    case Step::ReadExisting: {
        if (error != Error::NoError) {
            // The read's own error says what stands in the way (the connection, the key); that it exists is known.
            finishCurrent(DestinationApplyResult::Outcome::Failed, reply,
                          tr("A destination named %1 already exists in the subaccount, and its values could not be "
                             "read: %2")
                              .arg(change.name, reply->errorMessage()));
            return;
        }
        const DestinationChange existing = DestinationChangePlan::compare(change.desired, reply->destination());
        if (existing.action == DestinationChange::Action::Unchanged) {
            // It did not exist when the plan was read and now holds exactly this run's values: most likely this
            // run's own create, whose answer was lost and which the network sent again. Said as created.
            result.action = DestinationChange::Action::Create;
            finishCurrent(DestinationApplyResult::Outcome::Done);
            return;
        }
        if (m_overwrite) {
            // With the ETag of what was just read: a change made meanwhile is not overwritten unseen.
            result.action = DestinationChange::Action::Update;
            send(Step::Update, existing.requestBody(), reply->etag());
            return;
        }
        result.differences = existing.describeChanges();
        result.error = Error::Conflict;
        finishCurrent(DestinationApplyResult::Outcome::Exists, nullptr,
                      tr("A destination named %1 already exists in the subaccount with other values. Check the "
                         "differences, then overwrite it or choose another name.")
                          .arg(change.name));
        return;
    }
    case Step::CreateAfterNotFound:
    case Step::CreateBatch:
    case Step::UpdateBatch:
        break;
    }
    const bool writing = m_step == Step::Create || m_step == Step::Update || m_step == Step::CreateAfterNotFound;
    if (writing && answerLost(error)) {
        result.mayHaveBeenWritten = true;
        finishCurrent(DestinationApplyResult::Outcome::Failed, reply, mayHaveBeenMade(change.name, reply));
        return;
    }
    if (writing && error == Error::NoError)
        m_written.append(m_current);
    finishCurrent(error == Error::NoError ? DestinationApplyResult::Outcome::Done
                                          : DestinationApplyResult::Outcome::Failed,
                  reply);
}

void DestinationApplier::settle(int index, DestinationApplyResult::Outcome outcome,
                                const DestinationServiceReply *reply, const QString &message)
{
    record(m_results[index], outcome, reply, message);
    qCDebug(lcDestinationService) << "applied" << m_results.at(index).name << "outcome" << int(outcome);
    Q_EMIT destinationFinished(index);
}

void DestinationApplier::finishCurrent(DestinationApplyResult::Outcome outcome, const DestinationServiceReply *reply,
                                       const QString &message)
{
    settle(m_current, outcome, reply, message);
    if (m_single) {
        // A retried primary that is now done takes the secondaries that waited for it along.
        if (outcome == DestinationApplyResult::Outcome::Done && !m_cancelled) {
            for (int i = 0; i < m_results.size(); ++i) {
                if (i != m_current && primaryIndexOf(i) == m_current
                    && m_results.at(i).outcome == DestinationApplyResult::Outcome::Skipped) {
                    m_current = i;
                    m_results[i].action = m_plan.at(i).action;
                    QMetaObject::invokeMethod(
                        this, [this, i] { runIndex(i); }, Qt::QueuedConnection);
                    return;
                }
            }
        }
        complete();
        return;
    }
    // Continue from the event loop, so a long plan of Unchanged destinations does not recurse.
    QMetaObject::invokeMethod(this, &DestinationApplier::runNext, Qt::QueuedConnection);
}

void DestinationApplier::certificateUploaded()
{
    DestinationServiceReply *reply = takeReply();
    if (!reply)
        return;
    const int index = std::exchange(m_certificate, -1);
    if (reply->error() == DestinationServiceReply::Error::NoError) {
        settleCertificate(index, DestinationApplyResult::Outcome::Done);
    } else {
        m_certificateResults[index].mayHaveBeenWritten = answerLost(reply->error());
        settleCertificate(index, DestinationApplyResult::Outcome::Failed, reply);
    }
    if (m_single) {
        if (m_cancelled) {
            settle(m_current, DestinationApplyResult::Outcome::Skipped, nullptr,
                   tr("Not done: applying was cancelled."));
            end();
            return;
        }
        runRetry();
        return;
    }
    runNext();
}

void DestinationApplier::settleCertificate(int index, DestinationApplyResult::Outcome outcome,
                                           const DestinationServiceReply *reply, const QString &message)
{
    record(m_certificateResults[index], outcome, reply, message);
    qCDebug(lcDestinationService) << "key store" << m_certificateResults.at(index).name << "outcome" << int(outcome);
    Q_EMIT certificateFinished(index);
}
