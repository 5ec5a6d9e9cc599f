#include "Dialogs.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QQueue>

namespace Dialogs {

namespace {

QQueue<QString> &queuedFileNames()
{
    static QQueue<QString> queue;
    return queue;
}

QQueue<QMessageBox::StandardButton> &queuedAnswers()
{
    static QQueue<QMessageBox::StandardButton> queue;
    return queue;
}

int &queuedMissingBrowsers()
{
    static int count = 0;
    return count;
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!queuedFileNames().isEmpty())
        return queuedFileNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    if (!queuedFileNames().isEmpty())
        return queuedFileNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &startPath)
{
    if (!queuedFileNames().isEmpty())
        return queuedFileNames().dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, startPath);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

bool openUrl(const QUrl &url)
{
    if (queuedMissingBrowsers() > 0) {
        --queuedMissingBrowsers();
        return false;
    }
    return QDesktopServices::openUrl(url);
}

void queueFileName(const QString &path)
{
    queuedFileNames().enqueue(path);
}

void queueAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers().enqueue(answer);
}

void queueNoBrowser()
{
    ++queuedMissingBrowsers();
}

bool hasQueuedAnswers()
{
    return !queuedFileNames().isEmpty() || !queuedAnswers().isEmpty() || queuedMissingBrowsers() > 0;
}

} // namespace Dialogs
