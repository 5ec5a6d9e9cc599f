#include "widgets/ProviderPicker.h"

#include "providers/ProviderDefinition.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1; // what the search field matches: name, id, summary, family

// The summary's first sentence: the list shows one line per provider, the page below it the whole summary.
QString firstSentence(const QString &summary)
{
    const qsizetype end = summary.indexOf(QLatin1String(": "));
    const qsizetype stop = summary.indexOf(QLatin1String(". "));
    qsizetype cut = summary.size();
    if (end > 0)
        cut = std::min(cut, end);
    if (stop > 0)
        cut = std::min(cut, stop);
    return summary.left(cut);
}

} // namespace

ProviderPicker::ProviderPicker(QWidget *parent)
    : QWidget(parent)
    , m_searchRoom(new QWidget(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setAccessibleName(tr("Task providers"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Both columns share the width, the longer texts elided (the whole summary is the tooltip, and shown below the
    // list for the chosen provider): the list never makes the page wider than the smallest window.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->header()->setMinimumSectionSize(40);

    // The items are made whole before they go into the list: each change to an item already in it is one more
    // round of the view's size hints.
    const auto catalogue = ProviderDefinition::catalogue();
    QFont bold = m_list->font();
    bold.setBold(true);
    const QBrush summaryColour = m_list->palette().brush(QPalette::PlaceholderText);
    QList<QTreeWidgetItem *> groups;
    for (const auto &family : ProviderDefinition::families()) {
        auto *group = new QTreeWidgetItem({ family.name });
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(0, bold);
        for (const auto &entry : catalogue) {
            if (entry.family != family.id)
                continue;
            auto *item = new QTreeWidgetItem(group, { entry.displayName, firstSentence(entry.summary) });
            item->setData(0, IdRole, entry.id);
            item->setData(
                0, SearchRole,
                QStringList { entry.displayName, entry.id, entry.summary, family.name }.join(QLatin1Char('\n')));
            item->setToolTip(0, entry.summary);
            item->setToolTip(1, entry.summary);
            item->setForeground(1, summaryColour);
        }
        if (group->childCount() == 0)
            delete group;
        else
            groups.append(group);
    }
    m_list->addTopLevelItems(groups);
    for (QTreeWidgetItem *group : std::as_const(groups))
        group->setFirstColumnSpanned(true);
    m_list->expandAll();

    // A line edit's height: its font's, and the style's frame and margins (QLineEdit::sizeHint's sum, roughly).
    m_searchRoom->setFixedHeight(fontMetrics().height() + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4);
    auto *roomLayout = new QVBoxLayout(m_searchRoom);
    roomLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_searchRoom);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        const QString id = current ? current->data(0, IdRole).toString() : QString();
        if (!id.isEmpty() && !m_settingCurrent)
            Q_EMIT chosen(id);
    });
}

void ProviderPicker::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_search)
        QTimer::singleShot(0, this, &ProviderPicker::addSearchField);
}

QLineEdit *ProviderPicker::searchField()
{
    addSearchField();
    return m_search;
}

void ProviderPicker::addSearchField()
{
    if (m_search)
        return;
    m_search = new QLineEdit(m_searchRoom);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_search->setPlaceholderText(tr("Search, e.g. Ariba or procurement"));
    m_search->setAccessibleName(tr("Search task providers"));
    m_searchRoom->setMinimumHeight(0);
    m_searchRoom->setMaximumHeight(QWIDGETSIZE_MAX);
    m_searchRoom->layout()->addWidget(m_search);
    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &ProviderPicker::filter);
    // Enter in the search field takes the first match, as a search box in a launcher does.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QTreeWidgetItem *first = firstVisibleProvider())
            m_list->setCurrentItem(first);
    });
    m_search->installEventFilter(this);
    if (isVisible())
        m_search->show();
    // In the Tab order where it stands (before the list), which the page lays from its layouts.
    Q_EMIT searchFieldAdded();
}

QString ProviderPicker::currentId() const
{
    const QTreeWidgetItem *current = m_list->currentItem();
    return current ? current->data(0, IdRole).toString() : QString();
}

void ProviderPicker::setCurrentId(const QString &id)
{
    if (id == currentId())
        return;
    m_settingCurrent = true;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id) {
            m_list->setCurrentItem(*it);
            m_list->scrollToItem(*it);
            break;
        }
    }
    m_settingCurrent = false;
}

bool ProviderPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Escape empties a search before it closes the window (the line edit's clear button would load the image plugins
    // before the first paint).
    if (watched == m_search && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        event->accept();
        return false;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    // Down from the search field goes into the list, onto the first match.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_list->setFocus();
        if (QTreeWidgetItem *first = firstVisibleProvider();
            first && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
            m_list->setCurrentItem(first);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ProviderPicker::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match
                = wanted.isEmpty() || item->data(0, SearchRole).toString().contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
    if (QTreeWidgetItem *current = m_list->currentItem(); current && !current->isHidden())
        m_list->scrollToItem(current);
}

QTreeWidgetItem *ProviderPicker::firstVisibleProvider() const
{
    for (QTreeWidgetItemIterator it(m_list, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
        if (!(*it)->data(0, IdRole).toString().isEmpty())
            return *it;
    }
    return nullptr;
}
