#include "pages/CheckReportPage.h"

#include "dialogs/Dialogs.h"
#include "files/FileWriter.h"
#include "pages/CheckSourcePage.h"
#include "subaccounts/SubaccountConnection.h"
#include "validation/ConfigurationCheck.h"
#include "validation/ConfigurationFix.h"
#include "validation/ValidationReport.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainText.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int FindingRole = Qt::UserRole + 1;
constexpr int FindingCountRole = Qt::UserRole + 2;

QString severityText(ValidationFinding::Severity severity)
{
    switch (severity) {
    case ValidationFinding::Severity::Error:
        return CheckReportPage::tr("Error");
    case ValidationFinding::Severity::Warning:
        return CheckReportPage::tr("Warning");
    case ValidationFinding::Severity::Info:
        break;
    }
    return CheckReportPage::tr("Note");
}

} // namespace

CheckReportPage::CheckReportPage(CheckSourcePage *source, SubaccountConnection *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_source(source)
    , m_connection(connection)
    , m_busy(new QProgressBar(this))
    , m_summary(new MessageBanner(this))
    , m_findings(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_fix(new QPushButton(tr("Fi&x in the subaccount…"), this))
    , m_setUp(new QPushButton(tr("Set up again in the &wizard…"), this))
    , m_openSource(new QPushButton(tr("&Open SAP's page"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
{
    setObjectName(QStringLiteral("checkReportPage"));
    setTitle(tr("What the check found"));
    setSubTitle(tr("The worst first. Choose a finding to read how to fix it and where SAP documents it."));
    setFinalPage(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({ tr("Destination or finding"), tr("What is wrong") });
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setTextFormat(Qt::PlainText); // messages carry names and values from outside
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setEnabled(false);
    m_fix->setObjectName(QStringLiteral("fixFindingButton"));
    m_fix->setEnabled(false);
    m_setUp->setObjectName(QStringLiteral("setUpAgainButton"));
    m_setUp->setEnabled(false);
    m_openSource->setObjectName(QStringLiteral("openSourceButton"));
    m_openSource->setEnabled(false);
    // Two rows: four buttons side by side do not fit the smallest window in a long language. The finding's actions
    // first, then the page's own.
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fix);
    fixRow->addWidget(m_setUp);
    fixRow->addWidget(m_openSource);
    fixRow->addStretch();
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_details);
    layout->addLayout(fixRow);
    layout->addLayout(saveRow);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &CheckReportPage::showDetails);
    connect(m_save, &QPushButton::clicked, this, &CheckReportPage::saveReport);
    connect(m_fix, &QPushButton::clicked, this, &CheckReportPage::fixCurrentFinding);
    connect(m_setUp, &QPushButton::clicked, this, &CheckReportPage::setUpCurrentFindingAgain);
    connect(m_openSource, &QPushButton::clicked, this, [this] {
        const QString link = m_openSource->property("link").toString();
        // Without a browser, the address to copy.
        if (!link.isEmpty() && !Dialogs::openUrl(QUrl(link)))
            m_summary->showMessage(MessageBanner::Kind::Information,
                                   tr("No browser could be opened. SAP's page is at %1").arg(link));
    });
}

void CheckReportPage::initializePage()
{
    m_done = false;
    m_findings->clear();
    m_details->clear();
    m_save->setEnabled(false);
    m_fix->setEnabled(false);
    m_setUp->setEnabled(false);
    m_openSource->setEnabled(false);
    m_busy->show();
    // A check still under way from a visit before is stopped; its answers no longer count.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        m_check->deleteLater();
    }
    m_check = new ConfigurationCheck(this);
    m_check->addPaths(m_source->paths());
    if (!m_source->heldCertificateFile().isEmpty())
        m_check->setTrust(TrustCertificate::fromFile(m_source->heldCertificateFile()));
    connect(m_check, &ConfigurationCheck::progress, this,
            [this](const QString &step) { m_summary->showMessage(MessageBanner::Kind::Information, step); });
    connect(m_check, &ConfigurationCheck::finished, this, &CheckReportPage::showReport);
    m_summary->showMessage(MessageBanner::Kind::Information, tr("Checking…"));
    const bool files = !m_source->paths().isEmpty();
    m_check->start(files ? nullptr : m_connection->client(), m_connection->displayName());
    Q_EMIT completeChanged();
}

void CheckReportPage::cleanupPage()
{
    if (m_check)
        m_check->cancel();
    // Leaving the page: a fix under way still ends (its write may be on its way) but no longer re-checks here.
    if (m_runningFix) {
        m_runningFix->disconnect(this);
        m_runningFix.clear();
        m_busy->hide();
    }
}

void CheckReportPage::showReport(bool ok)
{
    m_busy->hide();
    m_done = true;
    Q_EMIT completeChanged();
    if (!ok) {
        m_fixed.clear();
        m_summary->showMessage(MessageBanner::Kind::Error,
                               m_check->errorMessage() + QLatin1Char(' ')
                                   + tr("Go Back to choose another source, or try again."),
                               m_check->technicalDetails());
        Q_EMIT checked(false);
        return;
    }
    const QList<ValidationFinding> &findings = m_check->findings();
    // Provider, then destination (a secondary under its primary's provider), then finding; at each level the
    // group with the worst finding first. The findings come worst first, so first appearance is that order.
    QHash<QString, QString> providerOf;
    for (const ValidationLandscape::Connection &connection : m_check->landscape().connections) {
        providerOf.insert(connection.primary, connection.provider);
        if (!connection.secondary.isEmpty())
            providerOf.insert(connection.secondary, connection.provider);
        if (!connection.recommendations.isEmpty())
            providerOf.insert(connection.recommendations, connection.provider);
    }
    for (const QString &name : m_check->landscape().serviceDestinations)
        providerOf.insert(name, tr("SAP Task Center's own destinations"));
    const auto groupOf = [&providerOf](const ValidationFinding &finding) {
        return finding.destination.isEmpty() ? tr("Whole configuration")
                                             : providerOf.value(finding.destination, tr("Other destinations"));
    };
    QMap<QString, QTreeWidgetItem *> providerItems;
    QMap<QString, QTreeWidgetItem *> destinationItems;
    QFont bold = m_findings->font();
    bold.setBold(true);
    const auto countFindings = [](QTreeWidgetItem *item, int findingsBelow) {
        item->setData(1, FindingCountRole, findingsBelow);
        item->setText(1, tr("%n finding(s)", nullptr, findingsBelow));
    };
    for (int index = 0; index < findings.size(); ++index) {
        const ValidationFinding &finding = findings.at(index);
        const bool error = finding.severity == ValidationFinding::Severity::Error;
        const QString group = groupOf(finding);
        QTreeWidgetItem *&providerItem = providerItems[group];
        if (!providerItem) {
            providerItem = new QTreeWidgetItem(m_findings);
            providerItem->setText(0, group);
            providerItem->setFont(0, bold);
            providerItem->setExpanded(error);
        }
        countFindings(providerItem, providerItem->data(1, FindingCountRole).toInt() + 1);
        QTreeWidgetItem *parent = providerItem;
        if (!finding.destination.isEmpty()) {
            // Exports of several subaccounts may each have a destination of the name: each its own.
            const QString place = ValidationReport::placeOf(finding);
            QTreeWidgetItem *&destinationItem = destinationItems[place];
            if (!destinationItem) {
                destinationItem = new QTreeWidgetItem(providerItem);
                destinationItem->setText(0, place);
                destinationItem->setToolTip(0, PlainText::toolTip(place));
                destinationItem->setFont(0, bold);
                destinationItem->setExpanded(error);
            }
            countFindings(destinationItem, destinationItem->data(1, FindingCountRole).toInt() + 1);
            parent = destinationItem;
        }
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, severityText(finding.severity));
        item->setText(1, finding.message);
        item->setData(0, FindingRole, index);
        item->setToolTip(1, PlainText::toolTip(finding.message));
    }
    const int errors = ValidationReport::count(findings, ValidationFinding::Severity::Error);
    const int warnings = ValidationReport::count(findings, ValidationFinding::Severity::Warning);
    const QString summary = tr("%n destination(s) checked.", nullptr, m_check->destinationCount()) + QLatin1Char(' ')
        + tr("%1 error(s), %2 warning(s), %3 note(s).")
              .arg(errors)
              .arg(warnings)
              .arg(ValidationReport::count(findings, ValidationFinding::Severity::Info));
    m_summary->showMessage(errors > 0         ? MessageBanner::Kind::Error
                               : warnings > 0 ? MessageBanner::Kind::Warning
                                              : MessageBanner::Kind::Success,
                           m_fixed.isEmpty() ? summary : m_fixed + QLatin1Char(' ') + summary);
    m_fixed.clear();
    m_save->setEnabled(true);
    // Names as wide as they need, but never more than half the view: the messages are what matters.
    m_findings->resizeColumnToContents(0);
    m_findings->setColumnWidth(0, std::min(m_findings->columnWidth(0), m_findings->viewport()->width() / 2));
    // The worst finding shown at once.
    QTreeWidgetItem *first = m_findings->topLevelItem(0);
    while (first && first->childCount() > 0)
        first = first->child(0);
    if (first) {
        for (QTreeWidgetItem *above = first->parent(); above; above = above->parent())
            above->setExpanded(true);
        m_findings->setCurrentItem(first);
    }
    Q_EMIT checked(true);
}

const ValidationFinding *CheckReportPage::currentFinding() const
{
    const QTreeWidgetItem *item = m_findings->currentItem();
    if (!m_check || m_check->isRunning() || !item || !item->data(0, FindingRole).isValid())
        return nullptr;
    return &m_check->findings().at(item->data(0, FindingRole).toInt());
}

void CheckReportPage::showDetails()
{
    const ValidationFinding *current = currentFinding();
    // Fixing writes to a subaccount: only when one was checked, and only the one-property fixes.
    const bool subaccount = m_source->paths().isEmpty();
    const bool fixable = current && ConfigurationFix::canFix(*current, m_check->findings());
    // One fix at a time: each is checked against the destinations as they were before it.
    m_fix->setEnabled(fixable && subaccount && !m_runningFix);
    m_fix->setToolTip(fixable && !subaccount
                          ? tr("Fixing changes a subaccount: check the subaccount instead of files to fix this here.")
                          : QString());
    // Setting up again writes into the subaccount checked, then checks it again.
    const bool setUp = current && ConfigurationFix::fixedBySettingUpAgain(*current)
        && !m_check->belongingOf(current->destination).providerId.isEmpty();
    m_setUp->setEnabled(setUp && subaccount && !m_runningFix);
    m_setUp->setToolTip(
        setUp && !subaccount
            ? tr("Setting up again writes into a subaccount: check the subaccount instead of files to do it from here.")
            : tr("Walk through the provider's steps again, filled in from the destinations as they are, and write "
                 "them as SAP documents them."));
    const QString link = current ? ValidationReport::sourceLink(current->source) : QString();
    m_openSource->setProperty("link", link);
    m_openSource->setEnabled(!link.isEmpty());
    m_openSource->setToolTip(PlainText::toolTip(link));
    if (!current) {
        m_details->clear();
        return;
    }
    const ValidationFinding &finding = *current;
    QString text = finding.message + QStringLiteral("\n\n") + tr("How to fix it: %1").arg(finding.fix);
    if (!finding.source.isEmpty())
        text += QLatin1Char('\n') + tr("Source: %1").arg(finding.source);
    text += QLatin1Char('\n') + tr("Rule: %1").arg(finding.rule);
    m_details->setText(text);
}

void CheckReportPage::fixCurrentFinding()
{
    const ValidationFinding *current = currentFinding();
    if (!current || m_runningFix || !ConfigurationFix::canFix(*current, m_check->findings()) || !m_connection->client())
        return;
    const ValidationFinding finding = *current;
    if (Dialogs::question(this, tr("Fix in the subaccount"),
                          ConfigurationFix::describe(finding) + QStringLiteral("\n\n")
                              + tr("Make this change in \"%1\"?").arg(m_connection->displayName()),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    m_fix->setEnabled(false);
    m_setUp->setEnabled(false);
    m_busy->show();
    m_summary->showMessage(MessageBanner::Kind::Information, tr("Changing %1…").arg(finding.destination));
    auto *fix = new ConfigurationFix(m_connection->client(), finding, m_check->input(), this);
    m_runningFix = fix;
    connect(fix, &ConfigurationFix::finished, fix, &QObject::deleteLater);
    connect(fix, &ConfigurationFix::finished, this, [this, fix, finding](bool ok) {
        m_runningFix.clear();
        if (!ok) {
            m_busy->hide();
            m_summary->showMessage(MessageBanner::Kind::Error, fix->errorMessage(), fix->technicalDetails());
            showDetails();
            return;
        }
        // Checked again, so the report shows what is left.
        m_fixed = tr("%1 was changed.").arg(finding.destination);
        initializePage();
    });
    fix->start();
}

void CheckReportPage::setUpCurrentFindingAgain()
{
    const ValidationFinding *current = currentFinding();
    if (!current || m_runningFix || !ConfigurationFix::fixedBySettingUpAgain(*current))
        return;
    const ConfigurationValidator::Belonging belonging = m_check->belongingOf(current->destination);
    if (belonging.providerId.isEmpty())
        return;
    QList<QJsonObject> existing;
    for (const SourcedDestination &destination : m_check->input().destinations)
        existing.append(destination.properties);
    Q_EMIT setUpAgainRequested(belonging.providerId, belonging.primaryName, existing);
}

void CheckReportPage::saveReport()
{
    if (!m_check)
        return;
    // A PDF to hand over by default.
    const QString file = Dialogs::saveFileName(
        this, tr("Save report"), QDir::home().filePath(QStringLiteral("task-center-check.pdf")),
        tr("PDF report (*.pdf);;HTML report (*.html);;JSON report (*.json);;Text report (*.txt)"));
    if (file.isEmpty())
        return;
    // The format follows the file's extension; JSON for any other.
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QString format = suffix == QLatin1String("pdf")                   ? QStringLiteral("pdf")
        : suffix == QLatin1String("html") || suffix == QLatin1String("htm") ? QStringLiteral("html")
        : suffix == QLatin1String("txt")                                    ? QStringLiteral("text")
                                                                            : QStringLiteral("json");
    QByteArray data;
    QString error;
    if (!ValidationReport::render(format, m_check->findings(), m_check->destinationCount(), m_check->landscape(), &data,
                                  &error)) {
        m_summary->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    const FileWriter::Result saved = FileWriter::write(file, data);
    if (saved)
        m_summary->showMessage(MessageBanner::Kind::Success,
                               tr("The report is saved in %1.").arg(QDir::toNativeSeparators(file)));
    else
        m_summary->showMessage(MessageBanner::Kind::Error, saved.errorMessage);
}

bool CheckReportPage::isComplete() const
{
    return m_done;
}
