#include "widgets/InputField.h"

#include "dialogs/Dialogs.h"
#include "setup/SetupModel.h"
#include "widgets/StatusColors.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

InputField::InputField(SetupModel *model, const QString &inputId, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_inputId(inputId)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    // The provider file is checked when it loads, so every input a step names exists; should one not, the field
    // still shows (named by its id) rather than the program stopping.
    ProviderDefinition::Input unknown;
    unknown.id = unknown.label = inputId;
    const ProviderDefinition::Input *input = model->provider().input(inputId);
    if (!input)
        input = &unknown;
    setObjectName(inputId + QStringLiteral("Field"));
    m_edit->setObjectName(inputId);
    m_label->setText(QStringLiteral("&") + input->label + (input->required ? QStringLiteral(" *") : QString()));
    m_label->setBuddy(m_edit);
    m_edit->setPlaceholderText(input->placeholder);
    m_edit->setToolTip(input->help);
    m_edit->setAccessibleName(input->label);
    m_edit->setAccessibleDescription(input->help);
    m_edit->setText(model->value(inputId));
    if (input->secret) {
        m_edit->setEchoMode(QLineEdit::Password);
        auto *show
            = m_edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
        show->setCheckable(true);
        // The icon's button is named by the action's text, which a screen reader says (the icon says nothing).
        show->setText(tr("Show or hide the value"));
        show->setToolTip(tr("Show or hide the value"));
        show->setObjectName(inputId + QStringLiteral("ShowAction"));
        connect(show, &QAction::toggled, this,
                [this](bool visible) { m_edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password); });
        m_show = show;
    }
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(inputId + QStringLiteral("Message"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (input->isKeyStore()) {
        // A path may be typed or pasted too; the button is the way most people take.
        auto *row = new QHBoxLayout;
        row->addWidget(m_edit, 1);
        m_choose = new QPushButton(tr("Choose file…"), this);
        m_choose->setObjectName(inputId + QStringLiteral("Choose"));
        m_choose->setAccessibleName(tr("Choose the key store file for %1").arg(input->label));
        connect(m_choose, &QPushButton::clicked, this, [this] {
            const QString file = Dialogs::openFileName(this, tr("Choose the key store"),
                                                       tr("Key stores (*.p12 *.pfx *.jks);;All files (*)"));
            if (file.isEmpty())
                return;
            m_edit->setText(file);
            take(file);
        });
        row->addWidget(m_choose);
        layout->addLayout(row);
        m_keyStoreNote = new QLabel(this);
        m_keyStoreNote->setObjectName(inputId + QStringLiteral("KeyStoreNote"));
        m_keyStoreNote->setWordWrap(true);
        m_keyStoreNote->setTextFormat(Qt::PlainText);
    } else if (input->choices.isEmpty()) {
        layout->addWidget(m_edit);
    } else {
        // One of a documented set: the list offers them; the line edit stays the field's own (a value typed anyway
        // gets the check's message, which names the choices).
        auto *choices = new QComboBox(this);
        choices->setObjectName(inputId + QStringLiteral("Choices"));
        choices->setEditable(true);
        choices->setInsertPolicy(QComboBox::NoInsert);
        choices->setLineEdit(m_edit);
        choices->addItems(input->choices);
        choices->setCurrentIndex(-1);
        m_edit->setText(model->value(inputId));
        connect(choices, &QComboBox::textActivated, this, &InputField::take);
        layout->addWidget(choices);
    }
    // A value to use with one click, never filled in unasked: SAP's documented example while the field is empty, or
    // what the check suggests instead of a refused value.
    m_example = input->suggestion;
    m_suggestion = new QPushButton(this);
    m_suggestion->setObjectName(inputId + QStringLiteral("Suggestion"));
    m_suggestion->setFlat(true);
    m_suggestion->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_suggestion->hide();
    connect(m_suggestion, &QPushButton::clicked, this, [this] {
        const QString suggestion = m_suggested;
        m_edit->setText(suggestion);
        take(suggestion);
    });
    layout->addWidget(m_message);
    if (m_keyStoreNote)
        layout->addWidget(m_keyStoreNote);
    layout->addWidget(m_suggestion);
    if (!input->help.isEmpty()) {
        auto *help = new QLabel(input->help, this);
        help->setWordWrap(true);
        // Readable contrast, still quieter than the value.
        help->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors::quietText(palette()).name()));
        help->setObjectName(inputId + QStringLiteral("Help"));
        layout->addWidget(help);
    }

    connect(m_edit, &QLineEdit::textEdited, this, &InputField::take);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        updateMessage();
    });
    // A value another field filled in (a company ID from a login address) appears at once.
    connect(model, &SetupModel::changed, this, [this] {
        if (!m_edit->hasFocus() && m_edit->text() != m_model->value(m_inputId))
            refresh();
        else
            updateMessage(); // another field can make this one wrong (two API keys that must differ)
    });
    // A value that came from a saved setup is checked at once.
    m_touched = !m_edit->text().isEmpty();
    updateMessage();
}

bool InputField::isAcceptable() const
{
    return !m_model->checkInput(m_inputId).isError();
}

QString InputField::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void InputField::refresh()
{
    const QString value = m_model->value(m_inputId);
    if (m_edit->text() != value)
        m_edit->setText(value);
    updateMessage();
}

InputField::~InputField()
{
    // QWidget deletes the children after this part of the object is gone: a line edit that had the focus then loses
    // it and would tell this field (a choice input's line edit sits inside its list, and the focus moves on).
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void InputField::take(const QString &text)
{
    m_touched = true;
    const bool wasAcceptable = isAcceptable();
    m_model->setValue(m_inputId, text);
    updateMessage();
    if (wasAcceptable != isAcceptable())
        Q_EMIT acceptableChanged();
}

void InputField::updateMessage()
{
    // A secret read from the subaccount is used, never shown; one the user types may be.
    if (m_show) {
        const bool existing = m_model->isExistingSecret(m_inputId);
        if (existing && m_show->isChecked())
            m_show->setChecked(false);
        m_show->setEnabled(!existing);
        m_show->setToolTip(existing ? tr("Taken from the subaccount and kept hidden; type a new value to replace it")
                                    : tr("Show or hide the value"));
    }
    updateKeyStoreNote();
    const InputChecks::Result result = m_model->checkInput(m_inputId);
    const bool empty = m_model->value(m_inputId).trimmed().isEmpty();
    m_suggested = empty ? m_example : m_touched ? result.suggestion : QString();
    m_suggestion->setText(tr("Use %1").arg(m_suggested));
    m_suggestion->setToolTip(empty ? tr("The value SAP's guide shows as an example")
                                   : tr("Use this value instead of the one entered"));
    m_suggestion->setVisible(!m_suggested.isEmpty());
    if (!m_touched || result.severity == InputChecks::Severity::Ok) {
        m_message->hide();
        m_message->clear();
        return;
    }
    const bool isError = result.isError();
    m_message->setText(result.message);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(StatusColors::text(palette(), isError ? StatusColors::Tone::Error : StatusColors::Tone::Warning)
                     .name()));
    m_message->setAccessibleName(isError ? tr("Error: %1").arg(result.message) : tr("Warning: %1").arg(result.message));
    m_message->show();
}

void InputField::updateKeyStoreNote()
{
    if (!m_keyStoreNote)
        return;
    const QString value = m_model->value(m_inputId).trimmed();
    QString note;
    if (value.isEmpty()) {
        note.clear();
    } else if (!ProviderDefinition::isLocalKeyStore(value)) {
        note = tr("%1 is to be in the subaccount's destination certificates already: the destinations name it, and "
                  "nothing is uploaded. To upload it, choose the file on this computer.")
                   .arg(value);
    } else {
        const KeyStoreFile file = m_model->openKeyStore(m_inputId);
        const QString name = ProviderDefinition::keyStoreName(value);
        if (file.isValid() && file.kind() == KeyStoreFile::Kind::Pkcs12)
            note = tr("Uploaded to the subaccount's destination certificates as %1 when the wizard writes the "
                      "destinations. Its certificate: %2, valid until %3.")
                       .arg(name, file.subject(), QLocale().toString(file.validUntil().date(), QLocale::LongFormat));
        else if (file.isValid())
            note = tr("Uploaded to the subaccount's destination certificates as %1 when the wizard writes the "
                      "destinations (a Java key store: the wizard cannot check its password).")
                       .arg(name);
    }
    m_keyStoreNote->setText(note);
    m_keyStoreNote->setVisible(!note.isEmpty());
}
