#pragma once

#include "ProviderDefinition.h"
#include "SetupModel.h"

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

// Fills every input of the model's provider that has an example value: for the walks that fill the model at once
// (the screenshots, the names and Tab order of every page).
inline void fillInExampleValues(SetupModel *model)
{
    for (const auto &input : model->provider().inputs()) {
        if (!input.example.isEmpty())
            model->setValue(input.id, input.example);
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
