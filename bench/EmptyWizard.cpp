// The floor for start-up: an empty two-page QWizard, linked like the real program and as large as its smallest
// window, that quits after its first paint (as `taskcenter-connect --quit-after-first-paint` does) and reports when
// that was.
#include "startup/FirstPaint.h"
#include "startup/WindowSize.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *first = new QWizardPage;
    first->setTitle(QStringLiteral("First"));
    wizard.addPage(first);
    wizard.addPage(new QWizardPage);
    wizard.setMinimumSize(WindowSize::smallest());
    FirstPaint::quitAfterFirstPaint(&wizard);
    wizard.show();
    return app.exec();
}
