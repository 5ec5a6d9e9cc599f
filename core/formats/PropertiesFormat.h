#pragma once

#include "model/Destination.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// The BTP cockpit's .properties destination files: Java Properties.store() output. Keys and values escape
// '\', '#', '!', '=' and ':' (plus spaces in keys and a leading space in values), control characters as
// \t \n \r \f, and everything outside printable ASCII as \uXXXX, so the file is plain ASCII.
// Secrets are left out as the cockpit's export does: "#clientKey=<< Existing password/certificate removed on export
// >>". Source: task-center-facts.md section 5 (legacy cockpit export; Java Properties.store rules).
namespace PropertiesFormat {

extern const char RemovedOnExport[];

QString escapeKey(const QString &key);
QString escapeValue(const QString &value);

QByteArray write(const Destination &destination, bool includeSecrets, const QDateTime &timestamp);

struct Parsed
{
    QList<DestinationProperty> properties;
    QStringList removedSecretKeys; // keys named in "removed on export" comment lines
};
// Java Properties.load rules: '#'/'!' comments, key=value, key:value, key value, continuation lines,
// escapes and \uXXXX. Unescaped values, as people type them, read the same.
Parsed parse(const QByteArray &data);

} // namespace PropertiesFormat
