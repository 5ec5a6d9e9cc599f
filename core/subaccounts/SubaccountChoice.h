#pragma once

#include "subaccounts/SubaccountProfiles.h"

#include <QObject>
#include <QPointer>

class DestinationServiceClient;
class DestinationServiceReply;
class SecretStore;
class SubaccountConnection;

// Where the destinations go, decided without a window: a saved subaccount (its client secret read back from the
// keychain), a new one (its Destination service key tested with a token at once, then kept, the secret in the
// keychain only), the demo subaccount, or files only. The subaccount page shows it.
class SubaccountChoice : public QObject
{
    Q_OBJECT

public:
    enum class Tone { Information, Success, Warning, Error };
    Q_ENUM(Tone)

    SubaccountChoice(SubaccountConnection *connection, SecretStore *secrets, QObject *parent = nullptr);

    // New profiles are kept only when their secret can go to a keychain.
    void setKeychainAvailable(bool available) { m_keychainAvailable = available; }

    // The saved subaccounts (QSettings), read again.
    const QList<SubaccountProfile> &profiles() const { return m_profiles; }
    void reload();
    // The profile chosen last time, to offer it first.
    QString lastProfileId() const;

    void chooseFilesOnly();
    bool chooseDemo(QString *error);
    // Reads the profile's client secret from the keychain, then uses it; says how it went.
    void chooseProfile(const QString &id);
    // Checks the name and the key's text (false with *problem, nothing started), then tests the key with a token;
    // a key that works is used and kept. What was typed stays with the caller until newProfileSaved().
    bool testAndSave(const QString &name, const QByteArray &keyText, QString *problem);
    // Forgets a saved subaccount and its client secret on this computer.
    void removeProfile(const QString &id);
    // Stops the key test; a keychain answer still to come no longer counts.
    void cancel();
    bool isBusy() const { return m_busy; }
    bool isTestingKey() const;

Q_SIGNALS:
    // What to tell the user about the choice, in plain words, with technical details for a collapsed box.
    void said(SubaccountChoice::Tone tone, const QString &message, const QString &details = {});
    void busyChanged(bool busy);
    // The saved subaccounts changed; select this one.
    void profilesChanged(const QString &selectId);
    // The new subaccount's key works and is in use: the form can be cleared.
    void newProfileSaved();

private:
    void setBusy(bool busy);
    void keyTested();

    SubaccountConnection *m_connection;
    SecretStore *m_secrets;
    QList<SubaccountProfile> m_profiles;
    QString m_newName;
    QPointer<DestinationServiceClient> m_testClient;
    QPointer<DestinationServiceReply> m_testReply;
    bool m_keychainAvailable = false;
    bool m_busy = false;
    int m_secretRequest = 0; // which keychain answer counts, when the user switches quickly
};
