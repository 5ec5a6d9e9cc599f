#include "ValidationReport.h"

#include <QJsonArray>

QString ValidationReport::severityName(ValidationFinding::Severity severity)
{
    switch (severity) {
    case ValidationFinding::Severity::Error:
        return QStringLiteral("error");
    case ValidationFinding::Severity::Warning:
        return QStringLiteral("warning");
    case ValidationFinding::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

int ValidationReport::count(const QList<ValidationFinding> &findings, ValidationFinding::Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const ValidationFinding &finding) { return finding.severity == severity; }));
}

QJsonObject ValidationReport::toJson(const QList<ValidationFinding> &findings, int destinations)
{
    QJsonArray list;
    for (const ValidationFinding &finding : findings)
        list.append(QJsonObject {
            { QStringLiteral("destination"),
              finding.destination.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finding.destination) },
            { QStringLiteral("severity"), severityName(finding.severity) },
            { QStringLiteral("rule"), finding.rule },
            { QStringLiteral("message"), finding.message },
            { QStringLiteral("fix"), finding.fix } });
    return { { QStringLiteral("findings"), list },
             { QStringLiteral("summary"),
               QJsonObject { { QStringLiteral("destinations"), destinations },
                             { QStringLiteral("errors"), count(findings, ValidationFinding::Severity::Error) },
                             { QStringLiteral("warnings"), count(findings, ValidationFinding::Severity::Warning) },
                             { QStringLiteral("info"), count(findings, ValidationFinding::Severity::Info) } } } };
}

QString ValidationReport::toText(const QList<ValidationFinding> &findings, int destinations)
{
    QString text;
    for (const ValidationFinding &finding : findings) {
        const QString where = finding.destination.isEmpty() ? QString() : finding.destination + QStringLiteral(": ");
        text += QStringLiteral("%1 [%2] %3%4\n")
                    .arg(severityName(finding.severity), finding.rule, where, finding.message);
        if (!finding.fix.isEmpty())
            text += QStringLiteral("    ") + tr("Fix: %1").arg(finding.fix) + QLatin1Char('\n');
        if (!finding.source.isEmpty())
            text += QStringLiteral("    ") + tr("Source: %1").arg(finding.source) + QLatin1Char('\n');
    }
    text += tr("%n destination(s) checked: ", nullptr, destinations)
        + tr("%1 error(s), %2 warning(s), %3 note(s).")
              .arg(count(findings, ValidationFinding::Severity::Error))
              .arg(count(findings, ValidationFinding::Severity::Warning))
              .arg(count(findings, ValidationFinding::Severity::Info))
        + QLatin1Char('\n');
    return text;
}
