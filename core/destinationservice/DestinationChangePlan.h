#pragma once

#include "model/Destination.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One property that differs between what the subaccount has and what we want.
struct DestinationPropertyChange
{
    enum class Kind { Added, Changed, Removed };

    Kind kind = Kind::Changed;
    QString key;
    // The values in clear text, secrets included: for building requests only, never for display or logs.
    QString oldValue;
    QString newValue;
    bool secret = false;

    // What may be shown: secret values become DestinationChangePlan::maskedValue().
    QString displayOldValue() const;
    QString displayNewValue() const;
};

// What happens to one desired destination.
struct DestinationChange
{
    enum class Action { Create, Update, Unchanged };

    Action action = Action::Create;
    QString name;
    // For a secondary destination: the primary it belongs to (written first; without it the secondary waits).
    QString primaryName;
    Destination desired;
    // The subaccount's version (from the list; secrets in clear text), empty for Create.
    QJsonObject current;
    QList<DestinationPropertyChange> propertyChanges;

    // The flat object to send (create or update). A secret left empty in `desired` means "keep what is
    // there": the subaccount's value goes into the body, because an update replaces the whole destination.
    QJsonObject requestBody() const;
    // One line per property change, secrets masked: "changed URL: https://a -> https://b".
    QStringList describeChanges() const;
};

// What happens to one key store the destinations name (KeyStoreLocation, tokenService.KeyStoreLocation) among the
// subaccount's destination certificates.
struct CertificateChange
{
    enum class Action {
        Upload, // the subaccount has no file of that name
        Replace, // it has one with other content
        Unchanged, // it has this file, or one of that name and no file on this computer was chosen
        Missing, // it has none, and there is nothing to upload (or the file on this computer cannot be read)
    };

    Action action = Action::Upload;
    QString name;
    // The file to send; it holds a private key: never displayed, logged or written anywhere else.
    QByteArray content;
    QString sourceFile; // where content was read, for a person
    QStringList usedBy; // the destinations of the plan that name it
    QStringList alsoUsedBy; // other destinations of the subaccount that name it: a replacement changes them too
    QString problem; // Missing: why, and what to do
};

// Compares the destinations we want with the ones the subaccount has, destination by destination.
// Pure: no network, no logging.
class DestinationChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(DestinationChangePlan)

public:
    DestinationChangePlan() = default;
    // primaryOf names, by a secondary destination's name, the primary it belongs to (from the provider
    // definition, never guessed from a name suffix).
    DestinationChangePlan(const QList<Destination> &desired, const QList<QJsonObject> &current,
                          const QHash<QString, QString> &primaryOf = {});

    // In the order the destinations were desired, except that a secondary comes right after its primary.
    const QList<DestinationChange> &changes() const { return m_changes; }
    int size() const { return int(m_changes.size()); }
    const DestinationChange &at(int index) const { return m_changes.at(index); }
    int count(DestinationChange::Action action) const;
    // Whether applying the plan would write anything.
    bool hasWrites() const;

    // The key stores the destinations name, compared with the subaccount's destination certificates (name to the
    // SHA-256 of the file, DestinationServiceReply::certificateDigests()) and its destinations (`current`, for the
    // others that name the same file). Each wanted one has its name, the destinations that name it, and the file to
    // upload (content) or a problem; empty content and no problem mean the subaccount is to have it already.
    void planCertificates(const QList<CertificateChange> &wanted, const QHash<QString, QByteArray> &currentDigests,
                          const QList<QJsonObject> &current);
    void setCertificates(const QList<CertificateChange> &certificates) { m_certificates = certificates; }
    const QList<CertificateChange> &certificates() const { return m_certificates; }
    // The properties a destination names a destination certificate in.
    static const QStringList &certificateKeys();

    // Compares one destination; `current` empty means the subaccount does not have it.
    static DestinationChange compare(const Destination &desired, const QJsonObject &current);
    // Keys whose values are secrets even when the desired destination does not say so (for removed keys).
    static bool isSecretKey(const QString &key);
    // The credentials among them: passwords, client secrets, API and client keys, key store passwords, tokens
    // (without the additional headers and query parameters, which are masked on sight but are not always secret).
    static bool isCredentialKey(const QString &key);
    static QString maskedValue();
    // Other destinations in the subaccount that SAP Task Center reads as primaries (tc.enabled=true) of the same
    // system: with two, every user gets each task twice (the one-primary rule of every provider). The system is
    // told by the URL (compared as an address) and the provider's other identity properties (company, account).
    // Whether an existing destination reaches the same backend system as the desired one (the address and the
    // provider's identity properties), so updating it changes how, not what, it connects.
    static bool isSameSystem(const Destination &desired, const QJsonObject &current,
                             const QStringList &identity = { QStringLiteral("URL") });
    // What an existing destination connects, for a person: its host and identity values ("apisalesdemo8.sapsf.eu,
    // companyId SFPART000123").
    static QString systemOf(const QJsonObject &current, const QStringList &identity = { QStringLiteral("URL") });
    static QStringList otherPrimariesTo(const Destination &primary, const QList<QJsonObject> &current,
                                        const QStringList &identity = { QStringLiteral("URL") });

private:
    QList<DestinationChange> m_changes;
    QList<CertificateChange> m_certificates;
};
