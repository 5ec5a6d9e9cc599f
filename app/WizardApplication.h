#pragma once

class QApplication;

// Starts the window: translations, options for the window (--lang, --setup, --quit-after-first-paint),
// the wizard itself.
struct WizardApplication
{
    static int run(QApplication &app);
};
