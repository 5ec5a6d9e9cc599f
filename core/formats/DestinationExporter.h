#pragma once

#include "model/Destination.h"

#include <QCoreApplication>
#include <QStringList>

// Writes destinations into a folder: <Name>.properties (the cockpit's import format) and/or <Name>.json
// (the flat object the Destination service REST API takes). Every file is written whole or not at all.
class DestinationExporter
{
    Q_DECLARE_TR_FUNCTIONS(DestinationExporter)

public:
    enum class Format { Properties, Json, Both };

    struct Result
    {
        bool ok = false;
        QStringList writtenFiles;
        QString errorMessage; // for a person: what went wrong and what to do
    };

    // "properties", "json" or "both" as the command line spells them.
    static bool parseFormat(const QString &text, Format *format);
    static QStringList fileNames(const QList<Destination> &destinations, Format format);
    // The files that exist already and would be replaced.
    static QStringList existingFiles(const QString &folder, const QList<Destination> &destinations, Format format);
    // The secret properties a file without secrets leaves out, for "fill these in after the import".
    static QStringList leftOutSecrets(const QList<Destination> &destinations);

    static Result write(const QList<Destination> &destinations, const QString &folder, Format format,
                        bool includeSecrets, const QDateTime &timestamp = QDateTime::currentDateTimeUtc());
};
