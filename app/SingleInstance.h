#pragma once

#include <QObject>
#include <memory>

class QLocalServer;
class QLockFile;

// One wizard window per user: the window works on the progress it keeps in the user's folder, so a second start
// brings the open window to the front instead of opening another on the same progress. The command line's verbs are
// not affected: they run beside the window.
//
// The first start holds a lock file and, once its window is on screen, listens on a local socket beside it; a later
// start finds the lock taken, asks the first over that socket to come forward, and ends.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the window for this process: true when no other has it. Otherwise the other window is asked to come
    // forward (waiting up to two seconds for it to listen) and *message says what happened, for the terminal.
    bool claim(QString *message);
    // Listens for later starts (after the window is on screen, so it costs the first paint nothing).
    void listen();
    // Lets the window go, before this program starts itself again (another language).
    void release();

Q_SIGNALS:
    void activationRequested();

private:
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
