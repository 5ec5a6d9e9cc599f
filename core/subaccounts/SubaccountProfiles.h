#pragma once

#include "formats/DestinationServiceKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

// A subaccount the wizard can write destinations into: a name the user chose and the key of the
// subaccount's Destination service instance. Only the key without its client secret is kept in the
// settings; the secret lives in the keychain under secretKey().
struct SubaccountProfile
{
    QString id; // stable, derived from the first display name; keys the keychain entry
    QString displayName;
    DestinationServiceKey key;

    QString secretKey() const { return QStringLiteral("subaccount/") + id + QStringLiteral("/clientsecret"); }
    // What the keychain entries of the setups that write into this subaccount begin with (SetupModel::keychainKey).
    QString secretOwner() const { return QStringLiteral("subaccount-") + id; }
};

// The saved subaccount profiles, in QSettings group "subaccounts".
class SubaccountProfiles
{
    Q_DECLARE_TR_FUNCTIONS(SubaccountProfiles)

public:
    static QList<SubaccountProfile> load(QSettings &settings);
    // Adds or replaces (same id) a profile; the client secret is never written.
    static void save(QSettings &settings, const SubaccountProfile &profile);
    static void remove(QSettings &settings, const QString &id);
    // An id for a new profile named displayName that no existing profile uses.
    static QString newId(const QString &displayName, const QList<SubaccountProfile> &existing);
    // Why a display name cannot be used (empty, or taken by another profile), or an empty string.
    static QString checkDisplayName(const QString &displayName, const QList<SubaccountProfile> &existing,
                                    const QString &ownId = {});
};
