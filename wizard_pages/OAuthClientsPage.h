#pragma once

#include <QList>
#include <QWizardPage>

class CopyableValue;
class InputField;
class SetupModel;

// Step 3: the OAuth clients to register in the provider, each value with a Copy button, and the fields
// to paste back the API keys the provider shows afterwards. Driven by the provider definition.
class OAuthClientsPage : public QWizardPage
{
    Q_OBJECT

public:
    OAuthClientsPage(SetupModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    struct ClientValue
    {
        int client;
        int field;
        CopyableValue *widget;
    };
    SetupModel *m_model;
    QList<ClientValue> m_values;
    QList<InputField *> m_apiKeys;
};
