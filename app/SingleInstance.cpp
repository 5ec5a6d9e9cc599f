#include "SingleInstance.h"

#include "files/RuntimeFolder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcWindow, "tcc.window", QtWarningMsg)

namespace {

QString folder()
{
    return RuntimeFolder::path(QStringLiteral("taskcenter-connect"));
}

QString socketPath()
{
    return QDir(folder()).filePath(QStringLiteral("window.socket"));
}

constexpr QByteArrayView kComeForward = "come-forward\n";

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance()
{
    release();
}

bool SingleInstance::claim(QString *message)
{
    m_lock = std::make_unique<QLockFile>(QDir(folder()).filePath(QStringLiteral("window.lock")));
    // Only a lock whose program is gone is stale: a window may stay open for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;

    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    m_lock.reset();
    // The other window listens once it is on screen: a start right after it waits a moment. This process ends
    // right after, so it may wait without an event loop.
    QLocalSocket socket;
    const QDeadlineTimer deadline(2000);
    while (true) {
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(200))
            break;
        if (deadline.hasExpired())
            break;
        QThread::msleep(100);
    }
    if (socket.state() == QLocalSocket::ConnectedState) {
        socket.write(kComeForward.data(), kComeForward.size());
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
        *message = tr("Task Center Connect is open already; its window was brought to the front.");
    } else {
        *message = tr("Task Center Connect is open already (process %1), but its window did not answer. Switch to it, "
                      "or close it and start again.")
                       .arg(pid);
    }
    return false;
}

void SingleInstance::listen()
{
    if (!m_lock || m_server)
        return;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket left by a window that crashed: the lock says this process is the window now.
    QLocalServer::removeServer(socketPath());
    if (!m_server->listen(socketPath())) {
        qCWarning(lcWindow) << "later starts cannot reach this window:" << m_server->errorString();
        return;
    }
    qCDebug(lcWindow) << "listening for later starts";
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->readAll().contains(QByteArray(kComeForward.data(), kComeForward.size())))
                    return;
                qCDebug(lcWindow) << "another start asked this window to come forward";
                Q_EMIT activationRequested();
            });
        }
    });
}

void SingleInstance::release()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}
