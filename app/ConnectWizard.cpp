#include "ConnectWizard.h"

#include "ApplyPage.h"
#include "ApplySession.h"
#include "CheckReportPage.h"
#include "CheckSourcePage.h"
#include "ChecklistPage.h"
#include "ConsolePage.h"
#include "DestinationApplier.h"
#include "DestinationPage.h"
#include "Dialogs.h"
#include "FinishPage.h"
#include "HelpDialog.h"
#include "MessageBanner.h"
#include "PageIds.h"
#include "PageScrolling.h"
#include "ReviewPage.h"
#include "SandboxSubaccount.h"
#include "SecretStore.h"
#include "ServiceKeyPage.h"
#include "SetupFile.h"
#include "SetupModel.h"
#include "SetupSecrets.h"
#include "StepPage.h"
#include "SubaccountChoice.h"
#include "SubaccountConnection.h"
#include "SubaccountPage.h"
#include "TabOrder.h"
#include "TrustCertificatePage.h"
#include "ValuesPage.h"
#include "WelcomePage.h"
#include "WindowSize.h"

#include <QAbstractButton>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QIcon>
#include <QJsonDocument>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QProcess>
#include <QShortcut>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <memory>

namespace {

// The provider the wizard starts with; the welcome page offers the others.
const QString kDefaultProvider = QStringLiteral("successfactors");

struct StepMarkers
{
    QIcon current;
    QIcon done;
    QIcon toCome;
};

// The step list's markers, drawn here: the style's own icons are image files whose reading loads every image plugin
// before the first paint. An arrow in the highlight colour for where the user is, a tick for a step done.
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

ConnectWizard::ConnectWizard(QWidget *parent)
    : QWizard(parent)
    , m_model(new SetupModel(ProviderDefinition::builtIn(kDefaultProvider), this))
    , m_secrets(new SecretStore(SecretStore::DefaultService, this))
    , m_network(new QNetworkAccessManager(this))
    , m_subaccount(new SubaccountConnection(m_network, this))
    , m_welcome(new WelcomePage(m_model, this))
{
    setObjectName(QStringLiteral("connectWizard"));
    // The demo subaccount: the sandbox seeded with the demo landscape, started when first chosen.
    m_subaccount->setDemoStarter([this](DestinationServiceKey *key, QString *error) {
        // Its keys are being made in the background: waiting for them keeps the window responsive.
        if (m_demoKeys && m_demoKeys->isRunning()) {
            QEventLoop wait;
            connect(m_demoKeys, &QThread::finished, &wait, &QEventLoop::quit);
            wait.exec();
        }
        auto demo = std::make_unique<SandboxSubaccount>(this);
        demo->setDataDirectory(SandboxSubaccount::defaultDataDirectory());
        demo->setFaultEndpointEnabled(false);
        if (!demo->seed(SandboxSubaccount::Seed::Demo, error) || !demo->start(0, error))
            return false;
        m_demo = demo.release();
        *key = DestinationServiceKey::fromText(QJsonDocument(m_demo->serviceKey()).toJson(QJsonDocument::Compact));
        return true;
    });
    setWindowTitle(tr("Task Center Connect"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton);
    // Ours, not Qt's: in some languages Qt's own Help and Back share their Alt+ key.
    setButtonText(QWizard::HelpButton, tr("&Help"));
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Save progress…"));
    setButtonText(QWizard::CustomButton2, tr("&Check again"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("checkAgainButton"));
    button(QWizard::CustomButton2)->setToolTip(tr("Back to the check, to see what is left"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveProgressButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save what you entered so far, to continue later"));
    button(QWizard::HelpButton)->setToolTip(tr("What this step is for, where to click, and SAP's guide for it"));
    setMinimumSize(WindowSize::smallest());
    // Where am I: the steps of the chosen provider and path beside the pages, the current one and those done.
    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setSelectionMode(QAbstractItemView::NoSelection);
    m_stepList->setFocusPolicy(Qt::NoFocus);
    m_stepList->setWordWrap(true);
    m_stepList->setTextElideMode(Qt::ElideNone);
    m_stepList->setFrameShape(QFrame::NoFrame);
    m_stepList->setFixedWidth(190);
    m_stepList->setSpacing(2);
    m_stepList->setIconSize(QSize(16, 16));
    m_stepList->viewport()->setAutoFillBackground(false);
    // Under the steps, after a saved setup was opened again: what it could not bring back, until it is given.
    m_giveAgain = new MessageBanner(this);
    m_giveAgain->setObjectName(QStringLiteral("giveAgainNotice"));
    m_giveAgain->setFixedWidth(m_stepList->width());
    m_giveAgain->hide();
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_stepList, 1);
    sideLayout->addWidget(m_giveAgain);
    setSideWidget(side);

    // Only the first page is built before the window shows; the others follow right after (see createPages).
    putPage(WelcomePageId, m_welcome);
    setStartId(WelcomePageId);

    // The progress is kept as the user goes: shortly after each change, and on each new step.
    m_keepTimer = new QTimer(this);
    m_keepTimer->setObjectName(QStringLiteral("keepProgressTimer"));
    m_keepTimer->setSingleShot(true);
    m_keepTimer->setInterval(800);
    connect(m_keepTimer, &QTimer::timeout, this, &ConnectWizard::keepProgress);
    // Another provider or way: what a resumed setup lacked no longer applies.
    connect(m_model, &SetupModel::stepsChanged, this, [this] {
        m_toGiveAgain.clear();
        showWhatToGiveAgain();
    });
    connect(m_model, &SetupModel::changed, this, [this] {
        if (m_setupStarted)
            m_keepTimer->start();
        if (!m_toGiveAgain.isEmpty())
            showWhatToGiveAgain();
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveProgress();
        else if (which == QWizard::CustomButton2)
            checkAgain();
    });
    connect(this, &QWizard::helpRequested, this, &ConnectWizard::showHelp);
    // F1 as everywhere else; the Help button does the same.
    connect(new QShortcut(QKeySequence::HelpContents, this), &QShortcut::activated, this, &ConnectWizard::showHelp);
    connect(m_welcome, &WelcomePage::resumeRequested, this, &ConnectWizard::resume);
    connect(m_welcome, &WelcomePage::continueRequested, this, &ConnectWizard::continueWhereLeftOff);
    connect(m_welcome, &WelcomePage::demoRequested, this, &ConnectWizard::useDemoSubaccount);
    connect(m_welcome, &WelcomePage::restartRequested, this, &ConnectWizard::restartInChosenLanguage);
    connect(m_welcome, &WelcomePage::checkRequested, this, [this] {
        createPages();
        m_checking = true;
        next();
    });
    // Back on the first page, Next sets up a provider again.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == WelcomePageId)
            m_checking = false;
        // Back on the first page: the steps set up from a report are left (Back to the report: cleanupPage).
        if (id == WelcomePageId) {
            m_setUpFromCheck = false;
            m_afterReport = -1;
        }
        showWhereYouAre();
        // Tab in reading order, with what the page put up when it was shown (a provider's fields, rows per
        // destination; a page that builds more while shown orders them again itself). The focus where it can be seen:
        // Qt gives it to a page's first field even when that is hidden (the folder field of a path that writes no
        // files) or leaves it on the page before (after Apply).
        TabOrder::followLayout(page(id));
        TabOrder::focusFirstVisible(page(id));
        // The help window, while open, follows the wizard.
        if (m_help && m_help->isVisible())
            m_help->showHelp(helpFor(id));
        // A check enters nothing to continue later.
        setOption(QWizard::HaveCustomButton1, id != CheckSourcePageId && id != CheckReportPageId);
        // Steps set up again from a check end with checking again.
        setOption(QWizard::HaveCustomButton2, id == FinishPageId && m_setUpFromCheck);
        const QString step = pageKey(id);
        if (!step.isEmpty() && !m_checking) {
            m_setupStarted = true;
            m_model->setLastStep(step);
            keepProgress();
        }
    });
}

ConnectWizard::~ConnectWizard()
{
    if (m_demoKeys)
        m_demoKeys->wait();
    // Requests still under way end with their client, while the network manager is still there.
    delete m_subaccount;
}

void ConnectWizard::createPages()
{
    if (m_finish)
        return;
    m_finish = new FinishPage(m_model, this);
    m_subaccountChoice = new SubaccountChoice(m_subaccount, m_secrets, this);
    m_subaccountChoice->setKeychainAvailable(m_keychainAvailable);
    m_subaccountPage = new SubaccountPage(m_subaccountChoice, m_subaccount, this);
    m_applySession = new ApplySession(m_model, m_subaccount, this);
    m_apply = new ApplyPage(m_model, m_applySession, m_subaccount, this);
    putPage(SubaccountPageId, m_subaccountPage);
    buildStepPages();
    connect(m_model, &SetupModel::stepsChanged, this, &ConnectWizard::buildStepPages);
    // The steps to come change with the provider, its path and where the destinations go.
    connect(m_model, &SetupModel::stepsChanged, this, &ConnectWizard::showWhereYouAre, Qt::QueuedConnection);
    connect(m_subaccount, &SubaccountConnection::changed, this, &ConnectWizard::showWhereYouAre);
    // Another provider or path: what the last page did for the previous one no longer holds.
    connect(m_model, &SetupModel::stepsChanged, m_finish, &FinishPage::reset);
    putPage(ReviewPageId, new ReviewPage(m_applySession, m_subaccount, this));
    putPage(ApplyPageId, m_apply);
    putPage(FinishPageId, m_finish);
    auto *checkSource = new CheckSourcePage(m_subaccountChoice, m_subaccount, this);
    putPage(CheckSourcePageId, checkSource);
    m_checkReport = new CheckReportPage(checkSource, m_subaccount, this);
    putPage(CheckReportPageId, m_checkReport);
    connect(m_checkReport, &CheckReportPage::setUpAgainRequested, this, &ConnectWizard::setUpAgain);
    connect(m_finish, &FinishPage::filesWritten, this, &ConnectWizard::saveSecrets);
    // A provider's secrets are kept per subaccount: the chosen one names their keychain entries.
    // (The demo never uses the keychain; its name only lets a kept setup choose the demo again.)
    connect(m_subaccount, &SubaccountConnection::changed, this, [this] {
        const QString profile = m_subaccount->profileId();
        m_model->setSecretOwner(m_subaccount->target() == SubaccountConnection::Target::Demo ? QStringLiteral("demo")
                                    : profile.isEmpty()                                      ? QStringLiteral("files")
                                                        : SubaccountProfile { profile, {}, {} }.secretOwner());
    });
    connect(m_apply, &ApplyPage::applied, this, [this](bool) {
        bool anyDone = false;
        for (const auto &result : m_apply->applier()->results())
            anyDone = anyDone || result.outcome == DestinationApplyResult::Outcome::Done;
        m_finish->setAppliedTo(m_apply->applier()->succeeded() ? m_subaccount->displayName() : QString());
        // A demo never writes the keychain: a real setup with the same destination name keeps its API keys.
        if (anyDone && m_subaccount->target() != SubaccountConnection::Target::Demo)
            saveSecrets();
    });
    showWhereYouAre();
}

void ConnectWizard::buildStepPages()
{
    using Kind = ProviderDefinition::Step::Kind;
    for (const auto &page : std::as_const(m_stepPages)) {
        QWizardPage *old = this->page(page.first);
        removePage(page.first);
        delete old;
    }
    m_stepPages.clear();
    int id = FirstStepPageId;
    const auto add = [this, &id](QWizardPage *page, const QString &step) {
        putPage(id, page);
        m_stepPages.append({ id++, step });
    };
    for (const auto &step : m_model->steps()) {
        switch (step.kind) {
        case Kind::Document:
            if (step.document == QLatin1String("trustCertificate"))
                add(new TrustCertificatePage(m_model, m_subaccount, step, this), step.id);
            else
                add(new ServiceKeyPage(m_model, step, this), step.id);
            break;
        case Kind::Values:
            add(new ValuesPage(m_model, step, this), step.id);
            break;
        case Kind::Console:
            add(new ConsolePage(m_model, step, this), step.id);
            break;
        case Kind::Checklist:
            add(new ChecklistPage(m_model, step, this), step.id);
            break;
        case Kind::Destinations:
            // One page per destination the definition produces: one, two or more.
            for (const auto &role : m_model->roles())
                add(new DestinationPage(m_model, step, role, this), QStringLiteral("destination:") + role);
            break;
        }
    }
}

void ConnectWizard::putPage(int id, QWizardPage *page)
{
    // Nothing squeezed or cut in a long language or the smallest window: the page scrolls instead.
    PageScrolling::wrap(page);
    setPage(id, page);
}

int ConnectWizard::stepPageId(const QString &stepId) const
{
    for (const auto &page : m_stepPages) {
        if (page.second == stepId)
            return page.first;
    }
    return -1;
}

QString ConnectWizard::stepOf(int pageId) const
{
    // The guide of a page: the provider file names its steps, "destination:<role>" a destination's page (or
    // "destinations" for all of them), and "apply" for the review too.
    if (pageId == WelcomePageId)
        return QStringLiteral("welcome");
    if (pageId == CheckSourcePageId || pageId == CheckReportPageId)
        return QStringLiteral("check");
    const QString key = pageKey(pageId);
    if (key == QLatin1String("review"))
        return QStringLiteral("apply");
    return key;
}

int ConnectWizard::nextId() const
{
    return nextIdAfter(currentId());
}

QList<int> ConnectWizard::pathIds() const
{
    QList<int> ids;
    // Bounded: a page that led back would otherwise loop.
    for (int id = startId(); id != -1 && page(id) && !ids.contains(id) && ids.size() < 64; id = nextIdAfter(id))
        ids.append(id);
    return ids;
}

void ConnectWizard::showWhereYouAre()
{
    const QList<int> ids = pathIds();
    const int current = currentId();
    const QList<int> visited = visitedIds();
    const StepMarkers markers = stepMarkers(m_stepList->iconSize(), devicePixelRatioF(), palette());
    m_stepList->clear();
    for (int i = 0; i < ids.size(); ++i) {
        const int id = ids.at(i);
        const bool done = visited.contains(id) && id != current;
        // Markers as icons, so a title that wraps stays aligned; an empty one keeps the steps to come in line.
        auto *item = new QListWidgetItem(id == current ? markers.current
                                             : done    ? markers.done
                                                       : markers.toCome,
                                         page(id)->title(), m_stepList);
        QFont font = item->font();
        font.setBold(id == current);
        item->setFont(font);
        // Tall enough for the title wrapped a little narrower than the style wraps it: a title that breaks at a
        // hyphen ("SuccessFactors-System") otherwise gets one line too few and is cut to "…".
        const int textWidth = m_stepList->width() - m_stepList->iconSize().width() - 16;
        const QRect text
            = QFontMetrics(font).boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, page(id)->title());
        item->setSizeHint(QSize(textWidth, std::max(text.height(), m_stepList->iconSize().height()) + 4));
        if (!done && id != current)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        // Read out as a screen reader user needs it: which step, and whether it is done.
        item->setData(Qt::AccessibleTextRole,
                      id == current ? tr("Step %1 of %2, current: %3").arg(i + 1).arg(ids.size()).arg(page(id)->title())
                          : done    ? tr("Step %1 of %2, done: %3").arg(i + 1).arg(ids.size()).arg(page(id)->title())
                                    : tr("Step %1 of %2: %3").arg(i + 1).arg(ids.size()).arg(page(id)->title()));
    }
    const int number = int(ids.indexOf(current)) + 1;
    if (current == WelcomePageId || number <= 0)
        setWindowTitle(tr("Task Center Connect"));
    else if (m_checking)
        setWindowTitle(tr("Task Center Connect – checking a configuration – %1").arg(page(current)->title()));
    else
        setWindowTitle(tr("Task Center Connect – %1 – step %2 of %3: %4")
                           .arg(m_model->provider().displayName())
                           .arg(number)
                           .arg(ids.size())
                           .arg(page(current)->title()));
}

int ConnectWizard::nextIdAfter(int current) const
{
    const int firstStep = m_stepPages.isEmpty() ? FinishPageId : m_stepPages.first().first;
    // After the provider's last step: review and apply when the destinations go into a subaccount; files are
    // written on the last page.
    const int afterSteps
        = m_model->writesDestinations() && m_subaccount->writesToSubaccount() ? ReviewPageId : FinishPageId;
    switch (current) {
    case WelcomePageId:
        if (m_checking)
            return CheckSourcePageId;
        // A path that writes no destinations does not ask where they go.
        return m_model->writesDestinations() ? int(SubaccountPageId) : firstStep;
    case SubaccountPageId:
        return firstStep;
    case ReviewPageId:
        return ApplyPageId;
    case ApplyPageId:
        return FinishPageId;
    case FinishPageId:
        return -1;
    case CheckReportPageId:
        return m_afterReport;
    case CheckSourcePageId:
        return CheckReportPageId;
    default:
        break;
    }
    for (int i = 0; i < m_stepPages.size(); ++i) {
        if (m_stepPages.at(i).first == current)
            return i + 1 < m_stepPages.size() ? m_stepPages.at(i + 1).first : afterSteps;
    }
    return QWizard::nextId();
}

void ConnectWizard::useDemoSubaccount()
{
    createPages();
    m_subaccountPage->chooseDemo();
    if (currentId() == WelcomePageId)
        next();
}

void ConnectWizard::cleanupPage(int id)
{
    // Back from the first step to the report it was set up from: the report ends the way again (no Next), decided
    // before QWizard lays out the report's buttons.
    const QList<int> visited = visitedIds();
    if (visited.size() >= 2 && visited.at(visited.size() - 2) == CheckReportPageId) {
        m_setUpFromCheck = false;
        m_afterReport = -1;
    }
    QWizard::cleanupPage(id);
}

void ConnectWizard::setUpAgain(const QString &providerId, const QString &primaryName,
                               const QList<QJsonObject> &existing)
{
    const auto provider = ProviderDefinition::builtIn(providerId);
    if (!provider || currentId() != CheckReportPageId)
        return;
    m_model->setProvider(provider);
    m_model->prefillFrom(existing, primaryName);
    // The destinations go back into the subaccount that was checked: its steps follow at once.
    m_afterReport = m_stepPages.isEmpty() ? int(ReviewPageId) : m_stepPages.first().first;
    m_setUpFromCheck = true;
    next();
}

void ConnectWizard::checkAgain()
{
    if (!m_setUpFromCheck)
        return;
    // The check's pages anew, without the steps in between: Back from the report goes to its source again.
    restart();
    m_checking = true;
    next();
    next();
}

void ConnectWizard::startBackgroundChecks()
{
    // The icon is an SVG: drawing it loads Qt's SVG icon engine and image plugins, which would delay the first paint
    // by a quarter. The window manager takes the icon when it comes.
    setWindowIcon(QIcon(QStringLiteral(":/icons/taskcenter-connect.svg")));
    createPages();
    offerKeptProgress();
    if (!m_demoKeys) {
        m_demoKeys = QThread::create(
            [] { SandboxSubaccount::prepareDataDirectory(SandboxSubaccount::defaultDataDirectory()); });
        m_demoKeys->setParent(this);
        m_demoKeys->start(QThread::LowPriority);
    }
    if (m_keychainChecked)
        return;
    m_keychainChecked = true;
    auto *job = m_secrets->probe();
    connect(job, &SecretJob::finished, this, [this, job] {
        m_keychainAvailable = job->result() == SecretStore::Result::Ok;
        m_subaccountChoice->setKeychainAvailable(m_keychainAvailable);
        m_welcome->showKeychainState(
            m_keychainAvailable,
            m_keychainAvailable ? tr("Secrets (keys, client secrets, passwords) will be kept in this computer's "
                                     "keychain, never in a file.")
                                : job->userMessage());
        Q_EMIT keychainChecked(m_keychainAvailable);
    });
}

QStringList ConnectWizard::argumentsWithoutLanguage(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang")) {
            ++i; // and its value
            continue;
        }
        if (!arguments.at(i).startsWith(QLatin1String("--lang=")))
            kept.append(arguments.at(i));
    }
    return kept;
}

void ConnectWizard::restartInChosenLanguage()
{
    // Closing asks first when a setup is under way (and keeps its progress, which the new window offers to
    // continue); only a window that really closed is followed by a new one.
    if (!close())
        return;
    Q_EMIT aboutToRestart();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 argumentsWithoutLanguage(QCoreApplication::arguments().mid(1))))
        qWarning("The wizard could not be started again; start it yourself to see the new language.");
}

void ConnectWizard::showHelp()
{
    // One window, kept: opened again, or raised when it is behind the wizard.
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showHelp(helpFor(currentId()));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

PageHelp ConnectWizard::helpFor(int pageId) const
{
    const ProviderDefinition &provider = m_model->provider();
    PageHelp help;
    if (const auto *stepPage = qobject_cast<const StepPage *>(page(pageId))) {
        const auto *destinationPage = qobject_cast<const DestinationPage *>(stepPage);
        help = PageHelp::forStep(provider, stepPage->step(),
                                 destinationPage ? provider.destination(destinationPage->role()) : nullptr);
    } else {
        help = PageHelp::forSharedPage(PageId(pageId), *m_model, m_finish && !m_finish->appliedTo().isEmpty());
    }
    help.title = page(pageId) ? page(pageId)->title() : QString();
    // SAP's guide for this step; on the pages around the steps, the provider's main guide.
    help.guide = provider.guideFor(stepOf(pageId), m_model->pathId());
    return help;
}

void ConnectWizard::saveProgress()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("TaskCenterConnect/%1-setup.json")
                            .arg(m_model->destinations().isEmpty() ? m_model->provider().id()
                                                                   : m_model->destinations().first().name()));
    const QString file = Dialogs::saveFileName(this, tr("Save progress"), suggested, tr("Setup files (*.json)"));
    if (!file.isEmpty() && saveProgressTo(file))
        Dialogs::question(this, tr("Progress saved"),
                          tr("Your setup is saved in %1. To continue it later, choose \"Continue a saved setup…\" on "
                             "the first page.")
                                  .arg(QDir::toNativeSeparators(file))
                              + QLatin1Char(' ') + whereSecretsAreKept(),
                          QMessageBox::Ok, QMessageBox::Ok);
}

bool ConnectWizard::saveProgressTo(const QString &setupFile)
{
    createPages();
    QString error;
    if (!SetupFile::save(*m_model, setupFile, &error)) {
        QMessageBox::warning(this, tr("Progress not saved"), error);
        return false;
    }
    saveSecrets();
    return true;
}

void ConnectWizard::resume()
{
    const QString file = Dialogs::openFileName(this, tr("Continue a saved setup"), tr("Setup files (*.json)"));
    if (!file.isEmpty())
        resumeFrom(file);
}

bool ConnectWizard::resumeFrom(const QString &setupFile)
{
    QString error;
    QList<SetupModel::Problem> missingFiles;
    const auto loaded = SetupFile::load(setupFile, &error, &missingFiles);
    if (!loaded) {
        QMessageBox::warning(this, tr("Setup not opened"), tr("The setup could not be opened: %1").arg(error));
        return false;
    }
    createPages();
    // Back to the start first: the provider's pages are built anew for the loaded setup.
    restart();
    m_finish->reset();
    m_model->assign(*loaded);
    // Where the destinations were to go, chosen again (a subaccount's key comes from the keychain).
    const QString owner = m_model->secretOwner();
    const SubaccountProfile prefix { {}, {}, {} };
    QString demoError;
    if (owner.startsWith(prefix.secretOwner()))
        m_subaccountChoice->chooseProfile(owner.mid(prefix.secretOwner().size()));
    else if (owner == QLatin1String("demo"))
        m_subaccountChoice->chooseDemo(&demoError);
    else if (!m_model->lastStep().isEmpty() && m_model->lastStep() != QLatin1String("subaccount"))
        m_subaccountChoice->chooseFilesOnly();
    m_subaccountPage->showCurrentChoice();
    // On to the step where the user was, once the secrets are back (a step that needs one is complete only then).
    m_resumeTarget = pageOfKey(m_model->lastStep());
    m_toGiveAgain = missingFiles;
    showWhatToGiveAgain();
    connect(
        this, &ConnectWizard::secretsLoaded, this,
        [this](bool keychainRead) {
            // Secrets the keychain did not give back, and why: the demo keeps none, a keychain may not answer.
            const QString why = m_subaccount->target() == SubaccountConnection::Target::Demo
                ? tr("The demo subaccount keeps no secrets.")
                : !keychainRead ? tr("This computer's keychain could not give them back.")
                                : tr("The keychain holds none of these for this setup.");
            for (const QString &id : m_model->secretInputIds()) {
                if (m_model->value(id).isEmpty())
                    m_toGiveAgain.append({ id, why, InputChecks::Severity::Warning });
            }
            showWhatToGiveAgain();
            advanceToResumedStep();
        },
        Qt::SingleShotConnection);
    loadSecrets();
    return true;
}

QString ConnectWizard::progressFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("progress/setup.json"));
}

QString ConnectWizard::pageKey(int pageId) const
{
    switch (pageId) {
    case SubaccountPageId:
        return QStringLiteral("subaccount");
    case ReviewPageId:
        return QStringLiteral("review");
    case ApplyPageId:
        return QStringLiteral("apply");
    case FinishPageId:
        return QStringLiteral("finish");
    default:
        break;
    }
    for (const auto &page : m_stepPages) {
        if (page.first == pageId)
            return page.second;
    }
    return {};
}

QStringList ConnectWizard::pageKeysOf(const SetupModel &model, bool toSubaccount)
{
    // As nextIdAfter() goes: the first page, where the destinations go (on a path that writes some), the steps,
    // review and apply (into a subaccount), the last page.
    QStringList keys { QStringLiteral("welcome") };
    if (model.writesDestinations())
        keys.append(QStringLiteral("subaccount"));
    keys += model.stepPageKeys();
    if (model.writesDestinations() && toSubaccount)
        keys << QStringLiteral("review") << QStringLiteral("apply");
    keys.append(QStringLiteral("finish"));
    return keys;
}

int ConnectWizard::pageOfKey(const QString &key) const
{
    if (key == QLatin1String("subaccount"))
        return SubaccountPageId;
    // What was reviewed or applied is read again from the subaccount: the way there starts at the last step.
    if (key == QLatin1String("review") || key == QLatin1String("apply") || key == QLatin1String("finish"))
        return m_stepPages.isEmpty() ? int(SubaccountPageId) : m_stepPages.last().first;
    for (const auto &page : m_stepPages) {
        if (page.second == key)
            return page.first;
    }
    return -1;
}

void ConnectWizard::keepProgress()
{
    if (!m_setupStarted)
        return;
    m_keepTimer->stop();
    QString error;
    // Written whole or not at all (FileWriter); never a secret.
    if (!SetupFile::save(*m_model, progressFile(), &error))
        qWarning("The progress could not be kept: %s", qUtf8Printable(error));
}

QString ConnectWizard::whereSecretsAreKept() const
{
    if (m_subaccount->target() == SubaccountConnection::Target::Demo)
        return tr("Secrets are not in it, and the demo subaccount keeps none: you enter them again when you "
                  "continue.");
    if (!m_keychainAvailable)
        return tr("Secrets are not in it, and this computer has no keychain to keep them: you enter them again "
                  "when you continue.");
    return tr("Secrets are not in it; they are kept in this computer's keychain.");
}

void ConnectWizard::showWhatToGiveAgain()
{
    // What has been given since is no longer asked for.
    m_toGiveAgain.erase(std::remove_if(m_toGiveAgain.begin(), m_toGiveAgain.end(),
                                       [this](const SetupModel::Problem &item) {
                                           if (item.field == QLatin1String("trustCertificate"))
                                               return m_model->trustCertificate().has_value();
                                           if (item.field == QLatin1String("serviceKey"))
                                               return m_model->serviceKey().has_value();
                                           return !m_model->value(item.field).isEmpty();
                                       }),
                        m_toGiveAgain.end());
    if (m_toGiveAgain.isEmpty()) {
        m_giveAgain->clear();
        m_giveAgain->hide();
        return;
    }
    QStringList lines { tr("Your saved setup is open again. To go on, give again:") };
    QString whySecretsAreMissing;
    for (const SetupModel::Problem &item : std::as_const(m_toGiveAgain)) {
        const auto *input = m_model->provider().input(item.field);
        lines.append(QStringLiteral("• ") + (input ? input->label : item.message));
        if (input)
            whySecretsAreMissing = item.message;
    }
    if (!whySecretsAreMissing.isEmpty())
        lines.append(whySecretsAreMissing);
    m_giveAgain->showMessage(MessageBanner::Kind::Information, lines.join(QLatin1Char('\n')));
    m_giveAgain->show();
}

void ConnectWizard::forgetProgress()
{
    m_keepTimer->stop();
    m_setupStarted = false;
    QDir(QFileInfo(progressFile()).absolutePath()).removeRecursively();
}

void ConnectWizard::offerKeptProgress()
{
    if (!QFileInfo::exists(progressFile()))
        return;
    QString error;
    const auto kept = SetupFile::load(progressFile(), &error);
    if (!kept) {
        forgetProgress(); // unreadable (an older version's): nothing to continue
        return;
    }
    // "step 7 of 11, SAP SuccessFactors, subaccount Acme Prod": the page it continues on, counted as the window
    // counts its steps.
    QStringList facts;
    const QStringList pages = pageKeysOf(*kept, kept->secretOwner() != QLatin1String("files"));
    const bool wasWriting = kept->lastStep() == QLatin1String("review") || kept->lastStep() == QLatin1String("apply")
        || kept->lastStep() == QLatin1String("finish");
    const int number = int(pages.indexOf(wasWriting && !kept->stepPageKeys().isEmpty() ? kept->stepPageKeys().last()
                                                                                       : kept->lastStep()))
        + 1;
    if (number > 0)
        facts.append(tr("step %1 of %2").arg(number).arg(pages.size()));
    facts.append(kept->provider().displayName());
    const QString owner = kept->secretOwner();
    for (const auto &profile : m_subaccountChoice->profiles()) {
        if (profile.secretOwner() == owner)
            facts.append(tr("subaccount %1").arg(profile.displayName));
    }
    m_welcome->offerContinue(facts.join(QStringLiteral(", ")));
}

bool ConnectWizard::continueWhereLeftOff()
{
    return resumeFrom(progressFile());
}

void ConnectWizard::advanceToResumedStep()
{
    while (m_resumeTarget >= 0 && currentId() != m_resumeTarget) {
        QWizardPage *page = currentPage();
        const int next = nextId();
        // Stops where the user has something to do, and never writes (review and apply are chosen by hand).
        if (!page || next < 0 || next == ApplyPageId || !page->isComplete() || !validateCurrentPage()) {
            if (page && next >= 0 && !page->isComplete())
                connect(page, &QWizardPage::completeChanged, this, &ConnectWizard::advanceToResumedStep,
                        Qt::UniqueConnection);
            return;
        }
        if (page)
            disconnect(page, &QWizardPage::completeChanged, this, &ConnectWizard::advanceToResumedStep);
        QWizard::next();
    }
    if (currentPage())
        disconnect(currentPage(), &QWizardPage::completeChanged, this, &ConnectWizard::advanceToResumedStep);
    m_resumeTarget = -1;
}

void ConnectWizard::accept()
{
    // Done: nothing left to continue (a check alone leaves a setup kept from before alone).
    if (m_setupStarted)
        forgetProgress();
    QWizard::accept();
}

void ConnectWizard::reject()
{
    if (!m_setupStarted || currentId() == WelcomePageId || m_checking) {
        QWizard::reject();
        return;
    }
    const auto answer = Dialogs::question(
        this, tr("Leave the setup?"),
        tr("Keep for later: next time, the first page offers to continue where you left off.") + QLatin1Char(' ')
            + whereSecretsAreKept() + QStringLiteral("\n\n") + tr("Discard: forget this setup."),
        QMessageBox::Close | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Close,
        { { QMessageBox::Close, tr("&Keep for later") },
          { QMessageBox::Discard, tr("&Discard") },
          { QMessageBox::Cancel, tr("&Stay") } });
    if (answer == QMessageBox::Cancel)
        return;
    if (answer == QMessageBox::Discard) {
        forgetProgress();
    } else {
        keepProgress();
        // The secrets typed so far into the keychain too (not for the demo), waiting a moment for it.
        if (m_keychainAvailable && m_subaccount->target() != SubaccountConnection::Target::Demo) {
            QEventLoop wait;
            connect(this, &ConnectWizard::secretsSaved, &wait, &QEventLoop::quit);
            QTimer::singleShot(5000, &wait, &QEventLoop::quit);
            saveSecrets();
            wait.exec();
        }
    }
    QWizard::reject();
}

void ConnectWizard::saveSecrets()
{
    // The demo never reads or writes the keychain: a real setup of the same destination name keeps its secrets.
    if (m_subaccount->target() == SubaccountConnection::Target::Demo) {
        Q_EMIT secretsSaved(true);
        return;
    }
    auto *job = SetupSecrets::save(*m_model, m_secrets);
    connect(job, &SetupSecrets::finished, this, [this, job] {
        m_finish->showKeychainResult(job->ok(), job->userMessage());
        if (job->ok()) {
            // Entries this setup had under another destination name in the same subaccount and provider (a rename)
            // go, so none is left behind. Another subaccount's or provider's entries stay: a setup of it may still
            // use them.
            const QString owner
                = m_model->secretOwner() + QLatin1Char('/') + m_model->provider().id() + QLatin1Char('/');
            for (const QString &key : std::as_const(m_savedSecretKeys)) {
                if (key.startsWith(owner) && !job->keys().contains(key))
                    m_secrets->remove(key);
            }
            m_savedSecretKeys = job->keys();
        }
        Q_EMIT secretsSaved(job->ok());
    });
}

void ConnectWizard::loadSecrets()
{
    if (m_subaccount->target() == SubaccountConnection::Target::Demo) {
        Q_EMIT secretsLoaded(true);
        return;
    }
    auto *job = SetupSecrets::load(m_model, m_secrets);
    connect(job, &SetupSecrets::finished, this, [this, job] {
        // What a resumed setup was saved under: a later save under another name moves it.
        m_savedSecretKeys = job->keys();
        if (!job->ok())
            m_welcome->showKeychainState(false, job->userMessage());
        Q_EMIT secretsLoaded(job->ok());
    });
}
