#pragma once

#include <QByteArray>
#include <QString>

class SetupModel;

// A setup's secrets in a file, for the command line where no keychain is at hand (--secrets SECRETS.json):
//   {"apiKey": "...", "ppApiKey": "..."}
// with the secret input ids of the setup's provider, and nothing else.
class SecretsFile
{
public:
    // Puts the file's secrets into the model; false with *error naming the exact problem (key and file).
    static bool read(const QString &path, SetupModel &model, QString *error);
    // The same from the file's content; path names the file in messages.
    static bool fromData(const QByteArray &content, const QString &path, SetupModel &model, QString *error);
};
