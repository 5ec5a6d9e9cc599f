#include "widgets/TabOrder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QScrollArea>
#include <QWidget>
#include <algorithm>

namespace {

void collectWidget(QWidget *widget, QList<QWidget *> *chain);

void collectItem(QLayoutItem *item, QList<QWidget *> *chain);

void collectLayout(QLayout *layout, QList<QWidget *> *chain)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const auto role : { QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole }) {
                if (QLayoutItem *item = form->itemAt(row, role))
                    collectItem(item, chain);
            }
        }
        return;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        struct Placed
        {
            int row;
            int column;
            QLayoutItem *item;
        };
        QList<Placed> placed;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            placed.append({ row, column, grid->itemAt(i) });
        }
        std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const Placed &each : std::as_const(placed))
            collectItem(each.item, chain);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), chain);
}

void collectItem(QLayoutItem *item, QList<QWidget *> *chain)
{
    if (QLayout *layout = item->layout())
        collectLayout(layout, chain);
    else if (QWidget *widget = item->widget())
        collectWidget(widget, chain);
}

void collectWidget(QWidget *widget, QList<QWidget *> *chain)
{
    // A scroll area's content is read in place; the area itself is no stop of its own.
    if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collectWidget(scroll->widget(), chain);
        return;
    }
    // A widget that takes Tab is one stop (a combo box, a text edit with its viewport); one that does not is read
    // through its own layout (a field with its label and message, a banner with its buttons).
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        chain->append(widget);
    else if (widget->layout())
        collectLayout(widget->layout(), chain);
}

} // namespace

void TabOrder::followLayout(QWidget *root)
{
    if (!root || !root->layout())
        return;
    QList<QWidget *> chain;
    collectLayout(root->layout(), &chain);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void TabOrder::focusFirstVisible(QWidget *root)
{
    if (!root)
        return;
    QWidget *focus = root->window()->focusWidget();
    if (focus && focus->isVisible())
        return;
    for (QWidget *next = root->nextInFocusChain(); next && next != root; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()
            && root->isAncestorOf(next)) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}
