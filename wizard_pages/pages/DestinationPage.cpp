#include "pages/DestinationPage.h"

#include "destinationservice/DestinationChangePlan.h"
#include "setup/SetupModel.h"
#include "widgets/EnterKey.h"
#include "widgets/InputField.h"
#include "widgets/MessageBanner.h"
#include "widgets/Mnemonics.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

DestinationPage::DestinationPage(SetupModel *model, const ProviderDefinition::Step &step, const QString &role,
                                 QWidget *parent)
    : StepPage(model, step, parent)
    , m_model(model)
    , m_role(role)
    , m_table(new QTableWidget(0, 2, this))
    , m_expert(new QCheckBox(tr("&Edit properties (for experts)"), this))
    , m_newKey(new QLineEdit(this))
    , m_newValue(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove selected"), this))
    , m_reset(new QPushButton(tr("Reset to documented &values"), this))
    , m_editMessage(new MessageBanner(this))
{
    setObjectName(role + QStringLiteral("DestinationPage"));
    auto *layout = new QVBoxLayout(this);
    // The definition was checked when it loaded; a role it lacks still gets a page that says so, never a crash.
    const auto *definition = model->provider().destination(role);
    if (!definition) {
        setTitle(tr("Destination"));
        layout->addWidget(new QLabel(tr("This provider definition has no destination \"%1\".").arg(role), this));
        return;
    }
    setTitle(definition->title);
    setSubTitle(tr("These are the properties SAP's guide lists; check them, then continue."));

    auto *form = new QFormLayout;
    if (!definition->nameInput.isEmpty()) {
        m_name = new InputField(model, definition->nameInput, this);
        form->addRow(m_name->label(), m_name);
    } else {
        m_derivedName = new QLabel(this);
        m_derivedName->setObjectName(QStringLiteral("derivedName"));
        m_derivedName->setTextFormat(Qt::PlainText);
        m_derivedName->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Name:"), m_derivedName);
    }
    layout->addLayout(form);
    for (const auto &note : definition->notes) {
        auto *banner = new MessageBanner(this);
        banner->showMessage(note.warning ? MessageBanner::Kind::Warning : MessageBanner::Kind::Information, note.text);
        layout->addWidget(banner);
    }

    m_table->setObjectName(QStringLiteral("propertyTable"));
    m_table->setHorizontalHeaderLabels({ tr("Property"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Destination properties"));
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    m_expert->setObjectName(QStringLiteral("expertEditing"));
    m_newKey->setObjectName(QStringLiteral("newPropertyKey"));
    m_newValue->setObjectName(QStringLiteral("newPropertyValue"));
    m_add->setObjectName(QStringLiteral("addPropertyButton"));
    m_newKey->setPlaceholderText(tr("Property, e.g. tc.ui.label"));
    m_newKey->setAccessibleName(tr("New property name"));
    m_newValue->setPlaceholderText(tr("Value"));
    m_newValue->setAccessibleName(tr("New property value"));
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_newKey, 1);
    editRow->addWidget(m_newValue, 1);
    editRow->addWidget(m_add);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_expert);
    buttonRow->addStretch();
    buttonRow->addWidget(m_remove);
    buttonRow->addWidget(m_reset);
    layout->addLayout(buttonRow);
    layout->addLayout(editRow);
    layout->addWidget(m_editMessage);
    addMissingLine(layout);
    for (auto *widget : std::initializer_list<QWidget *> { m_newKey, m_newValue, m_add, m_remove, m_reset })
        widget->setEnabled(false);

    connect(m_expert, &QCheckBox::toggled, this, [this](bool on) {
        for (auto *widget : std::initializer_list<QWidget *> { m_newKey, m_newValue, m_add, m_remove, m_reset })
            widget->setEnabled(on);
        fillTable();
    });
    connect(m_table, &QTableWidget::cellChanged, this, &DestinationPage::cellEdited);
    connect(m_add, &QPushButton::clicked, this, &DestinationPage::addProperty);
    // Enter in the "Add property" row is the row's: from the name it goes on to the value, from the value it adds
    // the property, and the page stays. With nothing typed in the row, Enter moves on as everywhere else.
    const auto rowIsEmpty
        = [this] { return m_newKey->text().trimmed().isEmpty() && m_newValue->text().trimmed().isEmpty(); };
    EnterKey::belongsTo(m_newKey, [this, rowIsEmpty] {
        if (rowIsEmpty())
            return false;
        if (m_newValue->text().isEmpty())
            m_newValue->setFocus(Qt::TabFocusReason);
        else
            addProperty();
        return true;
    });
    EnterKey::belongsTo(m_newValue, [this, rowIsEmpty] {
        if (rowIsEmpty())
            return false;
        addProperty();
        return true;
    });
    connect(m_remove, &QPushButton::clicked, this, &DestinationPage::removeSelected);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_model->resetProperties(m_role);
        m_editMessage->clear();
    });
    connect(model, &SetupModel::changed, this, [this] {
        if (!m_filling)
            fillTable();
    });
}

void DestinationPage::initializePage()
{
    if (m_name && !m_mnemonicsGiven) {
        // The name's label comes from the provider file in the user's language: its Alt+ key is only known now.
        Mnemonics::giveFreeKeys({ m_name->label() }, wizard(), this);
        m_mnemonicsGiven = true;
    }
    if (m_name)
        m_name->refresh();
    fillTable();
    updateMissing();
}

void DestinationPage::fillTable()
{
    m_filling = true;
    const Destination destination = m_model->destination(m_role);
    if (m_derivedName)
        m_derivedName->setText(destination.name());
    const bool expert = m_expert->isChecked();
    m_table->setRowCount(0);
    for (const auto &property : destination.properties()) {
        if (property.key == QStringLiteral("Name"))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *key = new QTableWidgetItem(property.key);
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const bool locked = m_model->isLocked(m_role, property.key);
        QString shown = property.value;
        if (property.secret)
            shown = property.value.isEmpty() ? tr("(entered in an earlier step; not yet entered)")
                                             : tr("•••••••• (entered in an earlier step)");
        auto *value = new QTableWidgetItem(shown);
        value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                        | (expert && !locked ? Qt::ItemIsEditable : Qt::NoItemFlags));
        if (locked) {
            const QString why = property.secret ? tr("Secret: it follows the value you entered in an earlier step.")
                                                : tr("Required by SAP Task Center exactly like this.");
            key->setToolTip(why);
            value->setToolTip(why);
            value->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, value);
    }
    m_filling = false;
}

void DestinationPage::cellEdited(int row, int column)
{
    if (m_filling || column != 1)
        return;
    const QString key = m_table->item(row, 0)->text();
    m_filling = true;
    m_model->setPropertyOverride(m_role, key, m_table->item(row, 1)->text());
    m_filling = false;
    Q_EMIT completeChanged();
}

void DestinationPage::addProperty()
{
    static const QRegularExpression validKey(QStringLiteral("^[A-Za-z0-9_.\\-/]+$"));
    const QString key = m_newKey->text().trimmed();
    if (!validKey.match(key).hasMatch()) {
        m_editMessage->showMessage(MessageBanner::Kind::Error,
                                   tr("A property name has letters, digits, '.', '_', '-' or '/' and no spaces, "
                                      "for example tc.ui.label."));
        return;
    }
    if (DestinationChangePlan::isCredentialKey(key) && !m_model->destination(m_role).contains(key)) {
        m_editMessage->showMessage(MessageBanner::Kind::Error,
                                   tr("%1 holds a secret. The wizard takes secrets only from its own fields and never "
                                      "saves them in a setup file: add it in the SAP BTP cockpit once the destination "
                                      "is written.")
                                       .arg(key));
        return;
    }
    if (!m_model->setPropertyOverride(m_role, key, m_newValue->text())) {
        m_editMessage->showMessage(MessageBanner::Kind::Error,
                                   tr("%1 cannot be changed here: SAP Task Center requires it as it is, or it "
                                      "follows a field of an earlier step.")
                                       .arg(key));
        return;
    }
    m_editMessage->clear();
    m_newKey->clear();
    m_newValue->clear();
    m_newKey->setFocus();
}

void DestinationPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString key = m_table->item(row, 0)->text();
    if (!m_model->removeProperty(m_role, key))
        m_editMessage->showMessage(MessageBanner::Kind::Error,
                                   tr("%1 cannot be removed: SAP Task Center requires it.").arg(key));
    else
        m_editMessage->clear();
}

SetupModel::StepState DestinationPage::state() const
{
    return m_model->destinationState(m_role);
}
