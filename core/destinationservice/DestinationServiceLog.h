#pragma once

// What the Destination service client's files share: its log category and how a request is named in it.
#include <QLoggingCategory>
#include <QUrl>

// Failures reach the user as plain messages; the log (QT_LOGGING_RULES="tcc.destinationservice.info=true")
// is for diagnosis and stays quiet by default.
Q_DECLARE_LOGGING_CATEGORY(lcDestinationService)

namespace DestinationServiceLog {

// The most of a server's error text kept for the details.
constexpr int MaxServerTextInDetails = 2000;

// The URL as it was sent and may be shown and logged: no user info, no fragment.
inline QString safeUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace DestinationServiceLog
