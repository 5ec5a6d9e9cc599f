#pragma once

#include "setup/SetupModel.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWizard>

class ApplyPage;
class CheckReportPage;
class FinishPage;
class HelpDialog;
class MessageBanner;
struct PageHelp;
class QNetworkAccessManager;
class QWizardPage;
class SandboxSubaccount;
class SecretStore;
class SetupFlow;
class StepList;
class SubaccountConnection;
class SubaccountPage;
class WelcomePage;

// The wizard's window: it shows the SetupFlow (core/flow: which steps come, where the user is, what is kept where)
// as pages over one SetupModel, and forwards what the user does to it. Its own are the pages, Help (a window on the
// current step, with SAP's guide for it), the step list beside the pages, and the dialogs.
class ConnectWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ConnectWizard(QWidget *parent = nullptr);
    ~ConnectWizard() override;

    SetupModel *model() const { return m_model; }
    SetupFlow *flow() const { return m_flow; }
    SecretStore *secretStore() const { return m_secrets; }
    SubaccountConnection *subaccount() const { return m_subaccount; }
    // The demo subaccount this program runs for itself, once it was chosen.
    SandboxSubaccount *demoSubaccount() const;
    bool keychainAvailable() const;

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
    // Continues the setup kept in SetupFlow::progressFile(), on the step where the user was.
    bool continueWhereLeftOff();

    void accept() override;
    // Cancel and closing the window: with a setup under way, asks first.
    void reject() override;

Q_SIGNALS:
    void keychainChecked(bool available);
    void secretsSaved(bool ok);
    void secretsLoaded(bool ok);
    // The window closed to start again in the language the user chose (WizardApplication starts the new one).
    void restartRequested();

private:
    // The provider's steps as pages, anew whenever the provider or the path changes.
    void buildStepPages();
    // setPage(), with the page's content in a scroll area of its own.
    void putPage(int id, QWizardPage *page);
    // The flow's key of a page ("welcome", "subaccount", a step's id, "destination:<role>", "review", ...), and the
    // page of a key; empty and -1 when there is none.
    QString keyOf(int pageId) const;
    int pageOf(const QString &key) const;
    // The provider file's name for the step a page shows, for its guide.
    QString guideStepOf(int pageId) const;
    void saveProgress();
    void resume();
    void showHelp();
    // What the help window says about a page: its title, what it is for, where to click, SAP's guide for it.
    PageHelp helpFor(int pageId) const;
    void restartInChosenLanguage();
    // The step list beside the pages and the window title: where the user is, what is done, what comes.
    void showWhereYouAre();
    // From the check's report: the provider's steps, filled in from its destinations as they exist.
    void setUpAgain(const QString &providerId, const QString &primaryName, const QList<QJsonObject> &existing);
    // Back to the report of the check the wizard was set up again from, checked anew.
    void checkAgain();
    // Beside the steps after a resume: what the saved setup could not bring back, until the user has given it.
    void showWhatToGiveAgain();
    // After a resume: Next, page by page, up to the step the user was on (stops where something is missing).
    void advanceToResumedStep();

    SetupModel *m_model;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    SubaccountConnection *m_subaccount;
    SetupFlow *m_flow;
    class DemoSubaccount *m_demo;
    WelcomePage *m_welcome = nullptr;
    StepList *m_stepList = nullptr;
    MessageBanner *m_giveAgain = nullptr;
    SubaccountPage *m_subaccountPage = nullptr;
    ApplyPage *m_apply = nullptr;
    FinishPage *m_finish = nullptr;
    CheckReportPage *m_checkReport = nullptr;
    HelpDialog *m_help = nullptr;
    // The provider step pages in order, with the flow's key of each.
    QList<QPair<int, QString>> m_stepPages;
    int m_resumeTarget = -1; // the page a resumed setup goes on to
};
