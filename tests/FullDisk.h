#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QString>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

// A folder whose disk fills up, for tests of what a full disk does to the files the program writes.
//
// As root (CI): a small tmpfs of its own, mounted on the folder and unmounted when done; fill() writes a filler
// file until the file system has no room left, so every write after that fails as on a real full disk (ENOSPC).
// Without the right to mount: the folder is on the ordinary disk, and fill() stops this process and the programs it
// starts from writing past the first byte of any file (RLIMIT_FSIZE, with SIGXFSZ ignored, so the write fails with
// EFBIG instead of killing the program): a write that fails for real everywhere, though not one a program can
// recognise as a full disk.
class FullDisk
{
public:
    FullDisk()
    {
        if (!m_dir.isValid())
            return;
        m_folder = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_folder);
        if (::geteuid() == 0) {
            m_mounted
                = QProcess::execute(QStringLiteral("mount"),
                                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=1m,mode=0755"), QStringLiteral("tcc-full-disk"), m_folder })
                == 0;
        }
    }

    ~FullDisk()
    {
        if (m_limited) {
            ::setrlimit(RLIMIT_FSIZE, &m_previousLimit);
            std::signal(SIGXFSZ, m_previousHandler);
        }
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_folder });
    }

    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool isValid() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    QString filePath(const QString &name) const { return QDir(m_folder).filePath(name); }
    // A real full file system (root): the program can tell the user that the disk is full.
    bool isRealFileSystem() const { return m_mounted; }

    // No room left from now on. Files written before stay readable.
    bool fill()
    {
        if (m_mounted) {
            QFile filler(filePath(QStringLiteral(".filler")));
            if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return false;
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) { }
            filler.close();
            return QStorageInfo(m_folder).bytesAvailable() == 0;
        }
        if (::getrlimit(RLIMIT_FSIZE, &m_previousLimit) != 0)
            return false;
        struct rlimit limit = m_previousLimit;
        limit.rlim_cur = 1;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_limited = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
        return m_limited;
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    bool m_mounted = false;
    bool m_limited = false;
    struct rlimit m_previousLimit = {};
    void (*m_previousHandler)(int) = SIG_DFL;
};
