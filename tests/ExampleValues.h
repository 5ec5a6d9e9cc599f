#pragma once

#include "SetupModel.h"

#include <QHash>
#include <QString>

// Values an administrator enters for every provider's inputs, each passing its check: for the walks that fill the
// model at once (the screenshots, the names and Tab order of every page).
inline void fillInExampleValues(SetupModel *model)
{
    const bool fsm = model->provider().id() == QLatin1String("fsm");
    const QHash<QString, QString> values = {
        { "apiKey", "NjVkMmZhYzI0ZTFhNDk5OTk4OGY" },
        { "ppApiKey", "YTk0ZTE2ZGMxNDk3NDIxZDk" },
        { "apiServer", "https://api4.successfactors.com/odata/v2/" },
        { "companyId", fsm ? "123456" : "ACME123" },
        { "technicalUser", "TECHNICAL_USER_INBOX_CEF979F3" },
        { "clusterUrl", "eu" },
        { "accountId", "654321" },
        { "clientId", fsm ? "a7f3c2e1-task-center" : "COM501SID100" },
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
    for (const auto &input : model->provider().inputs()) {
        if (values.contains(input.id))
            model->setValue(input.id, values.value(input.id));
    }
}
