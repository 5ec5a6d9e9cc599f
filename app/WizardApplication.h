#pragma once

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
};
