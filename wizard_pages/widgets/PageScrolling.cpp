#include "widgets/PageScrolling.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QList>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWidget>

namespace PageScrolling {

namespace {

// A text that changes while the page is shown (the next steps after Apply) asks its content widget for a new layout;
// the scroll area sizes the content by its height for the width only when it is asked itself.
class ContentWatcher : public QObject
{
public:
    explicit ContentWatcher(QScrollArea *scroll)
        : QObject(scroll)
        , m_scroll(scroll)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            QCoreApplication::postEvent(m_scroll, new QEvent(QEvent::LayoutRequest));
        return QObject::eventFilter(watched, event);
    }

private:
    QScrollArea *m_scroll;
};

} // namespace

void wrap(QWidget *page)
{
    QLayout *layout = page->layout();
    if (!layout)
        return;
    for (int i = 0; i < layout->count(); ++i) {
        if (qobject_cast<QScrollArea *>(layout->itemAt(i)->widget()))
            return;
    }
    // What follows the page's last stretch stays in view below the scrolling part: the line that says what is
    // missing, the first page's buttons.
    QList<QLayoutItem *> pinned;
    for (int i = layout->count() - 1; i >= 0; --i) {
        QSpacerItem *spacer = layout->itemAt(i)->spacerItem();
        if (spacer && (spacer->expandingDirections() & Qt::Vertical)) {
            while (layout->count() > i + 1)
                pinned.append(layout->takeAt(i + 1));
            break;
        }
    }
    // The page's own layout, with its widgets, moves into the content widget (QWidget::setLayout takes it over).
    auto *content = new QWidget;
    content->setObjectName(page->objectName() + QStringLiteral("Content"));
    content->setLayout(layout);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    content->installEventFilter(new ContentWatcher(scroll));
    // The page's background shows through, as without the scroll area.
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    if (pinned.isEmpty())
        return;
    // In line with the content above it.
    auto *below = new QVBoxLayout;
    const QMargins margins = layout->contentsMargins();
    below->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    outer->addLayout(below);
    for (QLayoutItem *item : std::as_const(pinned)) {
        if (QLayout *sub = item->layout()) {
            sub->setParent(nullptr);
            below->addLayout(sub);
        } else {
            below->addItem(item);
        }
    }
}

} // namespace PageScrolling
