#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

// The one way this program writes a file: whole or not at all. The content goes to a temporary file beside the
// target, unbuffered, so a full disk fails the write itself (a buffered QSaveFile notices a failed flush too late and
// puts a short file in place); only a file written to its last byte replaces the target. When anything fails, what
// was there before is left as it was, and the message says so, in plain words, with the disk named as full when it
// is.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    struct Result
    {
        bool ok = false;
        // The disk (or the user's quota on it) had no room for the file.
        bool diskFull = false;
        // For a person: which file, what went wrong, that the old file is unchanged, and what to do next.
        QString errorMessage;

        explicit operator bool() const { return ok; }
    };

    // Writes content to path, creating its folder when missing. permissions (e.g. owner only, for a file that
    // holds a secret) apply from the first byte on; none given keeps the system's default.
    static Result write(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions = {});
};
