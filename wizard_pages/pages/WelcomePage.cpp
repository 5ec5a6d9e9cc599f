#include "pages/WelcomePage.h"

#include "setup/SetupModel.h"
#include "startup/Translations.h"
#include "widgets/LinkButton.h"
#include "widgets/MessageBanner.h"
#include "widgets/ProviderPicker.h"
#include "widgets/TabOrder.h"
#include "widgets/WrappingLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// How many widths of a capital Latin letter a text takes at most: one per character, two for the wide characters of
// Chinese, Japanese and Korean.
int widthInLetters(const QString &text)
{
    int letters = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        letters += wide ? 2 : 1;
    }
    return letters;
}

} // namespace

WelcomePage::WelcomePage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_provider(new ProviderPicker(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new MessageBanner(this))
    , m_restart(new QPushButton(tr("&Restart in this language"), this))
    , m_summary(new WrappingLabel(this))
    , m_paths(new QWidget(this))
    , m_pathsLayout(new QVBoxLayout(m_paths))
    , m_pathChoice(new QButtonGroup(this))
    , m_destinationsIntro(new QLabel(tr("You will set up these destinations in the subaccount where SAP Task Center "
                                        "runs:"),
                                     this))
    , m_destinationList(new WrappingLabel(this))
    , m_atHandList(new WrappingLabel(this))
    , m_guides(new QVBoxLayout)
    , m_keychain(new MessageBanner(this))
    , m_resume(new QPushButton(tr("&Continue a saved setup…"), this))
    , m_continue(new QPushButton(this))
    , m_demo(new QPushButton(tr("Use the &demo subaccount"), this))
    , m_check(new QPushButton(tr("Check an e&xisting configuration…"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Connect a task provider to SAP Task Center"));
    setSubTitle(tr("This wizard walks you through SAP's documented steps and writes the destinations they need."));

    m_provider->setObjectName(QStringLiteral("providerPicker"));
    m_provider->setCurrentId(model->provider().id());
    // Seven rows show a family or two at a time; the search field finds the rest.
    m_provider->list()->setFixedHeight(m_provider->list()->fontMetrics().height() * 7 + 12);
    auto *providerLabel = new QLabel(tr("&Task provider:"), this);
    providerLabel->setBuddy(m_provider); // its search field, once made, else its list
    auto *form = new QFormLayout;
    form->addRow(providerLabel, m_provider);

    // For demos in the customer's language; kept for the next start.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language (%1)").arg(Translations::nativeName(QLocale::system().name())), QString());
    for (const QString &language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    // Wide enough for every name without measuring each in its script: measuring 日本語 in a Latin window would load a
    // CJK font of some 20 MB before the first paint. The list itself draws each name in a font that has its letters.
    int widest = 0;
    for (int i = 0; i < m_language->count(); ++i)
        widest = std::max(widest, widthInLetters(m_language->itemText(i)));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(widest);
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
    m_summary->setObjectName(QStringLiteral("providerSummary"));
    m_pathsLayout->setContentsMargins(0, 0, 0, 0);
    m_paths->setObjectName(QStringLiteral("pathChoice"));

    // The headings do not wrap (they are short); the lists do, with a provider's long name, through WrappingLabel,
    // which lays them out once per width.
    auto *atHand = new QLabel(tr("Have at hand:"), this);
    auto *guidesIntro = new QLabel(tr("SAP's guides for these steps:"), this);
    m_destinationList->setObjectName(QStringLiteral("destinationList"));
    m_atHandList->setObjectName(QStringLiteral("atHandList"));
    for (QLabel *label : { m_destinationsIntro, m_destinationList, atHand, m_atHandList, guidesIntro })
        label->setTextFormat(Qt::PlainText);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_destinationsIntro);
    text->addWidget(m_destinationList);
    text->addSpacing(8);
    text->addWidget(atHand);
    text->addWidget(m_atHandList);
    text->addSpacing(8);
    text->addWidget(guidesIntro);
    text->addLayout(m_guides);

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
    layout->addLayout(text);
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
    connect(m_provider, &ProviderPicker::chosen, this, &WelcomePage::providerChosen);
    connect(m_provider, &ProviderPicker::searchFieldAdded, this, [this] { TabOrder::followLayout(this); });
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

void WelcomePage::providerChosen(const QString &id)
{
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
    m_provider->setCurrentId(provider.id());
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

    const auto bulleted = [](const QStringList &lines) {
        QStringList items;
        for (const QString &line : lines)
            items.append(QStringLiteral("  \u2022 ") + line);
        return items.join(QLatin1Char('\n'));
    };
    QStringList destinations;
    for (const auto &destination : provider.destinations(m_model->pathId()))
        destinations.append(destination.title);
    m_destinationList->setText(bulleted(destinations));
    m_destinationsIntro->setVisible(m_model->writesDestinations());
    m_destinationList->setVisible(m_model->writesDestinations());
    m_atHandList->setText(bulleted({ tr("access to the SAP BTP cockpit of the subaccount where SAP Task Center runs,"),
                                     tr("administrator access to %1.").arg(provider.displayName()) }));
    // The guides of the chosen way: one that documents only another way's steps is left out.
    while (QLayoutItem *item = m_guides->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto &source : provider.sourcesFor(m_model->pathId())) {
        auto *link = new LinkButton(source.title, QUrl(source.url), this);
        link->setObjectName(QStringLiteral("guideLink"));
        connect(link, &LinkButton::noBrowser, this, [this](const QUrl &url) {
            m_keychain->showMessage(MessageBanner::Kind::Information,
                                    tr("No browser could be opened. SAP's guide is at %1").arg(url.toString()));
        });
        m_guides->addWidget(link, 0, Qt::AlignLeft);
    }
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
        auto *explanation = new WrappingLabel(path.explanation, m_paths);
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
