#include "pages/SubaccountPage.h"

#include "dialogs/Dialogs.h"
#include "formats/DestinationServiceKey.h"
#include "subaccounts/SubaccountConnection.h"
#include "widgets/EnterKey.h"
#include "widgets/MessageBanner.h"
#include "widgets/MissingLine.h"
#include "widgets/SourceInput.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

SubaccountPage::SubaccountPage(SubaccountChoice *choice, SubaccountConnection *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_choice(choice)
    , m_connection(connection)
    , m_where(new QButtonGroup(this))
    , m_profileChoice(new QRadioButton(tr("Into a s&ubaccount, over the Destination service:"), this))
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
    m_where->addButton(m_profileChoice);
    m_where->addButton(m_demoChoice);
    m_where->addButton(m_filesChoice);

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
    auto *nameLabel = new QLabel(tr("Na&me:"), m_newProfile);
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
    layout->addWidget(new MissingLine(this, [this] {
        if (m_choice->isBusy())
            return tr("Wait until the subaccount has answered.");
        if (m_profileChoice->isChecked() && m_profileCombo->count() == 0)
            return tr("Add a subaccount with its Destination service key to continue, or choose the demo subaccount "
                      "or files.");
        if (m_profileChoice->isChecked())
            return tr("Choose a saved subaccount to continue.");
        return tr("Choose where the destinations go to continue.");
    }));

    connect(m_where, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
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
        if (index < 0 || index >= m_choice->profiles().size())
            return;
        const SubaccountProfile profile = m_choice->profiles().at(index);
        if (Dialogs::question(this, tr("Remove subaccount"),
                              tr("Forget the subaccount \"%1\" on this computer? Its destinations stay as they are.")
                                  .arg(profile.displayName),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        m_choice->removeProfile(profile.id);
        choiceChanged();
    });
    connect(m_newKeySource, &SourceInput::provided, this, &SubaccountPage::keyProvided);
    connect(m_newKeySource, &SourceInput::unreadable, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    // Enter in the name tests the key; it does not also try to leave the page.
    EnterKey::belongsTo(m_newName, [this] {
        testAndSave();
        return true;
    });
    connect(m_testButton, &QPushButton::clicked, this, &SubaccountPage::testAndSave);
    connect(m_cancelTest, &QPushButton::clicked, m_choice, &SubaccountChoice::cancel);
    connect(m_choice, &SubaccountChoice::said, this, &SubaccountPage::say);
    connect(m_choice, &SubaccountChoice::busyChanged, this, &SubaccountPage::showBusy);
    connect(m_choice, &SubaccountChoice::profilesChanged, this, &SubaccountPage::reloadProfiles);
    connect(m_choice, &SubaccountChoice::newProfileSaved, this, [this] {
        m_newName->clear();
        m_newKeyText.clear();
        m_newKeySource->pasteEdit()->clear();
        m_newProfile->hide();
    });
    // Whatever the choice, Next follows where the destinations now go.
    connect(m_connection, &SubaccountConnection::changed, this, &QWizardPage::completeChanged);
}

void SubaccountPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    reloadProfiles(m_choice->lastProfileId());
    // With no subaccount saved yet, the wizard starts on the demo subaccount, so that a first run shows the
    // whole flow; a real subaccount is one "Add subaccount…" away.
    if (m_connection->target() == SubaccountConnection::Target::Demo || m_choice->profiles().isEmpty())
        m_demoChoice->setChecked(true);
    else
        m_profileChoice->setChecked(true);
}

bool SubaccountPage::isComplete() const
{
    if (m_choice->isBusy())
        return false;
    if (m_filesChoice->isChecked())
        return m_connection->target() == SubaccountConnection::Target::FilesOnly;
    if (m_demoChoice->isChecked())
        return m_connection->target() == SubaccountConnection::Target::Demo;
    return m_profileChoice->isChecked() && m_connection->target() == SubaccountConnection::Target::Profile;
}

void SubaccountPage::showCurrentChoice()
{
    m_initialized = true;
    reloadProfiles(m_connection->profileId());
    QRadioButton *shown = m_connection->target() == SubaccountConnection::Target::Demo ? m_demoChoice
        : m_connection->target() == SubaccountConnection::Target::Profile              ? m_profileChoice
                                                                                       : m_filesChoice;
    // The connection is chosen already: showing it must not choose again.
    const QSignalBlocker blocker(m_where);
    shown->setChecked(true);
    Q_EMIT completeChanged();
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
    m_choice->reload();
    const auto &profiles = m_choice->profiles();
    m_profileCombo->clear();
    int selected = 0;
    for (int i = 0; i < profiles.size(); ++i) {
        m_profileCombo->addItem(profiles.at(i).displayName, profiles.at(i).id);
        if (profiles.at(i).id == selectId)
            selected = i;
    }
    m_profileCombo->setCurrentIndex(profiles.isEmpty() ? -1 : selected);
    m_profileCombo->setEnabled(!profiles.isEmpty());
    m_removeProfile->setEnabled(!profiles.isEmpty());
    if (profiles.isEmpty())
        m_profileCombo->setPlaceholderText(tr("No subaccount saved yet: add one"));
}

void SubaccountPage::choiceChanged()
{
    m_banner->clear();
    if (m_filesChoice->isChecked()) {
        showNewProfileForm(false);
        m_choice->chooseFilesOnly();
    } else if (m_demoChoice->isChecked()) {
        showNewProfileForm(false);
        QString error;
        if (!m_choice->chooseDemo(&error))
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("The demo subaccount could not be started. Choose a subaccount or files instead."),
                                  error);
    } else if (m_choice->profiles().isEmpty()) {
        m_choice->cancel();
        showNewProfileForm(true);
    } else {
        profileSelected();
    }
    Q_EMIT completeChanged();
}

void SubaccountPage::profileSelected()
{
    m_profileChoice->setChecked(true);
    const QString id = m_profileCombo->currentData().toString();
    if (id.isEmpty())
        return;
    showNewProfileForm(false);
    m_choice->chooseProfile(id);
}

void SubaccountPage::showNewProfileForm(bool show)
{
    m_newProfile->setVisible(show);
    if (show) {
        m_choice->chooseFilesOnly();
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
    QString problem;
    if (!m_choice->testAndSave(m_newName->text(), m_newKeyText, &problem))
        m_banner->showMessage(MessageBanner::Kind::Error, problem);
}

void SubaccountPage::say(SubaccountChoice::Tone tone, const QString &message, const QString &details)
{
    // In the order of SubaccountChoice::Tone.
    static const MessageBanner::Kind kinds[] = { MessageBanner::Kind::Information, MessageBanner::Kind::Success,
                                                 MessageBanner::Kind::Warning, MessageBanner::Kind::Error };
    m_banner->showMessage(kinds[int(tone)], message, details);
    Q_EMIT completeChanged();
}

void SubaccountPage::showBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_cancelTest->setVisible(busy && m_choice->isTestingKey());
    m_addProfile->setEnabled(!busy);
    Q_EMIT completeChanged();
}
