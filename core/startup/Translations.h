#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads Qt's own translations (QWizard's Back, Next, Cancel, ...) and ours for the wizard and the command line.
namespace Translations {

// language: a code such as "de"; empty means the system's language.
void install(QCoreApplication &app, const QString &language = {});

// The languages the program speaks: the codes of its catalogues ("de", "en", "ja", "pt_BR", ...), sorted.
QStringList available();
// A language's own name ("Deutsch", "português (Brasil)"), as a person looking for it would read it.
QString nativeName(const QString &language);
// The language the program speaks now, where it was asked for one (--lang, or the one chosen); empty: the system's.
QString current();
// The language chosen in the program and kept in the settings; empty: the system's.
QString chosen();
void choose(const QString &language);

} // namespace Translations
