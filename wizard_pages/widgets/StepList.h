#pragma once

#include <QList>
#include <QListWidget>
#include <QStringList>

// Beside the pages: the steps of the chosen provider and path, where the user is (an arrow, in bold), the steps
// done (a tick) and those to come (greyed), read out as a screen reader user needs it ("Step 2 of 9, done: ...").
class StepList : public QListWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget *parent = nullptr);

    // `done` holds for each title whether that step was passed; `current` is the index of the step shown, or -1.
    void showSteps(const QStringList &titles, int current, const QList<bool> &done);
};
