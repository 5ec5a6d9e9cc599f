#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <vector>

class QLockFile;

// One run at a time writes a destination pair of a subaccount: the wizard and every command line run on this
// computer take the pair's lock before they write it and hold it until they have read it back, so two runs with
// other values can never leave the primary with one run's values and the secondary with the other's. A pair is
// named by its primary destination; the subaccount by its Destination service key's authentication and service
// addresses (the same for every key of one subaccount's instance, different between subaccounts).
//
// A lock is a lock file in the user's runtime folder (QLockFile: a lock left by a program that crashed is taken
// over). While another run holds one, acquire() waits, says who holds it, and gives up after its time.
class DestinationLock : public QObject
{
    Q_OBJECT

public:
    DestinationLock(const QString &authUrl, const QString &serviceUri, const QStringList &primaryNames,
                    QObject *parent = nullptr);
    ~DestinationLock() override;

    // Takes every pair's lock. Ends with acquired(), or gaveUp() when another run still held one after
    // timeoutMs; says waiting() once when it has to wait.
    void acquire(int timeoutMs);
    void release();
    bool isHeld() const { return m_held; }
    // Who holds the lock this run waits for, in words ("taskcenter-connect, process 4711 on host"); empty if none.
    QString holder() const { return m_holder; }

    // The lock file of one pair (for tests that hold it as another run would).
    static QString lockFilePath(const QString &authUrl, const QString &serviceUri, const QString &primaryName);

Q_SIGNALS:
    void waiting(const QString &holder);
    void acquired();
    void gaveUp(const QString &holder);

private:
    bool tryAll();

    std::vector<std::unique_ptr<QLockFile>> m_files;
    QTimer m_poll;
    QDeadlineTimer m_deadline;
    QString m_holder;
    bool m_held = false;
    bool m_saidWaiting = false;
};
