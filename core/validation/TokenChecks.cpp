#include "validation/TokenChecks.h"

#include "destinationservice/DestinationServiceClient.h"
#include "validation/ConfigurationValidator.h"

TokenChecks::TokenChecks(DestinationServiceClient *client, QList<std::shared_ptr<const ProviderDefinition>> providers,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_providers(std::move(providers))
{
}

bool TokenChecks::testableAlone(const SourcedDestination &destination)
{
    // Primaries only (secondaries never carry tc.enabled), paused ones too: Task Center pauses a destination that
    // got no token, so that is where the test helps most.
    if (ConfigurationValidator::isServiceDestination(destination.name())
        || !destination.has(QStringLiteral("tc.enabled")))
        return false;
    const QString authentication = destination.value(QStringLiteral("Authentication"));
    if (authentication == QLatin1String("OAuth2SAMLBearerAssertion"))
        return destination.has(QStringLiteral("SystemUser"));
    return authentication == QLatin1String("OAuth2ClientCredentials")
        || authentication == QLatin1String("BasicAuthentication");
}

void TokenChecks::start(const QList<SourcedDestination> &destinations)
{
    m_queue.clear();
    m_tested.clear();
    m_findings.clear();
    m_cancelled = false;
    for (const SourcedDestination &destination : destinations) {
        if (testableAlone(destination))
            m_queue.append(destination);
    }
    m_total = int(m_queue.size());
    // Answers arrive from the event loop, even with nothing to test.
    QMetaObject::invokeMethod(this, &TokenChecks::next, Qt::QueuedConnection);
}

void TokenChecks::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    if (m_reply)
        m_reply->abort();
}

void TokenChecks::next()
{
    if (m_queue.isEmpty() || !m_client) {
        Q_EMIT finished();
        return;
    }
    const SourcedDestination destination = m_queue.takeFirst();
    m_tested.append(destination.name());
    m_reply = m_client->findDestination(destination.name());
    connect(m_reply, &DestinationServiceReply::finished, this,
            [this, reply = m_reply.data(), destination] { answered(reply, destination); });
}

void TokenChecks::answered(DestinationServiceReply *reply, const SourcedDestination &destination)
{
    reply->deleteLater();
    m_reply = nullptr;
    const QString name = destination.name();
    const QString source = QStringLiteral("SAP BTP Connectivity, \"Find a Destination\" response (loio 83a3f3b)");
    if (reply->error() == DestinationServiceReply::Error::Cancelled || m_cancelled) {
        Q_EMIT finished();
        return;
    }
    if (reply->error() != DestinationServiceReply::Error::NoError) {
        m_findings.append({ name, ValidationFinding::Severity::Warning, QStringLiteral("token-not-tested"),
                            tr("The token of %1 could not be tested: %2").arg(name, reply->errorMessage()),
                            tr("Check again when the subaccount answers."), source });
    } else if (const QString error = reply->authTokenError(); !error.isEmpty()) {
        QString hint;
        const QString type = destination.value(QStringLiteral("tc.provider_type"));
        for (const auto &provider : std::as_const(m_providers)) {
            if (provider->providerType() == type)
                hint = provider->tokenErrorHint(error);
        }
        if (error.contains(QLatin1String("Cannot determine user to propagate"), Qt::CaseInsensitive)
            && destination.has(QStringLiteral("SystemUser")))
            hint = tr("This subaccount no longer honours SystemUser (the Destination service announced its removal "
                      "by end of September 2026). Follow SAP Task Center's current guide for technical-user access.");
        // Since June 2026 the service encodes SAML assertions as base64url unless told otherwise.
        if (destination.value(QStringLiteral("Authentication")) == QLatin1String("OAuth2SAMLBearerAssertion"))
            hint += QLatin1Char(' ')
                + tr("One more thing to try, not confirmed by SAP for this provider: the Destination service encodes "
                     "SAML assertions as base64url since June 2026; the property samlAssertionEncoding=base64 "
                     "restores the former encoding.");
        m_findings.append(
            { name, ValidationFinding::Severity::Error, QStringLiteral("token-error"),
              tr("The Destination service could not fetch a token with %1: %2").arg(name, error),
              hint.trimmed().isEmpty() ? tr("Check the destination's credentials in the provider.") : hint.trimmed(),
              source });
    }
    Q_EMIT progress(int(m_tested.size()), m_total);
    next();
}
