#include "widgets/MessageBanner.h"

#include "widgets/StatusColors.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_copyDetails(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAttribute(Qt::WA_StyledBackground);
    m_text->setWordWrap(true);
    // Messages carry text from outside (a server's answer, names, values): shown as it is, links not followed.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyDetails->setText(tr("Copy"));
    m_copyDetails->setAccessibleName(tr("Copy the details"));
    m_copyDetails->hide();
    m_detailsToggle->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsToggle);
    detailsRow->addWidget(m_copyDetails);
    detailsRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addLayout(detailsRow);

    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        if (m_details)
            m_details->setVisible(open);
        m_copyDetails->setVisible(open);
    });
    connect(m_copyDetails, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_detailsText); });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    StatusColors::Tone tone = StatusColors::Tone::Information;
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        tone = StatusColors::Tone::Success;
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tone = StatusColors::Tone::Warning;
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tone = StatusColors::Tone::Error;
        break;
    }
    setStyleSheet(
        QStringLiteral("#messageBanner { background:%1; border:1px solid %2; border-radius:4px; }")
            .arg(StatusColors::background(palette(), tone).name(), StatusColors::border(palette(), tone).name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_detailsText = details;
    // The details box is built on first use: most messages have none, and text boxes are slow to create.
    if (!details.isEmpty() && !m_details) {
        m_details = new QPlainTextEdit(this);
        m_details->setReadOnly(true);
        m_details->setMaximumHeight(90);
        m_details->hide();
        static_cast<QVBoxLayout *>(layout())->addWidget(m_details);
    }
    if (m_details)
        m_details->setPlainText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    setAccessibleName(text);
    setAccessibleDescription(text);
    show();
    // Said, not only shown: a screen reader announces an error or warning that appears, and reads the others.
    QAccessibleEvent event(
        this, kind == Kind::Error || kind == Kind::Warning ? QAccessible::Alert : QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::clear()
{
    m_text->clear();
    m_detailsText.clear();
    if (m_details)
        m_details->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}
