#include "subaccounts/SubaccountConnection.h"

#include "destinationservice/DestinationServiceClient.h"

#include <QNetworkAccessManager>

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
    Q_EMIT changed();
}

void SubaccountConnection::useProfile(const SubaccountProfile &profile)
{
    m_target = Target::Profile;
    m_profileName = profile.displayName;
    m_profileId = profile.id;
    replaceClient(makeClient(profile.key, this));
    Q_EMIT changed();
}

bool SubaccountConnection::useDemo(QString *error)
{
    if (!m_demoKey) {
        DestinationServiceKey key;
        if (!m_demoStarter) {
            if (error)
                *error = tr("This program was built without the demo subaccount.");
            return false;
        }
        if (!m_demoStarter(&key, error))
            return false;
        m_demoKey = key;
    }
    m_target = Target::Demo;
    m_profileName.clear();
    replaceClient(makeClient(*m_demoKey, this));
    Q_EMIT changed();
    return true;
}

DestinationServiceClient *SubaccountConnection::makeClient(const DestinationServiceKey &key, QObject *parent) const
{
    auto *client = new DestinationServiceClient(m_network, key, parent);
    return client;
}

void SubaccountConnection::replaceClient(DestinationServiceClient *client)
{
    if (m_client)
        m_client->deleteLater();
    m_client = client;
}
