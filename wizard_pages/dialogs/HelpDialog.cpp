#include "dialogs/HelpDialog.h"

#include "dialogs/Dialogs.h"
#include "widgets/CopyableValue.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Texts to read and to select a part of (a console path to search for), never rich text.
QLabel *plainText(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(plainText(QStringLiteral("helpTitle"), this))
    , m_purpose(plainText(QStringLiteral("helpPurpose"), this))
    , m_where(plainText(QStringLiteral("helpWhereToClick"), this))
    , m_guideTitle(plainText(QStringLiteral("helpGuideTitle"), this))
    , m_address(new CopyableValue(tr("Address of SAP's guide"), this))
    , m_open(new QPushButton(tr("&Open SAP's guide"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    resize(540, 520);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    // The two texts can be long (every value of a step, every item of a checklist): they scroll, the guide stays.
    auto *texts = new QWidget;
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->addWidget(heading(tr("What this step is for"), texts));
    textsLayout->addWidget(m_purpose);
    textsLayout->addSpacing(8);
    textsLayout->addWidget(heading(tr("Where to click"), texts));
    textsLayout->addWidget(m_where);
    textsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(texts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Texts wrap to the window's width; they never scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The guide's title, and its address to copy.
    m_address->setObjectName(QStringLiteral("helpGuideAddress"));
    m_banner->setObjectName(QStringLiteral("helpBanner"));

    m_open->setObjectName(QStringLiteral("openGuideButton"));
    m_open->setAccessibleName(tr("Open SAP's guide in a browser"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &HelpDialog::openGuide);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeHelpButton"));
    close->setAccessibleName(tr("Close the help"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &HelpDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(scroll, 1);
    layout->addWidget(heading(tr("SAP's guide"), this));
    layout->addWidget(m_guideTitle);
    layout->addWidget(m_address);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
}

void HelpDialog::showHelp(const PageHelp &help)
{
    m_guideUrl = help.guide.url;
    setWindowTitle(tr("Help: %1").arg(help.title));
    m_title->setText(help.title);
    m_purpose->setText(help.purpose);
    m_where->setText(help.whereToClick);
    const bool hasGuide = !m_guideUrl.isEmpty();
    m_guideTitle->setText(!hasGuide                        ? tr("SAP's guides name no page for this step.")
                              : help.guide.title.isEmpty() ? m_guideUrl
                                                           : help.guide.title);
    m_address->setValue(m_guideUrl, hasGuide);
    m_address->setEnabled(hasGuide);
    m_open->setEnabled(hasGuide);
    m_banner->clear();
    // Opened anew, the focus is on opening the guide, not in the address (which would select it all).
    if (!isVisible())
        m_open->setFocus();
}

void HelpDialog::openGuide()
{
    if (m_guideUrl.isEmpty())
        return;
    if (Dialogs::openUrl(QUrl(m_guideUrl))) {
        m_banner->clear();
        return;
    }
    // Without a browser, the address is there to copy: said, and selected.
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("No browser could be opened. Copy the address below and open it in a browser."));
    m_address->selectValue();
}
