#pragma once

#include "pages/StepPage.h"

#include <QPointer>

class CopyableValue;
class DestinationServiceReply;
class QPushButton;
class SubaccountConnection;
class MessageBanner;
class QLabel;
class SourceInput;

// A document step: the subaccount's destination trust certificate, read from the subaccount, opened or pasted,
// with the facts an administrator checks (validity, days left, fingerprint).
class TrustCertificatePage : public StepPage
{
    Q_OBJECT

public:
    TrustCertificatePage(SetupModel *model, SubaccountConnection *connection, const ProviderDefinition::Step &step,
                         QWidget *parent = nullptr);

    void initializePage() override;
    // Keeps what was entered when the user goes back; a certificate still being read is no longer wanted.
    void cleanupPage() override;

private:
    void accept(const QByteArray &data, const QString &file);
    void showFacts();
    // Reads the certificate from the chosen subaccount (GET .../saml2Metadata/certificate).
    void fetchFromSubaccount();
    // An opened or pasted certificate, compared with the subaccount's current one by SHA-256 fingerprint: another
    // one would go to the provider, which then holds a certificate this subaccount does not sign with.
    void compareWithSubaccount();

    SubaccountConnection *m_connection;
    SourceInput *m_source;
    QPushButton *m_fetch;
    QPointer<DestinationServiceReply> m_fetchReply;
    QPointer<DestinationServiceReply> m_compareReply;
    QWidget *m_facts;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validFrom;
    QLabel *m_validUntil;
    QLabel *m_daysLeft;
    CopyableValue *m_fingerprint;
    MessageBanner *m_mismatch;
    MessageBanner *m_banner;
};
