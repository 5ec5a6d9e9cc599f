#pragma once

#include "OpenSslTool.h"
#include "providers/ProviderDefinition.h"
#include "setup/SetupModel.h"

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>

// What an administrator enters for a provider's input, passing its check: the provider file's "example" (SAP's
// documented example where SAP gives one). Empty for inputs the walks leave as they are (destination names).
inline QString exampleValue(const QString &provider, const QString &input)
{
    const auto definition = ProviderDefinition::builtIn(provider);
    const auto *found = definition ? definition->input(input) : nullptr;
    return found ? found->example : QString();
}

// A key store input's example as an administrator has it: a real .p12 made by openssl in `folder`, named as the
// example (inbound.p12) and opened by the example of its password input. Its absolute path, the input's value.
inline QString exampleKeyStore(const ProviderDefinition &provider, const ProviderDefinition::Input &input,
                               const QString &folder)
{
    const auto *password = provider.input(input.keyStorePassword);
    const QString name = QFileInfo(input.example).completeBaseName();
    makeKeyStore(folder, password ? password->example : QString(), name);
    return QDir(folder).absoluteFilePath(name + QStringLiteral(".p12"));
}

// Fills every input of the model's provider that has an example value: for the walks that fill the model at once
// (the screenshots, the names and Tab order of every page). With a folder, a key store input gets a real file made
// there (exampleKeyStore), so that applying uploads it; without, its example names one the subaccount is to have.
inline void fillInExampleValues(SetupModel *model, const QString &keyStoreFolder = {})
{
    for (const auto &input : model->provider().inputs()) {
        if (input.example.isEmpty())
            continue;
        model->setValue(input.id,
                        input.isKeyStore() && !keyStoreFolder.isEmpty()
                            ? exampleKeyStore(model->provider(), input, keyStoreFolder)
                            : input.example);
    }
}

// The ways of a provider that write destinations; one empty id for a provider without ways.
inline QStringList waysThatWrite(const ProviderDefinition &provider)
{
    if (provider.paths().isEmpty())
        return { QString() };
    QStringList ways;
    for (const auto &path : provider.paths()) {
        if (path.writesDestinations)
            ways.append(path.id);
    }
    return ways;
}
