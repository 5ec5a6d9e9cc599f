#pragma once

#include "pages/StepPage.h"

class MessageBanner;
class QLabel;
class SourceInput;

// A document step: the SAP Task Center service key, opened or pasted; shows the values SAP's guide tells
// administrators to note, and names the exact field when one is missing. Its client secret is kept only when
// the provider uses it (the step says so).
class ServiceKeyPage : public StepPage
{
    Q_OBJECT

public:
    ServiceKeyPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override { }

private:
    void accept(const QByteArray &data, const QString &file);
    void showValues();

    SourceInput *m_source;
    QWidget *m_values;
    QLabel *m_inboxRestUrl;
    QLabel *m_uaaUrl;
    QLabel *m_clientId;
    QLabel *m_clientSecret;
    MessageBanner *m_banner;
};
