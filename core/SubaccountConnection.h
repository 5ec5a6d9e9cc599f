#pragma once

#include "DestinationChangePlan.h"
#include "SubaccountProfiles.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class DestinationServiceClient;
class QNetworkAccessManager;
class SandboxSubaccount;

// Where the wizard writes the destinations: only into files for the cockpit's import, into a saved
// subaccount, or into the demo subaccount (the built-in sandbox, started inside this program on first use,
// so consultants can show the whole flow with no tenant at hand). Owns the client for the chosen target.
class SubaccountConnection : public QObject
{
    Q_OBJECT

public:
    enum class Target { FilesOnly, Profile, Demo };

    explicit SubaccountConnection(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SubaccountConnection() override;

    Target target() const { return m_target; }
    bool writesToSubaccount() const { return m_target != Target::FilesOnly; }
    // The name shown to the user: the profile's, or "Demo subaccount".
    QString displayName() const;
    // The client for the chosen subaccount; nullptr when only files are written.
    DestinationServiceClient *client() const;
    // The running demo subaccount, once it was used.
    SandboxSubaccount *demo() const { return m_demo; }

    void useFilesOnly();
    // profile.key must hold its client secret (from the keychain or just typed).
    void useProfile(const SubaccountProfile &profile);
    // Starts the demo subaccount if needed (seeded with the demo landscape) and uses it. Its key lives only
    // in memory: the demo never reads or writes the keychain entries of real profiles.
    bool useDemo(QString *error = nullptr);
    // A client for a key the user is about to save as a profile, to test it first. Owned by the caller.
    DestinationServiceClient *makeClient(const DestinationServiceKey &key, QObject *parent) const;

    // What the review found for the destinations to write, for the step that applies it.
    void setPlan(const DestinationChangePlan &plan) { m_plan = plan; }
    const DestinationChangePlan &plan() const { return m_plan; }

    // Where the demo subaccount keeps its trust certificate between runs (the command line's sandbox too).
    static QString demoDataDirectory();

Q_SIGNALS:
    void changed();

private:
    void replaceClient(DestinationServiceClient *client);

    QNetworkAccessManager *m_network;
    Target m_target = Target::FilesOnly;
    QString m_profileName;
    QPointer<DestinationServiceClient> m_client;
    SandboxSubaccount *m_demo = nullptr;
    DestinationChangePlan m_plan;
};
