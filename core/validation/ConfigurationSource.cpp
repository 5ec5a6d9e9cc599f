#include "ConfigurationSource.h"

#include "PropertiesFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The export writes names as they are; a file that yields no Name is not a destination.
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

ConfigurationSource::Read fromJson(const QJsonDocument &document, const QString &origin)
{
    ConfigurationSource::Read read;
    QList<QJsonObject> objects;
    if (document.isObject())
        objects.append(document.object());
    for (const auto &value : document.array()) {
        if (value.isObject())
            objects.append(value.toObject());
    }
    for (QJsonObject object : std::as_const(objects)) {
        // Some tools wrap the flat object ({"destinationConfiguration": {...}} as find-destination answers).
        if (object.value(QStringLiteral("destinationConfiguration")).isObject())
            object = object.value(QStringLiteral("destinationConfiguration")).toObject();
        if (object.value(QStringLiteral("Name")).toString().isEmpty())
            continue;
        // JSON files come from tools that may or may not drop secrets; what is absent cannot be judged.
        read.destinations.append({ object, origin, {}, true });
    }
    if (read.destinations.isEmpty())
        read.problems.append({ origin,
                               ConfigurationSource::tr("No destination in this JSON file: it has no object "
                                                       "with a \"Name\".") });
    return read;
}

} // namespace

ConfigurationSource::Read ConfigurationSource::fromData(const QByteArray &data, const QString &origin)
{
    // Editors on some systems save JSON with a byte order mark.
    QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed = trimmed.mid(3).trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return { {},
                     { { origin,
                         tr("This file looks like JSON but cannot be read (%1 at character %2). Export the "
                            "destination again.")
                             .arg(error.errorString())
                             .arg(error.offset + 1) } } };
        return fromJson(document, origin);
    }
    const auto parsed = PropertiesFormat::parse(data);
    QJsonObject object;
    for (const auto &property : parsed.properties)
        object.insert(property.key, property.value);
    if (object.value(QStringLiteral("Name")).toString().isEmpty())
        return { {},
                 { { origin,
                     tr("Not a destination file: it has no Name property. Export destinations from the SAP "
                        "BTP cockpit (Connectivity > Destinations > Export).") } } };
    return { { { object, origin, parsed.removedSecretKeys, false } }, {} };
}

ConfigurationSource::Read ConfigurationSource::fromPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return { {}, { { path, tr("No such file or folder.") } } };
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        if (files.isEmpty())
            return { {}, { { path, tr("The folder holds no files.") } } };
    } else {
        files.append(path);
    }
    Read all;
    for (const QString &file : std::as_const(files)) {
        QFile input(file);
        if (QFileInfo(file).size() > MaxFileSize) {
            all.problems.append({ file, tr("Too large for a destination file (over 4 MB); skipped.") });
            continue;
        }
        if (!input.open(QIODevice::ReadOnly)) {
            all.problems.append({ file, tr("Cannot be read (%1).").arg(input.errorString()) });
            continue;
        }
        const Read one = fromData(input.readAll(), file);
        all.destinations += one.destinations;
        all.problems += one.problems;
    }
    return all;
}

ConfigurationSource::Read ConfigurationSource::fromSubaccount(const QList<QJsonObject> &destinations,
                                                              const QString &subaccount)
{
    Read read;
    for (const QJsonObject &object : destinations)
        read.destinations.append({ object, subaccount, {}, false });
    return read;
}
