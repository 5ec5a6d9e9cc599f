#include "files/FileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>
#include <cerrno>

namespace {

bool isNoSpace(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

} // namespace

FileWriter::Result FileWriter::write(const QString &path, const QByteArray &content,
                                     QFileDevice::Permissions permissions)
{
    Result result;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = info.absolutePath();
    const QString unchanged
        = info.exists() ? tr("The file that was there is unchanged.") : tr("No file was made there.");

    int writeError = 0;
    QString reason;
    if (!QDir().mkpath(folder)) {
        writeError = errno;
        reason = tr("its folder cannot be created");
    } else {
        QSaveFile file(path);
        // Unbuffered: a write that finds no room fails here, with its error, and commit() then keeps the old file.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            writeError = errno;
            reason = file.errorString();
        } else if (permissions && !file.setPermissions(permissions)) {
            reason = file.errorString();
        } else {
            errno = 0;
            const qint64 written = file.write(content);
            writeError = errno;
            if (written != content.size())
                reason = file.errorString();
            else if (file.commit())
                result.ok = true;
            else
                reason = file.errorString();
        } // a file not committed is removed here, with the room it took
    }
    if (result.ok)
        return result;

    const QStorageInfo disk(QFileInfo::exists(folder) ? folder : QDir::rootPath());
    result.diskFull = isNoSpace(writeError) || (disk.isValid() && disk.bytesAvailable() < content.size());
    if (result.diskFull) {
        result.errorMessage = tr("The disk is full: %1 needs %2, and %3 is free there. %4 Make room on the disk, or "
                                 "choose another folder, and try again.")
                                  .arg(shown, QLocale().formattedDataSize(content.size()),
                                       QLocale().formattedDataSize(qMax<qint64>(0, disk.bytesAvailable())), unchanged);
    } else {
        result.errorMessage = tr("%1 could not be written (%2). %3 Check that you may write to that folder, or choose "
                                 "another one.")
                                  .arg(shown, reason, unchanged);
    }
    return result;
}
