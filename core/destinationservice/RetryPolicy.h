#pragma once

#include <QByteArray>
#include <QDateTime>

// When the Destination service is busy (429) or broken for a moment (5xx): how often a request is sent again and
// how long to wait before each time.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;

    // How long to wait before the retry after `retries` earlier ones: the server's Retry-After (seconds or an
    // HTTP date) when it gives one, else baseDelayMs doubled per retry; never below 0 or above maxDelayMs, whatever
    // number the server sends.
    qint64 delay(const QByteArray &retryAfter, int retries, const QDateTime &now) const;
    static qint64 delay(const QByteArray &retryAfter, int retries, int baseDelayMs, int maxDelayMs,
                        const QDateTime &now);
};
