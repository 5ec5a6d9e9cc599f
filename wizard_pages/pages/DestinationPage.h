#pragma once

#include "pages/StepPage.h"

class InputField;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// One page per destination of the provider definition (a destinations step): every property the destination
// will get. The values follow from the earlier steps; an expert may change, add or remove properties, except
// those SAP Task Center requires (locked) and secrets (they follow their fields in earlier steps).
class DestinationPage : public StepPage
{
    Q_OBJECT

public:
    DestinationPage(SetupModel *model, const ProviderDefinition::Step &step, const QString &role,
                    QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    QString role() const { return m_role; }

    QTableWidget *table() const { return m_table; }

protected:
    SetupModel::StepState state() const override;

private:
    void fillTable();
    void cellEdited(int row, int column);
    void addProperty();
    void removeSelected();

    SetupModel *m_model;
    QString m_role;
    InputField *m_name = nullptr;
    bool m_mnemonicsGiven = false;
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
