#include "validation/ConfigurationFix.h"

#include <QSet>
#include <algorithm>

namespace {

const QString kEnabled = QStringLiteral("tc.enabled");

bool turnsOn(const QString &rule)
{
    return rule == QLatin1String("tc-enabled-missing") || rule == QLatin1String("tc-enabled-false")
        || rule == QLatin1String("tc-enabled-value");
}

QSet<QString> errorRules(const QList<ValidationFinding> &findings, const QString &destination)
{
    QSet<QString> rules;
    for (const ValidationFinding &finding : findings) {
        if (finding.destination == destination && finding.severity == ValidationFinding::Severity::Error)
            rules.insert(finding.rule);
    }
    return rules;
}

} // namespace

bool ConfigurationFix::canFix(const ValidationFinding &finding, const QList<ValidationFinding> &among)
{
    if (finding.destination.isEmpty() || ConfigurationValidator::isServiceDestination(finding.destination))
        return false;
    if (finding.rule == QLatin1String("secondary-tc-enabled"))
        return true;
    if (!turnsOn(finding.rule))
        return false;
    return std::none_of(among.cbegin(), among.cend(), [&finding](const ValidationFinding &other) {
        return other.destination == finding.destination && other.rule == QLatin1String("token-error");
    });
}

bool ConfigurationFix::fixedBySettingUpAgain(const ValidationFinding &finding)
{
    static const QStringList rules {
        QStringLiteral("secondary-missing"),     QStringLiteral("secondary-without-primary"),
        QStringLiteral("property-missing"),      QStringLiteral("property-value"),
        QStringLiteral("property-check"),        QStringLiteral("address-shape"),
        QStringLiteral("http-with-credentials"), QStringLiteral("authentication-property-missing"),
        QStringLiteral("token-error"),
    };
    return !finding.destination.isEmpty() && !ConfigurationValidator::isServiceDestination(finding.destination)
        && rules.contains(finding.rule);
}

QString ConfigurationFix::describe(const ValidationFinding &finding)
{
    if (turnsOn(finding.rule))
        return tr("Set tc.enabled to true on %1 in the subaccount. SAP Task Center then reads its tasks (the first "
                  "time, those of the last 90 days). Nothing else in the destination changes.")
            .arg(finding.destination);
    return tr("Remove tc.enabled from the secondary destination %1 in the subaccount. Nothing else in the "
              "destination changes.")
        .arg(finding.destination);
}

ConfigurationFix::ConfigurationFix(DestinationServiceClient *client, const ValidationFinding &finding,
                                   const ConfigurationValidator::Input &context, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_finding(finding)
    , m_context(context)
{
}

void ConfigurationFix::start()
{
    if (!m_client || !canFix(m_finding))
        return fail(tr("This finding cannot be fixed here; follow its fix in the SAP BTP cockpit."));
    DestinationServiceReply *reply = m_client->readDestination(m_finding.destination);
    connect(reply, &DestinationServiceReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != DestinationServiceReply::Error::NoError)
            return fail(reply->errorMessage(), reply->technicalDetails());
        write(reply->destination(), reply->etag());
    });
}

void ConfigurationFix::write(const QJsonObject &current, const QByteArray &etag)
{
    // What the person confirmed was the destination as checked: if it changed since (Task Center pausing it, a
    // colleague), nothing is written.
    for (const SourcedDestination &checked : std::as_const(m_context.destinations)) {
        if (checked.name() == m_finding.destination && checked.properties != current)
            return fail(tr("%1 was changed since the check, so nothing was written. Check again, then fix it.")
                            .arg(m_finding.destination));
    }
    QJsonObject fixed = current;
    if (turnsOn(m_finding.rule))
        fixed.insert(kEnabled, QStringLiteral("true"));
    else
        fixed.remove(kEnabled);
    if (fixed == current) {
        // Fixed meanwhile (by someone, or by an earlier click): nothing to write.
        Q_EMIT finished(true);
        return;
    }

    // The destinations as they would be: a fix must not bring an error of its own (two primaries to one system).
    ConfigurationValidator::Input before = m_context;
    ConfigurationValidator::Input after = m_context;
    bool found = false;
    for (SourcedDestination &destination : after.destinations) {
        if (destination.name() == m_finding.destination) {
            destination.properties = fixed;
            found = true;
        }
    }
    if (!found)
        after.destinations.append({ fixed, m_finding.destination, {}, false });
    const ConfigurationValidator validator;
    const QList<ValidationFinding> afterFindings = validator.validate(after);
    const QSet<QString> wereErrors = errorRules(validator.validate(before), m_finding.destination);
    for (const ValidationFinding &finding : afterFindings) {
        if (finding.destination == m_finding.destination && finding.severity == ValidationFinding::Severity::Error
            && !wereErrors.contains(finding.rule))
            return fail(tr("Not changed: %1").arg(finding.message) + QLatin1Char(' ') + finding.fix);
    }

    DestinationServiceReply *reply = m_client->updateDestination(fixed, etag);
    connect(reply, &DestinationServiceReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == DestinationServiceReply::Error::PreconditionFailed)
            return fail(tr("%1 was changed by someone else in the meantime, so nothing was written. Check again, "
                           "then fix it.")
                            .arg(m_finding.destination),
                        reply->technicalDetails());
        if (reply->error() != DestinationServiceReply::Error::NoError)
            return fail(reply->errorMessage(), reply->technicalDetails());
        Q_EMIT finished(true);
    });
}

void ConfigurationFix::fail(const QString &message, const QString &details)
{
    m_errorMessage = message;
    m_technicalDetails = details;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(false); }, Qt::QueuedConnection);
}
