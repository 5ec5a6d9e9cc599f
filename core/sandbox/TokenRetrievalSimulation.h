#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What the real Destination service does at "find destination" time to fetch tokens for the caller, simulated:
// the sandbox cannot reach the providers' systems (see tokensFor()).
namespace TokenRetrievalSimulation {

// The authTokens[] a find-destination answer carries for `destination`; empty for an authentication that needs none.
// hasUserToken: the caller sent X-user-token; providerRejection: what the provider answers instead of a token.
QJsonArray tokensFor(const QJsonObject &destination, bool hasUserToken, bool systemUserHonoured,
                     const QString &providerRejection);

} // namespace TokenRetrievalSimulation
