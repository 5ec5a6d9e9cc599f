#include "OAuthClientsPage.h"

#include "CopyableValue.h"
#include "InputField.h"
#include "SetupModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

OAuthClientsPage::OAuthClientsPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("oauthClientsPage"));
    const auto &provider = model->provider();
    setTitle(tr("Register the OAuth clients in %1").arg(provider.displayName()));
    setSubTitle(tr("Two clients: one for the technical user that reads tasks, one for each user's own actions."));

    auto *intro = new QLabel(tr("In SuccessFactors, open <b>Admin Center &gt; Manage OAuth2 Client Applications</b> "
                                "and choose <b>Register Client Application</b>. Enter the values below, save, then "
                                "choose <b>View</b> next to the new client and copy its <b>API Key</b> into the field "
                                "under it. Do this for both clients."),
                             this);
    intro->setWordWrap(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    const auto &clients = provider.oauthClients();
    for (int c = 0; c < clients.size(); ++c) {
        const auto &client = clients.at(c);
        auto *box = new QGroupBox(tr("%1. %2").arg(c + 1).arg(client.title), content);
        box->setObjectName(client.id + QStringLiteral("Client"));
        auto *form = new QFormLayout(box);
        for (int f = 0; f < client.fields.size(); ++f) {
            const auto &field = client.fields.at(f);
            auto *value = new CopyableValue(field.label, box);
            value->setObjectName(client.id + QLatin1Char('.') + field.label);
            value->setToolTip(field.note);
            form->addRow(field.label + QLatin1Char(':'), value);
            m_values.append({ c, f, value });
        }
        if (!client.apiKeyInput.isEmpty()) {
            auto *apiKey = new InputField(model, client.apiKeyInput, box);
            form->addRow(apiKey->label(), apiKey);
            connect(apiKey, &InputField::acceptableChanged, this, &QWizardPage::completeChanged);
            m_apiKeys.append(apiKey);
        }
        contentLayout->addWidget(box);
    }
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
}

void OAuthClientsPage::initializePage()
{
    // The values depend on earlier steps (certificate, service key) and later ones (technical user).
    const auto values = m_model->templateValues();
    const auto &clients = m_model->provider().oauthClients();
    for (const auto &entry : m_values) {
        const auto &field = clients.at(entry.client).fields.at(entry.field);
        entry.widget->setValue(SetupModel::expand(field.valueTemplate, values), field.copyable);
    }
    for (auto *apiKey : m_apiKeys)
        apiKey->refresh();
}

bool OAuthClientsPage::isComplete() const
{
    return std::all_of(m_apiKeys.cbegin(), m_apiKeys.cend(),
                       [](const InputField *field) { return field->isAcceptable(); });
}
