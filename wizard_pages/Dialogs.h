#pragma once

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
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

// Opens an address in the browser; false when no browser could be opened.
bool openUrl(const QUrl &url);

// For tests: the next dialog of that kind returns this answer without showing anything.
void queueFileName(const QString &path);
void queueAnswer(QMessageBox::StandardButton answer);
// For tests: the next openUrl finds no browser. (Addresses opened otherwise are caught with
// QDesktopServices::setUrlHandler.)
void queueNoBrowser();
bool hasQueuedAnswers();

} // namespace Dialogs
