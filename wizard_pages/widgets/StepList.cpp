#include "widgets/StepList.h"

#include <QFont>
#include <QFontMetrics>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <algorithm>
#include <functional>

namespace {

struct StepMarkers
{
    QIcon current;
    QIcon done;
    QIcon toCome;
};

// The markers, drawn here: the style's own icons are image files whose reading loads every image plugin before the
// first paint. An arrow in the highlight colour for where the user is, a tick for a step done.
StepMarkers stepMarkers(const QSize &size, qreal pixelRatio, const QPalette &palette)
{
    const auto draw = [&](const std::function<void(QPainter &)> &paint) {
        QPixmap pixmap(size * pixelRatio);
        pixmap.setDevicePixelRatio(pixelRatio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size.width() / 16.0, size.height() / 16.0);
        paint(painter);
        painter.end();
        return QIcon(pixmap);
    };
    StepMarkers markers;
    markers.current = draw([&](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.color(QPalette::Highlight));
        painter.drawPolygon(QPolygonF({ QPointF(4, 2.5), QPointF(13, 8), QPointF(4, 13.5) }));
    });
    markers.done = draw([&](QPainter &painter) {
        painter.setPen(QPen(palette.color(QPalette::Text), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF({ QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4) }));
    });
    markers.toCome = draw([](QPainter &) {});
    return markers;
}

} // namespace

StepList::StepList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Steps"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setFrameShape(QFrame::NoFrame);
    setFixedWidth(190);
    setSpacing(2);
    setIconSize(QSize(16, 16));
    viewport()->setAutoFillBackground(false);
}

void StepList::showSteps(const QStringList &titles, int current, const QList<bool> &done)
{
    const StepMarkers markers = stepMarkers(iconSize(), devicePixelRatioF(), palette());
    clear();
    for (int i = 0; i < titles.size(); ++i) {
        const bool isDone = done.value(i) && i != current;
        const QString &title = titles.at(i);
        // Markers as icons, so a title that wraps stays aligned; an empty one keeps the steps to come in line.
        auto *item = new QListWidgetItem(i == current ? markers.current
                                             : isDone ? markers.done
                                                      : markers.toCome,
                                         title, this);
        QFont font = item->font();
        font.setBold(i == current);
        item->setFont(font);
        // Tall enough for the title wrapped a little narrower than the style wraps it: a title that breaks at a
        // hyphen ("SuccessFactors-System") otherwise gets one line too few and is cut to "…".
        const int textWidth = width() - iconSize().width() - 16;
        const QRect text = QFontMetrics(font).boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, title);
        item->setSizeHint(QSize(textWidth, std::max(text.height(), iconSize().height()) + 4));
        if (!isDone && i != current)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        item->setData(Qt::AccessibleTextRole,
                      i == current ? tr("Step %1 of %2, current: %3").arg(i + 1).arg(titles.size()).arg(title)
                          : isDone ? tr("Step %1 of %2, done: %3").arg(i + 1).arg(titles.size()).arg(title)
                                   : tr("Step %1 of %2: %3").arg(i + 1).arg(titles.size()).arg(title));
    }
}
