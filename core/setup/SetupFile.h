#pragma once

#include "setup/SetupModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

// The setup file: what the wizard saves ("Save progress") and what `taskcenter-connect export` reads.
//   {"format":1,"provider":"successfactors","serviceKey":{...},"trustCertificate":"-----BEGIN CERTIFICATE-----...",
//    "values":{"destinationName":"...","apiServer":"...","companyId":"...","technicalUser":"..."},
//    "properties":{"primary":{"tc.ui.label":"HR", "SystemUser":null}}}
// Providers with several documented paths add "path" (e.g. "manual"); ticked checklist items are kept as
// "checked": ["<step>/<item>", ...]; the wizard's step the user was on, as "step" (e.g. "oauthClients").
// The service key (without its client secret) and the trust certificate are kept inside, so the file is whole on
// its own. Instead of them, a file may name "serviceKeyFile" and "trustCertificateFile", resolved against the
// setup file's folder (as earlier versions wrote it). Secrets are never written here.
class SetupFile
{
    Q_DECLARE_TR_FUNCTIONS(SetupFile)

public:
    static constexpr int Format = 1;

    // Reads a setup file into a new model; null with *error naming the exact problem (field and file). A file the
    // setup names that is not there any more does not stop it: its value stays empty for the user to give again,
    // and *missingFiles says which file, in plain words, as a warning about the value ("trustCertificate",
    // "serviceKey").
    static std::unique_ptr<SetupModel> load(const QString &path, QString *error,
                                            QList<SetupModel::Problem> *missingFiles = nullptr);
    // The same from the file's content; path names the file in messages, and the files it names are read relative
    // to its folder.
    static std::unique_ptr<SetupModel> fromData(const QByteArray &content, const QString &path, QString *error,
                                                QList<SetupModel::Problem> *missingFiles = nullptr);

    // Writes the model, whole or not at all.
    static bool save(const SetupModel &model, const QString &path, QString *error);
};
