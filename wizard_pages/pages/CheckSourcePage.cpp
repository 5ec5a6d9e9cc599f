#include "pages/CheckSourcePage.h"

#include "dialogs/Dialogs.h"
#include "formats/TrustCertificate.h"
#include "subaccounts/SubaccountChoice.h"
#include "subaccounts/SubaccountConnection.h"
#include "widgets/MessageBanner.h"
#include "widgets/MissingLine.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

CheckSourcePage::CheckSourcePage(SubaccountChoice *choice, SubaccountConnection *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_choice(choice)
    , m_connection(connection)
    , m_demo(new QRadioButton(tr("The &demo subaccount on this computer"), this))
    , m_profile(new QRadioButton(tr("A saved &subaccount:"), this))
    , m_files(new QRadioButton(tr("Destination &files exported from the SAP BTP cockpit:"), this))
    , m_profiles(new QComboBox(this))
    , m_addFiles(new QPushButton(tr("Add f&iles…"), this))
    , m_addFolder(new QPushButton(tr("Add f&older…"), this))
    , m_pathList(new QLabel(this))
    , m_certificate(new QPushButton(tr("&Compare with a certificate…"), this))
    , m_certificateLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("checkSourcePage"));
    setTitle(tr("Check an existing configuration"));
    setSubTitle(tr("Choose what to check: the destinations of a subaccount, or files exported from the cockpit."));
    m_demo->setObjectName(QStringLiteral("checkDemoChoice"));
    m_profile->setObjectName(QStringLiteral("checkProfileChoice"));
    m_files->setObjectName(QStringLiteral("checkFilesChoice"));
    m_profiles->setObjectName(QStringLiteral("checkProfileCombo"));
    m_profiles->setAccessibleName(tr("Saved subaccount"));
    m_addFiles->setObjectName(QStringLiteral("addCheckFilesButton"));
    m_addFolder->setObjectName(QStringLiteral("addCheckFolderButton"));
    m_pathList->setObjectName(QStringLiteral("checkPaths"));
    m_pathList->setTextFormat(Qt::PlainText); // file names come from outside
    m_pathList->setWordWrap(true);
    m_certificate->setObjectName(QStringLiteral("checkCertificateButton"));
    m_certificate->setToolTip(tr("The trust certificate a provider holds (the one uploaded to its OAuth clients or "
                                 "admin portal), to compare with the subaccount's current one"));
    m_certificateLabel->setTextFormat(Qt::PlainText);
    m_certificateLabel->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_profile);
    group->addButton(m_files);

    auto *profileRow = new QHBoxLayout;
    profileRow->setContentsMargins(24, 0, 0, 0);
    profileRow->addWidget(m_profiles, 1);
    auto *filesRow = new QHBoxLayout;
    filesRow->setContentsMargins(24, 0, 0, 0);
    filesRow->addWidget(m_addFiles);
    filesRow->addWidget(m_addFolder);
    filesRow->addStretch();
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate);
    certificateRow->addWidget(m_certificateLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_profile);
    layout->addLayout(profileRow);
    layout->addWidget(m_files);
    layout->addLayout(filesRow);
    layout->addWidget(m_pathList);
    layout->addSpacing(12);
    layout->addLayout(certificateRow);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(new MissingLine(this, [this] {
        if (m_choice->isBusy())
            return tr("Wait until the subaccount has answered.");
        if (m_files->isChecked())
            return tr("Add the exported files or a folder of them to check.");
        if (m_profile->isChecked())
            return tr("Choose a saved subaccount to check.");
        return tr("Choose what to check.");
    }));

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            sourceChanged();
    });
    connect(m_profiles, &QComboBox::activated, this, [this] {
        m_profile->setChecked(true);
        sourceChanged();
    });
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(
            this, tr("Destination file"),
            tr("Destination files and zip archives (*.properties *.props *.json *.txt *.zip *);;"
               "All files (*)"));
        if (!file.isEmpty() && !m_paths.contains(file))
            m_paths.append(file);
        m_files->setChecked(true);
        showPaths();
    });
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::existingDirectory(this, tr("Folder of destination files"), QDir::homePath());
        if (!folder.isEmpty() && !m_paths.contains(folder))
            m_paths.append(folder);
        m_files->setChecked(true);
        showPaths();
    });
    connect(m_certificate, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(this, tr("Trust certificate"),
                                                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (file.isEmpty())
            return;
        const TrustCertificate certificate = TrustCertificate::fromFile(file);
        if (!certificate.isValid()) {
            m_banner->showMessage(MessageBanner::Kind::Error, certificate.errorMessage());
            return;
        }
        m_certificateFile = file;
        m_certificateLabel->setText(QDir::toNativeSeparators(file));
    });
    connect(m_choice, &SubaccountChoice::said, this,
            [this](SubaccountChoice::Tone tone, const QString &message, const QString &details) {
                if (!m_files->isChecked())
                    m_banner->showMessage(tone == SubaccountChoice::Tone::Error ? MessageBanner::Kind::Error
                                                                                : MessageBanner::Kind::Information,
                                          message, details);
                Q_EMIT completeChanged();
            });
    connect(m_connection, &SubaccountConnection::changed, this, &QWizardPage::completeChanged);
    showPaths();
}

void CheckSourcePage::initializePage()
{
    m_choice->reload();
    m_profiles->clear();
    for (const auto &profile : m_choice->profiles())
        m_profiles->addItem(profile.displayName, profile.id);
    // The subaccount chosen before stays the one shown (coming back to check it again).
    if (m_connection->target() == SubaccountConnection::Target::Profile)
        m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(m_connection->profileId())));
    m_profile->setEnabled(!m_choice->profiles().isEmpty());
    m_profiles->setEnabled(!m_choice->profiles().isEmpty());
    if (!m_demo->isChecked() && !m_profile->isChecked() && !m_files->isChecked())
        (m_choice->profiles().isEmpty() ? m_demo : m_profile)->setChecked(true);
}

void CheckSourcePage::sourceChanged()
{
    m_banner->clear();
    if (m_files->isChecked()) {
        m_choice->chooseFilesOnly();
    } else if (m_demo->isChecked()) {
        QString error;
        if (!m_choice->chooseDemo(&error))
            m_banner->showMessage(MessageBanner::Kind::Error, tr("The demo subaccount could not be started."), error);
    } else if (m_profiles->currentIndex() >= 0) {
        m_choice->chooseProfile(m_profiles->currentData().toString());
    }
    Q_EMIT completeChanged();
}

void CheckSourcePage::showPaths()
{
    QStringList shown;
    for (const QString &path : std::as_const(m_paths))
        shown.append(QDir::toNativeSeparators(path));
    m_pathList->setText(shown.isEmpty() ? tr("No files added yet.") : shown.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

QStringList CheckSourcePage::paths() const
{
    return m_files->isChecked() ? m_paths : QStringList();
}

bool CheckSourcePage::isComplete() const
{
    if (m_choice->isBusy())
        return false;
    if (m_files->isChecked())
        return !m_paths.isEmpty();
    if (m_demo->isChecked())
        return m_connection->target() == SubaccountConnection::Target::Demo;
    return m_profile->isChecked() && m_connection->target() == SubaccountConnection::Target::Profile;
}
