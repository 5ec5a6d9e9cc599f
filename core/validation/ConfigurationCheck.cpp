#include "validation/ConfigurationCheck.h"

#include <algorithm>

ConfigurationCheck::ConfigurationCheck(QObject *parent)
    : QObject(parent)
{
}

void ConfigurationCheck::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        const ConfigurationSource::Read read = ConfigurationSource::fromPath(path);
        m_files.destinations += read.destinations;
        m_files.problems += read.problems;
    }
}

void ConfigurationCheck::setTrust(const TrustCertificate &certificate)
{
    m_givenTrust = certificate;
}

void ConfigurationCheck::start(DestinationServiceClient *client, const QString &subaccountName)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_client = client;
    m_subaccountName = subaccountName;
    m_findings.clear();
    m_tokens.reset();
    m_error = DestinationServiceReply::Error::NoError;
    m_input = m_files;
    if (!client) {
        m_input.trust = m_givenTrust;
        QMetaObject::invokeMethod(this, &ConfigurationCheck::conclude, Qt::QueuedConnection);
        return;
    }
    m_input.heldTrust = m_givenTrust;
    m_input.wholeSubaccount = true;
    // The Destination service instance lives in Task Center's subaccount: its token address names the region.
    m_input.region = ConfigurationValidator::regionOf(client->key().authUrl());
    Q_EMIT progress(tr("Reading the destinations of \"%1\"…").arg(subaccountName));
    m_reply = client->listDestinations();
    connect(m_reply, &DestinationServiceReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (m_cancelled)
            return stopIfCancelled();
        if (reply->error() != DestinationServiceReply::Error::NoError) {
            m_error = reply->error();
            m_errorMessage = reply->errorMessage();
            m_technicalDetails = reply->technicalDetails();
            m_running = false;
            Q_EMIT finished(false);
            return;
        }
        m_subaccountDestinations
            = ConfigurationSource::fromSubaccount(reply->destinations(), m_subaccountName).destinations;
        m_input.destinations += m_subaccountDestinations;
        readTrust();
    });
}

void ConfigurationCheck::readTrust()
{
    // The subaccount's current trust certificate, as every provider must hold it.
    Q_EMIT progress(tr("Reading the trust certificate of \"%1\"…").arg(m_subaccountName));
    m_reply = m_client->readTrustCertificate();
    connect(m_reply, &DestinationServiceReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (m_cancelled)
            return stopIfCancelled();
        if (reply->error() == DestinationServiceReply::Error::NoError) {
            const TrustCertificate certificate = TrustCertificate::fromData(reply->certificatePem().toUtf8());
            if (certificate.isValid())
                m_input.trust = certificate;
        }
        readCertificates();
    });
}

void ConfigurationCheck::readCertificates()
{
    // The key stores and trust stores the destinations name. A subaccount that does not let them be read is checked
    // without them, as an export is.
    Q_EMIT progress(tr("Reading the destination certificates of \"%1\"…").arg(m_subaccountName));
    m_reply = m_client->listCertificates();
    connect(m_reply, &DestinationServiceReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (m_cancelled)
            return stopIfCancelled();
        if (reply->error() == DestinationServiceReply::Error::NoError) {
            const QList<QString> names = reply->certificateDigests().keys();
            m_input.certificates = QSet<QString>(names.cbegin(), names.cend());
        }
        testTokens();
    });
}

void ConfigurationCheck::testTokens()
{
    m_tokens = std::make_unique<TokenChecks>(m_client, ProviderDefinition::allBuiltIn());
    connect(m_tokens.get(), &TokenChecks::progress, this, [this](int done, int total) {
        Q_EMIT progress(tr("Testing tokens: %1 of %2 destinations…").arg(done).arg(total));
    });
    connect(m_tokens.get(), &TokenChecks::finished, this, &ConfigurationCheck::conclude);
    m_tokens->start(m_subaccountDestinations);
}

ConfigurationValidator::Belonging ConfigurationCheck::belongingOf(const QString &destinationName) const
{
    // The last one of a name is the one checked.
    for (auto it = m_input.destinations.crbegin(); it != m_input.destinations.crend(); ++it) {
        if (it->name() == destinationName)
            return m_validator.belongingOf(*it);
    }
    return {};
}

void ConfigurationCheck::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort(); // its answer ends the run
    else if (m_tokens)
        m_tokens->cancel(); // its finished() ends the run
    else
        QMetaObject::invokeMethod(this, &ConfigurationCheck::stopIfCancelled, Qt::QueuedConnection);
}

void ConfigurationCheck::stopIfCancelled()
{
    if (!m_running)
        return;
    m_running = false;
    m_error = DestinationServiceReply::Error::Cancelled;
    m_errorMessage = tr("The check was stopped.");
    m_technicalDetails.clear();
    Q_EMIT finished(false);
}

void ConfigurationCheck::conclude()
{
    if (m_cancelled)
        return stopIfCancelled();
    m_findings = m_validator.validate(m_input);
    // The token test's findings join in, the report staying worst first.
    if (m_tokens)
        m_findings += m_tokens->findings();
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const ValidationFinding &a, const ValidationFinding &b) { return a.severity < b.severity; });
    m_landscape = m_validator.landscape(m_input, m_findings);
    m_landscape.subaccount = m_subaccountName;
    m_landscape.region = m_input.region;
    m_running = false;
    Q_EMIT finished(true);
}
