#include "trust/TrustRotation.h"

#include "destinationservice/DestinationServiceClient.h"
#include "validation/ConfigurationSource.h"
#include "validation/ConfigurationValidator.h"
#include "validation/DestinationRole.h"
#include "validation/TokenChecks.h"

#include <QSet>

TrustRotation::TrustRotation(DestinationServiceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TrustRotation::~TrustRotation() = default;

void TrustRotation::start()
{
    m_error = DestinationServiceReply::Error::NoError;
    m_errorMessage.clear();
    m_technicalDetails.clear();
    m_active.reset();
    m_passive.reset();
    m_holders.clear();
}

void TrustRotation::fail(const DestinationServiceReply *reply)
{
    m_error = reply->error();
    m_errorMessage = reply->errorMessage();
    m_technicalDetails = reply->technicalDetails();
    finish();
}

void TrustRotation::whenAnswered(DestinationServiceReply *reply,
                                 std::function<void(const DestinationServiceReply *)> then, NotFound notFound)
{
    connect(reply, &DestinationServiceReply::progress, this, &TrustRotation::progress);
    connect(reply, &DestinationServiceReply::finished, this, [this, reply, then = std::move(then), notFound] {
        reply->deleteLater();
        const auto error = reply->error();
        if (error != DestinationServiceReply::Error::NoError
            && !(error == DestinationServiceReply::Error::NotFound && notFound == NotFound::IsAnAnswer))
            return fail(reply);
        then(reply);
    });
}

void TrustRotation::readStatus()
{
    start();
    readActive();
}

void TrustRotation::preparePassive()
{
    start();
    whenAnswered(m_client->createPassiveTrustCertificate(), [this](const DestinationServiceReply *) { readActive(); });
}

void TrustRotation::rotate(bool keepWhenTestsFail)
{
    start();
    m_keepWhenTestsFail = keepWhenTestsFail;
    m_tokenFailures.clear();
    m_tested.clear();
    m_rotatedBack = false;
    whenAnswered(m_client->rotateTrustCertificate(),
                 [this](const DestinationServiceReply *) { readHolders(ThenTestTokens::Yes); });
}

void TrustRotation::removePassive()
{
    start();
    whenAnswered(m_client->deletePassiveTrustCertificate(), [this](const DestinationServiceReply *) { readActive(); });
}

void TrustRotation::readActive()
{
    // A subaccount without a key pair has no certificate at all: said by active() being empty, not an error.
    whenAnswered(
        m_client->readTrustCertificate(),
        [this](const DestinationServiceReply *reply) {
            if (reply->error() == DestinationServiceReply::Error::NoError)
                m_active = TrustCertificate::fromData(reply->certificatePem().toUtf8());
            readPassive();
        },
        NotFound::IsAnAnswer);
}

void TrustRotation::readPassive()
{
    whenAnswered(
        m_client->readPassiveTrustCertificate(),
        [this](const DestinationServiceReply *reply) {
            if (reply->error() == DestinationServiceReply::Error::NoError)
                m_passive = TrustCertificate::fromData(reply->certificatePem().toUtf8());
            readHolders();
        },
        NotFound::IsAnAnswer);
}

// Which providers hold the subaccount's certificate: the destinations that sign SAML assertions with it, named by
// their provider file (or their tc.provider_type for a provider no file describes).
void TrustRotation::readHolders(ThenTestTokens thenTestTokens)
{
    whenAnswered(m_client->listDestinations(), [this, thenTestTokens](const DestinationServiceReply *reply) {
        const QList<QJsonObject> destinations = reply->destinations();
        const ProviderDefinitions providers = ProviderDefinition::allBuiltIn();
        m_holders.clear();
        for (const QJsonObject &properties : destinations) {
            const SourcedDestination destination { properties, {}, {}, false };
            if (destination.value(QStringLiteral("Authentication")) != QLatin1String("OAuth2SAMLBearerAssertion"))
                continue;
            const DestinationRole role = DestinationRole::of(destination, providers);
            m_holders.append(
                { role.provider ? role.provider->displayName() : destination.value(QStringLiteral("tc.provider_type")),
                  destination.name() });
        }
        std::sort(m_holders.begin(), m_holders.end(), [](const Holder &a, const Holder &b) {
            return a.provider != b.provider ? a.provider < b.provider : a.destination < b.destination;
        });
        if (thenTestTokens == ThenTestTokens::Yes) {
            testTokens(destinations);
            return;
        }
        finish();
    });
}

void TrustRotation::testTokens(const QList<QJsonObject> &destinations)
{
    Q_EMIT progress(tr("Asking for a token with each destination, signed with the new certificate"));
    delete m_tokenChecks;
    m_tokenChecks = new TokenChecks(m_client, ProviderDefinition::allBuiltIn(), this);
    connect(m_tokenChecks, &TokenChecks::finished, this, &TrustRotation::tokensTested);
    // Only the destinations that sign assertions with the certificate: another destination's failing token says
    // nothing about the rotation and must not undo it.
    QList<SourcedDestination> signing;
    for (const SourcedDestination &destination : ConfigurationSource::fromSubaccount(destinations, {}).destinations) {
        if (destination.value(QStringLiteral("Authentication")) == QLatin1String("OAuth2SAMLBearerAssertion"))
            signing.append(destination);
    }
    m_tokenChecks->start(signing);
}

void TrustRotation::tokensTested()
{
    m_tested = m_tokenChecks->tested();
    m_tokenFailures.clear();
    for (const ValidationFinding &finding : m_tokenChecks->findings()) {
        if (finding.severity == ValidationFinding::Severity::Error)
            m_tokenFailures.append(finding);
    }
    if (m_tokenFailures.isEmpty() || m_keepWhenTestsFail) {
        readActive();
        return;
    }
    // A provider does not hold the new certificate yet: the old one goes back into service (a rotation swaps the
    // two, so rotating again undoes it) before any task update is lost.
    Q_EMIT progress(tr("Rotating back: a provider does not accept the new certificate yet"));
    whenAnswered(m_client->rotateTrustCertificate(), [this](const DestinationServiceReply *) {
        m_rotatedBack = true;
        readActive();
    });
}

void TrustRotation::finish()
{
    Q_EMIT finished();
}
