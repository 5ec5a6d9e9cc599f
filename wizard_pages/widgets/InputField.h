#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class SetupModel;

// One input of the provider definition, bound to the model: a line edit (in a list of the documented values for a
// choice input), its label (with a mnemonic and a * when required) and the check's message right under it. Secret
// inputs are masked with a Show toggle; a key store has a button to choose its file and says what will happen to it.
class InputField : public QWidget
{
    Q_OBJECT

public:
    InputField(SetupModel *model, const QString &inputId, QWidget *parent = nullptr);
    ~InputField() override;

    QLabel *label() const { return m_label; }
    QLineEdit *lineEdit() const { return m_edit; }
    QString inputId() const { return m_inputId; }
    // Acceptable = the page may move on: present when required, and no error from its check.
    bool isAcceptable() const;
    QString message() const;
    // Re-reads the model (after another page changed the value) without losing the cursor position.
    void refresh();

Q_SIGNALS:
    void acceptableChanged();

private:
    // A value the user gave (typed, chosen from the list, or a suggestion taken): into the model, and checked.
    void take(const QString &text);
    void updateMessage();
    void updateKeyStoreNote();

    SetupModel *m_model;
    QString m_inputId;
    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_suggestion = nullptr;
    QString m_example; // SAP's documented example, offered while the field is empty
    QString m_suggested; // what the suggestion button puts in
    QAction *m_show = nullptr; // a secret's "show the value"
    QPushButton *m_choose = nullptr; // a key store's "Choose file…"
    QLabel *m_keyStoreNote = nullptr; // what a key store's value is: a file to upload, or one the subaccount has
    bool m_touched = false;
};
