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
    static int run(QApplication &app);
};
