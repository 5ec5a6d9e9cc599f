#include "destinationservice/ServiceTokenCache.h"

#include "destinationservice/DestinationServiceLog.h"

#include <algorithm>

QByteArray ServiceTokenCache::token() const
{
    if (m_token.isEmpty() || m_clock() >= m_validUntil)
        return {};
    return m_token;
}

void ServiceTokenCache::keep(const QByteArray &token, int lifetimeSeconds)
{
    m_token = token;
    const qint64 lifetimeMs = qint64(std::max(0, lifetimeSeconds)) * 1000;
    const qint64 margin = std::min<qint64>(60000, lifetimeMs / 10);
    m_validUntil = m_clock() + lifetimeMs - margin;
    qCDebug(lcDestinationService) << "token kept for" << (lifetimeMs - margin) / 1000 << "s";
}

void ServiceTokenCache::forget(const QByteArray &token)
{
    if (token == m_token)
        clear();
}

void ServiceTokenCache::clear()
{
    m_token.clear();
    m_validUntil = 0;
}
