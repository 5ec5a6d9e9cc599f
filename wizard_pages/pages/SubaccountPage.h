#pragma once

#include "subaccounts/SubaccountChoice.h"

#include <QWizardPage>

class MessageBanner;
class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class SourceInput;
class SubaccountConnection;

// Where the destinations go: a saved subaccount (or a new one, whose Destination service key is tested at
// once), the demo subaccount on this computer, or only files for the cockpit's import. SubaccountChoice
// decides; the page shows it.
class SubaccountPage : public QWizardPage
{
    Q_OBJECT

public:
    SubaccountPage(SubaccountChoice *choice, SubaccountConnection *connection, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { } // keep the choice and what was typed when the user goes back
    bool isComplete() const override;

    // The demo choice, as the welcome page's "Use the demo subaccount" makes it.
    void chooseDemo();
    // Shows the choice the connection holds (a resumed setup chose it) instead of this page's default.
    void showCurrentChoice();

private:
    void reloadProfiles(const QString &selectId = {});
    void choiceChanged();
    void profileSelected();
    void showNewProfileForm(bool show);
    void keyProvided(const QByteArray &data, const QString &file);
    void testAndSave();
    void say(SubaccountChoice::Tone tone, const QString &message, const QString &details);
    void showBusy(bool busy);

    SubaccountChoice *m_choice;
    SubaccountConnection *m_connection;
    QButtonGroup *m_where;
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
    bool m_initialized = false;
};
