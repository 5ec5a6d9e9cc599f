#include "WelcomePage.h"

#include "MessageBanner.h"
#include "SetupModel.h"
#include "TabOrder.h"
#include "Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

WelcomePage::WelcomePage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_provider(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new MessageBanner(this))
    , m_restart(new QPushButton(tr("&Restart in this language"), this))
    , m_summary(new QLabel(this))
    , m_paths(new QWidget(this))
    , m_pathsLayout(new QVBoxLayout(m_paths))
    , m_pathChoice(new QButtonGroup(this))
    , m_text(new QLabel(this))
    , m_keychain(new MessageBanner(this))
    , m_resume(new QPushButton(tr("&Continue a saved setup…"), this))
    , m_continue(new QPushButton(this))
    , m_demo(new QPushButton(tr("Use the &demo subaccount"), this))
    , m_check(new QPushButton(tr("Check an e&xisting configuration…"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Connect a task provider to SAP Task Center"));
    setSubTitle(tr("This wizard walks you through SAP's documented steps and writes the destinations they need."));

    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (const QString &id : ProviderDefinition::builtInIds()) {
        if (const auto provider = ProviderDefinition::builtIn(id))
            m_provider->addItem(provider->displayName(), id);
    }
    m_provider->setCurrentIndex(m_provider->findData(model->provider().id()));
    auto *providerLabel = new QLabel(tr("&Task provider:"), this);
    providerLabel->setBuddy(m_provider);
    auto *form = new QFormLayout;
    form->addRow(providerLabel, m_provider);

    // For demos in the customer's language; kept for the next start.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language (%1)").arg(Translations::nativeName(QLocale::system().name())), QString());
    for (const QString &language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    // The language the window speaks is the one shown as chosen (also when --lang chose it for this start).
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::current())));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->hide();
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_restart);
    languageRow->addStretch();
    form->addRow(languageLabel, languageRow);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("providerSummary"));
    m_pathsLayout->setContentsMargins(0, 0, 0, 0);
    m_paths->setObjectName(QStringLiteral("pathChoice"));

    // No word wrap: the lines are short, and wrapping rich text costs a third of the start-up time
    // (every layout pass re-lays the document out for each width it tries).
    m_text->setWordWrap(false);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setObjectName(QStringLiteral("welcomeText"));

    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->hide();
    m_resume->setToolTip(tr("Open a setup file saved with \"Save progress\""));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(tr("Check destinations that exist already, in a subaccount or in exported files, and see "
                           "what is wrong and how to fix it"));
    m_demo->setToolTip(tr("Try the whole setup against a subaccount simulated on this computer: nothing reaches "
                          "SAP BTP"));
    // Two rows: in a long language, three buttons side by side do not fit the smallest window.
    auto *resumeRow = new QHBoxLayout;
    resumeRow->addWidget(m_resume);
    resumeRow->addWidget(m_demo);
    resumeRow->addStretch();
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_languageNote);
    layout->addWidget(m_summary);
    layout->addWidget(m_paths);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addWidget(m_keychain);
    layout->addWidget(m_continue, 0, Qt::AlignLeft);
    layout->addLayout(resumeRow);
    layout->addLayout(checkRow);
    connect(m_resume, &QPushButton::clicked, this, &WelcomePage::resumeRequested);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_continue->hide();
        Q_EMIT continueRequested();
    });
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_check, &QPushButton::clicked, this, &WelcomePage::checkRequested);
    connect(m_provider, &QComboBox::activated, this, &WelcomePage::providerChosen);
    connect(m_language, &QComboBox::activated, this, &WelcomePage::languageChosen);
    connect(m_restart, &QPushButton::clicked, this, &WelcomePage::restartRequested);
    connect(model, &SetupModel::stepsChanged, this, &WelcomePage::showProvider);
    showProvider();
}

void WelcomePage::offerContinue(const QString &where)
{
    m_continue->setText(tr("C&ontinue where you left off (%1)").arg(where));
    m_continue->setToolTip(tr("The setup you were working on when the wizard was last closed"));
    m_continue->show();
}

void WelcomePage::providerChosen(int index)
{
    const QString id = m_provider->itemData(index).toString();
    if (id == m_model->provider().id())
        return;
    QString error;
    auto provider = ProviderDefinition::builtIn(id, &error);
    if (!provider) {
        m_keychain->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    m_model->setProvider(provider);
}

void WelcomePage::languageChosen(int index)
{
    Translations::choose(m_language->itemData(index).toString());
    // The window's texts are made in the language it started with: the new one takes effect at the next start.
    m_languageNote->showMessage(MessageBanner::Kind::Information,
                                tr("The wizard speaks %1 from its next start. Restart now to see it at once; the "
                                   "setup so far is kept.")
                                    .arg(m_language->itemText(index)));
    m_restart->show();
}

void WelcomePage::showProvider()
{
    const auto &provider = m_model->provider();
    const int index = m_provider->findData(provider.id());
    if (index != m_provider->currentIndex())
        m_provider->setCurrentIndex(index);
    m_summary->setText(provider.summary());
    m_summary->setVisible(!provider.summary().isEmpty());

    // Where SAP documents several ways, the user chooses one here, with when each applies. The buttons are made
    // anew only for another provider: choosing a path comes here too, from inside the button's own signal.
    if (m_pathsProvider != provider.id()) {
        m_pathsProvider = provider.id();
        showPaths();
    }
    for (auto *button : m_pathChoice->buttons())
        button->setChecked(button->objectName() == m_model->pathId() + QStringLiteral("Path"));
    m_paths->setVisible(!provider.paths().isEmpty());

    QString destinations;
    for (const auto &destination : provider.destinations())
        destinations += QStringLiteral("<li>%1</li>").arg(destination.title.toHtmlEscaped());
    // The guides of the chosen way: one that documents only another way's steps is left out.
    QString links;
    for (const auto &source : provider.sourcesFor(m_model->pathId()))
        links += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                     .arg(source.url.toHtmlEscaped(), source.title.toHtmlEscaped());
    QString text;
    if (m_model->writesDestinations())
        text += tr("<p>You will set up these destinations in the subaccount where SAP Task Center runs:</p><ul>%1</ul>")
                    .arg(destinations);
    text += tr("<p>Have at hand:</p>"
               "<ul><li>access to the <b>SAP BTP cockpit</b> of the subaccount where SAP Task Center runs,</li>"
               "<li>administrator access to <b>%1</b>.</li></ul>"
               "<p>SAP's guides for these steps:</p><ul>%2</ul>")
                .arg(provider.displayName().toHtmlEscaped(), links);
    m_text->setText(text);
    m_demo->setVisible(m_model->writesDestinations());
}

void WelcomePage::showKeychainState(bool available, const QString &message)
{
    m_keychain->showMessage(available ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning, message);
}

void WelcomePage::showPaths()
{
    for (auto *button : m_pathChoice->buttons())
        m_pathChoice->removeButton(button);
    while (auto *item = m_pathsLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    for (const auto &path : m_model->provider().paths()) {
        auto *button = new QRadioButton(path.title, m_paths);
        button->setObjectName(path.id + QStringLiteral("Path"));
        button->setChecked(path.id == m_model->pathId());
        auto *explanation = new QLabel(path.explanation, m_paths);
        explanation->setWordWrap(true);
        explanation->setContentsMargins(24, 0, 0, 4);
        m_pathChoice->addButton(button);
        m_pathsLayout->addWidget(button);
        m_pathsLayout->addWidget(explanation);
        connect(button, &QRadioButton::toggled, this, [this, id = path.id](bool on) {
            if (on)
                m_model->setPath(id);
        });
    }
    // The new choices are read where they stand, before the buttons at the bottom.
    TabOrder::followLayout(this);
}
