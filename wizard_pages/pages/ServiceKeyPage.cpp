#include "pages/ServiceKeyPage.h"

#include "setup/SetupModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/SourceInput.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ServiceKeyPage::ServiceKeyPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent)
    : StepPage(model, step, parent)
    , m_source(new SourceInput(tr("&Open service key file…"), tr("Service keys (*.json *.txt);;All files (*)"),
                               tr("{\n  \"endpoints\": { \"inbox_rest_url\": \"…\" },\n  \"uaa\": { … }\n}"), this))
    , m_values(new QWidget(this))
    , m_inboxRestUrl(new QLabel(this))
    , m_uaaUrl(new QLabel(this))
    , m_clientId(new QLabel(this))
    , m_clientSecret(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setTitle(tr("SAP Task Center service key"));
    auto *intro = new QLabel(tr("In the SAP BTP cockpit, open <b>Services &gt; Instances and Subscriptions</b>, choose "
                                "the <b>SAP Task Center</b> instance, and under <b>Service Keys</b> open a key (create "
                                "one if there is none). Download it, or copy its JSON text and paste it below."),
                             this);
    intro->setWordWrap(true);
    m_inboxRestUrl->setObjectName(QStringLiteral("inboxRestUrl"));
    m_uaaUrl->setObjectName(QStringLiteral("uaaUrl"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecretState"));
    // Values from a file someone else wrote: plain text, selectable for reading, never rich text.
    for (auto *label : { m_inboxRestUrl, m_uaaUrl, m_clientId, m_clientSecret }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    auto *form = new QFormLayout(m_values);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Inbox REST URL:"), m_inboxRestUrl);
    form->addRow(tr("Authentication URL (uaa.url):"), m_uaaUrl);
    form->addRow(tr("Client ID:"), m_clientId);
    form->addRow(tr("Client secret:"), m_clientSecret);
    m_values->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_source);
    layout->addWidget(m_banner);
    layout->addWidget(m_values);
    layout->addStretch();
    addMissingLine(layout);
    connect(m_source, &SourceInput::provided, this, &ServiceKeyPage::accept);
    connect(m_source, &SourceInput::unreadable, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
}

void ServiceKeyPage::initializePage()
{
    m_source->showSource(model()->serviceKeyFile());
    showValues();
}

void ServiceKeyPage::accept(const QByteArray &data, const QString &file)
{
    const TaskCenterServiceKey key = TaskCenterServiceKey::fromText(data);
    model()->setServiceKey(key, file);
    // Once read, the pasted text (with its client secret) leaves the screen; a key with a problem stays, so the
    // user can correct it.
    if (file.isEmpty() && (key.isValid() || key.lacksOnlyClientSecret())) {
        const QSignalBlocker blocker(m_source->pasteEdit());
        m_source->pasteEdit()->clear();
        m_source->showPasted();
    }
    showValues();
}

void ServiceKeyPage::showValues()
{
    const auto &key = model()->serviceKey();
    if (!key) {
        m_banner->clear();
        m_values->hide();
        return;
    }
    const bool needsSecret = model()->needsServiceKeySecret();
    // A key saved by "Save progress" lacks its secret until the keychain gives it back; without a keychain the
    // user pastes the key again.
    if (!key->isValid() && !(key->lacksOnlyClientSecret() && !needsSecret)) {
        m_values->hide();
        m_banner->showMessage(MessageBanner::Kind::Error, key->errorMessage());
        return;
    }
    m_inboxRestUrl->setText(key->inboxRestUrl());
    m_uaaUrl->setText(key->uaaUrl());
    m_clientId->setText(key->clientId());
    m_clientSecret->setText(needsSecret ? tr("present (kept in the keychain, never in a file)")
                                        : tr("not needed for %1, so not kept").arg(model()->provider().displayName()));
    m_values->show();
    m_banner->showMessage(MessageBanner::Kind::Success, tr("The service key is complete."));
}
