#include "subaccounts/SubaccountChoice.h"

#include "destinationservice/DestinationServiceClient.h"
#include "secrets/SecretStore.h"
#include "subaccounts/SubaccountConnection.h"

#include <QSettings>

namespace {

const QString LastProfileKey = QStringLiteral("wizard/lastSubaccount");

} // namespace

SubaccountChoice::SubaccountChoice(SubaccountConnection *connection, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_secrets(secrets)
{
}

void SubaccountChoice::reload()
{
    QSettings settings;
    m_profiles = SubaccountProfiles::load(settings);
}

QString SubaccountChoice::lastProfileId() const
{
    return QSettings().value(LastProfileKey).toString();
}

void SubaccountChoice::cancel()
{
    // A keychain read or a key test still under way belongs to the previous choice: its answer no longer counts.
    ++m_secretRequest;
    if (m_testReply)
        m_testReply->abort();
    setBusy(false);
}

void SubaccountChoice::chooseFilesOnly()
{
    cancel();
    m_connection->useFilesOnly();
}

bool SubaccountChoice::chooseDemo(QString *error)
{
    cancel();
    if (!m_connection->useDemo(error))
        return false;
    Q_EMIT said(Tone::Information,
                tr("The demo subaccount runs on this computer only. It already holds a few task providers, some set "
                   "up correctly and some with common mistakes. Nothing you do here reaches SAP BTP."));
    return true;
}

void SubaccountChoice::chooseProfile(const QString &id)
{
    cancel();
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&id](const SubaccountProfile &profile) { return profile.id == id; });
    if (it == m_profiles.cend())
        return;
    SubaccountProfile profile = *it;
    QSettings().setValue(LastProfileKey, profile.id);
    // The key's secret comes back from the keychain; until then the choice is not made.
    const int request = ++m_secretRequest;
    setBusy(true);
    Q_EMIT said(Tone::Information, tr("Reading the client secret from the keychain…"));
    SecretJob *job = m_secrets->read(profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, job, request, profile]() mutable {
        if (request != m_secretRequest)
            return;
        setBusy(false);
        if (job->result() != SecretStore::Result::Ok) {
            m_connection->useFilesOnly();
            Q_EMIT said(Tone::Error,
                        job->result() == SecretStore::Result::NotFound
                            ? tr("The client secret of \"%1\" is not in this computer's keychain. Add the subaccount "
                                 "again with its Destination service key.")
                                  .arg(profile.displayName)
                            : job->userMessage(),
                        job->technicalDetails());
            return;
        }
        profile.key.setClientSecret(job->value());
        m_connection->useProfile(profile);
        Q_EMIT said(Tone::Success, tr("The destinations will be written into \"%1\".").arg(profile.displayName));
    });
}

bool SubaccountChoice::testAndSave(const QString &name, const QByteArray &keyText, QString *problem)
{
    if (m_busy) {
        *problem = tr("Wait until the current check has finished.");
        return false;
    }
    *problem = SubaccountProfiles::checkDisplayName(name, m_profiles);
    if (!problem->isEmpty())
        return false;
    if (keyText.trimmed().isEmpty()) {
        *problem = tr("Open the Destination service key file, or paste the key's text into the box.");
        return false;
    }
    const DestinationServiceKey key = DestinationServiceKey::fromText(keyText);
    if (!key.isValid()) {
        *problem = key.errorMessage();
        return false;
    }
    ++m_secretRequest;
    m_newName = name.trimmed();
    delete m_testClient;
    m_testClient = m_connection->makeClient(key, this);
    m_testReply = m_testClient->requestToken();
    setBusy(true);
    Q_EMIT said(Tone::Information, tr("Asking the subaccount for a token with this key…"));
    connect(m_testReply, &DestinationServiceReply::finished, this, &SubaccountChoice::keyTested);
    return true;
}

void SubaccountChoice::keyTested()
{
    DestinationServiceReply *reply = m_testReply;
    setBusy(false);
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error() != DestinationServiceReply::Error::NoError) {
        // Everything typed stays with the page, so the user can fix the key or the name and test again.
        Q_EMIT said(reply->error() == DestinationServiceReply::Error::Cancelled ? Tone::Warning : Tone::Error,
                    reply->errorMessage(), reply->technicalDetails());
        return;
    }
    SubaccountProfile profile;
    profile.displayName = m_newName;
    profile.id = SubaccountProfiles::newId(profile.displayName, m_profiles);
    profile.key = m_testClient->key();
    m_connection->useProfile(profile);
    Q_EMIT newProfileSaved();
    if (!m_keychainAvailable) {
        // Without a keychain the secret cannot outlive this window, so the profile is not kept either.
        Q_EMIT said(Tone::Warning,
                    tr("The key works. No keychain is available, so \"%1\" is used until you close the "
                       "wizard and not saved.")
                        .arg(profile.displayName));
        return;
    }
    // The profile is kept only once its secret is safely in the keychain.
    setBusy(true);
    Q_EMIT said(Tone::Information, tr("The key works. Saving it in the keychain…"));
    SecretJob *job = m_secrets->write(profile.secretKey(), profile.key.clientSecret());
    const int request = ++m_secretRequest;
    connect(job, &SecretJob::finished, this, [this, job, request, profile] {
        if (request != m_secretRequest)
            return;
        setBusy(false);
        if (job->result() != SecretStore::Result::Ok) {
            Q_EMIT said(Tone::Warning,
                        tr("The key works, but it could not be saved: %1 \"%2\" is used until you close the wizard.")
                            .arg(job->userMessage(), profile.displayName),
                        job->technicalDetails());
            return;
        }
        QSettings settings;
        SubaccountProfiles::save(settings, profile);
        settings.setValue(LastProfileKey, profile.id);
        reload();
        Q_EMIT profilesChanged(profile.id);
        Q_EMIT said(Tone::Success,
                    tr("The key works. \"%1\" is saved; its client secret is in this computer's keychain.")
                        .arg(profile.displayName));
    });
}

void SubaccountChoice::removeProfile(const QString &id)
{
    cancel();
    QSettings settings;
    for (const auto &profile : std::as_const(m_profiles)) {
        if (profile.id != id)
            continue;
        // Its own client secret, and every secret the setups for it kept: none is left behind.
        m_secrets->remove(profile.secretKey());
        for (const QString &key : m_secrets->knownKeys(profile.secretOwner() + QLatin1Char('/')))
            m_secrets->remove(key);
    }
    SubaccountProfiles::remove(settings, id);
    m_connection->useFilesOnly();
    reload();
    Q_EMIT profilesChanged({});
}

bool SubaccountChoice::isTestingKey() const
{
    return m_testReply;
}

void SubaccountChoice::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
