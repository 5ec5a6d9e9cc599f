#pragma once

#include "SetupModel.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWizard>

class ApplyPage;
class CheckReportPage;
class ApplySession;
class FinishPage;
class HelpDialog;
struct PageHelp;
class QNetworkAccessManager;
class SandboxSubaccount;
class SecretStore;
class SubaccountConnection;
class SubaccountChoice;
class SubaccountPage;
class WelcomePage;

// The wizard shell: the pages of SAP's procedure over one SetupModel, "Save progress", Help (a window on the
// current step, with SAP's guide for it) and the keychain. The pages only show and edit the model.
class ConnectWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ConnectWizard(QWidget *parent = nullptr);
    ~ConnectWizard() override;

    SetupModel *model() const { return m_model; }
    SecretStore *secretStore() const { return m_secrets; }
    SubaccountConnection *subaccount() const { return m_subaccount; }
    // The demo subaccount this program runs for itself, once it was chosen.
    SandboxSubaccount *demoSubaccount() const { return m_demo; }
    bool keychainAvailable() const { return m_keychainAvailable; }

    int nextId() const override;
    // The pages of the chosen provider and path, in the order they come, as far as they are known now.
    QList<int> pathIds() const;
    void cleanupPage(int id) override;
    // The id of the page that shows a provider step ("trustCertificate", ...), or of a destination's page
    // ("destination:primary"); -1 when the chosen provider and path have none.
    int stepPageId(const QString &stepId) const;
    // "Use the demo subaccount": the demo is chosen and the wizard moves on to the first step.
    void useDemoSubaccount();

    // Work that must not delay the first paint: the window's icon, building the later pages, probing the keychain.
    void startBackgroundChecks();
    void createPages();
    // Loads a saved setup and its secrets from the keychain; says what went wrong in the window.
    bool resumeFrom(const QString &setupFile);
    // Saves the setup file and the secrets; used by the "Save progress" button.
    bool saveProgressTo(const QString &setupFile);
    // Where the wizard keeps the progress of the setup under way (the setup file, never a secret) as the user goes,
    // so a crash or a closed window loses nothing; the next start offers to continue there.
    static QString progressFile();
    // Continues the setup kept in progressFile(), on the step where the user was.
    bool continueWhereLeftOff();

    // The program's arguments for a new start in the chosen language: these without any --lang.
    static QStringList argumentsWithoutLanguage(const QStringList &arguments);

    void accept() override;
    // Cancel and closing the window: with a setup under way, asks first.
    void reject() override;

Q_SIGNALS:
    void keychainChecked(bool available);
    void secretsSaved(bool ok);
    void secretsLoaded(bool ok);
    // The window closed to start again in another language; the new start follows.
    void aboutToRestart();

private:
    // The provider's steps as pages, anew whenever the provider or the path changes.
    void buildStepPages();
    // setPage(), with the page's content in a scroll area of its own.
    void putPage(int id, class QWizardPage *page);
    QString stepOf(int pageId) const;
    void saveProgress();
    class QListWidget *m_stepList = nullptr;
    class MessageBanner *m_giveAgain = nullptr;
    // By field ("trustCertificate", "serviceKey" or a secret input), with what became of it.
    QList<SetupModel::Problem> m_toGiveAgain;
    void resume();
    void showHelp();
    // What the help window says about a page: its title, what it is for, where to click, SAP's guide for it.
    PageHelp helpFor(int pageId) const;
    void restartInChosenLanguage();
    int nextIdAfter(int id) const;
    // The step list beside the pages and the window title: where the user is, what is done, what comes.
    void showWhereYouAre();
    void saveSecrets();
    void loadSecrets();
    // From the check's report: the provider's steps, filled in from its destinations as they exist.
    void setUpAgain(const QString &providerId, const QString &primaryName, const QList<QJsonObject> &existing);
    // Back to the report of the check the wizard was set up again from, checked anew.
    void checkAgain();
    // The step a page shows, as lastStep() keeps it ("subaccount", "oauthClients", "destination:primary", "review",
    // ...), and the page of such a step; empty and -1 for the first page and the check's pages.
    QString pageKey(int pageId) const;
    int pageOfKey(const QString &key) const;
    // The pages a setup goes through, by pageKey() ("welcome" for the first), going into a subaccount or not.
    static QStringList pageKeysOf(const SetupModel &model, bool toSubaccount);
    void keepProgress();
    void forgetProgress();
    // Where the secrets of a kept or saved setup are, in a sentence: the keychain, or nowhere (demo, no keychain).
    QString whereSecretsAreKept() const;
    // Beside the steps after a resume: what the saved setup could not bring back (a file that is gone, secrets not
    // kept), until the user has given it.
    void showWhatToGiveAgain();
    // On the first page: the setup kept from last time, if there is one, offered to continue.
    void offerKeptProgress();
    // After a resume: Next, page by page, up to the step the user was on (stops where something is missing).
    void advanceToResumedStep();

    SetupModel *m_model;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    SubaccountConnection *m_subaccount;
    SandboxSubaccount *m_demo = nullptr;
    WelcomePage *m_welcome;
    SubaccountChoice *m_subaccountChoice = nullptr;
    SubaccountPage *m_subaccountPage = nullptr;
    ApplySession *m_applySession = nullptr;
    ApplyPage *m_apply = nullptr;
    FinishPage *m_finish = nullptr;
    CheckReportPage *m_checkReport = nullptr;
    HelpDialog *m_help = nullptr;
    // The provider step pages in order, with the step (or "destination:<role>") each shows.
    QList<QPair<int, QString>> m_stepPages;
    // The keychain entries this setup was last saved under.
    QStringList m_savedSecretKeys;
    bool m_keychainAvailable = false;
    bool m_checking = false; // the first page's "Check an existing configuration" was chosen
    bool m_setUpFromCheck = false;
    bool m_setupStarted = false; // a step of a setup was shown: its progress is kept
    int m_resumeTarget = -1; // the page a resumed setup goes on to
    class QTimer *m_keepTimer = nullptr;
    // Makes the demo subaccount's keys in the background after the first paint (RSA keys would stall the window).
    class QThread *m_demoKeys = nullptr; // the steps were started from a check's report, which is checked again after
    int m_afterReport = -1; // where Next goes from the check's report (the first step, when set up again)
    bool m_keychainChecked = false;
};
