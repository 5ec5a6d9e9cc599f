#pragma once

#include "pages/StepPage.h"

#include <QList>

class QCheckBox;

// Steps done outside this wizard (the S/4HANA Cloud formation): each with where to click and SAP's page for
// it, ticked off by the user. Driven by the provider definition.
class ChecklistPage : public StepPage
{
    Q_OBJECT

public:
    ChecklistPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }

private:
    QList<QCheckBox *> m_boxes;
};
