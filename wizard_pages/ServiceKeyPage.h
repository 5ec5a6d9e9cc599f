#pragma once

#include <QWizardPage>

class CopyableValue;
class MessageBanner;
class QLabel;
class SetupModel;
class SourceInput;

// Step 2: the SAP Task Center service key, opened or pasted; shows the four values SAP's guide tells
// administrators to note, and names the exact field when one is missing.
class ServiceKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    ServiceKeyPage(SetupModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    void accept(const QByteArray &data, const QString &file);
    void showValues();

    SetupModel *m_model;
    SourceInput *m_source;
    QWidget *m_values;
    CopyableValue *m_inboxRestUrl;
    CopyableValue *m_uaaUrl;
    CopyableValue *m_clientId;
    QLabel *m_clientSecret;
    MessageBanner *m_banner;
};
