#pragma once

#include "formats/DestinationServiceKey.h"
#include "subaccounts/SubaccountProfiles.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class DestinationServiceClient;
class QNetworkAccessManager;

// Where the wizard writes the destinations: only into files for the cockpit's import, into a saved
// subaccount, or into the demo subaccount (a simulated subaccount the program runs for itself, started on
// first use, so consultants can show the whole flow with no tenant at hand). Owns the client for the chosen
// target. The demo is handed in (setDemoStarter), so production code never includes the fake.
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
    // The saved profile's id while one is chosen; empty otherwise.
    QString profileId() const { return m_target == Target::Profile ? m_profileId : QString(); }
    // The client for the chosen subaccount; nullptr when only files are written.
    DestinationServiceClient *client() const;
    // Starts the demo subaccount when it is first chosen and gives its Destination service key; false with
    // *error when it cannot start. Without one, the demo cannot be chosen.
    using DemoStarter = std::function<bool(DestinationServiceKey *key, QString *error)>;
    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }

    void useFilesOnly();
    // profile.key must hold its client secret (from the keychain or just typed).
    void useProfile(const SubaccountProfile &profile);
    // Starts the demo subaccount if needed and uses it. Its key lives only in memory: the demo never reads or
    // writes the keychain entries of real profiles.
    bool useDemo(QString *error = nullptr);
    // A client for a key the user is about to save as a profile, to test it first. Owned by the caller.
    DestinationServiceClient *makeClient(const DestinationServiceKey &key, QObject *parent) const;

Q_SIGNALS:
    void changed();

private:
    void replaceClient(DestinationServiceClient *client);

    QNetworkAccessManager *m_network;
    Target m_target = Target::FilesOnly;
    QString m_profileName;
    QString m_profileId;
    QPointer<DestinationServiceClient> m_client;
    DemoStarter m_demoStarter;
    std::optional<DestinationServiceKey> m_demoKey;
};
