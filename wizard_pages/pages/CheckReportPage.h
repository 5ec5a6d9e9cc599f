#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWizardPage>

class CheckSourcePage;
class ConfigurationCheck;
class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class SubaccountConnection;
struct ValidationFinding;

// Runs the check and shows its report: grouped by provider and destination, the worst first; each finding's
// explanation, fix and source below the list; a one-property fix made in the subaccount on request, then checked
// again; the report saved as PDF, HTML, JSON or text.
class CheckReportPage : public QWizardPage
{
    Q_OBJECT

public:
    CheckReportPage(CheckSourcePage *source, SubaccountConnection *connection, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QTreeWidget *findingsView() const { return m_findings; }

Q_SIGNALS:
    void checked(bool ok);
    // "Set up again in the wizard": the provider's procedure, started over from its destinations as they exist.
    void setUpAgainRequested(const QString &providerId, const QString &primaryName, const QList<QJsonObject> &existing);

private:
    void showReport(bool ok);
    void showDetails();
    void saveReport();
    const ValidationFinding *currentFinding() const;
    void fixCurrentFinding();
    void setUpCurrentFindingAgain();

    CheckSourcePage *m_source;
    SubaccountConnection *m_connection;
    QPointer<ConfigurationCheck> m_check;
    QProgressBar *m_busy;
    MessageBanner *m_summary;
    QTreeWidget *m_findings;
    QLabel *m_details;
    QPointer<class ConfigurationFix> m_runningFix;
    QPushButton *m_fix;
    QPushButton *m_setUp;
    QPushButton *m_openSource;
    QPushButton *m_save;
    QString m_fixed; // what the last fix changed, said again above the new report
    bool m_done = false;
};
