#include "widgets/LinkButton.h"

#include "dialogs/Dialogs.h"

#include <QEvent>
#include <QResizeEvent>
#include <QStyle>
#include <QStyleOptionButton>

LinkButton::LinkButton(const QString &title, const QUrl &url, QWidget *parent)
    : QPushButton(QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")), parent)
    , m_title(title)
    , m_url(url)
{
    setFlat(true);
    // A button's own policy keeps it at its whole width (its size hint): this one may be narrower, and elides.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(title + QLatin1Char('\n') + url.toString());
    setAccessibleName(title);
    setAccessibleDescription(url.toString());
    QFont underlined = font();
    underlined.setUnderline(true);
    setFont(underlined);
    followLinkColour();
    connect(this, &QPushButton::clicked, this, [this] {
        if (!Dialogs::openUrl(m_url))
            Q_EMIT noBrowser(m_url);
    });
}

void LinkButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_titleWidth = -1;
    if (event->type() == QEvent::PaletteChange
        && palette().color(QPalette::ButtonText) != palette().color(QPalette::Link))
        followLinkColour();
}

void LinkButton::followLinkColour()
{
    QPalette linkColoured = palette();
    linkColoured.setColor(QPalette::ButtonText, linkColoured.color(QPalette::Link));
    setPalette(linkColoured);
}

QSize LinkButton::sizeHint() const
{
    QSize size = QPushButton::sizeHint();
    if (m_titleWidth < 0)
        m_titleWidth = fontMetrics().horizontalAdvance(m_title);
    // The button's own hint is for the text it shows (the title, or the title cut short).
    const int shownWidth = text() == QString(m_title).replace(QLatin1Char('&'), QStringLiteral("&&"))
        ? m_titleWidth
        : fontMetrics().horizontalAdvance(text());
    size.setWidth(size.width() - shownWidth + m_titleWidth);
    return size;
}

QSize LinkButton::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis: the rest of the title is cut while the page is narrow.
    QSize size = QPushButton::minimumSizeHint();
    size.setWidth(std::min(size.width(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12));
    return size;
}

void LinkButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    showTitle();
}

void LinkButton::showTitle()
{
    // The width the style leaves the text of a flat button of this size.
    QStyleOptionButton option;
    initStyleOption(&option);
    const QRect contents = style()->subElementRect(QStyle::SE_PushButtonContents, &option, this);
    const int room = contents.width() - 2 * style()->pixelMetric(QStyle::PM_ButtonMargin, &option, this) / 2;
    const QString shown = fontMetrics().horizontalAdvance(m_title) <= room
        ? m_title
        : fontMetrics().elidedText(m_title, Qt::ElideRight, std::max(room, 0));
    const QString escaped = QString(shown).replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (text() != escaped)
        setText(escaped);
}
