#include "ConnectWizard.h"

#include "DemoSubaccount.h"
#include "destinationservice/DestinationApplier.h"
#include "dialogs/Dialogs.h"
#include "dialogs/HelpDialog.h"
#include "flow/SetupFlow.h"
#include "pages/ApplyPage.h"
#include "pages/CheckReportPage.h"
#include "pages/CheckSourcePage.h"
#include "pages/ChecklistPage.h"
#include "pages/ConsolePage.h"
#include "pages/DestinationPage.h"
#include "pages/FinishPage.h"
#include "pages/PageIds.h"
#include "pages/ReviewPage.h"
#include "pages/ServiceKeyPage.h"
#include "pages/StepPage.h"
#include "pages/SubaccountPage.h"
#include "pages/TrustCertificatePage.h"
#include "pages/ValuesPage.h"
#include "pages/WelcomePage.h"
#include "secrets/SecretStore.h"
#include "setup/SetupFile.h"
#include "setup/SetupModel.h"
#include "startup/WindowSize.h"
#include "subaccounts/SubaccountChoice.h"
#include "subaccounts/SubaccountConnection.h"
#include "widgets/MessageBanner.h"
#include "widgets/PageScrolling.h"
#include "widgets/StepList.h"
#include "widgets/TabOrder.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoopLocker>
#include <QIcon>
#include <QJsonDocument>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace {

// The provider the wizard starts with; the welcome page offers the others.
const QString kDefaultProvider = QStringLiteral("successfactors");

// The pages every provider shares, by the flow's key.
const QList<QPair<int, QString>> &sharedPages()
{
    static const QList<QPair<int, QString>> pages {
        { WelcomePageId, SetupFlow::Welcome },         { SubaccountPageId, SetupFlow::Subaccount },
        { ReviewPageId, SetupFlow::Review },           { ApplyPageId, SetupFlow::Apply },
        { FinishPageId, SetupFlow::Finish },           { CheckSourcePageId, SetupFlow::CheckSource },
        { CheckReportPageId, SetupFlow::CheckReport },
    };
    return pages;
}

} // namespace

ConnectWizard::ConnectWizard(QWidget *parent)
    : QWizard(parent)
    , m_model(new SetupModel(ProviderDefinition::builtIn(kDefaultProvider), this))
    , m_secrets(new SecretStore(SecretStore::DefaultService, this))
    , m_network(new QNetworkAccessManager(this))
    , m_subaccount(new SubaccountConnection(m_network, this))
    , m_flow(new SetupFlow(m_model, m_subaccount, m_secrets, this))
    , m_demo(new DemoSubaccount(this))
{
    setObjectName(QStringLiteral("connectWizard"));
    // The provider's pages follow its steps before any page reacts to the change: the flow names the new steps at
    // once, and the wizard's buttons ask for their pages.
    connect(m_model, &SetupModel::stepsChanged, this, [this] {
        if (m_finish)
            buildStepPages();
    });
    m_welcome = new WelcomePage(m_model, this);
    m_subaccount->setDemoStarter(m_demo->starter());
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
    m_stepList = new StepList(this);
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

    connect(m_flow, &SetupFlow::toGiveAgainChanged, this, &ConnectWizard::showWhatToGiveAgain);
    connect(m_flow, &SetupFlow::keychainChecked, this, [this](bool available, const QString &message) {
        m_welcome->showKeychainState(available, message);
        Q_EMIT keychainChecked(available);
    });
    connect(m_flow, &SetupFlow::secretsSaved, this, [this](bool ok, const QString &message) {
        if (m_finish && m_subaccount->target() != SubaccountConnection::Target::Demo)
            m_finish->showKeychainResult(ok, message);
        Q_EMIT secretsSaved(ok);
    });
    connect(m_flow, &SetupFlow::secretsLoaded, this, [this](bool ok, const QString &message) {
        if (!ok)
            m_welcome->showKeychainState(false, message);
        Q_EMIT secretsLoaded(ok);
    });
    connect(m_flow, &SetupFlow::resumed, this, [this] {
        m_resumeTarget = pageOf(m_flow->resumeStep());
        advanceToResumedStep();
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
        m_flow->startChecking();
        next();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Back on the first page, Next sets up a provider again; a setup's step is kept as where the user was.
        m_flow->arriveAt(keyOf(id));
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
        setOption(QWizard::HaveCustomButton2, id == FinishPageId && m_flow->isSetUpFromCheck());
    });
}

ConnectWizard::~ConnectWizard()
{
    // Requests still under way end with their client, while the network manager is still there.
    delete m_subaccount;
}

SandboxSubaccount *ConnectWizard::demoSubaccount() const
{
    return m_demo->sandbox();
}

bool ConnectWizard::keychainAvailable() const
{
    return m_flow->keychainAvailable();
}

void ConnectWizard::createPages()
{
    if (m_finish)
        return;
    m_finish = new FinishPage(m_model, this);
    m_subaccountPage = new SubaccountPage(m_flow->subaccountChoice(), m_subaccount, this);
    m_apply = new ApplyPage(m_model, m_flow->applySession(), m_subaccount, this);
    putPage(SubaccountPageId, m_subaccountPage);
    buildStepPages();
    // The steps to come change with the provider, its path and where the destinations go.
    connect(m_model, &SetupModel::stepsChanged, this, &ConnectWizard::showWhereYouAre, Qt::QueuedConnection);
    connect(m_subaccount, &SubaccountConnection::changed, this, &ConnectWizard::showWhereYouAre);
    // Another provider or path: what the last page did for the previous one no longer holds.
    connect(m_model, &SetupModel::stepsChanged, m_finish, &FinishPage::reset);
    putPage(ReviewPageId, new ReviewPage(m_flow->applySession(), m_subaccount, this));
    putPage(ApplyPageId, m_apply);
    putPage(FinishPageId, m_finish);
    auto *checkSource = new CheckSourcePage(m_flow->subaccountChoice(), m_subaccount, this);
    putPage(CheckSourcePageId, checkSource);
    m_checkReport = new CheckReportPage(checkSource, m_subaccount, this);
    putPage(CheckReportPageId, m_checkReport);
    connect(m_checkReport, &CheckReportPage::setUpAgainRequested, this, &ConnectWizard::setUpAgain);
    connect(m_finish, &FinishPage::filesWritten, m_flow, &SetupFlow::saveSecrets);
    connect(m_apply, &ApplyPage::applied, this, [this](bool) {
        bool anyDone = false;
        for (const auto &result : m_apply->applier()->results())
            anyDone = anyDone || result.outcome == DestinationApplyResult::Outcome::Done;
        m_finish->setAppliedTo(m_apply->applier()->succeeded() ? m_subaccount->displayName() : QString());
        // A demo never writes the keychain: a real setup with the same destination name keeps its API keys.
        if (anyDone && m_subaccount->target() != SubaccountConnection::Target::Demo)
            m_flow->saveSecrets();
    });
    showWhereYouAre();
}

void ConnectWizard::buildStepPages()
{
    using Kind = ProviderDefinition::Step::Kind;
    // The new pages come first, under ids the old ones do not use, and the old ones go after: QWizard asks for the
    // next page as each is removed, and the flow already names the new steps.
    constexpr int otherRange = 400;
    const QList<QPair<int, QString>> old = m_stepPages;
    m_stepPages.clear();
    int id = !old.isEmpty() && old.first().first == FirstStepPageId ? FirstStepPageId + otherRange : FirstStepPageId;
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
    for (const auto &page : old) {
        QWizardPage *gone = this->page(page.first);
        removePage(page.first);
        delete gone;
    }
    // The first pages built: QWizard decides between Next and Finish only when a page is shown or removed, so it is
    // made to look again (removing an id no page has), now that the page after the current one exists.
    if (old.isEmpty())
        removePage(NoPageId);
}

void ConnectWizard::putPage(int id, QWizardPage *page)
{
    // Nothing squeezed or cut in a long language or the smallest window: the page scrolls instead.
    PageScrolling::wrap(page);
    setPage(id, page);
}

QString ConnectWizard::keyOf(int pageId) const
{
    for (const auto &shared : sharedPages()) {
        if (shared.first == pageId)
            return shared.second;
    }
    for (const auto &step : m_stepPages) {
        if (step.first == pageId)
            return step.second;
    }
    return {};
}

int ConnectWizard::pageOf(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (const auto &shared : sharedPages()) {
        if (shared.second == key)
            return shared.first;
    }
    for (const auto &step : m_stepPages) {
        if (step.second == key)
            return step.first;
    }
    return -1;
}

int ConnectWizard::stepPageId(const QString &stepId) const
{
    for (const auto &page : m_stepPages) {
        if (page.second == stepId)
            return page.first;
    }
    return -1;
}

QString ConnectWizard::guideStepOf(int pageId) const
{
    // The provider file names its steps, "destination:<role>" a destination's page (or "destinations" for all of
    // them), "check" the check's pages, and "apply" for the review too.
    if (pageId == CheckSourcePageId || pageId == CheckReportPageId)
        return QStringLiteral("check");
    if (pageId == ReviewPageId)
        return QStringLiteral("apply");
    return keyOf(pageId);
}

int ConnectWizard::nextId() const
{
    return pageOf(m_flow->nextAfter(keyOf(currentId())));
}

QList<int> ConnectWizard::pathIds() const
{
    QList<int> ids;
    for (const QString &key : m_flow->path()) {
        const int id = pageOf(key);
        if (id < 0 || !page(id))
            break; // its pages are not built yet
        ids.append(id);
    }
    return ids;
}

void ConnectWizard::showWhereYouAre()
{
    const QList<int> ids = pathIds();
    const int current = currentId();
    const QList<int> visited = visitedIds();
    QStringList titles;
    QList<bool> done;
    for (const int id : ids) {
        titles.append(page(id)->title());
        done.append(visited.contains(id));
    }
    m_stepList->showSteps(titles, int(ids.indexOf(current)), done);
    const int number = int(ids.indexOf(current)) + 1;
    if (current == WelcomePageId || number <= 0)
        setWindowTitle(tr("Task Center Connect"));
    else if (m_flow->isChecking())
        setWindowTitle(tr("Task Center Connect – checking a configuration – %1").arg(page(current)->title()));
    else
        setWindowTitle(tr("Task Center Connect – %1 – step %2 of %3: %4")
                           .arg(m_model->provider().displayName())
                           .arg(number)
                           .arg(ids.size())
                           .arg(page(current)->title()));
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
    if (visited.size() >= 2 && visited.at(visited.size() - 2) == CheckReportPageId)
        m_flow->leaveStepsSetUpAgain();
    QWizard::cleanupPage(id);
}

void ConnectWizard::setUpAgain(const QString &providerId, const QString &primaryName,
                               const QList<QJsonObject> &existing)
{
    if (m_flow->setUpAgain(providerId, primaryName, existing))
        next();
}

void ConnectWizard::checkAgain()
{
    if (!m_flow->isSetUpFromCheck())
        return;
    // The check's pages anew, without the steps in between: Back from the report goes to its source again.
    restart();
    m_flow->startChecking();
    next();
    next();
}

void ConnectWizard::startBackgroundChecks()
{
    // The icon is an SVG: drawing it loads Qt's SVG icon engine and image plugins, which would delay the first paint
    // by a quarter. The window manager takes the icon when it comes.
    setWindowIcon(QIcon(QStringLiteral(":/icons/taskcenter-connect.svg")));
    createPages();
    if (const QString kept = m_flow->keptProgressSummary(); !kept.isEmpty())
        m_welcome->offerContinue(kept);
    m_demo->prepareInBackground();
    m_flow->probeKeychain();
}

void ConnectWizard::restartInChosenLanguage()
{
    // Closing asks first when a setup is under way (and keeps its progress, which the new window offers to
    // continue); only a window that really closed is followed by a new one.
    if (close())
        Q_EMIT restartRequested();
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
    help.guide = provider.guideFor(guideStepOf(pageId), m_model->pathId());
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
                              + QLatin1Char(' ') + m_flow->whereSecretsAreKept(),
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
    m_flow->saveSecrets();
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
    m_resumeTarget = -1;
    m_flow->resume(*loaded, missingFiles);
    m_subaccountPage->showCurrentChoice();
    // On to the step where the user was once the secrets are back (a step that needs one is complete only then).
    m_flow->loadSecrets();
    return true;
}

void ConnectWizard::showWhatToGiveAgain()
{
    const QList<SetupModel::Problem> &items = m_flow->toGiveAgain();
    if (items.isEmpty()) {
        m_giveAgain->clear();
        m_giveAgain->hide();
        return;
    }
    QStringList lines { tr("Your saved setup is open again. To go on, give again:") };
    QString whySecretsAreMissing;
    for (const SetupModel::Problem &item : items) {
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

bool ConnectWizard::continueWhereLeftOff()
{
    return resumeFrom(SetupFlow::progressFile());
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
    if (m_flow->hasStarted())
        m_flow->forgetProgress();
    QWizard::accept();
}

void ConnectWizard::reject()
{
    if (!m_flow->hasStarted() || currentId() == WelcomePageId || m_flow->isChecking()) {
        QWizard::reject();
        return;
    }
    const auto answer = Dialogs::question(
        this, tr("Leave the setup?"),
        tr("Keep for later: next time, the first page offers to continue where you left off.") + QLatin1Char(' ')
            + m_flow->whereSecretsAreKept() + QStringLiteral("\n\n") + tr("Discard: forget this setup."),
        QMessageBox::Close | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Close,
        { { QMessageBox::Close, tr("&Keep for later") },
          { QMessageBox::Discard, tr("&Discard") },
          { QMessageBox::Cancel, tr("&Stay") } });
    if (answer == QMessageBox::Cancel)
        return;
    if (answer == QMessageBox::Discard) {
        m_flow->forgetProgress();
    } else {
        m_flow->keepProgress();
        // The secrets typed so far into the keychain too (not for the demo): the window closes now, and the
        // program does not end before the keychain has them, or five seconds have passed.
        if (m_flow->keychainAvailable() && m_subaccount->target() != SubaccountConnection::Target::Demo) {
            auto locker = std::make_shared<std::unique_ptr<QEventLoopLocker>>(std::make_unique<QEventLoopLocker>());
            const auto release = [locker] { locker->reset(); };
            connect(m_flow, &SetupFlow::secretsSaved, this, release, Qt::SingleShotConnection);
            QTimer::singleShot(5000, this, release);
            m_flow->saveSecrets();
        }
    }
    QWizard::reject();
}
