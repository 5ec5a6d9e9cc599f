#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;
class SetupModel;

// What the administrator of the provider system (SuccessFactors, FSM, S/4HANA Cloud) enters on their side,
// value by value, for a consultant who does not hold that access: the provider's console steps on the chosen
// path, with every value filled in from the setup, and the values to send back. Secrets are never on it: a
// secret value is named with where it comes from, and a secret to send back is asked for by a safe way.
class HandoffSheet
{
    Q_DECLARE_TR_FUNCTIONS(HandoffSheet)

public:
    explicit HandoffSheet(const SetupModel &model, const QDate &preparedOn = QDate::currentDate());

    // Whether the chosen path has anything to do in the provider system (S/4HANA Cloud's formation path has not).
    bool isEmpty() const { return m_consoleSteps == 0; }
    // Values the sheet cannot give yet because an earlier step is not done (shown as such on the sheet).
    int missingValues() const { return m_missing; }
    QString title() const { return m_title; }
    // A file name to suggest, without folder: "SAP SuccessFactors - SAP Task Center hand-off.pdf".
    QString suggestedFileName() const;

    // The sheet as a document (HTML built here; every value from the setup or a file is escaped).
    QString html() const { return m_html; }
    void fill(QTextDocument *document) const;
    // Lays the sheet out on A4 pages with margins and prints it on device (a printer or a PDF writer).
    void print(QPagedPaintDevice *device) const;
    // Writes the sheet as PDF, replacing the file only once it is complete.
    bool writePdf(const QString &file, QString *error) const;

    // Files the administrator uploads (a certificate), handed over with the sheet, which names them.
    struct Attachment
    {
        QString fileName;
        QByteArray content;
    };
    const QList<Attachment> &attachments() const { return m_attachments; }
    // Writes the attachments into folder; returns the paths written.
    QStringList writeAttachments(const QString &folder, QString *error) const;

private:
    void build(const SetupModel &model, const QDate &preparedOn);
    bool hasAttachment(const QString &fileName) const;

    QString m_title;
    QString m_systemName;
    QString m_html;
    int m_consoleSteps = 0;
    int m_missing = 0;
    QList<Attachment> m_attachments;
};
