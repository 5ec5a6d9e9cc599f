#pragma once

#include "destinationservice/DestinationServiceClient.h"
#include "validation/ConfigurationValidator.h"
#include "validation/TokenChecks.h"

#include <QObject>
#include <QPointer>
#include <memory>

// One check of an existing configuration, as the command line and the wizard run it: the files given, and/or a
// subaccount's destinations, its current trust certificate and the token of each destination that can get one
// alone; then every rule. Ends with finished() once, from the event loop.
class ConfigurationCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConfigurationCheck(QObject *parent = nullptr);

    // Files and folders: read at once; what cannot be read becomes a finding.
    void addPaths(const QStringList &paths);
    // With a subaccount: the certificate a provider holds, compared with the subaccount's current one. Without:
    // the certificate to check.
    void setTrust(const TrustCertificate &certificate);
    // Starts (again, from the files, when it ran before); client may be null (files only). The client must
    // outlive the check.
    void start(DestinationServiceClient *client, const QString &subaccountName);
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished(true): what was found, worst first.
    const QList<ValidationFinding> &findings() const { return m_findings; }
    int destinationCount() const { return int(m_input.destinations.size()); }
    const ValidationLandscape &landscape() const { return m_landscape; }
    // What was checked (the subaccount's destinations hold secrets in clear text: never shown or written).
    const ConfigurationValidator::Input &input() const { return m_input; }
    // The provider and primary destination a checked destination belongs to (see ConfigurationValidator).
    ConfigurationValidator::Belonging belongingOf(const QString &destinationName) const;
    // After finished(false): the subaccount could not be read, or the check was cancelled.
    DestinationServiceReply::Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    QString technicalDetails() const { return m_technicalDetails; }

Q_SIGNALS:
    void progress(const QString &step);
    void finished(bool ok);

private:
    void readTrust();
    void readCertificates();
    void testTokens();
    void conclude();

    void stopIfCancelled();

    ConfigurationValidator m_validator;
    ConfigurationValidator::Input m_files; // what addPaths read
    ConfigurationValidator::Input m_input; // this run's
    std::optional<TrustCertificate> m_givenTrust;
    QList<SourcedDestination> m_subaccountDestinations;
    QPointer<DestinationServiceClient> m_client;
    QPointer<DestinationServiceReply> m_reply;
    std::unique_ptr<TokenChecks> m_tokens;
    QList<ValidationFinding> m_findings;
    ValidationLandscape m_landscape;
    QString m_subaccountName;
    DestinationServiceReply::Error m_error = DestinationServiceReply::Error::NoError;
    QString m_errorMessage;
    QString m_technicalDetails;
    bool m_running = false;
    bool m_cancelled = false;
};
