#pragma once

// What the wizard and `export` do with a setup model that came from outside input (a setup file, a secrets file, a
// provider file): every step's state, every check, every destination as the export writes it.

#include "FuzzSupport.h"
#include "formats/DestinationExporter.h"
#include "formats/PropertiesFormat.h"
#include "model/Destination.h"
#include "setup/SetupModel.h"

#include <QSet>

namespace Fuzz {

// checkFileNames: whether the destination names come from the user (a setup file, typed values), where the model's
// checks must keep them plain file names; a provider file's fixed names ship with the program.
inline void useModel(const SetupModel &model, bool checkFileNames = true)
{
    const QDateTime when = now();
    for (const auto &step : model.steps())
        model.stepState(step, when);
    model.templateValues();
    model.primaryNames();
    const bool writable = !model.hasErrors(when, SetupModel::SecretScope::Skip);
    const QList<Destination> destinations = model.destinations();
    for (const Destination &destination : destinations) {
        destination.toJson(false);
        QSet<QString> secretKeys;
        for (const auto &property : destination.properties()) {
            if (property.secret)
                secretKeys.insert(property.key);
        }
        // Files written without secrets hold none of them, as the cockpit's own export.
        for (const auto &property :
             PropertiesFormat::parse(PropertiesFormat::write(destination, false, when)).properties)
            check(!secretKeys.contains(property.key), "an export without secrets leaves every secret out");
    }
    if (!writable || !checkFileNames)
        return;
    // What export writes is named after the destinations: with no errors, each name is a file in the folder chosen.
    for (const QString &name : DestinationExporter::fileNames(destinations, DestinationExporter::Format::Both)) {
        check(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
                  && !name.startsWith(QLatin1Char('.')),
              "a setup without errors writes files only into the folder chosen");
    }
}

} // namespace Fuzz
