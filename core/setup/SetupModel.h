#pragma once

#include "formats/KeyStoreFile.h"
#include "formats/TaskCenterServiceKey.h"
#include "formats/TrustCertificate.h"
#include "model/Destination.h"
#include "providers/InputChecks.h"
#include "providers/ProviderDefinition.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

// Everything the wizard collects for one task provider, and the destinations that follow from it.
// The pages only read and write this model; the command line fills the same model from a setup file.
// It also decides each step: whether it is complete and, if not, what is missing (stepState), so the wizard
// and the command line cannot disagree. Secret inputs live here in memory only; SetupSecrets persists them.
class SetupModel : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString field; // an input id, "trustCertificate", "serviceKey" or "<destination name>.<property>"
        QString message;
        InputChecks::Severity severity = InputChecks::Severity::Error;
    };
    struct StepState
    {
        bool complete = false;
        // What to do to continue, in plain words ("Open or paste the certificate to continue."); empty when
        // complete.
        QString missing;
    };

    explicit SetupModel(std::shared_ptr<const ProviderDefinition> provider, QObject *parent = nullptr);

    const ProviderDefinition &provider() const { return *m_provider; }
    std::shared_ptr<const ProviderDefinition> providerPointer() const { return m_provider; }
    // Another provider: its values start afresh. The trust certificate and the service key belong to the
    // subaccount, not to a provider, and stay.
    void setProvider(std::shared_ptr<const ProviderDefinition> provider);
    // Takes over everything another model holds (e.g. one read from a setup file), its provider too.
    void assign(const SetupModel &other);

    // Starts over from destinations this provider's procedure made earlier (the primary primaryName and its
    // secondaries, found among existing by name), to set them up again: chooses a path that writes
    // destinations, reads every input back that a property holds as the definition writes it (a derived value
    // through its transform, accepted only if it gives the same value again), and keeps the properties the
    // definition does not write as expert edits. Inputs a property does not give back (a malformed address, a
    // secret an export left out) stay empty for the user. Returns the inputs it read.
    QStringList prefillFrom(const QList<QJsonObject> &existing, const QString &primaryName);
    // A secret prefillFrom read from an existing destination, not typed: the wizard keeps it hidden.
    bool isExistingSecret(const QString &inputId) const { return m_existingSecrets.contains(inputId); }

    // Where the user was in the wizard ("oauthClients", "destination:primary", "subaccount", "review", ...), kept
    // with the progress so a saved setup continues there.
    QString lastStep() const { return m_lastStep; }
    void setLastStep(const QString &step) { m_lastStep = step; }

    // The way through SAP's procedure where the provider documents several (empty: its only one).
    QString pathId() const { return m_pathId; }
    void setPath(const QString &pathId);
    // The steps of the chosen path, in order.
    QList<ProviderDefinition::Step> steps() const;
    // The same steps one page each, as the wizard shows them and lastStep() names them: a step's id, and
    // "destination:<role>" for each destination of a destinations step.
    QStringList stepPageKeys() const;
    bool writesDestinations() const;

    // Inputs of the provider definition, secret or not. Unset inputs give their default. Setting an input
    // fills the empty inputs the definition fills from it (a company ID from a login address).
    QString value(const QString &inputId) const;
    void setValue(const QString &inputId, const QString &text);
    bool hasValue(const QString &inputId) const;
    // The secret inputs the chosen path asks for (the keychain and secrets files hold these).
    QStringList secretInputIds() const;
    // The non-secret inputs, as a setup file stores them.
    QMap<QString, QString> plainValues() const;
    // The input's own check, whether it is required, and whether it differs from the input it must differ from.
    InputChecks::Result checkInput(const QString &inputId) const;

    // A key store the chosen path's destinations name (ProviderDefinition::Input::keyStorePassword): its name in the
    // subaccount's destination certificates, the file to upload when it is one on this computer, and the destinations
    // that name it.
    struct KeyStore
    {
        QString inputId;
        QString name;
        QString localPath; // empty: the subaccount is to have it already
        QStringList destinations;
    };
    QList<KeyStore> keyStores() const;
    // A key store input's file on this computer, opened with its password input's value.
    KeyStoreFile openKeyStore(const QString &inputId) const;

    void setTrustCertificate(const TrustCertificate &certificate, const QString &sourceFile = {});
    const std::optional<TrustCertificate> &trustCertificate() const { return m_trust; }
    QString trustCertificateFile() const { return m_trustFile; }

    void setServiceKey(const TaskCenterServiceKey &key, const QString &sourceFile = {});
    const std::optional<TaskCenterServiceKey> &serviceKey() const { return m_serviceKey; }
    QString serviceKeyFile() const { return m_serviceKeyFile; }
    // Whether a step of the chosen path uses the service key's uaa.clientsecret; only then is it kept.
    bool needsServiceKeySecret() const;

    // Checklist steps: what the user ticked off, as "<step>/<item>".
    bool isTicked(const QString &stepId, const QString &itemId) const;
    void setTicked(const QString &stepId, const QString &itemId, bool ticked);
    QStringList tickedItems() const;

    // Expert edits of the generated destinations. Locked properties (tc.enabled, ...) cannot be changed.
    bool isLocked(const QString &role, const QString &key) const;
    bool setPropertyOverride(const QString &role, const QString &key, const QString &value);
    bool removeProperty(const QString &role, const QString &key);
    void resetProperties(const QString &role);
    QMap<QString, std::optional<QString>> propertyOverrides(const QString &role) const;

    // The values ${...} placeholders resolve to: inputs, derived values, serviceKey.*, trust.*.
    QHash<QString, QString> templateValues() const;

    // The destinations in the provider definition's order (each primary before its secondaries); none on a path
    // that writes none.
    QList<Destination> destinations() const;
    Destination destination(const QString &role) const;
    QStringList roles() const;
    // The name of the primary destination each secondary belongs to, by the secondary's name (from the
    // definition, never from a name suffix).
    QHash<QString, QString> primaryNames() const;

    // What names this setup's keychain entries, kept in its setup file: set once for a setup the wizard begins or
    // continues (newSetupId()), and never changed by what the user types. Empty for a setup file written by hand
    // or by a version before it, whose entries keep the name they had.
    QString setupId() const { return m_setupId; }
    void setSetupId(const QString &id) { m_setupId = id; }
    static QString newSetupId();
    // Whether a text may be a setup id: letters, digits and "-", at most 64.
    static bool isSetupId(const QString &text);
    // Where a secret input is kept in the keychain: "<owner>/<provider>/<setup id>/<input>", where the owner is
    // the subaccount the destinations go to (setSecretOwner), so DEV and PROD keep their own keys; without a setup
    // id, the older name legacyKeychainKey() gives.
    QString keychainKey(const QString &inputId) const;
    // The name entries had before setups had an id: "<owner>/<provider>/<primary destination name>/<input>", which a
    // rename moved. Entries under it move to keychainKey() when a setup with an id first reads them.
    QString legacyKeychainKey(const QString &inputId) const;
    void setSecretOwner(const QString &owner) { m_secretOwner = owner; }
    QString secretOwner() const { return m_secretOwner; }

    // Whether a step is complete, and if not, what is missing. For a destinations step, all its destinations.
    StepState stepState(const ProviderDefinition::Step &step, const QDateTime &now) const;
    StepState destinationState(const QString &role) const;

    // Whether secret inputs are checked: not when they will be left out of what is written anyway.
    enum class SecretScope { Check, Skip };
    // Every check of every value of the chosen path; no errors among them when the destinations can be written.
    QList<Problem> problems(const QDateTime &now, SecretScope scope = SecretScope::Check) const;
    bool hasErrors(const QDateTime &now, SecretScope scope = SecretScope::Check) const;

Q_SIGNALS:
    void changed();
    // The provider or the path changed: the steps are others now.
    void stepsChanged();

private:
    std::shared_ptr<const ProviderDefinition> m_provider;
    QString m_pathId;
    QHash<QString, QString> m_values;
    QSet<QString> m_filled; // inputs whose value was filled from another input, not typed
    QSet<QString> m_existingSecrets; // secret inputs read from existing destinations, not typed

    std::optional<TrustCertificate> m_trust;
    QString m_trustFile;
    std::optional<TaskCenterServiceKey> m_serviceKey;
    QString m_serviceKeyFile;
    QSet<QString> m_ticked;
    QHash<QString, QMap<QString, std::optional<QString>>> m_overrides;
    QString m_secretOwner = QStringLiteral("files");
    // The key stores last opened, by input: opening one derives a key from its password, and the checks run on every
    // change of any value.
    struct OpenedKeyStore
    {
        QString path;
        QString password;
        QDateTime modified;
        qint64 size = -1;
        KeyStoreFile file;
    };
    mutable QHash<QString, OpenedKeyStore> m_openedKeyStores;
    QString m_lastStep;
    QString m_setupId;
};
