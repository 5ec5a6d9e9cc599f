#include "DestinationApplier.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDestinationService)

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
}

DestinationApplier::~DestinationApplier()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool DestinationApplier::succeeded() const
{
    for (const auto &result : m_results) {
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
    for (int i = 0; i < m_results.size(); ++i) {
        m_results[i].outcome = DestinationApplyResult::Outcome::Pending;
        m_results[i].action = m_plan.at(i).action;
    }
    // Results arrive asynchronously, even for a plan with nothing to write.
    QMetaObject::invokeMethod(this, &DestinationApplier::runNext, Qt::QueuedConnection);
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
    QMetaObject::invokeMethod(
        this, [this, index] { runIndex(index); }, Qt::QueuedConnection);
}

void DestinationApplier::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finishes with Cancelled; replyFinished() ends the run
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
    while (++m_current < m_results.size()) {
        if (m_cancelled) {
            m_results[m_current].outcome = DestinationApplyResult::Outcome::Skipped;
            m_results[m_current].errorMessage = tr("Not done: applying was cancelled.");
            Q_EMIT destinationFinished(m_current);
            continue;
        }
        runIndex(m_current);
        return; // continues from finishCurrent()
    }
    m_running = false;
    Q_EMIT finished();
}

void DestinationApplier::runIndex(int index)
{
    DestinationApplyResult &result = m_results[index];
    result.error = DestinationServiceReply::Error::NoError;
    result.errorMessage.clear();
    result.technicalDetails.clear();
    result.differences.clear();
    const DestinationChange &change = m_plan.at(index);

    const int primary = primaryIndexOf(index);
    // A secondary names its primary. Written without it (next to whatever holds that name in the subaccount:
    // another system's primary, or nothing) it would join the wrong pair or none: it goes only with its primary.
    if (!change.primaryName.isEmpty() && primary < 0) {
        finishCurrent(DestinationApplyResult::Outcome::Skipped, nullptr,
                      tr("Not done: %1 belongs to %2, which is not written with it. A secondary destination is "
                         "written only together with its primary, so it never joins another system's pair.")
                          .arg(change.name, change.primaryName));
        return;
    }
    const auto primaryOutcome = primary >= 0 ? m_results.at(primary).outcome : DestinationApplyResult::Outcome::Done;
    if (primaryOutcome == DestinationApplyResult::Outcome::Failed
        || primaryOutcome == DestinationApplyResult::Outcome::Exists) {
        // A secondary names its primary; written next to someone else's primary it would join the wrong pair.
        const QString where = change.current.isEmpty()
            ? tr("%1 does not exist in the subaccount yet.").arg(change.name)
            : tr("%1 already exists in the subaccount and was left as it is.").arg(change.name);
        finishCurrent(DestinationApplyResult::Outcome::Skipped, nullptr,
                      primaryOutcome == DestinationApplyResult::Outcome::Failed
                          ? tr("Not done because %1 failed. %2 Fix the problem with %1 and try again.")
                                .arg(m_plan.at(primary).name, where)
                          : tr("Not done because %1 exists with other values. %2 Overwrite or rename %1 first.")
                                .arg(m_plan.at(primary).name, where));
        return;
    }
    if (!m_client) {
        finishCurrent(DestinationApplyResult::Outcome::Failed, nullptr,
                      tr("Not done: the connection to the subaccount was closed."));
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
        send(Step::Update, change.requestBody());
        return;
    }
}

void DestinationApplier::send(Step step, const QJsonObject &body, const QByteArray &ifMatch)
{
    m_step = step;
    const QString name = m_plan.at(m_current).name;
    switch (step) {
    case Step::Create:
    case Step::CreateAfterNotFound:
        m_reply = m_client->createDestination(body);
        break;
    case Step::Update:
        m_reply = m_client->updateDestination(body, ifMatch);
        break;
    case Step::ReadExisting:
        m_reply = m_client->readDestination(name);
        break;
    }
    const int index = m_current;
    connect(m_reply, &DestinationServiceReply::progress, this,
            [this, index](const QString &step) { Q_EMIT progress(index, step); });
    connect(m_reply, &DestinationServiceReply::finished, this, &DestinationApplier::replyFinished);
    if (m_cancelled)
        m_reply->abort();
}

void DestinationApplier::replyFinished()
{
    DestinationServiceReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    using Error = DestinationServiceReply::Error;
    DestinationApplyResult &result = m_results[m_current];
    const DestinationChange &change = m_plan.at(m_current);
    const Error error = reply->error();
    if (error == Error::Cancelled || m_cancelled) {
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
            result.action = DestinationChange::Action::Unchanged;
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
        break;
    }
    // The write went out but no answer came back: it may have been made. Applying again reads first (a create that
    // finds it compares), so nothing is made twice.
    const bool writing = m_step == Step::Create || m_step == Step::Update || m_step == Step::CreateAfterNotFound;
    if (writing && (error == Error::Timeout || error == Error::ConnectionClosed || error == Error::OtherNetworkError)) {
        finishCurrent(DestinationApplyResult::Outcome::Failed, reply,
                      tr("%1: %2 The change may have been made all the same. Apply again: it checks what the "
                         "subaccount holds first and makes nothing twice.")
                          .arg(change.name, reply->errorMessage()));
        return;
    }
    finishCurrent(error == Error::NoError ? DestinationApplyResult::Outcome::Done
                                          : DestinationApplyResult::Outcome::Failed,
                  reply);
}

void DestinationApplier::finishCurrent(DestinationApplyResult::Outcome outcome, const DestinationServiceReply *reply,
                                       const QString &message)
{
    DestinationApplyResult &result = m_results[m_current];
    result.outcome = outcome;
    if (reply) {
        result.error = reply->error();
        result.errorMessage = reply->errorMessage();
        result.technicalDetails = reply->technicalDetails();
    }
    if (!message.isEmpty())
        result.errorMessage = message;
    qCDebug(lcDestinationService) << "applied" << result.name << "outcome" << int(outcome);
    Q_EMIT destinationFinished(m_current);
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
        m_running = false;
        m_single = false;
        Q_EMIT finished();
        return;
    }
    // Continue from the event loop, so a long plan of Unchanged destinations does not recurse.
    QMetaObject::invokeMethod(this, &DestinationApplier::runNext, Qt::QueuedConnection);
}
