#include "dialogs/HandoffDialog.h"

#include "dialogs/Dialogs.h"
#include "handoff/HandoffSheet.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

HandoffDialog::HandoffDialog(const SetupModel &model, QWidget *parent)
    : QDialog(parent)
    , m_sheet(std::make_unique<HandoffSheet>(model))
    , m_preview(new QTextBrowser(this))
    , m_result(new MessageBanner(this))
    , m_savePdf(new QPushButton(tr("&Save as PDF…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
{
    setObjectName(QStringLiteral("handoffDialog"));
    setWindowTitle(tr("Hand-off sheet"));
    m_preview->setObjectName(QStringLiteral("handoffPreview"));
    m_preview->setAccessibleName(tr("The hand-off sheet"));
    m_preview->setOpenExternalLinks(true);
    m_sheet->fill(m_preview->document());
    m_preview->moveCursor(QTextCursor::Start); // read from the top
    m_savePdf->setObjectName(QStringLiteral("saveHandoffPdf"));
    m_print->setObjectName(QStringLiteral("printHandoff"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savePdf, &QPushButton::clicked, this, &HandoffDialog::saveAsPdf);
    connect(m_print, &QPushButton::clicked, this, &HandoffDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    if (m_sheet->missingValues() > 0)
        m_result->showMessage(MessageBanner::Kind::Warning,
                              tr("%n value(s) on the sheet are not known yet. Complete the earlier steps, then open "
                                 "the sheet again.",
                                 nullptr, m_sheet->missingValues()));
    resize(760, 640);
}

HandoffDialog::~HandoffDialog() = default;

void HandoffDialog::saveAsPdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("TaskCenterConnect/") + m_sheet->suggestedFileName());
    QString file = Dialogs::saveFileName(this, tr("Save the hand-off sheet"), suggested, tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QLatin1String(".pdf");
    QDir().mkpath(QFileInfo(file).absolutePath());
    QString error;
    if (!m_sheet->writePdf(file, &error)) {
        m_result->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    // The files the sheet names go next to it, to be handed over together.
    const QStringList attachments = m_sheet->writeAttachments(QFileInfo(file).absolutePath(), &error);
    if (attachments.size() < m_sheet->attachments().size()) {
        m_result->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    QStringList names;
    for (const QString &attachment : attachments)
        names.append(QFileInfo(attachment).fileName());
    m_result->showMessage(MessageBanner::Kind::Success,
                          names.isEmpty()
                              ? tr("Saved as %1. Secrets are not in it.").arg(QDir::toNativeSeparators(file))
                              : tr("Saved as %1, with %2 next to it to hand over too. Secrets are not in them.")
                                    .arg(QDir::toNativeSeparators(file), QLocale().createSeparatedList(names)));
}

void HandoffDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_sheet->title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the hand-off sheet"));
    if (dialog.exec() == QDialog::Accepted)
        m_sheet->print(&printer);
}
