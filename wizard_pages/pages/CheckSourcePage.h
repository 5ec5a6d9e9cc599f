#pragma once

#include <QStringList>
#include <QWizardPage>
#include <optional>

class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class SubaccountChoice;
class SubaccountConnection;
class TrustCertificate;

// What to check of an existing configuration: the demo subaccount, a saved subaccount, or destination files
// exported from the cockpit; and, optionally, the trust certificate a provider holds.
class CheckSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    CheckSourcePage(SubaccountChoice *choice, SubaccountConnection *connection, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Files and folders to read when files are the source; empty otherwise.
    QStringList paths() const;
    // The certificate a provider holds, to compare (or, with files, to check); empty when none was given.
    QString heldCertificateFile() const { return m_certificateFile; }

private:
    void sourceChanged();
    void showPaths();

    SubaccountChoice *m_choice;
    SubaccountConnection *m_connection;
    QRadioButton *m_demo;
    QRadioButton *m_profile;
    QRadioButton *m_files;
    QComboBox *m_profiles;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QLabel *m_pathList;
    QPushButton *m_certificate;
    QLabel *m_certificateLabel;
    MessageBanner *m_banner;
    QStringList m_paths;
    QString m_certificateFile;
};
