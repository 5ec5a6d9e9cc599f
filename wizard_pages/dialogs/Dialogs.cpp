#include "dialogs/Dialogs.h"

#include <QAbstractButton>
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

Question &lastAsked()
{
    static Question question;
    return question;
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
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString> &buttonTexts)
{
    lastAsked() = { title, text, buttonTexts };
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().dequeue();
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

Question lastQuestion()
{
    return lastAsked();
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
