#pragma once

#include <QStringList>
#include <QWizardPage>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SetupModel;

// The last step: write the destinations as files the BTP cockpit imports (and as the REST API's JSON),
// then say exactly what to do next. A path without destinations ends here with what to check.
class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    FinishPage(SetupModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

    QStringList writtenFiles() const { return m_written; }
    // The destinations were written into this subaccount already: files become optional, and the next steps
    // say what is left. Empty: files are the way into the cockpit.
    void setAppliedTo(const QString &subaccount);
    QString appliedTo() const { return m_appliedTo; }

    // Forgets the files written and the subaccount applied to: another setup starts (a resumed one, another
    // provider).
    void reset();

    // Said by the wizard once the secrets are (or could not be) saved in the keychain.
    void showKeychainResult(bool saved, const QString &message);

Q_SIGNALS:
    void filesWritten();

private:
    void writeFiles();
    void showNextSteps();

    SetupModel *m_model;
    QWidget *m_filesBox;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QComboBox *m_format;
    QCheckBox *m_includeSecrets;
    MessageBanner *m_secretsWarning;
    QPushButton *m_write;
    MessageBanner *m_result;
    QLabel *m_nextSteps;
    MessageBanner *m_keychain;
    QStringList m_written;
    QString m_appliedTo;
};
