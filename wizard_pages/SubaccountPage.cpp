#include "SubaccountPage.h"

#include "DestinationServiceClient.h"
#include "Dialogs.h"
#include "MessageBanner.h"
#include "SecretStore.h"
#include "SourceInput.h"
#include "SubaccountConnection.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString LastProfileKey = QStringLiteral("wizard/lastSubaccount");

} // namespace

SubaccountPage::SubaccountPage(SubaccountConnection *connection, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent)
    , m_connection(connection)
    , m_secrets(secrets)
    , m_choice(new QButtonGroup(this))
    , m_profileChoice(new QRadioButton(tr("Into a &subaccount, over the Destination service:"), this))
    , m_demoChoice(
          new QRadioButton(tr("Into the &demo subaccount on this computer (for demos and trying it out)"), this))
    , m_filesChoice(new QRadioButton(tr("Only into &files, to import in the SAP BTP cockpit"), this))
    , m_profileCombo(new QComboBox(this))
    , m_addProfile(new QPushButton(tr("&Add subaccount…"), this))
    , m_removeProfile(new QPushButton(tr("&Remove"), this))
    , m_newProfile(new QWidget(this))
    , m_newName(new QLineEdit(this))
    , m_newKeySource(new SourceInput(tr("&Open service key file…"), tr("Service keys (*.json *.txt);;All files (*)"),
                                     tr("{\n  \"clientid\": \"…\",\n  \"clientsecret\": \"…\",\n  \"url\": \"https://"
                                        "…authentication…\",\n  \"uri\": \"https://destination-configuration…\"\n}"),
                                     this))
    , m_testButton(new QPushButton(tr("&Test and save"), this))
    , m_cancelTest(new QPushButton(tr("Cancel test"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("subaccountPage"));
    setTitle(tr("Where the destinations go"));
    setSubTitle(tr("The wizard can write the destinations straight into your SAP BTP subaccount, or into files that "
                   "you import in the cockpit."));
    m_profileChoice->setObjectName(QStringLiteral("profileChoice"));
    m_demoChoice->setObjectName(QStringLiteral("demoChoice"));
    m_filesChoice->setObjectName(QStringLiteral("filesChoice"));
    m_profileCombo->setObjectName(QStringLiteral("subaccountCombo"));
    m_profileCombo->setAccessibleName(tr("Saved subaccount"));
    m_addProfile->setObjectName(QStringLiteral("addSubaccountButton"));
    m_removeProfile->setObjectName(QStringLiteral("removeSubaccountButton"));
    m_removeProfile->setToolTip(tr("Forget this subaccount and its client secret on this computer"));
    m_newName->setObjectName(QStringLiteral("subaccountNameEdit"));
    m_newName->setPlaceholderText(tr("e.g. Production EU10"));
    m_testButton->setObjectName(QStringLiteral("testSubaccountButton"));
    m_cancelTest->setObjectName(QStringLiteral("cancelSubaccountTestButton"));
    m_cancelTest->hide();
    m_banner->setObjectName(QStringLiteral("subaccountBanner"));
    m_choice->addButton(m_profileChoice);
    m_choice->addButton(m_demoChoice);
    m_choice->addButton(m_filesChoice);

    auto *profileRow = new QHBoxLayout;
    profileRow->setContentsMargins(24, 0, 0, 0);
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_addProfile);
    profileRow->addWidget(m_removeProfile);

    auto *where
        = new QLabel(tr("You need a key of the subaccount's <b>Destination service</b> instance: in the SAP BTP "
                        "cockpit open <b>Services &gt; Instances and Subscriptions</b>, choose the "
                        "<b>Destination</b> instance (plan <i>lite</i>; create one if there is none) and open "
                        "or create a key under <b>Service Keys</b>. Open the downloaded file or paste its text."),
                     m_newProfile);
    where->setWordWrap(true);
    auto *nameLabel = new QLabel(tr("&Name:"), m_newProfile);
    nameLabel->setBuddy(m_newName);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_newName, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelTest);
    buttons->addWidget(m_testButton);
    auto *newLayout = new QVBoxLayout(m_newProfile);
    newLayout->setContentsMargins(24, 0, 0, 0);
    newLayout->addWidget(where);
    newLayout->addLayout(nameRow);
    newLayout->addWidget(m_newKeySource);
    newLayout->addLayout(buttons);
    m_newProfile->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profileChoice);
    layout->addLayout(profileRow);
    layout->addWidget(m_newProfile);
    layout->addWidget(m_demoChoice);
    layout->addWidget(m_filesChoice);
    layout->addWidget(m_banner);
    layout->addStretch();

    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            choiceChanged();
    });
    connect(m_profileCombo, &QComboBox::activated, this, &SubaccountPage::profileSelected);
    connect(m_addProfile, &QPushButton::clicked, this, [this] {
        m_profileChoice->setChecked(true);
        showNewProfileForm(true);
    });
    connect(m_removeProfile, &QPushButton::clicked, this, [this] {
        const int index = m_profileCombo->currentIndex();
        if (index < 0 || index >= m_profiles.size())
            return;
        const SubaccountProfile profile = m_profiles.at(index);
        if (Dialogs::question(this, tr("Remove subaccount"),
                              tr("Forget the subaccount \"%1\" on this computer? Its destinations stay as they are.")
                                  .arg(profile.displayName),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        QSettings settings;
        SubaccountProfiles::remove(settings, profile.id);
        m_secrets->remove(profile.secretKey());
        m_connection->useFilesOnly();
        reloadProfiles();
        choiceChanged();
    });
    connect(m_newKeySource, &SourceInput::provided, this, &SubaccountPage::keyProvided);
    connect(m_newName, &QLineEdit::returnPressed, this, &SubaccountPage::testAndSave);
    connect(m_testButton, &QPushButton::clicked, this, &SubaccountPage::testAndSave);
    connect(m_cancelTest, &QPushButton::clicked, this, [this] {
        if (m_testReply)
            m_testReply->abort();
    });
}

void SubaccountPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    QSettings settings;
    reloadProfiles(settings.value(LastProfileKey).toString());
    // With no subaccount saved yet, the wizard starts on the demo subaccount, so that a first run shows the
    // whole flow; a real subaccount is one "Add subaccount…" away.
    if (m_connection->target() == SubaccountConnection::Target::Demo || m_profiles.isEmpty())
        m_demoChoice->setChecked(true);
    else
        m_profileChoice->setChecked(true);
}

bool SubaccountPage::isComplete() const
{
    if (m_busy)
        return false;
    if (m_filesChoice->isChecked())
        return m_connection->target() == SubaccountConnection::Target::FilesOnly;
    if (m_demoChoice->isChecked())
        return m_connection->target() == SubaccountConnection::Target::Demo;
    return m_profileChoice->isChecked() && m_connection->target() == SubaccountConnection::Target::Profile;
}

void SubaccountPage::chooseDemo()
{
    m_initialized = true;
    reloadProfiles();
    m_demoChoice->setChecked(true);
    choiceChanged();
}

void SubaccountPage::reloadProfiles(const QString &selectId)
{
    QSettings settings;
    m_profiles = SubaccountProfiles::load(settings);
    m_profileCombo->clear();
    int selected = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_profileCombo->addItem(m_profiles.at(i).displayName, m_profiles.at(i).id);
        if (m_profiles.at(i).id == selectId)
            selected = i;
    }
    m_profileCombo->setCurrentIndex(m_profiles.isEmpty() ? -1 : selected);
    m_profileCombo->setEnabled(!m_profiles.isEmpty());
    m_removeProfile->setEnabled(!m_profiles.isEmpty());
    if (m_profiles.isEmpty())
        m_profileCombo->setPlaceholderText(tr("No subaccount saved yet: add one"));
}

void SubaccountPage::choiceChanged()
{
    // A keychain read or a key test still under way belongs to the previous choice: its answer no longer counts.
    ++m_secretRequest;
    if (m_testReply)
        m_testReply->abort();
    if (m_busy)
        setBusy(false);
    m_banner->clear();
    if (m_filesChoice->isChecked()) {
        showNewProfileForm(false);
        m_connection->useFilesOnly();
    } else if (m_demoChoice->isChecked()) {
        showNewProfileForm(false);
        QString error;
        if (m_connection->useDemo(&error))
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("The demo subaccount runs on this computer only. It already holds a few task "
                                     "providers, some set up correctly and some with common mistakes. Nothing you do "
                                     "here reaches SAP BTP."));
        else
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("The demo subaccount could not be started. Choose a subaccount or files instead."),
                                  error);
    } else if (m_profiles.isEmpty()) {
        showNewProfileForm(true);
    } else {
        profileSelected();
    }
    Q_EMIT completeChanged();
}

void SubaccountPage::profileSelected()
{
    m_profileChoice->setChecked(true);
    const int index = m_profileCombo->currentIndex();
    if (index < 0 || index >= m_profiles.size())
        return;
    showNewProfileForm(false);
    QSettings().setValue(LastProfileKey, m_profiles.at(index).id);
    // The key's secret comes back from the keychain; until then Next waits.
    const int request = ++m_secretRequest;
    SubaccountProfile profile = m_profiles.at(index);
    setBusy(true);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Reading the client secret from the keychain…"));
    SecretJob *job = m_secrets->read(profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, job, request, profile]() mutable {
        if (request != m_secretRequest)
            return;
        setBusy(false);
        if (job->result() != SecretStore::Result::Ok) {
            m_connection->useFilesOnly();
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  job->result() == SecretStore::Result::NotFound
                                      ? tr("The client secret of \"%1\" is not in this computer's keychain. Add the "
                                           "subaccount again with its Destination service key.")
                                            .arg(profile.displayName)
                                      : job->userMessage(),
                                  job->technicalDetails());
            Q_EMIT completeChanged();
            return;
        }
        profile.key.setClientSecret(job->value());
        m_connection->useProfile(profile);
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("The destinations will be written into \"%1\".").arg(profile.displayName));
        Q_EMIT completeChanged();
    });
}

void SubaccountPage::showNewProfileForm(bool show)
{
    m_newProfile->setVisible(show);
    if (show) {
        m_connection->useFilesOnly();
        m_newName->setFocus();
        Q_EMIT completeChanged();
    }
}

void SubaccountPage::keyProvided(const QByteArray &data, const QString &)
{
    m_newKeyText = data;
    const DestinationServiceKey key = DestinationServiceKey::fromText(data);
    if (key.isValid())
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The key looks right. Choose \"Test and save\" to check it with the subaccount."));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, key.errorMessage());
}

void SubaccountPage::testAndSave()
{
    if (m_busy)
        return;
    const QString nameProblem = SubaccountProfiles::checkDisplayName(m_newName->text(), m_profiles);
    if (!nameProblem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, nameProblem);
        m_newName->setFocus();
        return;
    }
    if (m_newKeyText.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Open the Destination service key file, or paste the key's text into the box."));
        return;
    }
    const DestinationServiceKey key = DestinationServiceKey::fromText(m_newKeyText);
    if (!key.isValid()) {
        m_banner->showMessage(MessageBanner::Kind::Error, key.errorMessage());
        return;
    }
    delete m_testClient;
    m_testClient = m_connection->makeClient(key, this);
    m_testReply = m_testClient->requestToken();
    setBusy(true);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Asking the subaccount for a token with this key…"));
    connect(m_testReply, &DestinationServiceReply::finished, this, &SubaccountPage::testFinished);
}

void SubaccountPage::testFinished()
{
    DestinationServiceReply *reply = m_testReply;
    setBusy(false);
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error() != DestinationServiceReply::Error::NoError) {
        // Everything typed stays, so the user can fix the key or the name and test again.
        m_banner->showMessage(reply->error() == DestinationServiceReply::Error::Cancelled ? MessageBanner::Kind::Warning
                                                                                          : MessageBanner::Kind::Error,
                              reply->errorMessage(), reply->technicalDetails());
        return;
    }
    SubaccountProfile profile;
    profile.displayName = m_newName->text().trimmed();
    profile.id = SubaccountProfiles::newId(profile.displayName, m_profiles);
    profile.key = m_testClient->key();
    m_newName->clear();
    m_newKeyText.clear();
    m_newKeySource->pasteEdit()->clear();
    showNewProfileForm(false);
    m_connection->useProfile(profile);
    Q_EMIT completeChanged();
    if (!m_keychainAvailable) {
        // Without a keychain the secret cannot outlive this window, so the profile is not kept either.
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The key works. No keychain is available, so \"%1\" is used until you close the "
                                 "wizard and not saved.")
                                  .arg(profile.displayName));
        return;
    }
    // The profile is kept only once its secret is safely in the keychain.
    setBusy(true);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("The key works. Saving it in the keychain…"));
    SecretJob *job = m_secrets->write(profile.secretKey(), profile.key.clientSecret());
    const int request = ++m_secretRequest;
    connect(job, &SecretJob::finished, this, [this, job, request, profile] {
        if (request != m_secretRequest)
            return;
        setBusy(false);
        if (job->result() != SecretStore::Result::Ok) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("The key works, but it could not be saved: %1 \"%2\" is used until you close "
                                     "the wizard.")
                                      .arg(job->userMessage(), profile.displayName),
                                  job->technicalDetails());
            return;
        }
        QSettings settings;
        SubaccountProfiles::save(settings, profile);
        settings.setValue(LastProfileKey, profile.id);
        reloadProfiles(profile.id);
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("The key works. \"%1\" is saved; its client secret is in this computer's keychain.")
                                  .arg(profile.displayName));
        Q_EMIT completeChanged();
    });
}

void SubaccountPage::setBusy(bool busy)
{
    m_busy = busy;
    m_testButton->setEnabled(!busy);
    m_cancelTest->setVisible(busy && m_testReply);
    m_addProfile->setEnabled(!busy);
    Q_EMIT completeChanged();
}
