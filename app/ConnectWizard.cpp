#include "ConnectWizard.h"

#include "ApplyPage.h"
#include "DestinationApplier.h"
#include "DestinationPage.h"
#include "Dialogs.h"
#include "FinishPage.h"
#include "OAuthClientsPage.h"
#include "PageIds.h"
#include "ProviderSystemPage.h"
#include "ReviewPage.h"
#include "SandboxSubaccount.h"
#include "SecretStore.h"
#include "ServiceKeyPage.h"
#include "SetupFile.h"
#include "SetupModel.h"
#include "SetupSecrets.h"
#include "SubaccountConnection.h"
#include "SubaccountPage.h"
#include "TrustCertificatePage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QUrl>
#include <memory>

namespace {

const QString kProvider = QStringLiteral("successfactors");

// The wizard step names provider definitions use to say which SAP guide documents a step.
QString pageName(int id)
{
    switch (id) {
    case WelcomePageId:
        return QStringLiteral("welcome");
    case SubaccountPageId:
        return QStringLiteral("subaccount");
    case TrustCertificatePageId:
        return QStringLiteral("trustCertificate");
    case ServiceKeyPageId:
        return QStringLiteral("serviceKey");
    case OAuthClientsPageId:
        return QStringLiteral("oauthClients");
    case ProviderSystemPageId:
        return QStringLiteral("providerSystem");
    case PrimaryDestinationPageId:
        return QStringLiteral("primaryDestination");
    case SecondaryDestinationPageId:
        return QStringLiteral("secondaryDestination");
    case ReviewPageId:
    case ApplyPageId:
        return QStringLiteral("apply");
    default:
        return QStringLiteral("finish");
    }
}

} // namespace

ConnectWizard::ConnectWizard(QWidget *parent)
    : QWizard(parent)
    , m_model(new SetupModel(ProviderDefinition::builtIn(kProvider), this))
    , m_secrets(new SecretStore(SecretStore::DefaultService, this))
    , m_network(new QNetworkAccessManager(this))
    , m_subaccount(new SubaccountConnection(m_network, this))
    , m_welcome(new WelcomePage(m_model, this))
{
    setObjectName(QStringLiteral("connectWizard"));
    // The demo subaccount: the sandbox seeded with the demo landscape, started when first chosen.
    m_subaccount->setDemoStarter([this](DestinationServiceKey *key, QString *error) {
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
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Save progress…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveProgressButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save what you entered so far, to continue later"));
    button(QWizard::HelpButton)->setToolTip(tr("Open SAP's guide for this step"));
    setMinimumSize(780, 620);

    // Only the first page is built before the window shows; the others follow right after (see createPages).
    setPage(WelcomePageId, m_welcome);
    setStartId(WelcomePageId);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveProgress();
    });
    connect(this, &QWizard::helpRequested, this, &ConnectWizard::showHelp);
    connect(m_welcome, &WelcomePage::resumeRequested, this, &ConnectWizard::resume);
    connect(m_welcome, &WelcomePage::demoRequested, this, &ConnectWizard::useDemoSubaccount);
}

ConnectWizard::~ConnectWizard()
{
    // Requests still under way end with their client, while the network manager is still there.
    delete m_subaccount;
}

void ConnectWizard::createPages()
{
    if (m_finish)
        return;
    m_finish = new FinishPage(m_model, this);
    m_subaccountPage = new SubaccountPage(m_subaccount, m_secrets, this);
    m_apply = new ApplyPage(m_model, m_subaccount, this);
    setPage(SubaccountPageId, m_subaccountPage);
    setPage(TrustCertificatePageId, new TrustCertificatePage(m_model, m_subaccount, this));
    setPage(ServiceKeyPageId, new ServiceKeyPage(m_model, this));
    setPage(OAuthClientsPageId, new OAuthClientsPage(m_model, this));
    setPage(ProviderSystemPageId, new ProviderSystemPage(m_model, this));
    setPage(PrimaryDestinationPageId, new DestinationPage(m_model, QStringLiteral("primary"), this));
    setPage(SecondaryDestinationPageId, new DestinationPage(m_model, QStringLiteral("secondary"), this));
    setPage(ReviewPageId, new ReviewPage(m_model, m_subaccount, this));
    setPage(ApplyPageId, m_apply);
    setPage(FinishPageId, m_finish);
    m_subaccountPage->setKeychainAvailable(m_keychainAvailable);
    connect(m_finish, &FinishPage::filesWritten, this, &ConnectWizard::saveSecrets);
    connect(m_apply, &ApplyPage::applied, this, [this](bool) {
        bool anyDone = false;
        for (const auto &result : m_apply->applier()->results())
            anyDone = anyDone || result.outcome == DestinationApplyResult::Outcome::Done;
        m_finish->setAppliedTo(m_apply->applier()->succeeded() ? m_subaccount->displayName() : QString());
        // A demo never writes the keychain: a real setup with the same destination name keeps its API keys.
        if (anyDone && m_subaccount->target() != SubaccountConnection::Target::Demo)
            saveSecrets();
    });
}

int ConnectWizard::nextId() const
{
    // Review and apply only when the destinations go into a subaccount; files are written on the last page.
    if (currentId() == SecondaryDestinationPageId)
        return m_subaccount->writesToSubaccount() ? ReviewPageId : FinishPageId;
    return QWizard::nextId();
}

void ConnectWizard::useDemoSubaccount()
{
    createPages();
    m_subaccountPage->chooseDemo();
    if (currentId() == WelcomePageId)
        next();
}

void ConnectWizard::startBackgroundChecks()
{
    createPages();
    if (m_keychainChecked)
        return;
    m_keychainChecked = true;
    auto *job = m_secrets->probe();
    connect(job, &SecretJob::finished, this, [this, job] {
        m_keychainAvailable = job->result() == SecretStore::Result::Ok;
        m_subaccountPage->setKeychainAvailable(m_keychainAvailable);
        m_welcome->showKeychainState(m_keychainAvailable,
                                     m_keychainAvailable
                                         ? tr("Secrets (API keys, the client secret) will be kept in this computer's "
                                              "keychain, never in a file.")
                                         : job->userMessage());
        Q_EMIT keychainChecked(m_keychainAvailable);
    });
}

void ConnectWizard::showHelp()
{
    const auto guide = m_model->provider().guideFor(pageName(currentId()));
    if (!guide.url.isEmpty())
        QDesktopServices::openUrl(QUrl(guide.url));
}

void ConnectWizard::saveProgress()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("TaskCenterConnect/%1-setup.json")
                                                .arg(m_model->value(QStringLiteral("destinationName")).trimmed()));
    const QString file = Dialogs::saveFileName(this, tr("Save progress"), suggested, tr("Setup files (*.json)"));
    if (!file.isEmpty())
        saveProgressTo(file);
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
    const auto loaded = SetupFile::load(setupFile, &error);
    if (!loaded || loaded->provider().id() != m_model->provider().id()) {
        QMessageBox::warning(this, tr("Setup not opened"),
                             loaded ? tr("This setup is for %1, which this wizard does not configure.")
                                          .arg(loaded->provider().displayName())
                                    : tr("The setup could not be opened: %1").arg(error));
        return false;
    }
    createPages();
    m_model->assign(*loaded);
    loadSecrets();
    // Show the first step that is not complete yet, after a restart from the beginning.
    restart();
    return true;
}

void ConnectWizard::saveSecrets()
{
    auto *job = SetupSecrets::save(*m_model, m_secrets);
    connect(job, &SetupSecrets::finished, this, [this, job] {
        m_finish->showKeychainResult(job->ok(), job->userMessage());
        Q_EMIT secretsSaved(job->ok());
    });
}

void ConnectWizard::loadSecrets()
{
    auto *job = SetupSecrets::load(m_model, m_secrets);
    connect(job, &SetupSecrets::finished, this, [this, job] {
        if (!job->ok())
            m_welcome->showKeychainState(false, job->userMessage());
        Q_EMIT secretsLoaded(job->ok());
    });
}
