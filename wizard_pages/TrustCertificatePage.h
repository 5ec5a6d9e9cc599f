#pragma once

#include <QPointer>
#include <QWizardPage>

class CopyableValue;
class DestinationServiceReply;
class QPushButton;
class SubaccountConnection;
class MessageBanner;
class QLabel;
class SetupModel;
class SourceInput;

// Step 1 of SAP's procedure: the subaccount's destination trust certificate, opened or pasted,
// with the facts an administrator checks (validity, days left, fingerprint).
class TrustCertificatePage : public QWizardPage
{
    Q_OBJECT

public:
    TrustCertificatePage(SetupModel *model, SubaccountConnection *connection, QWidget *parent = nullptr);

    void initializePage() override;
    // Keeps what was entered when the user goes back; a certificate still being read is no longer wanted.
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void accept(const QByteArray &data, const QString &file);
    void showFacts();
    // Reads the certificate from the chosen subaccount (GET .../saml2Metadata/certificate).
    void fetchFromSubaccount();

    SetupModel *m_model;
    SubaccountConnection *m_connection;
    SourceInput *m_source;
    QPushButton *m_fetch;
    QPointer<DestinationServiceReply> m_fetchReply;
    QWidget *m_facts;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validFrom;
    QLabel *m_validUntil;
    QLabel *m_daysLeft;
    CopyableValue *m_fingerprint;
    MessageBanner *m_banner;
};
