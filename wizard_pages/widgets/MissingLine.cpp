#include "widgets/MissingLine.h"

#include <QEvent>
#include <QWizardPage>

MissingLine::MissingLine(QWizardPage *page, std::function<QString()> reason)
    : QLabel(page)
    , m_page(page)
    , m_reason(std::move(reason))
{
    setObjectName(QStringLiteral("missingLine"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
    connect(page, &QWizardPage::completeChanged, this, &MissingLine::refresh);
    // A page that is shown again need not say completeChanged(): ask when it shows.
    page->installEventFilter(this);
}

bool MissingLine::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        refresh();
    return QLabel::eventFilter(watched, event);
}

void MissingLine::refresh()
{
    const QString text = m_page->isComplete() ? QString() : m_reason();
    setText(text);
    setVisible(!text.isEmpty());
}
