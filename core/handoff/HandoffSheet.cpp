#include "handoff/HandoffSheet.h"

#include "files/FileWriter.h"
#include "formats/VisibleText.h"
#include "providers/ValueTemplate.h"
#include "setup/SetupModel.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <algorithm>

namespace {

QString escaped(const QString &text)
{
    return VisibleText::of(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text.toHtmlEscaped());
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

// Label, value and note, one row each value: wide enough for an address, the note under the value.
QString row(const QString &label, const QString &valueHtml, const QString &note)
{
    return QStringLiteral("<tr><td width=\"26%\"><b>%1</b></td><td>%2%3</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml,
             note.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(note.toHtmlEscaped()));
}

QString table(const QString &rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">%1</table>")
        .arg(rows);
}

} // namespace

HandoffSheet::HandoffSheet(const SetupModel &model, const QDate &preparedOn)
{
    build(model, preparedOn);
}

QString HandoffSheet::suggestedFileName() const
{
    QString name = tr("%1 - SAP Task Center hand-off.pdf").arg(m_systemName);
    // Characters some file systems refuse.
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (refused.contains(c))
            c = QLatin1Char('-');
    }
    return name;
}

void HandoffSheet::build(const SetupModel &model, const QDate &preparedOn)
{
    const auto &provider = model.provider();
    const QString system = provider.displayName();
    m_systemName = system;
    m_title = tr("%1: what to enter for SAP Task Center").arg(system);

    QString body = QStringLiteral("<h1>%1</h1>").arg(m_title.toHtmlEscaped());
    body += paragraph(tr("For the administrator of %1. Please enter the values below in %1 as each step says, and "
                         "send the values listed under \"To send back\" to the person setting up SAP Task Center.")
                          .arg(system.toHtmlEscaped()));
    body += paragraph(tr("Prepared on %1 with Task Center Connect.")
                          .arg(QLocale().toString(preparedOn, QLocale::LongFormat).toHtmlEscaped()));
    body += paragraph(QStringLiteral("<b>%1</b>")
                          .arg(tr("Secrets (passwords, client secrets, keys) are not on this sheet. Where a step "
                                  "needs one, the sheet says where it comes from. Send secrets back only in a way "
                                  "your organization allows for passwords, never in a plain e-mail.")
                                   .toHtmlEscaped()));

    const auto steps = model.steps();
    // The system the values are for, as the administrator knows it (addresses, IDs; no secrets).
    QString systemRows;
    for (const auto &step : steps) {
        if (step.kind != ProviderDefinition::Step::Kind::Values)
            continue;
        for (const auto &id : step.inputs) {
            const auto *input = provider.input(id);
            if (input && !input->secret && !model.value(id).trimmed().isEmpty())
                systemRows += row(input->label, escaped(model.value(id)), QString());
        }
    }
    if (!systemRows.isEmpty())
        body += heading(2, tr("Your %1 system").arg(system)) + table(systemRows);

    const auto values = model.templateValues();
    QString stepsHtml;
    for (const auto &step : steps) {
        if (step.kind != ProviderDefinition::Step::Kind::Console)
            continue;
        ++m_consoleSteps;
        stepsHtml += heading(2, tr("Step %1: %2").arg(m_consoleSteps).arg(step.title));
        // The provider file's own intro: our text, with SAP's screen names in bold.
        if (!step.intro.isEmpty())
            stepsHtml += paragraph(step.intro);
        const auto guide = provider.guideFor(step.id, model.pathId());
        if (!guide.url.isEmpty())
            stepsHtml += paragraph(tr("SAP's guide for this step: %1, %2")
                                       .arg(guide.title.toHtmlEscaped(),
                                            QStringLiteral("<a href=\"%1\">%1</a>").arg(guide.url.toHtmlEscaped())));
        for (int s = 0; s < step.sections.size(); ++s) {
            const auto &section = step.sections.at(s);
            stepsHtml
                += heading(3, step.sections.size() > 1 ? tr("%1. %2").arg(s + 1).arg(section.title) : section.title);
            if (!section.intro.isEmpty())
                stepsHtml += paragraph(section.intro);
            QString rows;
            for (const auto &field : section.fields) {
                QStringList missing;
                const QString value = ValueTemplate(field.valueTemplate).expand(values, &missing);
                QString valueHtml;
                if (field.secret) {
                    valueHtml
                        = QStringLiteral("<i>%1</i>")
                              .arg(tr("A secret, not on this sheet: ask the person setting up SAP Task Center for it.")
                                       .toHtmlEscaped());
                } else if (!missing.isEmpty()) {
                    ++m_missing;
                    valueHtml
                        = QStringLiteral("<i>%1</i>")
                              .arg(tr("Not known yet: it follows from an earlier step of the setup.").toHtmlEscaped());
                } else if (!field.saveAs.isEmpty()) {
                    // Uploaded as a file: paper cannot carry it, so the file goes with the sheet.
                    if (!hasAttachment(field.saveAs))
                        m_attachments.append({ field.saveAs, value.toUtf8() });
                    valueHtml = tr("The file %1, handed over with this sheet.")
                                    .arg(QStringLiteral("<tt>%1</tt>").arg(field.saveAs.toHtmlEscaped()));
                } else {
                    // Certificates and addresses are copied character by character: a fixed-width font, small
                    // enough for a certificate to keep whole words on a line.
                    const QString fixedWidth = value.size() > 120
                        ? QStringLiteral("<tt style=\"font-size:7pt\">%1</tt>")
                        : QStringLiteral("<tt>%1</tt>");
                    valueHtml = fixedWidth.arg(escaped(value));
                }
                rows += row(field.label, valueHtml, field.note);
            }
            if (!rows.isEmpty())
                stepsHtml += table(rows);
            if (section.inputs.isEmpty())
                continue;
            stepsHtml += paragraph(QStringLiteral("<b>%1</b>").arg(tr("To send back:").toHtmlEscaped()));
            QString sendBack;
            for (const auto &id : section.inputs) {
                const auto *input = provider.input(id);
                if (!input)
                    continue;
                // Room to write the value down; a secret is asked for, never written here.
                const QString space = input->secret ? QStringLiteral("<i>%1</i>")
                                                          .arg(tr("A secret: send it in a way your organization allows "
                                                                  "for passwords, not on this sheet.")
                                                                   .toHtmlEscaped())
                                                    : QStringLiteral("<br><br>");
                // A secret input's own help speaks of this computer's keychain, which is not the reader's.
                sendBack += row(input->label, space, input->secret ? QString() : input->help);
            }
            stepsHtml += table(sendBack);
        }
    }
    if (m_missing > 0)
        body += paragraph(QStringLiteral("<b>%1</b>")
                              .arg(tr("%n value(s) below are not known yet: complete the earlier steps of the setup "
                                      "and make this sheet again.",
                                      nullptr, m_missing)
                                       .toHtmlEscaped()));
    if (m_consoleSteps == 0)
        body += paragraph(
            tr("On this way through the setup, nothing is entered in %1 by hand.").arg(system).toHtmlEscaped());
    m_html = QStringLiteral("<html><head><title>%1</title></head><body>%2%3</body></html>")
                 .arg(m_title.toHtmlEscaped(), body, stepsHtml);
}

void HandoffSheet::fill(QTextDocument *document) const
{
    // A certificate is one long word: it wraps anywhere rather than running off the page.
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setHtml(m_html);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

void HandoffSheet::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    fill(&document);
    document.print(device);
}

bool HandoffSheet::hasAttachment(const QString &fileName) const
{
    return std::any_of(m_attachments.cbegin(), m_attachments.cend(),
                       [&](const Attachment &attachment) { return attachment.fileName == fileName; });
}

QStringList HandoffSheet::writeAttachments(const QString &folder, QString *error) const
{
    QStringList written;
    for (const auto &attachment : m_attachments) {
        const QString path = QDir(folder).filePath(attachment.fileName);
        const FileWriter::Result result = FileWriter::write(path, attachment.content);
        if (!result) {
            if (error)
                *error = result.errorMessage;
            return written;
        }
        written.append(path);
    }
    return written;
}

bool HandoffSheet::writePdf(const QString &fileName, QString *error) const
{
    // Laid out in memory, then written whole: a PDF cut short by a full disk never replaces a good one.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Task Center Connect"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        print(&writer);
    } // the writer ends the PDF when it goes
    const FileWriter::Result result = FileWriter::write(fileName, pdf);
    if (!result && error)
        *error = result.errorMessage;
    return result.ok;
}
