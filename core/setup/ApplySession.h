#pragma once

#include "destinationservice/DestinationApplier.h"
#include "destinationservice/DestinationChangePlan.h"
#include "providers/ProviderDefinition.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class SetupModel;
class SubaccountConnection;

// The review and apply steps without a window: reads what the chosen subaccount holds and plans the changes
// for the setup's destinations (with the other primaries to the same system), applies the plan, renames the
// destinations when a name was taken meanwhile, and tests a primary destination's connection. The review and
// apply pages only show it; the command line and tests drive the same object.
class ApplySession : public QObject
{
    Q_OBJECT

public:
    enum class TestOutcome { Works, Failed, Cancelled };
    Q_ENUM(TestOutcome)

    ApplySession(SetupModel *model, SubaccountConnection *connection, QObject *parent = nullptr);

    // Review: reads the subaccount's destinations and plans. Ends with reviewed() (also on failure).
    void review();
    bool isReading() const { return m_list; }
    // Cancels the review, the rename's reading or the connection test under way.
    void cancel();
    const DestinationChangePlan &plan() const { return m_plan; }
    // Other enabled primaries in the subaccount to the same system as one of ours (duplicate tasks).
    QStringList duplicatePrimaries() const { return m_duplicates; }
    // Destinations of our names that exist and connect another system than ours: replacing them takes someone
    // else's connection away. Each as "<name> now connects <system>".
    QStringList replacedConnections() const { return m_replaced; }
    // The failed read's message for a person, and its technical details; empty after a successful read.
    QString errorMessage() const { return m_errorMessage; }
    QString technicalDetails() const { return m_technicalDetails; }
    DestinationServiceReply::Error error() const { return m_error; }

    // Apply: a new applier for the plan (the previous one goes), started by the caller once it listens.
    // Updates the user saw in the review are applied; a destination created since is not overwritten unasked.
    DestinationApplier *applier(QObject *parent) { return applier(parent, m_plan); }
    DestinationApplier *applier(QObject *parent, const DestinationChangePlan &plan);
    // Only the plan's writes: the destinations to create, and those to update when updates is true (the command
    // line leaves destinations that exist with other values alone unless told to overwrite them). The
    // destinations of a primary left alone are held back too, and without updates, a key store of the subaccount
    // with other content is not replaced and the destinations that name it are held back; *held names them.
    DestinationChangePlan writes(bool updates, QStringList *held = nullptr) const;
    DestinationApplier *currentApplier() const { return m_applier; }

    // Rename: the input that names the primary destination (the secondaries follow it). Checks the name,
    // reads the subaccount again (the new names may be taken too) and plans; ends with reviewed(). False with
    // the check's message when the name cannot be used.
    QString nameInput() const;
    bool rename(const QString &newName, QString *problem);

    // The provider's definition of the destination of that name; null for another name.
    const ProviderDefinition::DestinationTemplate *destinationTemplate(const QString &name) const;
    // The first primary destination of the plan, as the connection test uses it; empty without one.
    QString primaryName() const;
    // Asks the Destination service for a token with the primary destination, as SAP Task Center does; ends with
    // tested(). The message explains a token error with the provider's hints.
    void testConnection();
    bool isTesting() const { return m_test; }

Q_SIGNALS:
    void progress(const QString &step);
    void reviewed(bool ok);
    void tested(ApplySession::TestOutcome outcome, const QString &message, const QString &details);

private:
    void read();
    // Reads with the reply, then goes on with `read` (on success) or ends the review (on failure).
    void readThen(DestinationServiceReply *reply, const std::function<void(const DestinationServiceReply *)> &read);
    void plan(const QHash<QString, QByteArray> &certificateDigests);
    QList<CertificateChange> wantedCertificates() const;
    void compareTrustThenSay(TestOutcome outcome, const QString &message, const QString &details);

    SetupModel *m_model;
    SubaccountConnection *m_connection;
    DestinationChangePlan m_plan;
    QList<QJsonObject> m_current; // what the subaccount held at the last read (secrets in clear: never logged)
    DestinationServiceReply::Error m_error = DestinationServiceReply::Error::NoError;
    QStringList m_duplicates;
    QStringList m_replaced;
    QString m_errorMessage;
    QString m_technicalDetails;
    QPointer<DestinationServiceReply> m_list;
    QPointer<DestinationServiceReply> m_test;
    QPointer<DestinationApplier> m_applier;
    std::optional<QString> m_nameBeforeRename; // set while a rename reads the subaccount
};
