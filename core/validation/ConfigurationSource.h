#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One destination as a source shows it: its flat properties, where it came from, and the secrets the source
// leaves out (the cockpit's export writes "#clientKey=<< Existing password/certificate removed on export >>").
struct SourcedDestination
{
    QJsonObject properties;
    QString origin; // a file path, or the subaccount's name
    // Secrets this source cannot show: named ones (export comment lines), or all of them (hidesAllSecrets).
    QStringList hiddenSecrets;
    bool hidesAllSecrets = false;
    // The subaccount export it belongs to: the folder or zip archive given as a source; empty for the files given
    // on their own (one export together) and for a subaccount read. Names and pairs are looked up within it.
    QString subaccount = {};

    QString name() const { return properties.value(QStringLiteral("Name")).toString(); }
    QString value(const QString &key) const { return properties.value(key).toString(); }
    bool has(const QString &key) const { return properties.contains(key); }
    bool secretHidden(const QString &key) const { return hidesAllSecrets || hiddenSecrets.contains(key); }
};

// A file or folder that could not be read as destinations, said for a person; the others are still read.
struct SourceProblem
{
    QString origin;
    QString message;
    QString subaccount = {}; // the export it is in (see SourcedDestination::subaccount)
};

// Reads existing destinations from the forms people have them in: the cockpit's legacy .properties export
// (escaped "\:", comment lines for removed secrets, often saved under the destination's name without an
// extension), the REST API's flat JSON (one object or an array), and folders and zip archives of such files.
class ConfigurationSource
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationSource)

public:
    struct Read
    {
        QList<SourcedDestination> destinations;
        QList<SourceProblem> problems;
    };

    // A file, a zip archive or a folder (every file in it and below, in name order; archives in it are read too).
    // A folder or an archive is one subaccount's export (see SourcedDestination::subaccount).
    static Read fromPath(const QString &path);
    // The bytes of one file or zip archive, named by origin.
    static Read fromData(const QByteArray &data, const QString &origin);
    // What the Destination service lists (secrets in clear text: only checked, never shown).
    static Read fromSubaccount(const QList<QJsonObject> &destinations, const QString &subaccount);
};
