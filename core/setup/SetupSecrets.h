#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class SetupModel;

// Moves a setup's secrets between the model and the keychain: the secret inputs (API keys) and the
// Task Center service key's client secret, each under SetupModel::keychainKey(). A setup with an id that finds
// nothing under it reads the entry's older name (SetupModel::legacyKeychainKey) and moves it: written under the new
// name first, the old one removed only once that worked. Reports once, then deletes itself.
class SetupSecrets : public QObject
{
    Q_OBJECT

public:
    static const QString ServiceKeySecretId;

    static SetupSecrets *save(const SetupModel &model, SecretStore *store);
    static SetupSecrets *load(SetupModel *model, SecretStore *store);

    bool ok() const { return m_worst == SecretStore::Result::Ok; }
    SecretStore::Result worstResult() const { return m_worst; }
    QString userMessage() const { return m_message; }
    // The keychain's problem alone, without the window's advice; empty when it worked.
    QString problem() const { return m_problem; }
    // For the command line: which secrets were missing after a load.
    QStringList missing() const { return m_missing; }
    // The keychain entries written (save) or asked for (load).
    QStringList keys() const { return m_keys; }

Q_SIGNALS:
    void finished();

private:
    SetupSecrets(SecretStore *store, QObject *parent);
    enum class Purpose { Save, Load, LoadOlderName, MoveToNewName };
    void track(SecretJob *job, const QString &inputId, Purpose purpose);
    void jobDone(SecretJob *job, const QString &inputId, Purpose purpose);
    SecretStore *m_store;
    QHash<QString, QString> m_olderNames; // by input: the name an entry is being moved from
    void finishIfDone();

    QPointer<SetupModel> m_model;
    int m_pending = 0;
    bool m_started = false;
    bool m_reported = false;
    SecretStore::Result m_worst = SecretStore::Result::Ok;
    QString m_message;
    QString m_problem;
    QStringList m_missing;
    QStringList m_keys;
};
