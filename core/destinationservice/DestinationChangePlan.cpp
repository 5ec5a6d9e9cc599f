#include "destinationservice/DestinationChangePlan.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace {

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

} // namespace

QString DestinationChangePlan::maskedValue()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022");
}

bool DestinationChangePlan::isCredentialKey(const QString &key)
{
    // The credential fields of the Destination service (facts section 1) and the API key Task Center uses.
    static const QSet<QString> secrets
        = { QStringLiteral("Password"),         QStringLiteral("clientSecret"),
            QStringLiteral("clientKey"),        QStringLiteral("tokenServicePassword"),
            QStringLiteral("KeyStorePassword"), QStringLiteral("tokenService.KeyStorePassword"),
            QStringLiteral("apiKey"),           QStringLiteral("tc.pp.cip.token") };
    if (secrets.contains(key))
        return true;
    // Anything named like a password, secret, key or token.
    const QString lower = key.toLower();
    for (const char *ending : { "password", "secret", "apikey", "api_key", "clientkey", "token" }) {
        if (lower.endsWith(QLatin1String(ending)))
            return true;
    }
    return false;
}

bool DestinationChangePlan::isSecretKey(const QString &key)
{
    // Values of other destinations in the subaccount can be secrets under other names: additional headers and
    // query parameters (URL.headers.*, URL.queries.*). Showing one of those masked costs little; showing a secret
    // in clear cannot be undone.
    const QString lower = key.toLower();
    return isCredentialKey(key) || lower.startsWith(QStringLiteral("url.headers."))
        || lower.startsWith(QStringLiteral("url.queries."));
}

QString DestinationPropertyChange::displayOldValue() const
{
    return secret && !oldValue.isEmpty() ? DestinationChangePlan::maskedValue() : oldValue;
}

QString DestinationPropertyChange::displayNewValue() const
{
    return secret && !newValue.isEmpty() ? DestinationChangePlan::maskedValue() : newValue;
}

QJsonObject DestinationChange::requestBody() const
{
    QJsonObject body;
    for (const auto &property : desired.properties()) {
        // Keep what is there (a secret not given again, a value written only when the destination was created);
        // with nothing there, a secret is left out and a value written once is written now.
        if ((property.secret && property.value.isEmpty()) || (property.writtenOnce && current.contains(property.key))) {
            if (current.contains(property.key))
                body.insert(property.key, current.value(property.key));
            continue;
        }
        body.insert(property.key, property.value);
    }
    return body;
}

QStringList DestinationChange::describeChanges() const
{
    QStringList lines;
    for (const auto &change : propertyChanges) {
        switch (change.kind) {
        case DestinationPropertyChange::Kind::Added:
            lines << DestinationChangePlan::tr("added %1: %2").arg(change.key, change.displayNewValue());
            break;
        case DestinationPropertyChange::Kind::Changed:
            // Two masks side by side would say nothing.
            if (change.secret)
                lines << DestinationChangePlan::tr("changed %1 (hidden)").arg(change.key);
            else
                lines << DestinationChangePlan::tr("changed %1: %2 \u2192 %3")
                             .arg(change.key, change.displayOldValue(), change.displayNewValue());
            break;
        case DestinationPropertyChange::Kind::Removed:
            lines << DestinationChangePlan::tr("removed %1 (was %2)").arg(change.key, change.displayOldValue());
            break;
        }
    }
    return lines;
}

DestinationChange DestinationChangePlan::compare(const Destination &desired, const QJsonObject &current)
{
    DestinationChange change;
    change.name = desired.name();
    change.desired = desired;
    change.current = current;
    if (current.isEmpty()) {
        change.action = DestinationChange::Action::Create;
        return change;
    }

    QSet<QString> desiredKeys;
    for (const auto &property : desired.properties()) {
        desiredKeys.insert(property.key);
        // What the desired destination says is secret is (its provider file decides: FSM's account and company IDs
        // and its client ID are not); only properties it does not know fall back on the names that hint at one.
        const bool secret = property.secret;
        const bool present = current.contains(property.key);
        const QString old = present ? text(current.value(property.key)) : QString();
        if ((property.secret && property.value.isEmpty()) || (property.writtenOnce && present))
            continue; // "keep what is there": equal whatever the subaccount has
        if (!present) {
            change.propertyChanges.append(
                { DestinationPropertyChange::Kind::Added, property.key, QString(), property.value, secret });
        } else if (old != property.value) {
            change.propertyChanges.append(
                { DestinationPropertyChange::Kind::Changed, property.key, old, property.value, secret });
        }
    }
    // The service's answer may carry keys in any order; report removals sorted so the diff is stable.
    QStringList currentKeys = current.keys();
    currentKeys.sort();
    for (const auto &key : currentKeys) {
        if (desiredKeys.contains(key))
            continue;
        change.propertyChanges.append({ DestinationPropertyChange::Kind::Removed, key, text(current.value(key)),
                                        QString(), isSecretKey(key) || desired.isSecret(key) });
    }
    change.action
        = change.propertyChanges.isEmpty() ? DestinationChange::Action::Unchanged : DestinationChange::Action::Update;
    return change;
}

DestinationChangePlan::DestinationChangePlan(const QList<Destination> &desired, const QList<QJsonObject> &current,
                                             const QHash<QString, QString> &primaryOf)
{
    QHash<QString, int> byName;
    byName.reserve(current.size());
    for (int i = 0; i < current.size(); ++i)
        byName.insert(current.at(i).value(QStringLiteral("Name")).toString(), i);
    m_changes.reserve(desired.size());
    for (const auto &destination : desired) {
        const auto it = byName.constFind(destination.name());
        m_changes.append(compare(destination, it == byName.constEnd() ? QJsonObject() : current.at(it.value())));
        m_changes.last().primaryName = primaryOf.value(destination.name());
    }
    // A secondary destination goes right after its primary, wherever it was given, so the primary is written
    // first; everything else keeps its order.
    QHash<QString, int> position;
    for (int i = 0; i < m_changes.size(); ++i)
        position.insert(m_changes.at(i).name, i);
    QList<QPair<QPair<int, int>, int>> ranks; // ((anchor, secondary?), original index)
    for (int i = 0; i < m_changes.size(); ++i) {
        const QString primary = m_changes.at(i).primaryName;
        const int anchor = primary.isEmpty() ? -1 : position.value(primary, -1);
        ranks.append({ anchor >= 0 ? qMakePair(anchor, 1) : qMakePair(i, 0), i });
    }
    std::stable_sort(ranks.begin(), ranks.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<DestinationChange> ordered;
    ordered.reserve(m_changes.size());
    for (const auto &rank : ranks)
        ordered.append(m_changes.at(rank.second));
    m_changes = ordered;
}

int DestinationChangePlan::count(DestinationChange::Action action) const
{
    int n = 0;
    for (const auto &change : m_changes)
        n += change.action == action ? 1 : 0;
    return n;
}

bool DestinationChangePlan::hasWrites() const
{
    return count(DestinationChange::Action::Unchanged) != m_changes.size()
        || std::any_of(m_certificates.cbegin(), m_certificates.cend(), [](const CertificateChange &certificate) {
               return certificate.action == CertificateChange::Action::Upload
                   || certificate.action == CertificateChange::Action::Replace;
           });
}

const QStringList &DestinationChangePlan::certificateKeys()
{
    // SAP BTP Connectivity: client certificate authentication (KeyStoreLocation), OAuth with X.509 client certificates
    // towards the token service (tokenService.KeyStoreLocation), and the trust store of a destination
    // (TrustStoreLocation).
    static const QStringList keys
        = { QStringLiteral("KeyStoreLocation"), QStringLiteral("tokenService.KeyStoreLocation"),
            QStringLiteral("TrustStoreLocation") };
    return keys;
}

void DestinationChangePlan::planCertificates(const QList<CertificateChange> &wanted,
                                             const QHash<QString, QByteArray> &currentDigests,
                                             const QList<QJsonObject> &current)
{
    m_certificates.clear();
    for (CertificateChange certificate : wanted) {
        for (const QJsonObject &destination : current) {
            const QString name = destination.value(QStringLiteral("Name")).toString();
            const bool names
                = std::any_of(certificateKeys().cbegin(), certificateKeys().cend(), [&](const QString &key) {
                      return destination.value(key).toString() == certificate.name;
                  });
            if (names && !certificate.usedBy.contains(name) && !certificate.alsoUsedBy.contains(name))
                certificate.alsoUsedBy.append(name);
        }
        const auto there = currentDigests.constFind(certificate.name);
        if (!certificate.problem.isEmpty()) {
            certificate.action = CertificateChange::Action::Missing;
        } else if (certificate.content.isEmpty()) {
            certificate.action = there != currentDigests.constEnd() ? CertificateChange::Action::Unchanged
                                                                    : CertificateChange::Action::Missing;
            if (certificate.action == CertificateChange::Action::Missing)
                certificate.problem = tr("%1 is not among this subaccount's destination certificates. Choose the key "
                                         "store file on this computer, and it is uploaded with the destinations.")
                                          .arg(certificate.name);
        } else if (there == currentDigests.constEnd()) {
            certificate.action = CertificateChange::Action::Upload;
        } else {
            certificate.action = *there == QCryptographicHash::hash(certificate.content, QCryptographicHash::Sha256)
                ? CertificateChange::Action::Unchanged
                : CertificateChange::Action::Replace;
        }
        m_certificates.append(certificate);
    }
}

namespace {

// Addresses compare as the service uses them: host case and a trailing slash do not make another system.
QUrl addressOf(const QString &url)
{
    return QUrl(url.trimmed()).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

bool DestinationChangePlan::isSameSystem(const Destination &desired, const QJsonObject &current,
                                         const QStringList &identity)
{
    if (addressOf(desired.value(QStringLiteral("URL"))) != addressOf(text(current.value(QStringLiteral("URL")))))
        return false;
    return std::all_of(identity.cbegin(), identity.cend(), [&](const QString &key) {
        return key == QLatin1String("URL")
            || text(current.value(key)).trimmed().compare(desired.value(key).trimmed(), Qt::CaseInsensitive) == 0;
    });
}

QString DestinationChangePlan::systemOf(const QJsonObject &current, const QStringList &identity)
{
    const QUrl url = addressOf(text(current.value(QStringLiteral("URL"))));
    QStringList parts { url.host().isEmpty() ? tr("no address") : url.host() };
    for (const QString &key : identity) {
        if (key != QLatin1String("URL") && !text(current.value(key)).isEmpty())
            parts.append(QStringLiteral("%1 %2").arg(key, text(current.value(key))));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList DestinationChangePlan::otherPrimariesTo(const Destination &primary, const QList<QJsonObject> &current,
                                                    const QStringList &identity)
{
    const auto systemOf = addressOf;
    const QUrl system = systemOf(primary.value(QStringLiteral("URL")));
    QStringList names;
    if (system.isEmpty())
        return names;
    for (const QJsonObject &existing : current) {
        const QString name = existing.value(QStringLiteral("Name")).toString();
        if (name == primary.name())
            continue;
        const bool enabled = existing.value(QStringLiteral("tc.enabled"))
                                 .toString()
                                 .trimmed()
                                 .compare(QStringLiteral("true"), Qt::CaseInsensitive)
            == 0;
        if (!enabled || systemOf(existing.value(QStringLiteral("URL")).toString()) != system)
            continue;
        // The same address may serve several systems (FSM accounts and companies, SuccessFactors companies).
        const bool sameSystem = std::all_of(identity.cbegin(), identity.cend(), [&](const QString &key) {
            return key == QLatin1String("URL")
                || text(existing.value(key)).trimmed().compare(primary.value(key).trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (sameSystem)
            names.append(name);
    }
    return names;
}
