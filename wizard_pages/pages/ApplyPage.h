#pragma once

#include "setup/ApplySession.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class DestinationApplier;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class SetupModel;
class SubaccountConnection;

// Writes the reviewed destinations into the subaccount, one after the other (primary first, the key stores they name
// before them), and says for
// each whether it is done or failed and why, with a retry; a failure never leaves the user guessing which of
// the pair exists. Afterwards "Test connection" asks the Destination service for the primary destination's
// token, as SAP Task Center will.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    ApplyPage(SetupModel *model, ApplySession *session, SubaccountConnection *connection, QWidget *parent = nullptr);

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
    // A key store the destinations name, uploaded before them; retrying a destination that names it uploads it again.
    struct KeyStoreRow
    {
        QLabel *name;
        QLabel *state;
        MessageBanner *message;
    };

    // Runs the connection's current plan: one row per destination.
    void startRun();
    void showResult(int index);
    void showProgress(int index, const QString &step);
    void showKeyStoreResult(int index);
    void allFinished();
    // Retry (or overwrite) one destination after the run.
    void runAgain(int index, bool overwrite);
    void testConnection();
    void showTest(ApplySession::TestOutcome outcome, const QString &message, const QString &details);
    // A name taken meanwhile: the destinations go under a new primary name (its secondaries follow it).
    void renameAndApply();
    void renameReviewed(bool ok);

    SetupModel *m_model;
    ApplySession *m_session;
    SubaccountConnection *m_connection;
    QWidget *m_rowsHost;
    QList<Row> m_rows;
    QList<KeyStoreRow> m_keyStoreRows;
    MessageBanner *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_test;
    MessageBanner *m_testResult;
    QWidget *m_renameBox;
    QLineEdit *m_newName;
    QPushButton *m_renameApply;
    MessageBanner *m_renameMessage;
    QPointer<DestinationApplier> m_applier;
    bool m_renaming = false;
};
