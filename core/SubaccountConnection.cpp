#include "SubaccountConnection.h"

#include "DestinationServiceClient.h"
#include "SandboxSubaccount.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <memory>

SubaccountConnection::SubaccountConnection(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

SubaccountConnection::~SubaccountConnection() = default;

QString SubaccountConnection::displayName() const
{
    switch (m_target) {
    case Target::Profile:
        return m_profileName;
    case Target::Demo:
        return tr("Demo subaccount");
    case Target::FilesOnly:
        break;
    }
    return {};
}

DestinationServiceClient *SubaccountConnection::client() const
{
    return m_client;
}

void SubaccountConnection::useFilesOnly()
{
    m_target = Target::FilesOnly;
    m_profileName.clear();
    replaceClient(nullptr);
    m_plan = {};
    Q_EMIT changed();
}

void SubaccountConnection::useProfile(const SubaccountProfile &profile)
{
    m_target = Target::Profile;
    m_profileName = profile.displayName;
    replaceClient(makeClient(profile.key, this));
    m_plan = {};
    Q_EMIT changed();
}

bool SubaccountConnection::useDemo(QString *error)
{
    if (!m_demo) {
        auto demo = std::make_unique<SandboxSubaccount>(this);
        demo->setDataDirectory(demoDataDirectory());
        demo->setFaultEndpointEnabled(false);
        if (!demo->seed(SandboxSubaccount::Seed::Demo, error) || !demo->start(0, error))
            return false;
        m_demo = demo.release();
    }
    m_target = Target::Demo;
    m_profileName.clear();
    replaceClient(makeClient(
        DestinationServiceKey::fromText(QJsonDocument(m_demo->serviceKey()).toJson(QJsonDocument::Compact)), this));
    m_plan = {};
    Q_EMIT changed();
    return true;
}

DestinationServiceClient *SubaccountConnection::makeClient(const DestinationServiceKey &key, QObject *parent) const
{
    auto *client = new DestinationServiceClient(m_network, key, parent);
    return client;
}

QString SubaccountConnection::demoDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
}

void SubaccountConnection::replaceClient(DestinationServiceClient *client)
{
    if (m_client)
        m_client->deleteLater();
    m_client = client;
}
