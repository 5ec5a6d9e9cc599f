#pragma once

#include "validation/ValidationFinding.h"
#include "validation/ValidationLandscape.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

// A validation's findings as the command line prints them: text for people, HTML to hand over, JSON for scripts
//   {"findings":[{"destination":NAME or null,"severity":"error|warning|info","rule":ID,"message":TEXT,
//                 "fix":TEXT}],"summary":{"destinations":N,"errors":N,"warnings":N,"info":N}}
// where exports of several subaccounts were checked together, a finding also names its "subaccount" (the folder
// or zip archive it was found in).
// Findings never carry a secret's value.
class ValidationReport
{
    Q_DECLARE_TR_FUNCTIONS(ValidationReport)

public:
    static QString severityName(ValidationFinding::Severity severity);
    // SAP's page a finding's source names (the first SAP Help page it cites by loio), to open; empty when the
    // source names none this program knows.
    static QString sourceLink(const QString &source);
    // Where a finding is, for people: the destination, with the subaccount export it is in when there are several.
    static QString placeOf(const ValidationFinding &finding);
    static QJsonObject toJson(const QList<ValidationFinding> &findings, int destinations);
    static QString toText(const QList<ValidationFinding> &findings, int destinations);
    // A page to hand over: the summary, the facts support asks for (subaccount, region, providers, authentication
    // types, certificate expiry), a picture of the landscape, then the findings grouped by destination (worst
    // first), each with its fix and source. Every text from outside is escaped; colours come from the status, not
    // from the data. Plain HTML 4 tables, so Qt's own text engine lays it out the same for the PDF.
    static QString toHtml(const QList<ValidationFinding> &findings, int destinations, const QDateTime &when,
                          const ValidationLandscape &landscape = {});
    // The HTML report as an A4 PDF (Qt's text and print classes; needs a QGuiApplication for its fonts).
    static bool writePdf(const QString &html, QIODevice *device, QString *errorMessage);
    // The report in one of the formats the command line and the wizard offer: "text", "json", "html" or "pdf".
    static bool render(const QString &format, const QList<ValidationFinding> &findings, int destinations,
                       const ValidationLandscape &landscape, QByteArray *report, QString *errorMessage);
    static int count(const QList<ValidationFinding> &findings, ValidationFinding::Severity severity);
};
