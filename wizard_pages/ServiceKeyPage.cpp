#include "ServiceKeyPage.h"

#include "CopyableValue.h"
#include "MessageBanner.h"
#include "SetupModel.h"
#include "SourceInput.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

ServiceKeyPage::ServiceKeyPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_source(new SourceInput(tr("&Open service key file…"), tr("Service keys (*.json *.txt);;All files (*)"),
                               tr("{\n  \"endpoints\": { \"inbox_rest_url\": \"…\" },\n  \"uaa\": { … }\n}"), this))
    , m_values(new QWidget(this))
    , m_inboxRestUrl(new CopyableValue(QStringLiteral("endpoints.inbox_rest_url"), this))
    , m_uaaUrl(new CopyableValue(QStringLiteral("uaa.url"), this))
    , m_clientId(new CopyableValue(QStringLiteral("uaa.clientid"), this))
    , m_clientSecret(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("serviceKeyPage"));
    setTitle(tr("SAP Task Center service key"));
    setSubTitle(tr("The service key tells SuccessFactors where SAP Task Center is."));
    auto *intro = new QLabel(tr("In the SAP BTP cockpit, open <b>Services &gt; Instances and Subscriptions</b>, choose "
                                "the <b>SAP Task Center</b> instance, and under <b>Service Keys</b> open a key (create "
                                "one if there is none). Download it, or copy its JSON text and paste it below."),
                             this);
    intro->setWordWrap(true);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretState"));
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
    connect(m_source, &SourceInput::provided, this, &ServiceKeyPage::accept);
}

void ServiceKeyPage::initializePage()
{
    m_source->showSource(m_model->serviceKeyFile());
    showValues();
}

void ServiceKeyPage::accept(const QByteArray &data, const QString &file)
{
    m_model->setServiceKey(TaskCenterServiceKey::fromText(data), file);
    showValues();
    Q_EMIT completeChanged();
}

void ServiceKeyPage::showValues()
{
    const auto &key = m_model->serviceKey();
    if (!key) {
        m_banner->clear();
        m_values->hide();
        return;
    }
    // A key saved by "Save progress" lacks its secret until the keychain gives it back; without a keychain the
    // user pastes the key again.
    if (!key->isValid()) {
        m_values->hide();
        m_banner->showMessage(MessageBanner::Kind::Error, key->errorMessage());
        return;
    }
    m_inboxRestUrl->setValue(key->inboxRestUrl());
    m_uaaUrl->setValue(key->uaaUrl());
    m_clientId->setValue(key->clientId());
    m_clientSecret->setText(tr("present (kept in the keychain, never in a file)"));
    m_values->show();
    m_banner->showMessage(MessageBanner::Kind::Success, tr("The service key is complete."));
}

bool ServiceKeyPage::isComplete() const
{
    const auto &key = m_model->serviceKey();
    return key && key->isValid();
}
