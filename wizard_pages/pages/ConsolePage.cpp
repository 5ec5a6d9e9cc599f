#include "pages/ConsolePage.h"

#include "dialogs/HandoffDialog.h"
#include "providers/ValueTemplate.h"
#include "setup/SetupModel.h"
#include "widgets/CopyableValue.h"
#include "widgets/InputField.h"
#include "widgets/Mnemonics.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConsolePage::ConsolePage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent)
    : StepPage(model, step, parent)
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    // A consultant often lacks access to the provider system: its administrator gets the same values on paper.
    auto *handoffRow = new QHBoxLayout;
    auto *handoffText = new QLabel(
        tr("Someone else administers %1? Give them a sheet with these values.").arg(model->provider().displayName()),
        content);
    handoffText->setWordWrap(true);
    handoffText->setTextFormat(Qt::PlainText);
    auto *handoff = new QPushButton(tr("Hand-&off sheet…"), content);
    handoff->setObjectName(QStringLiteral("handoffButton"));
    handoff->setToolTip(tr("What to enter in %1, value by value, to print or save as PDF; secrets left out")
                            .arg(model->provider().displayName()));
    connect(handoff, &QPushButton::clicked, this, [this] {
        auto *dialog = new HandoffDialog(*this->model(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    handoffRow->addWidget(handoffText, 1);
    handoffRow->addWidget(handoff);
    contentLayout->addLayout(handoffRow);
    const auto &sections = step.sections;
    for (int s = 0; s < sections.size(); ++s) {
        const auto &section = sections.at(s);
        auto *box
            = new QGroupBox(sections.size() > 1 ? tr("%1. %2").arg(s + 1).arg(section.title) : section.title, content);
        box->setObjectName(section.id + QStringLiteral("Section"));
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        if (!section.intro.isEmpty()) {
            auto *sectionIntro = new QLabel(section.intro, box);
            sectionIntro->setWordWrap(true);
            sectionIntro->setTextFormat(Qt::RichText);
            form->addRow(sectionIntro);
        }
        for (int f = 0; f < section.fields.size(); ++f) {
            const auto &field = section.fields.at(f);
            auto *value = new CopyableValue(field.label, box);
            value->setObjectName(section.id + QLatin1Char('.') + field.label);
            value->setToolTip(field.note);
            value->setSecret(field.secret);
            value->setSaveFileName(field.saveAs);
            form->addRow(field.label + QLatin1Char(':'), value);
            if (!field.note.isEmpty()) {
                auto *note = new QLabel(field.note, box);
                note->setWordWrap(true);
                note->setTextFormat(Qt::PlainText);
                note->setForegroundRole(QPalette::PlaceholderText);
                form->addRow(QString(), note);
            }
            m_values.append({ s, f, value });
        }
        for (const auto &id : section.inputs) {
            auto *input = new InputField(model, id, box);
            form->addRow(input->label(), input);
            m_inputs.append(input);
        }
        contentLayout->addWidget(box);
    }
    contentLayout->addStretch();
    layOutScrolling(content);
}

void ConsolePage::initializePage()
{
    if (!m_mnemonicsGiven) {
        // The labels come from the provider file in the user's language: their Alt+ keys are only known now.
        QList<QLabel *> labels;
        for (auto *input : std::as_const(m_inputs))
            labels.append(input->label());
        Mnemonics::giveFreeKeys(labels, wizard(), this);
        m_mnemonicsGiven = true;
    }
    // The values depend on earlier steps (certificate, service key, the provider system's values).
    showValues();
    for (auto *input : m_inputs)
        input->refresh();
    updateMissing();
}

void ConsolePage::showValues()
{
    const auto values = model()->templateValues();
    for (const auto &entry : m_values) {
        const auto &field = step().sections.at(entry.section).fields.at(entry.field);
        QStringList missing;
        const QString value = ValueTemplate(field.valueTemplate).expand(values, &missing);
        entry.widget->setValue(missing.isEmpty() ? value : tr("(follows from an earlier step)"),
                               field.copyable && missing.isEmpty());
    }
}
