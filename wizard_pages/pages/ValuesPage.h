#pragma once

#include "pages/StepPage.h"

#include <QList>

class InputField;
class QLabel;
class QLineEdit;

// A step of values to enter (for SuccessFactors: API server, company ID, technical user), checked as they are
// typed, with the values derived from them shown as they follow. Driven by the provider definition.
class ValuesPage : public StepPage
{
    Q_OBJECT

public:
    ValuesPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }

private:
    void showDerived();

    QList<InputField *> m_fields;
    bool m_mnemonicsGiven = false;
    QList<QLineEdit *> m_derived;
};
