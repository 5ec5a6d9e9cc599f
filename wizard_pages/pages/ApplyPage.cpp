#include "pages/ApplyPage.h"

#include "destinationservice/DestinationApplier.h"
#include "setup/ApplySession.h"
#include "setup/SetupModel.h"
#include "subaccounts/SubaccountConnection.h"
#include "widgets/EnterKey.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString actionText(DestinationChange::Action action)
{
    switch (action) {
    case DestinationChange::Action::Create:
        return ApplyPage::tr("created");
    case DestinationChange::Action::Update:
        return ApplyPage::tr("updated");
    case DestinationChange::Action::Unchanged:
        break;
    }
    return ApplyPage::tr("already up to date");
}

} // namespace

ApplyPage::ApplyPage(SetupModel *model, ApplySession *session, SubaccountConnection *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_session(session)
    , m_connection(connection)
    , m_rowsHost(new QWidget(this))
    , m_summary(new MessageBanner(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new MessageBanner(this))
    , m_renameBox(new QWidget(this))
    , m_newName(new QLineEdit(m_renameBox))
    , m_renameApply(new QPushButton(tr("&Create under this name"), m_renameBox))
    , m_renameMessage(new MessageBanner(m_renameBox))
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Write into the subaccount"));
    setSubTitle(tr("Each primary destination first, then the destinations that belong to it."));
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_cancel->setObjectName(QStringLiteral("stopApplyButton"));
    m_cancel->setToolTip(tr("Stop writing; the summary then says which destinations exist"));
    m_cancel->hide();
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Ask the Destination service for a token with the primary destination, as SAP Task "
                          "Center does"));
    m_test->setEnabled(false);
    m_testResult->setObjectName(QStringLiteral("testConnectionResult"));
    new QGridLayout(m_rowsHost);
    m_newName->setObjectName(QStringLiteral("renameEdit"));
    m_renameApply->setObjectName(QStringLiteral("renameApplyButton"));
    auto *renameLabel = new QLabel(tr("New name of the primary &destination:"), m_renameBox);
    renameLabel->setBuddy(m_newName);
    auto *renameRow = new QHBoxLayout;
    renameRow->addWidget(renameLabel);
    renameRow->addWidget(m_newName, 1);
    renameRow->addWidget(m_renameApply);
    auto *renameLayout = new QVBoxLayout(m_renameBox);
    renameLayout->setContentsMargins(0, 0, 0, 0);
    renameLayout->addLayout(renameRow);
    renameLayout->addWidget(m_renameMessage);
    m_renameBox->hide();

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_cancel);
    testRow->addWidget(m_test);
    testRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rowsHost);
    layout->addWidget(m_renameBox);
    layout->addWidget(m_summary);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    connect(m_test, &QPushButton::clicked, this, &ApplyPage::testConnection);
    connect(m_renameApply, &QPushButton::clicked, this, &ApplyPage::renameAndApply);
    connect(m_session, &ApplySession::reviewed, this, &ApplyPage::renameReviewed);
    connect(m_session, &ApplySession::tested, this, &ApplyPage::showTest);
    // Enter in the new name creates the destinations under it; it does not also move on to the last page.
    EnterKey::belongsTo(m_newName, [this] {
        renameAndApply();
        return true;
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->cancel();
    });
}

void ApplyPage::initializePage()
{
    // A commit page: this runs once per apply; the pages before it cannot be reached again.
    m_renameBox->hide();
    startRun();
}

void ApplyPage::startRun()
{
    delete m_applier;
    for (const Row &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.state;
        delete row.retry;
        delete row.overwrite;
        delete row.rename;
        delete row.message;
    }
    m_rows.clear();
    for (const KeyStoreRow &row : std::as_const(m_keyStoreRows)) {
        delete row.name;
        delete row.state;
        delete row.message;
    }
    m_keyStoreRows.clear();
    m_testResult->clear();
    m_test->setEnabled(false);

    // Updates the user saw on the review page are applied as planned. A destination that appeared since the
    // review is not overwritten unasked: its row offers Overwrite.
    m_applier = m_session->applier(this);
    auto *grid = static_cast<QGridLayout *>(m_rowsHost->layout());
    for (int i = 0; i < m_applier->plan().certificates().size(); ++i) {
        KeyStoreRow row { new QLabel(tr("Key store %1").arg(m_applier->plan().certificates().at(i).name), m_rowsHost),
                          new QLabel(tr("waiting"), m_rowsHost), new MessageBanner(m_rowsHost) };
        row.name->setTextFormat(Qt::PlainText);
        row.state->setTextFormat(Qt::PlainText);
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.state->setObjectName(QStringLiteral("keyStoreState%1").arg(i));
        grid->addWidget(row.name, 2 * i, 0);
        grid->addWidget(row.state, 2 * i, 1);
        grid->addWidget(row.message, 2 * i + 1, 0, 1, 5);
        m_keyStoreRows.append(row);
    }
    // The destinations' rows below the key stores'.
    const int first = 2 * int(m_keyStoreRows.size());
    for (int i = 0; i < m_applier->plan().size(); ++i) {
        Row row { new QLabel(m_applier->plan().at(i).name, m_rowsHost),
                  new QLabel(tr("waiting"), m_rowsHost),
                  new QPushButton(tr("&Retry"), m_rowsHost),
                  new QPushButton(tr("&Overwrite"), m_rowsHost),
                  new QPushButton(tr("Rena&me…"), m_rowsHost),
                  new MessageBanner(m_rowsHost) };
        row.name->setTextFormat(Qt::PlainText);
        row.state->setTextFormat(Qt::PlainText);
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.state->setObjectName(QStringLiteral("applyState%1").arg(i));
        row.retry->setObjectName(QStringLiteral("retryButton%1").arg(i));
        row.overwrite->setObjectName(QStringLiteral("overwriteButton%1").arg(i));
        row.overwrite->setToolTip(tr("Replace the destination in the subaccount with the one from this wizard"));
        row.rename->setObjectName(QStringLiteral("renameButton%1").arg(i));
        row.rename->setToolTip(tr("Keep the existing destination and create ours under another name"));
        row.retry->hide();
        row.overwrite->hide();
        row.rename->hide();
        grid->addWidget(row.name, first + 2 * i, 0);
        grid->addWidget(row.state, first + 2 * i, 1);
        grid->addWidget(row.rename, first + 2 * i, 2);
        grid->addWidget(row.overwrite, first + 2 * i, 3);
        grid->addWidget(row.retry, first + 2 * i, 4);
        grid->addWidget(row.message, first + 2 * i + 1, 0, 1, 5);
        grid->setColumnStretch(1, 1);
        connect(row.retry, &QPushButton::clicked, this, [this, i] { runAgain(i, false); });
        connect(row.overwrite, &QPushButton::clicked, this, [this, i] { runAgain(i, true); });
        connect(row.rename, &QPushButton::clicked, this, [this] {
            m_newName->setText(m_model->value(m_session->nameInput()) + QStringLiteral("_2"));
            m_renameMessage->clear();
            m_renameBox->show();
            m_newName->setFocus();
            m_newName->selectAll();
        });
        m_rows.append(row);
    }
    // The rows are new (also after a rename, while the page is shown): Tab reads them where they stand.
    TabOrder::followLayout(this);
    connect(m_applier, &DestinationApplier::progress, this, &ApplyPage::showProgress);
    connect(m_applier, &DestinationApplier::destinationFinished, this, &ApplyPage::showResult);
    connect(m_applier, &DestinationApplier::certificateFinished, this, &ApplyPage::showKeyStoreResult);
    connect(m_applier, &DestinationApplier::certificateProgress, this, [this](int index, const QString &step) {
        if (index >= 0 && index < m_keyStoreRows.size())
            m_keyStoreRows.at(index).state->setText(step);
    });
    connect(m_applier, &DestinationApplier::finished, this, &ApplyPage::allFinished);
    connect(m_applier, &DestinationApplier::waiting, this,
            [this](const QString &message) { m_summary->showMessage(MessageBanner::Kind::Information, message); });
    m_summary->showMessage(MessageBanner::Kind::Information,
                           tr("Writing into \"%1\"…").arg(m_connection->displayName()));
    m_cancel->show();
    m_applier->start();
}

DestinationApplier *ApplyPage::applier() const
{
    return m_applier;
}

void ApplyPage::runAgain(int index, bool overwrite)
{
    if (!m_applier || m_applier->isRunning())
        return;
    // One destination at a time: the other rows wait until this one has its answer.
    for (const Row &row : std::as_const(m_rows)) {
        row.retry->setEnabled(false);
        row.overwrite->setEnabled(false);
        row.rename->setEnabled(false);
    }
    m_rows.at(index).retry->hide();
    m_rows.at(index).overwrite->hide();
    m_rows.at(index).rename->hide();
    m_renameBox->hide();
    m_cancel->show();
    m_applier->setOverwrite(overwrite);
    m_applier->retry(index);
    Q_EMIT completeChanged();
}

bool ApplyPage::isComplete() const
{
    // Finish stays possible after a failure: the user may keep the files instead, and the summary says
    // exactly which destination exists.
    return m_applier && !m_applier->isRunning() && !m_renaming;
}

void ApplyPage::showProgress(int index, const QString &step)
{
    if (index >= 0 && index < m_rows.size())
        m_rows.at(index).state->setText(step);
}

void ApplyPage::showResult(int index)
{
    const DestinationApplyResult &result = m_applier->result(index);
    const Row &row = m_rows.at(index);
    switch (result.outcome) {
    case DestinationApplyResult::Outcome::Done:
        row.state->setText(QStringLiteral("✔ ") + actionText(result.action));
        row.message->clear();
        break;
    case DestinationApplyResult::Outcome::Failed:
        row.state->setText(QStringLiteral("✘ ") + tr("not written"));
        row.message->showMessage(MessageBanner::Kind::Error, result.errorMessage, result.technicalDetails);
        row.retry->show();
        break;
    case DestinationApplyResult::Outcome::Exists:
        row.state->setText(tr("exists with other values"));
        row.message->showMessage(
            MessageBanner::Kind::Warning,
            result.changedSincePlan
                ? tr("Someone changed this destination in the subaccount after the review. Choose Overwrite to "
                     "replace it with the wizard's values, or keep it as it is and finish.")
                : tr("Someone created a destination of this name after the review. Choose Overwrite to replace it "
                     "with the wizard's values, or keep it as it is and finish."),
            result.differences.join(QLatin1Char('\n')));
        row.overwrite->show();
        // Renaming moves the primary and the destinations that belong to it, so it is offered on the primary.
        row.rename->setVisible(m_applier->plan().at(index).primaryName.isEmpty() && !m_session->nameInput().isEmpty());
        break;
    case DestinationApplyResult::Outcome::Skipped:
        row.state->setText(tr("not written"));
        row.message->showMessage(MessageBanner::Kind::Warning,
                                 result.errorMessage.isEmpty()
                                     ? tr("Skipped because the destination before it was not written.")
                                     : result.errorMessage);
        row.retry->show();
        break;
    case DestinationApplyResult::Outcome::Pending:
        break;
    }
}

void ApplyPage::showKeyStoreResult(int index)
{
    const DestinationApplyResult &result = m_applier->certificateResults().at(index);
    const KeyStoreRow &row = m_keyStoreRows.at(index);
    switch (result.outcome) {
    case DestinationApplyResult::Outcome::Done:
        row.state->setText(QStringLiteral("✔ ")
                           + (result.action == DestinationChange::Action::Create ? tr("uploaded")
                                  : result.action == DestinationChange::Action::Update
                                  ? tr("replaced")
                                  : tr("already in the subaccount")));
        row.message->clear();
        break;
    case DestinationApplyResult::Outcome::Failed:
    case DestinationApplyResult::Outcome::Exists:
        row.state->setText(QStringLiteral("✘ ") + tr("not uploaded"));
        row.message->showMessage(MessageBanner::Kind::Error,
                                 result.errorMessage + QLatin1Char(' ')
                                     + tr("Retry a destination that names it to upload it again."),
                                 result.technicalDetails);
        break;
    case DestinationApplyResult::Outcome::Skipped:
        row.state->setText(tr("not uploaded"));
        row.message->showMessage(MessageBanner::Kind::Warning, result.errorMessage);
        break;
    case DestinationApplyResult::Outcome::Pending:
        break;
    }
}

void ApplyPage::allFinished()
{
    m_applier->setOverwrite(false);
    m_cancel->hide();
    // Every row ends with its outcome: the last thing said of a written destination was "Reading it back…".
    for (int i = 0; i < m_rows.size(); ++i)
        showResult(i);
    for (int i = 0; i < m_keyStoreRows.size(); ++i)
        showKeyStoreResult(i);
    for (const Row &row : std::as_const(m_rows)) {
        row.retry->setEnabled(true);
        row.overwrite->setEnabled(true);
        row.rename->setEnabled(true);
    }
    const bool done = m_applier->succeeded();
    // A destination that asserts each user cannot be tested without one: say so instead of failing the test.
    const auto *primary = m_session->destinationTemplate(m_session->primaryName());
    const bool testable = !primary || primary->untestable.isEmpty();
    if (done) {
        m_summary->showMessage(MessageBanner::Kind::Success,
                               testable ? tr("The destinations are in \"%1\". Test the connection now, or finish.")
                                              .arg(m_connection->displayName())
                                        : tr("The destinations are in \"%1\".").arg(m_connection->displayName()));
    } else {
        // Say for every destination whether it exists now, so nobody has to guess.
        QStringList state;
        for (const DestinationApplyResult &result : m_applier->certificateResults()) {
            if (result.outcome != DestinationApplyResult::Outcome::Done)
                state.append(tr("the key store %1 was not uploaded").arg(result.name));
        }
        for (const DestinationApplyResult &result : m_applier->results()) {
            const bool exists = result.outcome == DestinationApplyResult::Outcome::Done
                || result.outcome == DestinationApplyResult::Outcome::Exists
                || (result.action != DestinationChange::Action::Create);
            state.append(exists ? tr("%1 exists in the subaccount").arg(result.name)
                             : result.mayHaveBeenWritten
                             ? tr("%1 may exist in the subaccount (its answer was lost)").arg(result.name)
                             : tr("%1 does not exist in the subaccount").arg(result.name));
        }
        m_summary->showMessage(MessageBanner::Kind::Warning,
                               tr("Not everything was written: %1. Retry, or finish and import the files instead.")
                                   .arg(state.join(QStringLiteral("; "))));
    }
    if (!testable) {
        m_test->hide();
        m_testResult->showMessage(MessageBanner::Kind::Information, primary->untestable);
    } else {
        m_test->show();
        m_test->setEnabled(m_applier->plan().size() > 0
                           && m_applier->result(0).outcome == DestinationApplyResult::Outcome::Done);
    }
    Q_EMIT completeChanged();
    Q_EMIT applied(done);
}

void ApplyPage::testConnection()
{
    // While the test runs, the same button cancels it.
    if (m_session->isTesting()) {
        m_session->cancel();
        return;
    }
    const QString primary = m_session->primaryName();
    if (primary.isEmpty() || !m_applier || m_applier->isRunning())
        return;
    m_test->setText(tr("Cancel test"));
    m_testResult->showMessage(MessageBanner::Kind::Information,
                              tr("Asking the Destination service for a token with \"%1\"…").arg(primary));
    m_session->testConnection();
}

void ApplyPage::showTest(ApplySession::TestOutcome outcome, const QString &message, const QString &details)
{
    m_test->setText(tr("&Test connection"));
    switch (outcome) {
    case ApplySession::TestOutcome::Works:
        m_testResult->showMessage(MessageBanner::Kind::Success, message);
        break;
    case ApplySession::TestOutcome::Cancelled:
        m_testResult->showMessage(MessageBanner::Kind::Warning, message);
        break;
    case ApplySession::TestOutcome::Failed:
        m_testResult->showMessage(MessageBanner::Kind::Error, message, details);
        break;
    }
    Q_EMIT connectionTested(outcome == ApplySession::TestOutcome::Works);
}

void ApplyPage::renameAndApply()
{
    // While the subaccount is read, the same button cancels.
    if (m_renaming) {
        m_session->cancel();
        return;
    }
    if (m_applier && m_applier->isRunning())
        return;
    QString problem;
    if (!m_session->rename(m_newName->text(), &problem)) {
        m_renameMessage->showMessage(MessageBanner::Kind::Error, problem);
        return;
    }
    // The new names may be taken too: the session plans again from what the subaccount holds now.
    m_renaming = true;
    Q_EMIT completeChanged();
    m_renameApply->setText(tr("Cancel"));
    m_renameMessage->showMessage(MessageBanner::Kind::Information,
                                 tr("Reading the destinations of \"%1\"…").arg(m_connection->displayName()));
}

void ApplyPage::renameReviewed(bool ok)
{
    if (!m_renaming)
        return; // the review page's own reading
    m_renaming = false;
    Q_EMIT completeChanged();
    m_renameApply->setText(tr("&Create under this name"));
    if (!ok) {
        m_renameMessage->showMessage(MessageBanner::Kind::Error, m_session->errorMessage(),
                                     m_session->technicalDetails());
        return;
    }
    m_renameBox->hide();
    startRun();
    Q_EMIT completeChanged();
}
