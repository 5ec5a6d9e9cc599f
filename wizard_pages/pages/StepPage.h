#pragma once

#include "providers/ProviderDefinition.h"
#include "setup/SetupModel.h"

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

// A page that shows one step of the provider's procedure. Whether it is complete, and what is missing while it
// is not, the model decides (SetupModel::stepState); the page says it in a line at its foot, so a greyed Next
// never leaves the user guessing.
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent = nullptr);

    const ProviderDefinition::Step &step() const { return m_step; }
    bool isComplete() const override;
    // The line that says what is missing; empty while the step is complete.
    QString missingText() const;

protected:
    // Whether the page is complete and what is missing; the step's state unless a page shows part of a step.
    virtual SetupModel::StepState state() const;
    // Adds the "what is missing" line under the page's own content.
    void addMissingLine(QVBoxLayout *layout);
    // The usual page: the step's intro, the content in a scroll area (long consoles and checklists), the
    // "what is missing" line.
    void layOutScrolling(QWidget *content);
    void updateMissing();
    SetupModel *model() const { return m_model; }

private:
    SetupModel *m_model;
    ProviderDefinition::Step m_step;
    class MissingLine *m_missing = nullptr;
};
