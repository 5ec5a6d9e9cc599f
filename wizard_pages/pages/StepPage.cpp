#include "pages/StepPage.h"

#include "setup/SetupModel.h"
#include "widgets/MissingLine.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

StepPage::StepPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_step(step)
{
    setObjectName(step.id + QStringLiteral("Page"));
    if (!step.title.isEmpty())
        setTitle(step.title);
    if (!step.subTitle.isEmpty())
        setSubTitle(step.subTitle);
    connect(model, &SetupModel::changed, this, [this] {
        updateMissing();
        Q_EMIT completeChanged();
    });
}

SetupModel::StepState StepPage::state() const
{
    return m_model->stepState(m_step, QDateTime::currentDateTimeUtc());
}

bool StepPage::isComplete() const
{
    return state().complete;
}

QString StepPage::missingText() const
{
    return m_missing && !m_missing->isHidden() ? m_missing->text() : QString();
}

void StepPage::addMissingLine(QVBoxLayout *layout)
{
    m_missing = new MissingLine(this, [this] { return state().missing; });
    layout->addWidget(m_missing);
    updateMissing();
}

void StepPage::updateMissing()
{
    if (m_missing)
        m_missing->refresh();
}

void StepPage::layOutScrolling(QWidget *content)
{
    // The intro comes from our own provider file (never from outside), so it may use bold.
    auto *intro = new QLabel(m_step.intro, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setVisible(!m_step.intro.isEmpty());
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    addMissingLine(layout);
}
