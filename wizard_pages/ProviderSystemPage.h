#pragma once

#include <QList>
#include <QWizardPage>

class CopyableValue;
class InputField;
class SetupModel;

// Step 4: the provider system's own values (for SuccessFactors: API server, company ID, technical user),
// with the addresses derived from them shown as they are typed.
class ProviderSystemPage : public QWizardPage
{
    Q_OBJECT

public:
    ProviderSystemPage(SetupModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    void showDerived();

    SetupModel *m_model;
    QList<InputField *> m_fields;
    QList<CopyableValue *> m_derived;
};
