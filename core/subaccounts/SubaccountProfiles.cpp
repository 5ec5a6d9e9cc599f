#include "subaccounts/SubaccountProfiles.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace {

const QString Group = QStringLiteral("subaccounts");
const QString DisplayNameKey = QStringLiteral("displayName");
const QString ServiceKeyKey = QStringLiteral("serviceKey");

} // namespace

QList<SubaccountProfile> SubaccountProfiles::load(QSettings &settings)
{
    QList<SubaccountProfile> profiles;
    settings.beginGroup(Group);
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        SubaccountProfile profile;
        profile.id = id;
        profile.displayName = settings.value(DisplayNameKey).toString();
        profile.key = DestinationServiceKey::fromText(settings.value(ServiceKeyKey).toByteArray());
        settings.endGroup();
        // A profile whose key cannot be read even without its secret is of no use; skip it quietly.
        if (!profile.displayName.isEmpty() && (profile.key.isValid() || profile.key.lacksOnlyClientSecret()))
            profiles.append(profile);
    }
    settings.endGroup();
    std::sort(profiles.begin(), profiles.end(), [](const SubaccountProfile &a, const SubaccountProfile &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return profiles;
}

void SubaccountProfiles::save(QSettings &settings, const SubaccountProfile &profile)
{
    settings.beginGroup(Group);
    settings.beginGroup(profile.id);
    settings.setValue(DisplayNameKey, profile.displayName);
    settings.setValue(ServiceKeyKey, QJsonDocument(profile.key.withoutSecret()).toJson(QJsonDocument::Compact));
    settings.endGroup();
    settings.endGroup();
}

void SubaccountProfiles::remove(QSettings &settings, const QString &id)
{
    settings.beginGroup(Group);
    settings.remove(id);
    settings.endGroup();
}

QString SubaccountProfiles::newId(const QString &displayName, const QList<SubaccountProfile> &existing)
{
    // Settings group names and keychain keys stay plain: letters, digits and dashes.
    QString base = displayName.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("subaccount");
    QString id = base;
    for (int n = 2; std::any_of(existing.begin(), existing.end(), [&id](const auto &p) { return p.id == id; }); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString SubaccountProfiles::checkDisplayName(const QString &displayName, const QList<SubaccountProfile> &existing,
                                             const QString &ownId)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return tr("Give the subaccount a name you will recognise, e.g. \"Production EU10\".");
    for (const SubaccountProfile &profile : existing) {
        if (profile.id != ownId && profile.displayName.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A subaccount named \"%1\" already exists. Choose another name, or pick the existing one.")
                .arg(profile.displayName);
    }
    return {};
}
