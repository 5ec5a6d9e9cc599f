#include "pages/ReviewPage.h"

#include "setup/ApplySession.h"
#include "subaccounts/SubaccountConnection.h"
#include "widgets/MessageBanner.h"
#include "widgets/MissingLine.h"
#include "widgets/PlainText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

ReviewPage::ReviewPage(ApplySession *session, SubaccountConnection *connection, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_connection(connection)
    , m_intro(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_reload(new QPushButton(tr("&Read again"), this))
    , m_changes(new QTreeWidget(this))
    , m_banner(new MessageBanner(this))
    , m_duplicates(new MessageBanner(this))
    , m_replaced(new MessageBanner(this))
    , m_replaceConfirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review the changes"));
    setSubTitle(tr("Nothing has been written yet. Check what will change, then choose Apply."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_cancel->setObjectName(QStringLiteral("cancelReviewButton"));
    m_reload->setObjectName(QStringLiteral("reloadReviewButton"));
    m_changes->setObjectName(QStringLiteral("changesView"));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({ tr("Destination or property"), tr("Now in the subaccount"), tr("After applying") });
    m_changes->setAlternatingRowColors(true);
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_changes->setAccessibleName(tr("Changes to the subaccount"));
    m_changes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_changes, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_changes->indexAt(at);
        const QString text = index.data().toString();
        if (text.isEmpty())
            return;
        auto *menu = new QMenu(m_changes);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Copy"), this, [text] { QApplication::clipboard()->setText(text); });
        menu->popup(m_changes->viewport()->mapToGlobal(at));
    });
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_duplicates->setObjectName(QStringLiteral("duplicatePrimaryBanner"));
    m_replaced->setObjectName(QStringLiteral("replacedConnectionBanner"));
    m_replaceConfirm->setObjectName(QStringLiteral("replaceConfirmCheck"));
    m_replaceConfirm->hide();

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addStretch(0); // takes the room while the progress bar is hidden
    busyRow->addWidget(m_cancel);
    busyRow->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(busyRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_replaced);
    layout->addWidget(m_replaceConfirm);
    layout->addWidget(m_changes, 1);
    layout->addWidget(new MissingLine(this, [this] {
        if (!m_ready)
            return tr("Apply is possible once the subaccount has been read.");
        if (!missingKeyStores().isEmpty())
            return tr("Choose the key store file on this computer (go Back to its step) to apply.");
        return tr("Tick that you mean to replace what is named above to apply.");
    }));

    connect(m_cancel, &QPushButton::clicked, m_session, &ApplySession::cancel);
    connect(m_reload, &QPushButton::clicked, this, &ReviewPage::readSubaccount);
    connect(m_session, &ApplySession::progress, this,
            [this](const QString &step) { m_banner->showMessage(MessageBanner::Kind::Information, step); });
    connect(m_session, &ApplySession::reviewed, this, &ReviewPage::subaccountRead);
    connect(m_replaceConfirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void ReviewPage::initializePage()
{
    m_intro->setText(
        tr("The wizard compares the destinations with what \"%1\" holds now.").arg(m_connection->displayName()));
    readSubaccount();
}

void ReviewPage::cleanupPage()
{
    m_session->cancel();
}

bool ReviewPage::isComplete() const
{
    // Taking someone else's connection away is never one click by accident; a destination whose key store is not
    // there could not authenticate.
    return m_ready && missingKeyStores().isEmpty()
        && ((m_session->replacedConnections().isEmpty() && keyStoresOthersUse().isEmpty())
            || m_replaceConfirm->isChecked());
}

QStringList ReviewPage::missingKeyStores() const
{
    QStringList names;
    for (const CertificateChange &certificate : m_session->plan().certificates()) {
        if (certificate.action == CertificateChange::Action::Missing)
            names.append(certificate.name);
    }
    return names;
}

QStringList ReviewPage::keyStoresOthersUse() const
{
    QStringList replaced;
    for (const CertificateChange &certificate : m_session->plan().certificates()) {
        if (certificate.action == CertificateChange::Action::Replace && !certificate.alsoUsedBy.isEmpty())
            replaced.append(tr("the key store %1 (also named by %2)")
                                .arg(certificate.name, certificate.alsoUsedBy.join(QStringLiteral(", "))));
    }
    return replaced;
}

void ReviewPage::readSubaccount()
{
    if (m_session->isReading())
        return;
    m_ready = false;
    Q_EMIT completeChanged();
    m_changes->clear();
    m_duplicates->clear();
    m_replaced->clear();
    m_replaceConfirm->hide();
    m_replaceConfirm->setChecked(false);
    m_busy->show();
    m_cancel->show();
    m_reload->hide();
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Reading the destinations of \"%1\"…").arg(m_connection->displayName()));
    m_session->review();
}

void ReviewPage::subaccountRead(bool ok)
{
    m_busy->hide();
    m_cancel->hide();
    m_reload->show();
    if (!ok) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              m_session->errorMessage() + QLatin1Char(' ')
                                  + tr("Nothing was written. Choose \"Read again\" when the problem is solved."),
                              m_session->technicalDetails());
        return;
    }
    const QStringList duplicates = m_session->duplicatePrimaries();
    if (!duplicates.isEmpty())
        m_duplicates->showMessage(
            MessageBanner::Kind::Warning,
            tr("The subaccount already has a primary destination to the same system: %1. Two primary destinations "
               "to one system give every user each task twice. After applying, delete the old one in the SAP BTP "
               "cockpit (or set its tc.enabled to false).")
                .arg(duplicates.join(QStringLiteral(", "))));
    const QStringList replaced = m_session->replacedConnections();
    const QStringList keyStores = keyStoresOthersUse();
    QStringList replacing;
    if (!replaced.isEmpty())
        replacing.append(tr("Applying replaces a connection to another system: %1. Whatever uses it today stops "
                            "working. To keep it, go Back to the primary destination step and choose another name.")
                             .arg(replaced.join(QStringLiteral("; "))));
    if (!keyStores.isEmpty())
        replacing.append(tr("Applying replaces %1 with the file you chose: those destinations then authenticate with "
                            "its certificate. To keep the key store, give your file another name and choose it again.")
                             .arg(keyStores.join(QStringLiteral("; "))));
    if (!replacing.isEmpty()) {
        m_replaced->showMessage(MessageBanner::Kind::Warning, replacing.join(QLatin1Char(' ')));
        m_replaceConfirm->setText(tr("I mean to replace &it with this setup"));
        m_replaceConfirm->show();
    }
    showPlan();
    m_ready = true;
    Q_EMIT completeChanged();
}

void ReviewPage::showPlan()
{
    const DestinationChangePlan &plan = m_session->plan();
    m_changes->clear();
    // The key stores first: they are uploaded before the destinations that name them.
    int keyStoreWrites = 0;
    for (const CertificateChange &certificate : plan.certificates()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, tr("Key store %1").arg(certificate.name));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        switch (certificate.action) {
        case CertificateChange::Action::Upload:
            ++keyStoreWrites;
            item->setText(1, tr("does not exist"));
            item->setText(2, tr("will be uploaded"));
            break;
        case CertificateChange::Action::Replace:
            ++keyStoreWrites;
            item->setText(1, tr("exists, another file"));
            item->setText(2, tr("will be replaced"));
            break;
        case CertificateChange::Action::Unchanged:
            item->setText(1, tr("exists"));
            item->setText(2, tr("unchanged"));
            break;
        case CertificateChange::Action::Missing:
            item->setText(1, tr("does not exist"));
            item->setText(2, tr("missing: nothing to upload"));
            break;
        }
        if (!certificate.sourceFile.isEmpty()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("File on this computer"));
            child->setText(2, certificate.sourceFile);
        }
        if (!certificate.alsoUsedBy.isEmpty()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Also named by"));
            child->setText(1, certificate.alsoUsedBy.join(QStringLiteral(", ")));
        }
        item->setExpanded(certificate.action != CertificateChange::Action::Unchanged);
    }
    for (const DestinationChange &change : plan.changes()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, change.name);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        switch (change.action) {
        case DestinationChange::Action::Create:
            item->setText(1, tr("does not exist"));
            item->setText(2, tr("will be created"));
            for (const DestinationProperty &property : change.desired.properties()) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, property.key);
                child->setText(2, property.secret ? DestinationChangePlan::maskedValue() : property.value);
            }
            break;
        case DestinationChange::Action::Update:
            item->setText(1, tr("exists"));
            item->setText(2, tr("will be updated (%n change(s))", nullptr, int(change.propertyChanges.size())));
            for (const DestinationPropertyChange &property : change.propertyChanges) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, property.key);
                // A secret that changes says so; two masks side by side would say nothing.
                const bool hiddenChange = property.secret && property.kind == DestinationPropertyChange::Kind::Changed;
                child->setText(1,
                               property.kind == DestinationPropertyChange::Kind::Added ? tr("(not set)")
                                   : hiddenChange                                      ? tr("set (hidden)")
                                                                                       : property.displayOldValue());
                child->setText(2,
                               property.kind == DestinationPropertyChange::Kind::Removed ? tr("(removed)")
                                   : hiddenChange                                        ? tr("changed (hidden)")
                                                                                         : property.displayNewValue());
            }
            break;
        case DestinationChange::Action::Unchanged:
            item->setText(1, tr("exists"));
            item->setText(2, tr("unchanged"));
            break;
        }
        item->setExpanded(change.action == DestinationChange::Action::Update);
    }
    // A value cut to fit its column is whole in its tooltip (and Copy in the context menu copies it).
    for (QTreeWidgetItemIterator it(m_changes); *it; ++it) {
        for (int column = 0; column < m_changes->columnCount(); ++column)
            (*it)->setToolTip(column, PlainText::toolTip((*it)->text(column)));
    }
    for (int column = 0; column < 2; ++column) {
        m_changes->resizeColumnToContents(column);
        m_changes->setColumnWidth(column, qMin(m_changes->columnWidth(column), m_changes->width() / 3));
    }
    const QStringList missing = missingKeyStores();
    if (!missing.isEmpty()) {
        QStringList problems;
        for (const CertificateChange &certificate : plan.certificates()) {
            if (certificate.action == CertificateChange::Action::Missing)
                problems.append(certificate.problem);
        }
        m_banner->showMessage(MessageBanner::Kind::Error,
                              problems.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                  + tr("Go Back to the key store's step and choose the file; nothing was written."));
    } else if (plan.hasWrites()) {
        QString summary = tr("%1 to create, %2 to update, %3 unchanged. Choose Apply to write them.")
                              .arg(plan.count(DestinationChange::Action::Create))
                              .arg(plan.count(DestinationChange::Action::Update))
                              .arg(plan.count(DestinationChange::Action::Unchanged));
        if (keyStoreWrites > 0)
            summary += QLatin1Char(' ')
                + tr("%n key store(s) go to the subaccount's destination certificates first.", nullptr, keyStoreWrites);
        // Overwriting is one choice; keeping what is there under its name is the other.
        if (plan.count(DestinationChange::Action::Update) > 0)
            summary += QLatin1Char(' ')
                + tr("To keep the existing destinations as they are, go Back to the primary destination step and "
                     "choose another name.");
        m_banner->showMessage(MessageBanner::Kind::Information, summary);
    } else {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("\"%1\" already holds the destinations exactly like this. Applying writes nothing.")
                                  .arg(m_connection->displayName()));
    }
}
