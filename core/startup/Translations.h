#pragma once

#include <QString>

class QCoreApplication;

// Loads Qt's own translations (QWizard's Back, Next, Cancel, ...) and ours for the wizard and the command line.
namespace Translations {

// language: a code such as "de"; empty means the system's language.
void install(QCoreApplication &app, const QString &language = {});

} // namespace Translations
