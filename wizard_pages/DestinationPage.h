#pragma once

#include <QWizardPage>

class InputField;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class SetupModel;

// Steps 5 and 6: one destination (primary or secondary) with every property it will get. The values follow
// from the earlier steps; an expert may change, add or remove properties, except those SAP Task Center
// requires (locked) and secrets (they follow the API key fields).
class DestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    DestinationPage(SetupModel *model, const QString &role, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }

private:
    void fillTable();
    void cellEdited(int row, int column);
    void addProperty();
    void removeSelected();

    SetupModel *m_model;
    QString m_role;
    InputField *m_name = nullptr;
    QLabel *m_derivedName = nullptr;
    QTableWidget *m_table;
    QCheckBox *m_expert;
    QLineEdit *m_newKey;
    QLineEdit *m_newValue;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reset;
    MessageBanner *m_editMessage;
    bool m_filling = false;
};
