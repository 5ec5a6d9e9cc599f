#include "destinationservice/RetryPolicy.h"

#include <algorithm>

qint64 RetryPolicy::delay(const QByteArray &retryAfter, int retries, const QDateTime &now) const
{
    return delay(retryAfter, retries, baseDelayMs, maxDelayMs, now);
}

qint64 RetryPolicy::delay(const QByteArray &retryAfter, int retries, int baseDelayMs, int maxDelayMs,
                          const QDateTime &now)
{
    const qint64 most = std::max(0, maxDelayMs);
    qint64 delay = std::min<qint64>(qint64(std::max(0, baseDelayMs)) << std::clamp(retries, 0, 20), most);
    const QByteArray header = retryAfter.trimmed();
    if (!header.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = header.toLongLong(&isNumber);
        if (isNumber && seconds >= 0) {
            // Compared before multiplying: a server's huge number must not overflow into "at once".
            delay = seconds > most / 1000 ? most : seconds * 1000;
        } else {
            // An HTTP date ends in "GMT", which Qt's RFC 2822 reader does not take: the same as +0000.
            QString date = QString::fromLatin1(header);
            if (date.endsWith(QLatin1String(" GMT")))
                date = date.chopped(4) + QStringLiteral(" +0000");
            const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
            if (when.isValid())
                delay = now.msecsTo(when);
        }
    }
    return std::clamp<qint64>(delay, 0, most);
}
