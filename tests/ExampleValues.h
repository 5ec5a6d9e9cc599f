#pragma once

#include "SetupModel.h"

#include <QHash>
#include <QString>

// A value an administrator enters for a provider's input, passing its check; "<provider>.<input>" where inputs of the
// same name differ per provider. Empty for inputs the walks leave as they are (destination names).
inline QString exampleValue(const QString &provider, const QString &input)
{
    static const QHash<QString, QString> values = {
        { "apiKey", "NjVkMmZhYzI0ZTFhNDk5OTk4OGY" },
        { "ppApiKey", "YTk0ZTE2ZGMxNDk3NDIxZDk" },
        { "apiServer", "https://api4.successfactors.com/odata/v2/" },
        { "companyId", "ACME123" },
        { "fsm.companyId", "123456" },
        { "technicalUser", "TECHNICAL_USER_INBOX_CEF979F3" },
        { "clusterUrl", "eu" },
        { "accountId", "654321" },
        { "clientId", "COM501SID100" },
        { "fsm.clientId", "a7f3c2e1-task-center" },
        { "clientSecret", "c2VjcmV0LWZzbS1jbGllbnQ" },
        { "samlMetadataUrl", "https://eu.fsm.cloud.sap/api/oauth2/v2/saml/acme/metadata" },
        { "communicationUser", "TASKCENTER_COMM" },
        { "communicationUserPassword", "Comm-Passw0rd-2026" },
        { "serviceUrl",
          "https://my300000-api.s4hana.ondemand.com/sap/opu/odata4/sap/api_task_spi_replication/default/"
          "sap/api_task_spi_replication/0001/?sap-client=100" },
        { "samlAudience", "https://my300000.s4hana.ondemand.com" },
        { "tokenServiceUrl", "https://my300000-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
    };
    return values.value(provider + QLatin1Char('.') + input, values.value(input));
}

// Fills every input of the model's provider that has an example value: for the walks that fill the model at once
// (the screenshots, the names and Tab order of every page).
inline void fillInExampleValues(SetupModel *model)
{
    for (const auto &input : model->provider().inputs()) {
        const QString value = exampleValue(model->provider().id(), input.id);
        if (!value.isEmpty())
            model->setValue(input.id, value);
    }
}
