#include "validation/ConfigurationSource.h"

#include "files/BoundedFile.h"
#include "formats/PropertiesFormat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QVariantMap>
#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <memory>
#include <optional>

namespace {

// The export writes names as they are; a file that yields no Name is not a destination.
constexpr qint64 MaxFileSize = BoundedFile::DocumentFile;

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

// All of an archive's files together stay far below what a person exports; beyond it, an archive is not ours.
constexpr qint64 MaxArchiveSize = 64 * 1024 * 1024;
constexpr int MaxArchiveFiles = 10000;

// A zip starts with a local file header, or, empty, with the end of its central directory.
bool looksLikeZip(const QByteArray &start)
{
    return start.startsWith(QByteArray("PK\x03\x04", 4)) || start.startsWith(QByteArray("PK\x05\x06", 4));
}

bool isArchive(const QString &file)
{
    QFile input(file);
    return input.open(QIODevice::ReadOnly) && looksLikeZip(input.peek(4));
}

// The files of a zip archive (the cockpit's export of several destinations), each read as destinations under
// the name "archive.zip/inner/path". Read by libarchive, which checks every size and offset of the untrusted
// file; each entry is bounded like a file on disk, and the whole like MaxArchiveSize. The archive is the file, or
// content when given (its bytes, already read).
ConfigurationSource::Read fromArchive(const QString &file, const QByteArray *content = nullptr)
{
    ConfigurationSource::Read all;
    const std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(reader.get());
    archive_read_support_filter_none(reader.get());
    const QByteArray path = QFile::encodeName(file);
    const auto broken = [&file, &all](const char *details) {
        all.problems.append(
            { file,
              ConfigurationSource::tr("This zip archive is damaged (%1); the files before the damage were checked. "
                                      "Export the destinations again.")
                  .arg(QString::fromUtf8(details ? details : "unknown error")) });
    };
    const int opened = content ? archive_read_open_memory(reader.get(), content->constData(), size_t(content->size()))
                               : archive_read_open_filename(reader.get(), path.constData(), 64 * 1024);
    if (opened != ARCHIVE_OK) {
        broken(archive_error_string(reader.get()));
        return all;
    }
    QList<QPair<QString, QByteArray>> entries;
    // Every byte unpacked counts, kept or not: an entry that says it is small but unpacks to far more is bounded.
    qint64 unpacked = 0;
    int files = 0;
    bool damaged = false;
    const auto tooLarge = [&all, &file] {
        all.problems.append({ file,
                              ConfigurationSource::tr("This archive holds more than 64 MB or %1 files; the rest "
                                                      "is not checked. Check the destinations in parts.")
                                  .arg(MaxArchiveFiles) });
    };
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        // WARN: read, with a remark (e.g. a name in another encoding); FAILED/FATAL: the directory is damaged.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
            damaged = true;
            break;
        }
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            continue; // a folder's own entry: its files follow as entries of their own
        if (type != AE_IFREG) {
            const char *linkName = archive_entry_pathname_utf8(entry);
            all.problems.append({ file + QLatin1Char('/') + QString::fromUtf8(linkName ? linkName : "?"),
                                  type == AE_IFLNK ? ConfigurationSource::tr("A link inside the archive, not a file; "
                                                                             "not read. Export the destinations "
                                                                             "again.")
                                                   : ConfigurationSource::tr("Not a file (a device or a pipe "
                                                                             "inside the archive); not read.") });
            continue;
        }
        if (++files > MaxArchiveFiles) {
            tooLarge();
            break;
        }
        const char *utf8Name = archive_entry_pathname_utf8(entry);
        const char *localName = archive_entry_pathname(entry);
        const QString name = file + QLatin1Char('/')
            + (utf8Name ? QString::fromUtf8(utf8Name) : QString::fromLocal8Bit(localName ? localName : "?"));
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > MaxFileSize) {
            all.problems.append(
                { name, ConfigurationSource::tr("Too large for a destination file (over 4 MB); skipped.") });
            continue;
        }
        QByteArray data;
        char buffer[16 * 1024];
        la_ssize_t read = 0;
        while (unpacked <= MaxArchiveSize && data.size() <= MaxFileSize
               && (read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
            data.append(buffer, read);
            unpacked += read;
        }
        if (unpacked > MaxArchiveSize) {
            tooLarge();
            break;
        }
        if (read == ARCHIVE_FATAL) {
            damaged = true;
            break;
        }
        if (read < 0) {
            // This entry alone (e.g. encrypted): the others are still read.
            all.problems.append(
                { name,
                  ConfigurationSource::tr("Cannot be unpacked (%1); skipped.")
                      .arg(QString::fromUtf8(archive_error_string(reader.get()) ? archive_error_string(reader.get())
                                                                                : "unknown error")) });
            continue;
        }
        if (data.size() > MaxFileSize) {
            all.problems.append(
                { name, ConfigurationSource::tr("Too large for a destination file (over 4 MB); skipped.") });
            continue;
        }
        entries.append({ name, data });
    }
    if (damaged)
        broken(archive_error_string(reader.get()));
    if (entries.isEmpty() && all.problems.isEmpty())
        all.problems.append({ file, ConfigurationSource::tr("The zip archive holds no files.") });
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[name, data] : std::as_const(entries)) {
        const ConfigurationSource::Read one = looksLikeZip(data)
            ? ConfigurationSource::Read { {},
                                          { { name,
                                              ConfigurationSource::tr("An archive inside an archive is not "
                                                                      "read; unpack it and check its files.") } } }
            : ConfigurationSource::fromData(data, name);
        all.destinations += one.destinations;
        all.problems += one.problems;
    }
    return all;
}

} // namespace

namespace {

// Text saved as UTF-16 or UTF-32 (Windows editors' "Unicode"), with or without a byte order mark: which one, so it
// is read as the text it is.
std::optional<QStringConverter::Encoding> wideEncodingOf(const QByteArray &data)
{
    if (const auto marked = QStringConverter::encodingForData(data)) {
        if (*marked != QStringConverter::Utf8)
            return marked;
        return std::nullopt;
    }
    // No mark: text of a destination file starts with a letter, '#', '{' or '[', whose other bytes are zero.
    if (data.size() < 4 || data.contains('\0') == false)
        return std::nullopt;
    const bool z0 = data.at(0) == 0, z1 = data.at(1) == 0, z2 = data.at(2) == 0, z3 = data.at(3) == 0;
    if (!z0 && z1 && z2 && z3)
        return QStringConverter::Utf32LE;
    if (z0 && z1 && z2 && !z3)
        return QStringConverter::Utf32BE;
    if (!z0 && z1 && !z2 && z3)
        return QStringConverter::Utf16LE;
    if (z0 && !z1 && z2 && !z3)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// The entries of a folder whose names are not UTF-8 text: Qt leaves them out of its listings, so they are found by
// listing the folder itself. Each is named with its undecodable bytes shown as U+FFFD.
QStringList undecodableNames(const QString &folder)
{
    // A deleter type, not decltype(&::closedir): glibc's attributes on closedir would be dropped with a warning.
    struct FolderCloser
    {
        void operator()(DIR *dir) const { ::closedir(dir); }
    };
    QStringList names;
    const std::unique_ptr<DIR, FolderCloser> dir(::opendir(QFile::encodeName(folder).constData()));
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir.get())) {
        const QByteArray raw(entry->d_name);
        if (QFile::encodeName(QFile::decodeName(raw)) != raw)
            names.append(QString::fromUtf8(raw));
    }
    return names;
}

} // namespace

ConfigurationSource::Read ConfigurationSource::fromData(const QByteArray &bytes, const QString &origin)
{
    if (looksLikeZip(bytes))
        return fromArchive(origin, &bytes);
    QByteArray data = bytes;
    if (const auto wide = wideEncodingOf(bytes)) {
        QStringDecoder decoder(*wide, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return { {},
                     { { origin,
                         tr("This file is saved as %1 text, but parts of it are not. Save it again as UTF-8, or "
                            "export the destination again.")
                             .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*wide))) } } };
        data = text.toUtf8();
    }
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
    // Gathered in a map first (a later key wins, as before): a sorted QJsonObject filled key by key grows with the
    // square of the keys, which a file of a hundred thousand lines makes seconds.
    QVariantMap properties;
    for (const auto &property : parsed.properties)
        properties.insert(property.key, property.value);
    const QJsonObject object = QJsonObject::fromVariantMap(properties);
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
    // A device never ends and a pipe blocks until someone writes into it: only files and folders are read.
    if (!info.isDir() && !info.isFile())
        return { {}, { { path, tr("Not a file or folder (a device or a pipe); skipped.") } } };
    // Every entry that is not read is said: a folder that cannot be opened, a pipe, a name that is not UTF-8 text.
    Read all;
    const auto cannotOpen = [&all](const QString &folder) {
        all.problems.append({ folder,
                              tr("This folder cannot be opened: you have no permission to read it. Check it as a user "
                                 "who may, or copy the files somewhere you may read them.") });
    };
    QStringList files;
    if (info.isDir()) {
        if (!info.isReadable() || !info.isExecutable()) {
            cannotOpen(path);
            return all;
        }
        const auto nameless = [&all](const QString &folder) {
            for (const QString &name : undecodableNames(folder))
                all.problems.append({ QDir(folder).filePath(name),
                                      tr("Its name is not UTF-8 text, so it cannot be opened by that name; not read. "
                                         "Rename it.") });
        };
        nameless(path);
        QDirIterator it(path, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            const QFileInfo entryInfo = it.fileInfo();
            if (entryInfo.isDir() && (!entryInfo.isReadable() || !entryInfo.isExecutable()))
                cannotOpen(entry);
            else if (entryInfo.isDir())
                nameless(entry);
            else
                files.append(entry);
        }
        files.sort();
        if (files.isEmpty() && all.problems.isEmpty())
            return { {}, { { path, tr("The folder holds no files.") } } };
    } else {
        files.append(path);
    }
    bool archiveGiven = false;
    for (const QString &file : std::as_const(files)) {
        // Before anything opens it: a pipe blocks whoever opens it until someone writes into it.
        if (const QFileInfo fileInfo(file); fileInfo.exists() && !fileInfo.isFile()) {
            all.problems.append({ file, tr("Not a file (a device or a pipe); not read.") });
            continue;
        }
        if (isArchive(file)) {
            archiveGiven = !info.isDir();
            const Read archived = fromArchive(file);
            all.destinations += archived.destinations;
            all.problems += archived.problems;
            continue;
        }
        QByteArray content;
        QString error;
        if (!BoundedFile::read(file, MaxFileSize, &content, &error)) {
            all.problems.append({ file, error });
            continue;
        }
        const Read one = fromData(content, file);
        all.destinations += one.destinations;
        all.problems += one.problems;
    }
    // A folder or a zip archive given is one subaccount's export; files given on their own are read together.
    if (info.isDir() || archiveGiven) {
        for (SourcedDestination &destination : all.destinations)
            destination.subaccount = QDir::cleanPath(path);
        for (SourceProblem &problem : all.problems)
            problem.subaccount = QDir::cleanPath(path);
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
