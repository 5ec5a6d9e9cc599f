#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads a file a person named (a certificate, a key, a setup, an export) within a bound: only a regular file (a
// device such as /dev/zero never ends, a pipe blocks until someone writes), and at most maxBytes, so a wrong file
// is refused with a plain message instead of filling the memory.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    // Certificates, service keys and secrets files are kilobytes.
    static constexpr qint64 SmallFile = 1024 * 1024;
    // A setup file or an exported destination: a little more room.
    static constexpr qint64 DocumentFile = 4 * 1024 * 1024;

    // The file's content; on failure *error says why and what to do next, naming the file.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *content, QString *error);
    // Why a path cannot be read as such a file (missing, not a regular file, too large); empty when it can.
    static QString problemWith(const QString &path, qint64 maxBytes);
};
