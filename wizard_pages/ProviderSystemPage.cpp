#include "ProviderSystemPage.h"

#include "CopyableValue.h"
#include "InputField.h"
#include "SetupModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
// The destination name has a page of its own, next to the properties it names.
const QString kDestinationNameInput = QStringLiteral("destinationName");
} // namespace

ProviderSystemPage::ProviderSystemPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("providerSystemPage"));
    const auto &provider = model->provider();
    setTitle(tr("Your %1 system").arg(provider.displayName()));
    setSubTitle(tr("Where SAP Task Center reaches %1, and as whom.").arg(provider.displayName()));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &input : provider.inputs()) {
        if (input.secret || input.id == kDestinationNameInput)
            continue;
        auto *field = new InputField(model, input.id, this);
        form->addRow(field->label(), field);
        connect(field, &InputField::acceptableChanged, this, &QWizardPage::completeChanged);
        m_fields.append(field);
    }
    for (const auto &derived : provider.derived()) {
        auto *value = new CopyableValue(derived.label, this);
        value->setObjectName(derived.id);
        form->addRow(tr("%1 (derived):").arg(derived.label), value);
        m_derived.append(value);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    connect(model, &SetupModel::changed, this, &ProviderSystemPage::showDerived);
}

void ProviderSystemPage::initializePage()
{
    for (auto *field : m_fields)
        field->refresh();
    showDerived();
}

void ProviderSystemPage::showDerived()
{
    const auto values = m_model->templateValues();
    const auto &derived = m_model->provider().derived();
    for (int i = 0; i < m_derived.size(); ++i) {
        const QString value = values.value(derived.at(i).id);
        m_derived.at(i)->setValue(value.isEmpty() ? tr("(appears when the address above is complete)") : value,
                                  !value.isEmpty());
    }
}

bool ProviderSystemPage::isComplete() const
{
    return std::all_of(m_fields.cbegin(), m_fields.cend(),
                       [](const InputField *field) { return field->isAcceptable(); });
}
