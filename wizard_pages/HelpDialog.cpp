#include "HelpDialog.h"

#include "MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

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
    , m_purpose(nullptr)
    , m_where(nullptr)
    , m_guideLink(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy &address"), this))
    , m_open(new QPushButton(tr("&Open SAP's guide"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setModal(false);
    resize(540, 520);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    // The two texts can be long (every value of a step, every item of a checklist): they scroll, the guide stays.
    auto *texts = new QWidget;
    m_purpose = plainText(QStringLiteral("helpPurpose"), texts);
    m_where = plainText(QStringLiteral("helpWhereToClick"), texts);
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

    // The guide's title as a link we build ourselves, its address to select and copy.
    m_guideLink->setObjectName(QStringLiteral("helpGuideLink"));
    m_guideLink->setTextFormat(Qt::RichText);
    m_guideLink->setWordWrap(true);
    m_guideLink->setOpenExternalLinks(false);
    m_guideLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_guideLink, &QLabel::linkActivated, this, &HelpDialog::openGuide);
    m_address->setObjectName(QStringLiteral("helpGuideAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address of SAP's guide"));
    m_copy->setObjectName(QStringLiteral("copyGuideAddressButton"));
    m_copy->setAccessibleName(tr("Copy the address of SAP's guide"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &HelpDialog::copyAddress);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
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
    layout->addWidget(m_guideLink);
    layout->addLayout(addressRow);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
}

void HelpDialog::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener() = std::move(opener);
}

void HelpDialog::showHelp(const PageHelp &help)
{
    m_help = help;
    setWindowTitle(tr("Help: %1").arg(help.title));
    m_title->setText(help.title);
    m_purpose->setText(help.purpose);
    m_where->setText(help.whereToClick);
    const bool hasGuide = !help.guide.url.isEmpty();
    const QString guideTitle = help.guide.title.isEmpty() ? help.guide.url : help.guide.title;
    m_guideLink->setText(
        hasGuide
            ? QStringLiteral("<a href=\"%1\">%2</a>").arg(help.guide.url.toHtmlEscaped(), guideTitle.toHtmlEscaped())
            : tr("SAP's guides name no page for this step.").toHtmlEscaped());
    m_address->setText(help.guide.url);
    m_address->setCursorPosition(0);
    m_address->setEnabled(hasGuide);
    m_copy->setEnabled(hasGuide);
    m_open->setEnabled(hasGuide);
    m_banner->clear();
}

void HelpDialog::openGuide()
{
    if (m_help.guide.url.isEmpty())
        return;
    const QUrl url(m_help.guide.url);
    if (urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url)) {
        m_banner->clear();
        return;
    }
    // Without a browser, the address is there to copy: said, and selected.
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("No browser could be opened. Copy the address below and open it in a browser."));
    m_address->setFocus();
    m_address->selectAll();
}

void HelpDialog::copyAddress()
{
    QApplication::clipboard()->setText(m_help.guide.url);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(tr("Copy &address")); });
}
