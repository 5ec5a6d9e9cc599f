#include "files/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

QString BoundedFile::problemWith(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return tr("The file %1 does not exist. Check the name and the folder.").arg(shown);
    // isFile() is false for folders, devices, pipes and sockets: only a regular file ends and can be read at once.
    if (!info.isFile())
        return tr("%1 is not a file (it is a folder, a device or a pipe). Choose the file itself.").arg(shown);
    if (info.size() > maxBytes)
        return tr("%1 is too large (%2) for what it should hold (at most %3). Check that it is the right file.")
            .arg(shown, QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maxBytes));
    return {};
}

bool BoundedFile::read(const QString &path, qint64 maxBytes, QByteArray *content, QString *error)
{
    const QString problem = problemWith(path, maxBytes);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file %1 cannot be read (%2). Check that you may open it.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // One byte more than allowed tells a file that grew since it was looked at.
    *content = file.read(maxBytes + 1);
    if (content->size() > maxBytes) {
        content->clear();
        *error = tr("%1 is too large for what it should hold (at most %2). Check that it is the right file.")
                     .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(maxBytes));
        return false;
    }
    return true;
}
