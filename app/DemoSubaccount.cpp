#include "DemoSubaccount.h"

#include "sandbox/SandboxSubaccount.h"

#include <QJsonDocument>
#include <QThread>
#include <memory>

DemoSubaccount::DemoSubaccount(QObject *parent)
    : QObject(parent)
{
}

DemoSubaccount::~DemoSubaccount()
{
    if (m_keys)
        m_keys->wait();
}

void DemoSubaccount::prepareInBackground()
{
    if (m_keys)
        return;
    m_keys
        = QThread::create([] { SandboxSubaccount::prepareDataDirectory(SandboxSubaccount::defaultDataDirectory()); });
    m_keys->setParent(this);
    m_keys->start(QThread::LowPriority);
}

SubaccountConnection::DemoStarter DemoSubaccount::starter()
{
    return [this](DestinationServiceKey *key, QString *error) {
        // A quick script or test that chooses the demo at once waits here for the rest of the second the keys take.
        if (m_keys)
            m_keys->wait();
        auto demo = std::make_unique<SandboxSubaccount>(this);
        demo->setDataDirectory(SandboxSubaccount::defaultDataDirectory());
        demo->setFaultEndpointEnabled(false);
        if (!demo->seed(SandboxSubaccount::Seed::Demo, error) || !demo->start(0, error))
            return false;
        m_sandbox = demo.release();
        *key = DestinationServiceKey::fromText(QJsonDocument(m_sandbox->serviceKey()).toJson(QJsonDocument::Compact));
        return true;
    };
}
