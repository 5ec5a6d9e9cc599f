#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QUrl;
class QWidget;

// The file and message dialogs the wizard opens, behind one seam: tests queue the next answer instead of
// clicking through a native dialog, as KeePassXC's GUI tests do.
namespace Dialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);
QString existingDirectory(QWidget *parent, const QString &caption, const QString &startPath);
// buttonTexts names buttons by what they do where the standard words would mislead ("Stay", not "Cancel").
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString> &buttonTexts = {});

// Opens an address in the browser; false when no browser could be opened.
bool openUrl(const QUrl &url);

// For tests: the next dialog of that kind returns this answer without showing anything.
void queueFileName(const QString &path);
void queueAnswer(QMessageBox::StandardButton answer);
// For tests: the next openUrl finds no browser. (Addresses opened otherwise are caught with
// QDesktopServices::setUrlHandler.)
void queueNoBrowser();
bool hasQueuedAnswers();
// For tests: the last question asked, as it was shown or, answered from the queue, would have been.
struct Question
{
    QString title;
    QString text;
    QMap<QMessageBox::StandardButton, QString> buttonTexts;
};
Question lastQuestion();

} // namespace Dialogs
