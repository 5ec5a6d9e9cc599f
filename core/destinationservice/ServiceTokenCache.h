#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <functional>

// The access token a client fetched with its service key, kept until shortly before it expires so that the calls
// that follow need no new one. Counted on a clock that tests move on instead of waiting.
class ServiceTokenCache
{
public:
    // The milliseconds the lifetime is counted in; default: a monotonic clock.
    void setClock(std::function<qint64()> milliseconds) { m_clock = std::move(milliseconds); }

    // The kept token, or none when there is none or it is about to expire.
    QByteArray token() const;
    // Keeps a token valid for lifetimeSeconds: until a tenth of its life (at most a minute) before it expires.
    void keep(const QByteArray &token, int lifetimeSeconds);
    // Forgets the token when it is the one kept (the service rejected it); a newer one stays.
    void forget(const QByteArray &token);
    void clear();

private:
    QByteArray m_token;
    qint64 m_validUntil = 0; // on m_clock
    std::function<qint64()> m_clock = [] { return QDeadlineTimer::current().deadline(); };
};
