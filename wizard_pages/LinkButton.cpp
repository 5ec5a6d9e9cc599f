#include "LinkButton.h"

#include "Dialogs.h"

#include <QEvent>

LinkButton::LinkButton(const QString &title, const QUrl &url, QWidget *parent)
    : QPushButton(QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")), parent)
    , m_url(url)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(url.toString());
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
