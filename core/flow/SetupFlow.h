#pragma once

#include "setup/SetupModel.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class ApplySession;
class QTimer;
class SecretStore;
class SubaccountChoice;
class SubaccountConnection;

// Where the user is in setting up a task provider or checking a configuration, what comes next, what is complete,
// and what is kept where (the progress file, the keychain): decided here, without a window. The wizard shows it and
// forwards what the user does; tests drive it the same way. Each step has a key: "welcome", "subaccount" (where the
// destinations go), a provider step's id or "destination:<role>" for a destination's page, "review", "apply",
// "finish"; a check goes "welcome", "checkSource", "checkReport".
class SetupFlow : public QObject
{
    Q_OBJECT

public:
    static const QString Welcome;
    static const QString Subaccount;
    static const QString Review;
    static const QString Apply;
    static const QString Finish;
    static const QString CheckSource;
    static const QString CheckReport;

    SetupFlow(SetupModel *model, SubaccountConnection *subaccount, SecretStore *secrets, QObject *parent = nullptr);

    SetupModel *model() const { return m_model; }
    SubaccountConnection *subaccount() const { return m_subaccount; }
    SubaccountChoice *subaccountChoice() const { return m_subaccountChoice; }
    ApplySession *applySession() const { return m_applySession; }

    // The step after `key` for the chosen provider, path and target; empty after the last.
    QString nextAfter(const QString &key) const;
    // The steps from the first page on, in the order they come, as far as they are known now.
    QStringList path() const;
    // The provider's own steps (one per destination page), as SetupModel::stepPageKeys() names them.
    QStringList providerSteps() const;
    // The steps a setup goes through, the first page included, going into a subaccount or not.
    static QStringList stepsOf(const SetupModel &model, bool toSubaccount);
    QString current() const { return m_current; }
    // The window shows `key` now: a setup's step is kept as where the user was; the first page leaves a check.
    void arriveAt(const QString &key);

    // "Check an existing configuration": the first page goes to the check's source.
    void startChecking();
    bool isChecking() const { return m_checking; }
    // From the check's report: the provider's steps, filled in from its destinations as they exist, followed at once
    // (the destinations go back into the subaccount that was checked). False when not on the report or the provider
    // is unknown.
    bool setUpAgain(const QString &providerId, const QString &primaryName, const QList<QJsonObject> &existing);
    bool isSetUpFromCheck() const { return m_setUpFromCheck; }
    // Back from the first step to the report it was set up from: the report ends the way again.
    void leaveStepsSetUpAgain();

    // Where the setup under way is kept as the user goes (the setup file, never a secret), so a crash or a closed
    // window loses nothing; the next start offers to continue there.
    static QString progressFile();
    // A step of a setup was shown: its progress is kept (shortly after each change, and on each new step).
    bool hasStarted() const { return m_started; }
    void keepProgress();
    void forgetProgress();
    // The setup kept from last time, in words ("step 7 of 11, SAP SuccessFactors, subaccount Acme Prod"), counted as
    // the window counts its steps; empty when there is none (an unreadable one is forgotten).
    QString keptProgressSummary();

    // Continues a saved setup: its values, and where its destinations went (a subaccount's key from the keychain);
    // one saved before setups had an id gets one. Then loadSecrets(): resumed() follows once they are back.
    // `missingFiles`: what the setup names that is gone.
    void resume(const SetupModel &saved, const QList<SetupModel::Problem> &missingFiles);
    // The step a resumed setup continues on: where the user was, or the last step before what was reviewed or
    // applied (read again from the subaccount).
    QString resumeStep() const;
    // What a resumed setup could not bring back (a file that is gone, secrets not kept), by field, until given.
    const QList<SetupModel::Problem> &toGiveAgain() const { return m_toGiveAgain; }

    // The keychain: asked once whether it answers (keychainChecked), then used for the setup's secrets.
    void probeKeychain();
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Saves the setup's secrets (never for the demo) under the setup's id, so a rename moves nothing; entries it
    // had that it no longer has go.
    void saveSecrets();
    void loadSecrets();
    // Where the secrets of a kept or saved setup are, in a sentence: the keychain, or nowhere (demo, no keychain).
    QString whereSecretsAreKept() const;

Q_SIGNALS:
    void keychainChecked(bool available, const QString &message);
    void secretsSaved(bool ok, const QString &message);
    void secretsLoaded(bool ok, const QString &message);
    void toGiveAgainChanged();
    // A resumed setup's secrets are back (or known missing): go on to resumeStep().
    void resumed();

private:
    void pruneGiven();

    SetupModel *m_model;
    SubaccountConnection *m_subaccount;
    SecretStore *m_secrets;
    SubaccountChoice *m_subaccountChoice;
    ApplySession *m_applySession;
    QTimer *m_keepTimer;
    QString m_current;
    QString m_afterReport; // where the check's report goes on to (the first step, when set up again)
    QString m_resumeStep;
    QList<SetupModel::Problem> m_toGiveAgain;
    QStringList m_savedSecretKeys; // the keychain entries this setup was last saved under
    bool m_checking = false;
    bool m_setUpFromCheck = false;
    bool m_started = false;
    bool m_keychainAvailable = false;
    bool m_keychainProbed = false;
};
