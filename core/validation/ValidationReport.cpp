#include "ValidationReport.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

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
    // Names and values come from outside: no line breaks or terminal control codes of theirs reach the output.
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    QString text;
    for (ValidationFinding finding : findings) {
        finding.destination.replace(control, QStringLiteral(" "));
        finding.message.replace(control, QStringLiteral(" "));
        finding.fix.replace(control, QStringLiteral(" "));
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

QString ValidationReport::toHtml(const QList<ValidationFinding> &findings, int destinations, const QDateTime &when)
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                                  "body{font-family:sans-serif;margin:2em;max-width:60em}"
                                  "h2{border-bottom:1px solid #999;margin-top:1.5em}"
                                  ".error{color:#a00}.warning{color:#850}.info{color:#246}"
                                  "li{margin-bottom:.8em}.fix,.source{margin-left:1em}.source{color:#555}"
                                  "</style></head><body>\n")
                       .arg(escaped(tr("SAP Task Center configuration check")));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n")
                .arg(escaped(tr("SAP Task Center configuration check")),
                     escaped(tr("Checked on %1.").arg(when.toString(Qt::ISODate))),
                     escaped(tr("%n destination(s) checked: ", nullptr, destinations)
                             + tr("%1 error(s), %2 warning(s), %3 note(s).")
                                   .arg(count(findings, ValidationFinding::Severity::Error))
                                   .arg(count(findings, ValidationFinding::Severity::Warning))
                                   .arg(count(findings, ValidationFinding::Severity::Info))));
    // Grouped by destination, in the order of each group's worst finding (the findings come worst first).
    QStringList order;
    QMap<QString, QList<const ValidationFinding *>> groups;
    for (const ValidationFinding &finding : findings) {
        if (!groups.contains(finding.destination))
            order.append(finding.destination);
        groups[finding.destination].append(&finding);
    }
    for (const QString &name : std::as_const(order)) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(name.isEmpty() ? tr("Whole configuration") : name));
        for (const ValidationFinding *finding : groups.value(name)) {
            const QString severity = severityName(finding->severity);
            html += QStringLiteral("<li><span class=\"%1\"><b>%2</b></span> %3 <code>%4</code>"
                                   "<div class=\"fix\">%5</div>")
                        .arg(severity, escaped(severity), escaped(finding->message), escaped(finding->rule),
                             escaped(tr("Fix: %1").arg(finding->fix)));
            if (!finding->source.isEmpty())
                html += QStringLiteral("<div class=\"source\">%1</div>")
                            .arg(escaped(tr("Source: %1").arg(finding->source)));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}
