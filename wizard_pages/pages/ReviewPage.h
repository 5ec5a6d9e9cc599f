#pragma once

#include <QWizardPage>

class ApplySession;
class MessageBanner;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class SubaccountConnection;

// Before anything is written: reads the subaccount's destinations and shows, per destination, whether it
// will be created, updated (with the property differences, secrets masked) or left unchanged. Applying
// follows this page and cannot be undone from the wizard, so this is a commit page.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(ApplySession *session, SubaccountConnection *connection, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void readSubaccount();
    void subaccountRead(bool ok);
    void showPlan();

    ApplySession *m_session;
    SubaccountConnection *m_connection;
    QLabel *m_intro;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_reload;
    QTreeWidget *m_changes;
    MessageBanner *m_banner;
    MessageBanner *m_duplicates;
    MessageBanner *m_replaced;
    QCheckBox *m_replaceConfirm;
    bool m_ready = false;
    // What the review found that needs the user: key stores with nothing to upload, replacements to confirm.
    QStringList missingKeyStores() const;
    QStringList keyStoresOthersUse() const;
};
