#pragma once

#include "subaccounts/SubaccountConnection.h"

#include <QObject>

class QThread;
class SandboxSubaccount;

// The demo subaccount the window offers: the sandbox seeded with the demo landscape, started when first chosen.
// Its RSA keys are made in the background from the first paint on (making them would stall the window), so they
// are long done by the time a person chooses the demo. Production code is handed the starter, never the sandbox.
class DemoSubaccount : public QObject
{
    Q_OBJECT

public:
    explicit DemoSubaccount(QObject *parent = nullptr);
    ~DemoSubaccount() override;

    // Makes the demo's keys in a worker thread, once.
    void prepareInBackground();
    // What SubaccountConnection calls when the demo is first chosen: starts it and gives its key.
    SubaccountConnection::DemoStarter starter();
    // The running demo, once it was chosen.
    SandboxSubaccount *sandbox() const { return m_sandbox; }

private:
    SandboxSubaccount *m_sandbox = nullptr;
    QThread *m_keys = nullptr;
};
