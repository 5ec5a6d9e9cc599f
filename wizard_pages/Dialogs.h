#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// The file and message dialogs the wizard opens, behind one seam: tests queue the next answer instead of
// clicking through a native dialog, as KeePassXC's GUI tests do.
namespace Dialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);
QString existingDirectory(QWidget *parent, const QString &caption, const QString &startPath);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

// For tests: the next dialog of that kind returns this answer without showing anything.
void queueFileName(const QString &path);
void queueAnswer(QMessageBox::StandardButton answer);
bool hasQueuedAnswers();

} // namespace Dialogs
