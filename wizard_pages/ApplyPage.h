#pragma once

#include "ProviderDefinition.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class DestinationApplier;
class DestinationServiceReply;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class SetupModel;
class SubaccountConnection;

// Writes the reviewed destinations into the subaccount, one after the other (primary first), and says for
// each whether it is done or failed and why, with a retry; a failure never leaves the user guessing which of
// the pair exists. Afterwards "Test connection" asks the Destination service for the primary destination's
// token, as SAP Task Center will.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    ApplyPage(SetupModel *model, SubaccountConnection *connection, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    DestinationApplier *applier() const;
    QPushButton *testButton() const { return m_test; }

Q_SIGNALS:
    void applied(bool allDone);
    void connectionTested(bool ok);

private:
    struct Row
    {
        QLabel *name;
        QLabel *state;
        QPushButton *retry;
        QPushButton *overwrite;
        QPushButton *rename;
        MessageBanner *message;
    };

    // Runs the connection's current plan: one row per destination.
    void startRun();
    void showResult(int index);
    void showProgress(int index, const QString &step);
    void allFinished();
    // Retry (or overwrite) one destination after the run.
    void runAgain(int index, bool overwrite);
    void testConnection();
    // A name taken meanwhile: the destinations go under a new primary name (its secondaries follow it).
    void renameAndApply();
    // The provider's definition of the destination of that name.
    const ProviderDefinition::DestinationTemplate *destinationTemplate(const QString &name) const;
    // The input that names the primary destination (the rename box changes it).
    QString nameInput() const;

    SetupModel *m_model;
    SubaccountConnection *m_connection;
    QWidget *m_rowsHost;
    QList<Row> m_rows;
    MessageBanner *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_test;
    MessageBanner *m_testResult;
    QWidget *m_renameBox;
    QLineEdit *m_newName;
    QPushButton *m_renameApply;
    MessageBanner *m_renameMessage;
    QPointer<DestinationServiceReply> m_renameList;
    QPointer<DestinationApplier> m_applier;
    QPointer<DestinationServiceReply> m_testReply;
};
