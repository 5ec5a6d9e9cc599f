#include "setup/SecretsFile.h"

#include "files/BoundedFile.h"
#include "setup/SetupModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

bool SecretsFile::read(const QString &path, SetupModel &model, QString *error)
{
    QByteArray content;
    if (!BoundedFile::read(path, BoundedFile::SmallFile, &content, error))
        return false;
    return fromData(content, path, model, error);
}

bool SecretsFile::fromData(const QByteArray &content, const QString &path, SetupModel &model, QString *error)
{
    // Only the command line reads secrets files: their texts keep its translation context.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("CommandLine",
                                             "%1: a secrets file is a JSON object like {\"apiKey\": \"...\"} (%2).")
                     .arg(path, parseError.errorString());
        return false;
    }
    const QStringList known = model.provider().secretInputIds();
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QCoreApplication::translate("CommandLine", "%1: \"%2\" is not a secret of %3 (expected: %4).")
                         .arg(path, it.key(), model.provider().displayName(), known.join(QStringLiteral(", ")));
            return false;
        }
        if (!it.value().isString()) {
            *error = QCoreApplication::translate("CommandLine", "%1: \"%2\" must be text.").arg(path, it.key());
            return false;
        }
        model.setValue(it.key(), it.value().toString());
    }
    return true;
}
