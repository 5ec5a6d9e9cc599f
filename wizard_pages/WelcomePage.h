#pragma once

#include <QWizardPage>

class MessageBanner;
class QPushButton;
class SetupModel;

// What will be configured, what to have at hand, SAP's guides, and where secrets will be kept.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(SetupModel *model, QWidget *parent = nullptr);

    // Said once the keychain has been probed (after the window shows, so start-up stays fast).
    void showKeychainState(bool available, const QString &message);
    QPushButton *resumeButton() const { return m_resume; }
    // The first step follows even before the later pages are built (they are, right after the first paint).
    int nextId() const override;

Q_SIGNALS:
    void resumeRequested();
    void demoRequested();

private:
    MessageBanner *m_keychain;
    QPushButton *m_resume;
    QPushButton *m_demo;
};
