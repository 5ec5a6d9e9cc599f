#pragma once

#include "destinationservice/DestinationServiceClient.h"
#include "validation/ConfigurationValidator.h"

#include <QObject>
#include <QPointer>

// Fixes one finding in the subaccount where SAP's fix is one property: tc.enabled set to true on a primary that
// lacks it, is paused or has another value, and tc.enabled taken off a secondary. The destination is read as it
// is now, that one property changed, the result checked against the other destinations (resuming a twin would
// double every task: refused), and written back only if nobody changed it meanwhile (its ETag). SAP Task
// Center's own destinations are never rewritten. Ends with finished() once.
class ConfigurationFix : public QObject
{
    Q_OBJECT

public:
    // among: all findings of the check; a primary whose token the check could not get is not resumed (Task
    // Center would pause it again within the hour).
    static bool canFix(const ValidationFinding &finding, const QList<ValidationFinding> &among = {});
    // Whether the finding goes away when its provider's destinations are set up again in the wizard from what
    // exists (a missing secondary, a property missing or malformed, a token SAP could not get): the provider's
    // procedure writes every property as SAP documents it.
    static bool fixedBySettingUpAgain(const ValidationFinding &finding);
    // What the fix will change, for the person to confirm.
    static QString describe(const ValidationFinding &finding);

    // context: the destinations the finding was found among. The client must outlive the fix.
    ConfigurationFix(DestinationServiceClient *client, const ValidationFinding &finding,
                     const ConfigurationValidator::Input &context, QObject *parent = nullptr);

    void start();
    // After finished(false): why, in plain words, and for a Details box.
    QString errorMessage() const { return m_errorMessage; }
    QString technicalDetails() const { return m_technicalDetails; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void write(const QJsonObject &current, const QByteArray &etag);
    void fail(const QString &message, const QString &details = {});

    QPointer<DestinationServiceClient> m_client;
    ValidationFinding m_finding;
    ConfigurationValidator::Input m_context;
    QString m_errorMessage;
    QString m_technicalDetails;
};
