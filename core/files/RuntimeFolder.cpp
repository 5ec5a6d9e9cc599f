#include "files/RuntimeFolder.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace RuntimeFolder {

QString path(const QString &name)
{
    // Not QStandardPaths::RuntimeLocation: without XDG_RUNTIME_DIR it warns on every run.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString folder = !runtime.isEmpty()
        ? QDir(runtime).filePath(name)
        : QDir(QDir::tempPath()).filePath(QStringLiteral("%1-%2").arg(name).arg(::getuid()));
    if (QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

} // namespace RuntimeFolder
