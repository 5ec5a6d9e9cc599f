#pragma once

#include "pages/StepPage.h"

#include <QList>

class CopyableValue;
class InputField;

// Things to do in a console outside this wizard (SuccessFactors' OAuth clients, FSM's trust upload, S/4HANA
// Cloud's communication arrangement): per section, each value to enter there with a Copy button (a certificate
// also as a file to save), and the fields for what the console gives back. Driven by the provider definition.
class ConsolePage : public StepPage
{
    Q_OBJECT

public:
    ConsolePage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }

private:
    struct FieldValue
    {
        int section;
        int field;
        CopyableValue *widget;
    };
    void showValues();

    QList<FieldValue> m_values;
    QList<InputField *> m_inputs;
    bool m_mnemonicsGiven = false;
};
