#pragma once

#include "SubaccountProfiles.h"

#include <QPointer>
#include <QWizardPage>

class DestinationServiceClient;
class DestinationServiceReply;
class MessageBanner;
class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class SecretStore;
class SourceInput;
class SubaccountConnection;

// Where the destinations go: a saved subaccount (or a new one, whose Destination service key is tested at
// once), the demo subaccount on this computer, or only files for the cockpit's import.
class SubaccountPage : public QWizardPage
{
    Q_OBJECT

public:
    SubaccountPage(SubaccountConnection *connection, SecretStore *secrets, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { } // keep the choice and what was typed when the user goes back
    bool isComplete() const override;

    // Secrets of new profiles are kept in the keychain only when one is available.
    void setKeychainAvailable(bool available) { m_keychainAvailable = available; }
    // The demo choice, as the welcome page's "Use the demo subaccount" makes it.
    void chooseDemo();

private:
    void reloadProfiles(const QString &selectId = {});
    void choiceChanged();
    void profileSelected();
    void showNewProfileForm(bool show);
    void keyProvided(const QByteArray &data, const QString &file);
    void testAndSave();
    void testFinished();
    void setBusy(bool busy);

    SubaccountConnection *m_connection;
    SecretStore *m_secrets;
    QList<SubaccountProfile> m_profiles;
    QButtonGroup *m_choice;
    QRadioButton *m_profileChoice;
    QRadioButton *m_demoChoice;
    QRadioButton *m_filesChoice;
    QComboBox *m_profileCombo;
    QPushButton *m_addProfile;
    QPushButton *m_removeProfile;
    QWidget *m_newProfile;
    QLineEdit *m_newName;
    SourceInput *m_newKeySource;
    QPushButton *m_testButton;
    QPushButton *m_cancelTest;
    MessageBanner *m_banner;
    QByteArray m_newKeyText;
    QPointer<DestinationServiceClient> m_testClient;
    QPointer<DestinationServiceReply> m_testReply;
    bool m_keychainAvailable = false;
    bool m_busy = false;
    bool m_initialized = false;
    int m_secretRequest = 0; // which keychain read counts, when the user switches profiles quickly
};
