#include "formats/DestinationExporter.h"

#include "files/FileWriter.h"
#include "formats/PropertiesFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

bool wantsProperties(DestinationExporter::Format format)
{
    return format != DestinationExporter::Format::Json;
}

bool wantsJson(DestinationExporter::Format format)
{
    return format != DestinationExporter::Format::Properties;
}

bool isSafeFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && name != QStringLiteral(".") && name != QStringLiteral("..");
}

} // namespace

bool DestinationExporter::parseFormat(const QString &text, Format *format)
{
    if (text == QStringLiteral("properties"))
        *format = Format::Properties;
    else if (text == QStringLiteral("json"))
        *format = Format::Json;
    else if (text == QStringLiteral("both"))
        *format = Format::Both;
    else
        return false;
    return true;
}

QStringList DestinationExporter::fileNames(const QList<Destination> &destinations, Format format)
{
    QStringList names;
    for (const auto &destination : destinations) {
        if (wantsProperties(format))
            names.append(destination.name() + QStringLiteral(".properties"));
        if (wantsJson(format))
            names.append(destination.name() + QStringLiteral(".json"));
    }
    return names;
}

QStringList DestinationExporter::existingFiles(const QString &folder, const QList<Destination> &destinations,
                                               Format format)
{
    QStringList existing;
    const QDir dir(folder);
    for (const auto &name : fileNames(destinations, format)) {
        if (QFileInfo::exists(dir.filePath(name)))
            existing.append(dir.filePath(name));
    }
    return existing;
}

QStringList DestinationExporter::leftOutSecrets(const QList<Destination> &destinations)
{
    QStringList keys;
    for (const auto &destination : destinations) {
        for (const auto &property : destination.properties()) {
            if (property.secret && !keys.contains(property.key))
                keys.append(property.key);
        }
    }
    return keys;
}

DestinationExporter::Result DestinationExporter::write(const QList<Destination> &destinations, const QString &folder,
                                                       Format format, bool includeSecrets, const QDateTime &timestamp)
{
    Result result;
    for (const auto &destination : destinations) {
        if (!isSafeFileName(destination.name())) {
            result.errorMessage = tr("The destination name \"%1\" cannot be a file name. Use letters, digits, _ and -.")
                                      .arg(destination.name());
            return result;
        }
    }
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        result.errorMessage = tr("The folder %1 cannot be created. Choose a folder you may write to.")
                                  .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    for (const auto &destination : destinations) {
        QList<QPair<QString, QByteArray>> files;
        if (wantsProperties(format))
            files.append({ destination.name() + QStringLiteral(".properties"),
                           PropertiesFormat::write(destination, includeSecrets, timestamp) });
        if (wantsJson(format))
            files.append({ destination.name() + QStringLiteral(".json"),
                           QJsonDocument(destination.toJson(includeSecrets)).toJson(QJsonDocument::Indented) });
        for (const auto &[name, content] : files) {
            const QString path = dir.filePath(name);
            // Secrets in a file: for its owner's eyes only, from its first byte on.
            const FileWriter::Result written = FileWriter::write(
                path, content,
                includeSecrets ? QFileDevice::ReadOwner | QFileDevice::WriteOwner : QFileDevice::Permissions());
            if (!written) {
                result.errorMessage = written.errorMessage;
                return result;
            }
            result.writtenFiles.append(path);
        }
    }
    result.ok = true;
    return result;
}
