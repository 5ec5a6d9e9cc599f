#include "pages/ValuesPage.h"

#include "setup/SetupModel.h"
#include "widgets/InputField.h"
#include "widgets/Mnemonics.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ValuesPage::ValuesPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent)
    : StepPage(model, step, parent)
{
    auto *layout = new QVBoxLayout(this);
    if (!step.intro.isEmpty()) {
        // From our own provider file, as every step's intro: it may use bold and entities (&gt;).
        auto *intro = new QLabel(step.intro, this);
        intro->setWordWrap(true);
        intro->setTextFormat(Qt::RichText);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &id : step.inputs) {
        auto *field = new InputField(model, id, this);
        form->addRow(field->label(), field);
        m_fields.append(field);
    }
    // Derived values go into the destinations by themselves; they are shown, not copied anywhere.
    for (const auto &id : step.derived) {
        const auto *derived = model->provider().derivedValue(id);
        // A read-only line, not a label: an address of any length fits the smallest window (it scrolls inside the
        // line), and it is selected and copied as it is.
        auto *value = new QLineEdit(this);
        value->setObjectName(id);
        value->setReadOnly(true);
        value->setFrame(false);
        value->setPlaceholderText(tr("(appears when the value above is complete)"));
        QPalette flat = value->palette();
        flat.setColor(QPalette::Base, flat.color(QPalette::Window));
        value->setPalette(flat);
        value->setAccessibleName(derived->label);
        form->addRow(tr("%1 (derived):").arg(derived->label), value);
        m_derived.append(value);
    }
    layout->addLayout(form);
    layout->addStretch();
    addMissingLine(layout);
    connect(model, &SetupModel::changed, this, &ValuesPage::showDerived);
}

void ValuesPage::initializePage()
{
    if (!m_mnemonicsGiven) {
        // The labels come from the provider file in the user's language: their Alt+ keys are only known now.
        QList<QLabel *> labels;
        for (auto *field : std::as_const(m_fields))
            labels.append(field->label());
        Mnemonics::giveFreeKeys(labels, wizard(), this);
        m_mnemonicsGiven = true;
    }
    for (auto *field : m_fields)
        field->refresh();
    showDerived();
    updateMissing();
}

void ValuesPage::showDerived()
{
    const auto values = model()->templateValues();
    for (int i = 0; i < m_derived.size(); ++i) {
        const QString value = values.value(step().derived.at(i));
        m_derived.at(i)->setText(value);
        m_derived.at(i)->setCursorPosition(0); // the start of an address is what tells it apart
    }
}
