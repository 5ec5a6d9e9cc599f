#include "setup/SetupSecrets.h"

#include "setup/SetupModel.h"

#include <QTimer>

const QString SetupSecrets::ServiceKeySecretId = QStringLiteral("serviceKey.clientsecret");

SetupSecrets::SetupSecrets(SecretStore *store, QObject *parent)
    : QObject(parent ? parent : store)
    , m_store(store)
{
}

SetupSecrets *SetupSecrets::save(const SetupModel &model, SecretStore *store)
{
    auto *batch = new SetupSecrets(store, store);
    for (const auto &id : model.secretInputIds()) {
        const QString value = model.value(id).trimmed();
        if (!value.isEmpty())
            batch->track(store->write(model.keychainKey(id), value), id, Purpose::Save);
    }
    // The service key's client secret is kept only for providers that use it.
    if (model.needsServiceKeySecret() && model.serviceKey() && !model.serviceKey()->clientSecret().isEmpty())
        batch->track(store->write(model.keychainKey(ServiceKeySecretId), model.serviceKey()->clientSecret()),
                     ServiceKeySecretId, Purpose::Save);
    batch->m_started = true;
    // Nothing to save still answers, from the event loop like every other outcome.
    QTimer::singleShot(0, batch, &SetupSecrets::finishIfDone);
    return batch;
}

SetupSecrets *SetupSecrets::load(SetupModel *model, SecretStore *store)
{
    auto *batch = new SetupSecrets(store, store);
    batch->m_model = model;
    for (const auto &id : model->secretInputIds())
        batch->track(store->read(model->keychainKey(id)), id, Purpose::Load);
    if (model->needsServiceKeySecret() && model->serviceKey() && model->serviceKey()->clientSecret().isEmpty())
        batch->track(store->read(model->keychainKey(ServiceKeySecretId)), ServiceKeySecretId, Purpose::Load);
    batch->m_started = true;
    QTimer::singleShot(0, batch, &SetupSecrets::finishIfDone);
    return batch;
}

void SetupSecrets::track(SecretJob *job, const QString &inputId, Purpose purpose)
{
    ++m_pending;
    if (purpose == Purpose::Save || purpose == Purpose::Load)
        m_keys.append(job->key());
    connect(job, &SecretJob::finished, this, [this, job, inputId, purpose] { jobDone(job, inputId, purpose); });
}

void SetupSecrets::jobDone(SecretJob *job, const QString &inputId, Purpose purpose)
{
    --m_pending;
    const auto result = job->result();
    const bool loading = purpose == Purpose::Load || purpose == Purpose::LoadOlderName;
    if (purpose == Purpose::Load && result == SecretStore::Result::NotFound && m_model
        && m_model->keychainKey(inputId) != m_model->legacyKeychainKey(inputId)) {
        // Perhaps kept under the name it had before setups had an id.
        m_olderNames.insert(inputId, m_model->legacyKeychainKey(inputId));
        track(m_store->read(m_olderNames.value(inputId)), inputId, Purpose::LoadOlderName);
    } else if (loading && result == SecretStore::Result::NotFound) {
        m_missing.append(inputId); // not saved yet: the user types it, nothing is wrong with the keychain
    } else if (result != SecretStore::Result::Ok) {
        if (m_worst == SecretStore::Result::Ok || result == SecretStore::Result::Unavailable) {
            m_worst = result;
            m_message = job->userMessage();
            m_problem = job->problem();
        }
    } else if (purpose == Purpose::MoveToNewName) {
        // Under its new name now: the old one goes (what fails to go is only a name left behind, never a loss).
        m_store->remove(m_olderNames.value(inputId));
    } else if (loading && m_model) {
        if (inputId == ServiceKeySecretId) {
            auto key = *m_model->serviceKey();
            key.setClientSecret(job->value());
            m_model->setServiceKey(key, m_model->serviceKeyFile());
        } else {
            m_model->setValue(inputId, job->value());
        }
        if (purpose == Purpose::LoadOlderName)
            track(m_store->write(m_model->keychainKey(inputId), job->value()), inputId, Purpose::MoveToNewName);
    }
    finishIfDone();
}

void SetupSecrets::finishIfDone()
{
    if (!m_started || m_pending > 0 || m_reported)
        return;
    m_reported = true;
    if (ok())
        m_message = m_model ? tr("The saved secrets were read from this computer's keychain.")
                            : tr("The secrets are kept in this computer's keychain.");
    Q_EMIT finished();
    deleteLater();
}
