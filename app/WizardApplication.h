#pragma once

#include <QStringList>

class QApplication;

// Starts the window: translations, options for the window (--lang, --setup, --quit-after-first-paint),
// the wizard itself.
struct WizardApplication
{
    // Whether a window can be shown at all (on X11 and Wayland: a display, or a platform chosen that needs none);
    // checked before QApplication exists, which would abort without one.
    static bool hasDisplay(int argc, char **argv);
    // What to do instead, for the terminal; exit code 2.
    static int noDisplay();
    // Whether the wizard's options are all known and complete; if not, says which on the terminal (exit code 2).
    // Checked before the display, so a mistyped option is named as such wherever the program runs.
    static bool hasValidOptions(int argc, char **argv);
    static int run(QApplication &app);
    // The program's arguments for a new start in the chosen language: these without any --lang.
    static QStringList argumentsWithoutLanguage(const QStringList &arguments);
    // For a language in a script the desktop's font lacks (Japanese on a desktop set up for English): a font of that
    // script, so that every line is measured as it is drawn. Drawn from a fallback font, Japanese lines are taller than
    // the default font's, and the wizard's header, which Qt sizes for two lines of the default font, cut them.
    static void useFontForLanguage(QApplication &app, const QString &language);
};
