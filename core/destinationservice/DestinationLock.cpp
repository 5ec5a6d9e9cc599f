#include "destinationservice/DestinationLock.h"

#include "files/RuntimeFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>

namespace {

constexpr int kPollMs = 200;

} // namespace

DestinationLock::DestinationLock(const QString &authUrl, const QString &serviceUri, const QStringList &primaryNames,
                                 QObject *parent)
    : QObject(parent)
{
    QStringList names = primaryNames;
    names.sort(); // the same order in every run: two runs never each hold a part of what the other waits for
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        auto file = std::make_unique<QLockFile>(lockFilePath(authUrl, serviceUri, name));
        // A run may take as long as the network does; only a lock whose program is gone is stale.
        file->setStaleLockTime(0);
        m_files.push_back(std::move(file));
    }
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (tryAll()) {
            m_poll.stop();
            Q_EMIT acquired();
        } else if (m_deadline.hasExpired()) {
            m_poll.stop();
            Q_EMIT gaveUp(m_holder);
        }
    });
}

DestinationLock::~DestinationLock()
{
    release();
}

QString DestinationLock::lockFilePath(const QString &authUrl, const QString &serviceUri, const QString &primaryName)
{
    const QString folder = RuntimeFolder::path(QStringLiteral("taskcenter-connect-locks"));
    const QByteArray identity = (authUrl + QLatin1Char('\n') + serviceUri + QLatin1Char('\n') + primaryName).toUtf8();
    return QDir(folder).filePath(QStringLiteral("%1.lock").arg(
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32))));
}

void DestinationLock::acquire(int timeoutMs)
{
    m_deadline.setRemainingTime(timeoutMs);
    m_saidWaiting = false;
    // Answered from the event loop, as every asynchronous job here.
    QTimer::singleShot(0, this, [this] {
        if (tryAll())
            Q_EMIT acquired();
        else
            m_poll.start();
    });
}

bool DestinationLock::tryAll()
{
    for (const auto &file : m_files) {
        if (file->isLocked() || file->tryLock(0))
            continue;
        qint64 pid = 0;
        QString host;
        QString application;
        m_holder = file->getLockInfo(&pid, &host, &application)
            ? tr("%1, process %2 on %3")
                  .arg(application.isEmpty() ? tr("another program") : application)
                  .arg(pid)
                  .arg(host)
            : tr("another run of this program");
        if (!m_saidWaiting) {
            m_saidWaiting = true;
            Q_EMIT waiting(m_holder);
        }
        return false;
    }
    m_held = true;
    m_holder.clear();
    return true;
}

void DestinationLock::release()
{
    m_poll.stop();
    for (const auto &file : m_files) {
        if (file->isLocked())
            file->unlock();
    }
    m_held = false;
}
