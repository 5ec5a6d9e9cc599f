#include "validation/ValidationReport.h"

#include "formats/VisibleText.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

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

QString ValidationReport::sourceLink(const QString &source)
{
    // The pages the rules cite, by the short loio they are cited with. The full ids are those in the pages' own
    // "<!-- loio... -->" lines (SAP-docs/btp-task-center and SAP-docs/btp-connectivity); the address patterns are
    // those of the provider files and reference/sap-updates-2026.md.
    static const QString taskCenter
        = QStringLiteral("https://help.sap.com/docs/TASK_CENTER/08cbda59b4954e93abb2ec85f1db399d/%1.html");
    static const QString connectivity
        = QStringLiteral("https://help.sap.com/docs/CP_CONNECTIVITY/cca91383641e40ffbe03bdc78f00f681/%1.html");
    static const QHash<QString, QString> pages {
        { QStringLiteral("494aa0c"), taskCenter.arg(QStringLiteral("494aa0c59c0d44f8ba701134ae4d9e3f")) },
        { QStringLiteral("f0f13bf"), taskCenter.arg(QStringLiteral("f0f13bf49e3f45488bcf24218a2771e4")) },
        { QStringLiteral("bf657f8"), taskCenter.arg(QStringLiteral("bf657f8adefa4a468aa3c71783fca291")) },
        { QStringLiteral("dc5407b"), taskCenter.arg(QStringLiteral("dc5407b42c7e435b8124ee7a0816249c")) },
        { QStringLiteral("8080abf"), taskCenter.arg(QStringLiteral("8080abf7d2cf4918802aa86e955ffc8b")) },
        { QStringLiteral("5495960"), taskCenter.arg(QStringLiteral("54959605631841b0a47e14225cdc1f16")) },
        { QStringLiteral("0aff1b4"), taskCenter.arg(QStringLiteral("0aff1b46b5574ea0b3e32f25fc551799")) },
        { QStringLiteral("c69ea6a"), connectivity.arg(QStringLiteral("c69ea6aacd714ad2ae8ceb5fc3ceea56")) },
        { QStringLiteral("82dbeca"), connectivity.arg(QStringLiteral("82dbecae3454493782d16a79e30f1a6d")) },
        { QStringLiteral("565fdb3"), connectivity.arg(QStringLiteral("565fdb3dd19d4cda80864341dc5a0451")) },
        { QStringLiteral("83a3f3b"), connectivity.arg(QStringLiteral("83a3f3b9cd314618aba651044ed5b9df")) },
        { QStringLiteral("df1bb55"), connectivity.arg(QStringLiteral("df1bb55a526942b9bee78fea2ebb3162")) },
        { QStringLiteral("4e13a04"), connectivity.arg(QStringLiteral("4e13a04147314e8e9e54321f25d93fdc")) },
    };
    // A provider file's guide is cited with its address.
    static const QRegularExpression address(QStringLiteral("https://[^\\s()]+"));
    if (const auto match = address.match(source); match.hasMatch())
        return match.captured(0);
    static const QRegularExpression loio(QStringLiteral("\\b[0-9a-f]{7}\\b"));
    auto it = loio.globalMatch(source);
    while (it.hasNext()) {
        const QString page = pages.value(it.next().captured(0));
        if (!page.isEmpty())
            return page;
    }
    return {};
}

QString ValidationReport::placeOf(const ValidationFinding &finding)
{
    if (finding.subaccount.isEmpty())
        return finding.destination;
    if (finding.destination.isEmpty())
        return finding.subaccount;
    return tr("%1 (in %2)").arg(finding.destination, finding.subaccount);
}

int ValidationReport::count(const QList<ValidationFinding> &findings, ValidationFinding::Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const ValidationFinding &finding) { return finding.severity == severity; }));
}

QJsonObject ValidationReport::toJson(const QList<ValidationFinding> &findings, int destinations)
{
    QJsonArray list;
    for (const ValidationFinding &finding : findings) {
        QJsonObject object { { QStringLiteral("destination"),
                               finding.destination.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(VisibleText::of(finding.destination)) },
                             { QStringLiteral("severity"), severityName(finding.severity) },
                             { QStringLiteral("rule"), finding.rule },
                             { QStringLiteral("message"), VisibleText::of(finding.message) },
                             { QStringLiteral("fix"), VisibleText::of(finding.fix) } };
        if (!finding.subaccount.isEmpty())
            object.insert(QStringLiteral("subaccount"), VisibleText::of(finding.subaccount));
        list.append(object);
    }
    return { { QStringLiteral("findings"), list },
             { QStringLiteral("summary"),
               QJsonObject { { QStringLiteral("destinations"), destinations },
                             { QStringLiteral("errors"), count(findings, ValidationFinding::Severity::Error) },
                             { QStringLiteral("warnings"), count(findings, ValidationFinding::Severity::Warning) },
                             { QStringLiteral("info"), count(findings, ValidationFinding::Severity::Info) } } } };
}

QString ValidationReport::toText(const QList<ValidationFinding> &findings, int destinations)
{
    // Names and values come from outside: one line per finding, and no control code of theirs reaches the output.
    const auto oneLine
        = [](QString text) { return VisibleText::of(text.replace(QLatin1Char('\n'), QLatin1Char(' '))); };
    QString text;
    for (ValidationFinding finding : findings) {
        const QString place = oneLine(placeOf(finding));
        finding.message = oneLine(finding.message);
        finding.fix = oneLine(finding.fix);
        finding.source = oneLine(finding.source);
        const QString where = place.isEmpty() ? QString() : place + QStringLiteral(": ");
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

namespace {

// Background colours by status, with the status also in words: the picture must read in black and white too.
struct StatusLook
{
    const char *colour;
    const char *word;
};

StatusLook lookOf(ValidationLandscape::Status status)
{
    switch (status) {
    case ValidationLandscape::Status::Error:
        return { "#f4c7c3", QT_TRANSLATE_NOOP("ValidationReport", "errors") };
    case ValidationLandscape::Status::Warning:
        return { "#fce8b2", QT_TRANSLATE_NOOP("ValidationReport", "warnings") };
    case ValidationLandscape::Status::Paused:
        return { "#e0e0e0", QT_TRANSLATE_NOOP("ValidationReport", "paused") };
    case ValidationLandscape::Status::Info:
    case ValidationLandscape::Status::Fine:
        break;
    }
    return { "#d9ead3", QT_TRANSLATE_NOOP("ValidationReport", "fine") };
}

} // namespace

QString ValidationReport::toHtml(const QList<ValidationFinding> &findings, int destinations, const QDateTime &when,
                                 const ValidationLandscape &landscape)
{
    const auto escaped = [](const QString &text) { return VisibleText::of(text).toHtmlEscaped(); };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                                  "body{font-family:sans-serif;margin:2em;max-width:60em}"
                                  "h2{border-bottom:1px solid #999;margin-top:1.5em}"
                                  ".error{color:#a00}.warning{color:#850}.info{color:#246}"
                                  "li{margin-bottom:.8em}.fix,.source{margin-left:1em}.source{color:#555}"
                                  "table.facts th{text-align:left;padding-right:1em}"
                                  "table.landscape{border-collapse:separate;border-spacing:4px}"
                                  "table.landscape td{border:1px solid #888;padding:6px}"
                                  "table.landscape td.arrow{border:none;text-align:center}"
                                  ".small{font-size:small;color:#333}"
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

    // The facts support asks for first, only those this check could know.
    QList<QPair<QString, QString>> facts;
    if (!landscape.subaccount.isEmpty())
        facts.append({ tr("Subaccount"), landscape.subaccount });
    if (!landscape.subaccountId.isEmpty())
        facts.append({ tr("Subaccount ID"), landscape.subaccountId });
    if (!landscape.region.isEmpty())
        facts.append({ tr("Region"), landscape.region });
    facts.append({ tr("Providers"),
                   landscape.providers.isEmpty() ? tr("none found") : landscape.providers.join(QStringLiteral(", ")) });
    if (!landscape.authenticationTypes.isEmpty())
        facts.append({ tr("Authentication types"), landscape.authenticationTypes.join(QStringLiteral(", ")) });
    if (landscape.trustExpiry)
        facts.append({ tr("Trust certificate"),
                       tr("valid until %1 (SHA-256 %2)")
                           .arg(landscape.trustExpiry->toString(Qt::ISODate), landscape.trustFingerprint) });
    if (!landscape.serviceDestinations.isEmpty())
        facts.append(
            { tr("Task Center's own destinations"), landscape.serviceDestinations.join(QStringLiteral(", ")) });
    html += QStringLiteral("<h2>%1</h2>\n<table class=\"facts\">\n").arg(escaped(tr("Facts")));
    for (const auto &fact : std::as_const(facts))
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(escaped(fact.first), escaped(fact.second));
    html += QStringLiteral("</table>\n");

    // The landscape: Task Center reaching each backend system through a primary destination and its secondary.
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Landscape")));
    if (landscape.connections.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No task provider destinations were found.")));
    } else {
        // Task Center on top, then one row per backend system it reaches; no cell spans rows, so a page break
        // in the PDF never cuts a box in two.
        html += QStringLiteral("<table class=\"landscape\" width=\"100%\" cellspacing=\"4\" cellpadding=\"6\">\n"
                               "<tr><td colspan=\"5\" bgcolor=\"#cfe2f3\" align=\"center\"><b>%1</b><br>"
                               "<span class=\"small\">%2</span></td></tr>\n"
                               "<tr><th width=\"4%\"></th><th width=\"36%\">%3</th><th width=\"26%\">%4</th>"
                               "<th width=\"4%\"></th><th width=\"30%\">%5</th></tr>\n")
                    .arg(escaped(tr("SAP Task Center")),
                         escaped(tr("reads the tasks through each primary destination; users act on them through "
                                    "its secondary destination")),
                         escaped(tr("Primary destination")), escaped(tr("Secondary destination")),
                         escaped(tr("Backend system")));
        for (const ValidationLandscape::Connection &connection : landscape.connections) {
            const StatusLook look = lookOf(connection.status);
            const QString colour = QString::fromLatin1(look.colour);
            QStringList about { connection.subaccount, connection.provider, connection.authentication, tr(look.word) };
            about.removeAll(QString());
            // Long names break at their underscores rather than anywhere.
            const auto breakable = [&escaped](const QString &name) {
                return escaped(name).replace(QLatin1Char('_'), QStringLiteral("_&#8203;"));
            };
            html += QStringLiteral("<tr><td class=\"arrow\">&darr;</td>"
                                   "<td bgcolor=\"%1\"><b>%2</b><br><span class=\"small\">%3</span></td>")
                        .arg(colour, breakable(connection.primary), escaped(about.join(QStringLiteral(" · "))));
            html += connection.secondary.isEmpty()
                ? QStringLiteral("<td><i>%1</i></td>").arg(escaped(tr("none")))
                : QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(colour, breakable(connection.secondary));
            html += QStringLiteral("<td class=\"arrow\">&rarr;</td><td bgcolor=\"#f3f3f3\">%1</td></tr>\n")
                        .arg(escaped(connection.system.isEmpty() ? tr("no address") : connection.system));
        }
        html += QStringLiteral("</table>\n");
    }

    // Grouped by destination, in the order of each group's worst finding (the findings come worst first).
    QStringList order;
    QMap<QString, QList<const ValidationFinding *>> groups;
    for (const ValidationFinding &finding : findings) {
        const QString place = placeOf(finding);
        if (!groups.contains(place))
            order.append(place);
        groups[place].append(&finding);
    }
    for (const QString &place : std::as_const(order)) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(place.isEmpty() ? tr("Whole configuration") : place));
        for (const ValidationFinding *finding : groups.value(place)) {
            const QString severity = severityName(finding->severity);
            html += QStringLiteral("<li><span class=\"%1\"><b>%2</b></span> %3 <code>%4</code>"
                                   "<div class=\"fix\">%5</div>")
                        .arg(severity, escaped(severity), escaped(finding->message), escaped(finding->rule),
                             escaped(tr("Fix: %1").arg(finding->fix)));
            const QString link = sourceLink(finding->source);
            if (!finding->source.isEmpty() && link.isEmpty())
                html += QStringLiteral("<div class=\"source\">%1</div>")
                            .arg(escaped(tr("Source: %1").arg(finding->source)));
            else if (!finding->source.isEmpty())
                html += QStringLiteral("<div class=\"source\">%1 <a href=\"%2\">%3</a></div>")
                            .arg(escaped(tr("Source: %1").arg(finding->source)), escaped(link),
                                 escaped(tr("open the page")));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

bool ValidationReport::render(const QString &format, const QList<ValidationFinding> &findings, int destinations,
                              const ValidationLandscape &landscape, QByteArray *report, QString *errorMessage)
{
    if (format == QLatin1String("json")) {
        *report = QJsonDocument(toJson(findings, destinations)).toJson(QJsonDocument::Indented);
        return true;
    }
    if (format == QLatin1String("text")) {
        *report = toText(findings, destinations).toUtf8();
        return true;
    }
    const QString html = toHtml(findings, destinations, QDateTime::currentDateTimeUtc(), landscape);
    if (format == QLatin1String("html")) {
        *report = html.toUtf8();
        return true;
    }
    report->clear();
    QBuffer pdf(report);
    pdf.open(QIODevice::WriteOnly);
    return writePdf(html, &pdf, errorMessage);
}

bool ValidationReport::writePdf(const QString &html, QIODevice *device, QString *errorMessage)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *errorMessage = tr("The PDF could not be written: this program was started without its fonts.");
        return false;
    }
    if (!device || !device->isWritable()) {
        *errorMessage = tr("The PDF could not be written: the file is not open for writing.");
        return false;
    }
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("SAP Task Center configuration check"));
    writer.setCreator(QCoreApplication::applicationName());
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return true;
}
