#pragma once

#include <QWizardPage>

class MessageBanner;
class QButtonGroup;
class QComboBox;
class QLabel;
class ProviderPicker;
class QPushButton;
class QVBoxLayout;
class SetupModel;
class WrappingLabel;

// The task provider to connect (and, where SAP documents several, the way to do it), what will be configured,
// what to have at hand, SAP's guides, and where secrets will be kept.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(SetupModel *model, QWidget *parent = nullptr);

    // Said once the keychain has been probed (after the window shows, so start-up stays fast).
    void showKeychainState(bool available, const QString &message);
    QPushButton *resumeButton() const { return m_resume; }
    // A setup kept from last time: offers to continue it, naming where it was (step, provider, subaccount).
    void offerContinue(const QString &where);
    ProviderPicker *providerPicker() const { return m_provider; }

Q_SIGNALS:
    void resumeRequested();
    void continueRequested();
    void demoRequested();
    void checkRequested();
    // The user chose another language for the window and wants it now (it is kept for the next start anyway).
    void restartRequested();

private:
    void showProvider();
    void showPaths();
    void providerChosen(const QString &id);
    void languageChosen(int index);

    SetupModel *m_model;
    ProviderPicker *m_provider;
    QComboBox *m_language;
    MessageBanner *m_languageNote;
    QPushButton *m_restart;
    WrappingLabel *m_summary;
    QWidget *m_paths;
    QVBoxLayout *m_pathsLayout;
    QButtonGroup *m_pathChoice;
    QString m_pathsProvider; // the provider whose paths the buttons show
    // What will be set up, what to have at hand, SAP's guides: plain labels, a link label per guide. One rich text
    // with lists took a sixth of the time to the first paint (each layout pass lays a document out again).
    QLabel *m_destinationsIntro;
    QLabel *m_destinationList;
    QLabel *m_atHandList;
    QVBoxLayout *m_guides;
    MessageBanner *m_keychain;
    QPushButton *m_resume;
    QPushButton *m_continue;
    QPushButton *m_demo;
    QPushButton *m_check;
};
