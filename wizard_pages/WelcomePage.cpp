#include "WelcomePage.h"

#include "MessageBanner.h"
#include "PageIds.h"
#include "SetupModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_keychain(new MessageBanner(this))
    , m_resume(new QPushButton(tr("&Continue a saved setup…"), this))
    , m_demo(new QPushButton(tr("Use the &demo subaccount"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    const auto &provider = model->provider();
    setTitle(tr("Connect %1 to SAP Task Center").arg(provider.displayName()));
    setSubTitle(tr("This wizard walks you through SAP's documented steps and writes the two destinations."));

    QString links;
    for (const auto &source : provider.sources())
        links += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                     .arg(source.url.toHtmlEscaped(), source.title.toHtmlEscaped());

    auto *text = new QLabel(
        tr("<p>You will set up:</p>"
           "<ul><li>a <b>primary destination</b> through which SAP Task Center reads %1 tasks with a technical "
           "user,</li>"
           "<li>a <b>secondary destination</b> (principal propagation) through which users act on their own "
           "tasks.</li></ul>"
           "<p>Have at hand:</p>"
           "<ul><li>access to the <b>SAP BTP cockpit</b> of the subaccount where SAP Task Center runs,</li>"
           "<li>administrator access to <b>%1 Admin Center</b>,</li>"
           "<li>the <b>SAP Task Center service key</b> (the wizard shows where to find it).</li></ul>"
           "<p>SAP's guides for these steps:</p><ul>%2</ul>")
            .arg(provider.displayName().toHtmlEscaped(), links),
        this);
    // No word wrap: the lines are short, and wrapping rich text costs a third of the start-up time
    // (every layout pass re-lays the document out for each width it tries).
    text->setWordWrap(false);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setObjectName(QStringLiteral("welcomeText"));

    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Open a setup file saved with \"Save progress\""));
    auto *resumeRow = new QHBoxLayout;
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setToolTip(tr("Try the whole setup against a subaccount simulated on this computer: nothing reaches "
                          "SAP BTP"));
    resumeRow->addWidget(m_resume);
    resumeRow->addWidget(m_demo);
    resumeRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(m_keychain);
    layout->addLayout(resumeRow);
    connect(m_resume, &QPushButton::clicked, this, &WelcomePage::resumeRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::showKeychainState(bool available, const QString &message)
{
    m_keychain->showMessage(available ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning, message);
}

int WelcomePage::nextId() const
{
    return SubaccountPageId;
}
