#pragma once

#include "providers/ProviderDefinition.h"
#include "validation/ConfigurationSource.h"
#include "validation/ValidationFinding.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <memory>

class DestinationServiceClient;
class DestinationServiceReply;

// The token test per destination, as SAP Task Center gets its tokens: asks the Destination service to find each
// destination that can get a token on its own (a technical user, client credentials, basic authentication) and
// turns its authTokens[].error into a finding with what to check, from the provider file's hints. Destinations
// that assert each user (secondaries, SAML without SystemUser) cannot be tested without one and are skipped.
// One request at a time. Ends with finished().
class TokenChecks : public QObject
{
    Q_OBJECT

public:
    TokenChecks(DestinationServiceClient *client, QList<std::shared_ptr<const ProviderDefinition>> providers,
                QObject *parent = nullptr);

    void start(const QList<SourcedDestination> &destinations);
    void cancel();
    const QList<ValidationFinding> &findings() const { return m_findings; }
    // The destinations tested, in order.
    const QStringList &tested() const { return m_tested; }

    // Whether the Destination service can fetch a token with this destination without a user.
    static bool testableAlone(const SourcedDestination &destination);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void answered(DestinationServiceReply *reply, const SourcedDestination &destination);

    QPointer<DestinationServiceClient> m_client;
    QList<std::shared_ptr<const ProviderDefinition>> m_providers;
    QList<SourcedDestination> m_queue;
    QStringList m_tested;
    QList<ValidationFinding> m_findings;
    QPointer<DestinationServiceReply> m_reply;
    int m_total = 0;
    bool m_cancelled = false;
};
