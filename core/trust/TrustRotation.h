#pragma once

#include "destinationservice/DestinationServiceReply.h"
#include "formats/TrustCertificate.h"
#include "validation/ValidationFinding.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

class DestinationServiceClient;
class TokenChecks;

// The subaccount's destination trust and its rotation without downtime, as SAP advises (CONN manage-trust-82dbeca:
// "It is not recommended to renew an active certificate directly"; TC credentials-rotation-8080abf): make a passive
// certificate, give it to every provider that holds the active one, rotate (the two swap), check, and optionally
// delete the passive one, which is then the old one. Driven by the command line (trust status|prepare|rotate|
// remove-passive) and, later, the wizard's trust page. One action at a time; each ends with finished().
class TrustRotation : public QObject
{
    Q_OBJECT

public:
    explicit TrustRotation(DestinationServiceClient *client, QObject *parent = nullptr);
    ~TrustRotation() override;

    // A provider that holds the subaccount's certificate: a destination signing SAML assertions with it.
    struct Holder
    {
        QString provider; // as a person knows it ("SAP SuccessFactors"), or the destination's tc.provider_type
        QString destination;
    };

    // Reads the active and the passive certificate and which destinations' providers hold the trust.
    void readStatus();
    // Makes the passive certificate (renews it when there is one), then reads the status.
    void preparePassive();
    // Rotates, then asks for a token (signed with the new certificate) with every destination that signs assertions
    // with it and can get one alone (a technical user).
    // When one fails the rotation is undone (rotated back), unless keepWhenTestsFail. Then reads the status.
    void rotate(bool keepWhenTestsFail);
    // Deletes the passive certificate, then reads the status.
    void removePassive();

    bool succeeded() const { return m_error == DestinationServiceReply::Error::NoError; }
    DestinationServiceReply::Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    QString technicalDetails() const { return m_technicalDetails; }

    const std::optional<TrustCertificate> &active() const { return m_active; }
    const std::optional<TrustCertificate> &passive() const { return m_passive; }
    const QList<Holder> &holders() const { return m_holders; }

    // After rotate(): what the token tests found with the new certificate, the destinations tested, and whether the
    // rotation was undone because of them.
    const QList<ValidationFinding> &tokenFailures() const { return m_tokenFailures; }
    const QStringList &tested() const { return m_tested; }
    bool rotatedBack() const { return m_rotatedBack; }

Q_SIGNALS:
    void progress(const QString &step);
    void finished();

private:
    void start();
    void fail(const DestinationServiceReply *reply);
    // Goes on with `then` once the call is answered; a failure ends the action (a 404 only where it says "none").
    enum class NotFound { IsAnError, IsAnAnswer };
    void whenAnswered(DestinationServiceReply *reply, std::function<void(const DestinationServiceReply *)> then,
                      NotFound notFound = NotFound::IsAnError);
    void readActive();
    void readPassive();
    // After a rotation the same list is what the token tests run over.
    enum class ThenTestTokens { No, Yes };
    void readHolders(ThenTestTokens thenTestTokens = ThenTestTokens::No);
    void testTokens(const QList<QJsonObject> &destinations);
    void tokensTested();
    void finish();

    QPointer<DestinationServiceClient> m_client;
    DestinationServiceReply::Error m_error = DestinationServiceReply::Error::NoError;
    QString m_errorMessage;
    QString m_technicalDetails;
    std::optional<TrustCertificate> m_active;
    std::optional<TrustCertificate> m_passive;
    QList<Holder> m_holders;
    QList<ValidationFinding> m_tokenFailures;
    QStringList m_tested;
    bool m_rotatedBack = false;
    bool m_keepWhenTestsFail = false;
    TokenChecks *m_tokenChecks = nullptr;
};
