#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class SetupModel;

// The setup file: what the wizard saves ("Save progress") and what `taskcenter-connect export` reads.
//   {"format":1,"provider":"successfactors","serviceKeyFile":"...","trustCertificateFile":"...",
//    "values":{"destinationName":"...","apiServer":"...","companyId":"...","technicalUser":"..."},
//    "properties":{"primary":{"tc.ui.label":"HR", "SystemUser":null}}}
// Providers with several documented paths add "path" (e.g. "manual"); ticked checklist items are kept as
// "checked": ["<step>/<item>", ...]; the wizard's step the user was on, as "step" (e.g. "oauthClients").
// Paths are stored relative to the setup file and resolved against it. Secrets are never written here.
class SetupFile
{
    Q_DECLARE_TR_FUNCTIONS(SetupFile)

public:
    static constexpr int Format = 1;

    // Reads a setup file into a new model; null with *error naming the exact problem (field and file).
    static std::unique_ptr<SetupModel> load(const QString &path, QString *error);
    // The same from the file's content; path names the file in messages, and the files it names are read relative
    // to its folder.
    static std::unique_ptr<SetupModel> fromData(const QByteArray &content, const QString &path, QString *error);

    // Writes the model. A trust certificate or service key that was pasted rather than opened is written
    // beside the setup file (the service key without its client secret) so the setup is complete.
    static bool save(SetupModel &model, const QString &path, QString *error);
};
