#pragma once

// Destinations as SAP documents them, made by the provider files (SetupModel) with example values, and small
// changes to them: what the validator's tests start from.
#include "setup/SetupModel.h"
#include "validation/ConfigurationValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// SuccessFactors, FSM, S/4HANA Cloud and S/4HANA through the Cloud Connector, each as the wizard writes it, and one
// of Task Center's own destinations.
inline QJsonArray correctLandscape()
{
    QJsonArray all;
    const auto add = [&all](const QString &provider, const QString &path, const QHash<QString, QString> &values) {
        SetupModel model(ProviderDefinition::builtIn(provider));
        model.setPath(path);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            model.setValue(it.key(), it.value());
        for (const Destination &destination : model.destinations())
            all.append(destination.toJson(true));
    };
    add(QStringLiteral("successfactors"), {},
        { { "destinationName", "SF" },
          { "apiServer", "https://api4.successfactors.com" },
          { "companyId", "ACME" },
          { "technicalUser", "TECH_USER" },
          { "apiKey", "technical-key" },
          { "ppApiKey", "pp-key" } });
    add(QStringLiteral("fsm"), {},
        { { "destinationName", "FSM" },
          { "clusterUrl", "eu" },
          { "accountId", "1" },
          { "companyId", "2" },
          { "clientId", "client" },
          { "clientSecret", "secret" },
          { "samlMetadataUrl", "https://eu.fsm.cloud.sap/api/oauth2/v2/saml/x/metadata" } });
    add(QStringLiteral("s4hanacloud"), QStringLiteral("manual"),
        { { "destinationName", "S4" },
          { "serviceUrl", "https://my1-api.s4hana.ondemand.com/x/?sap-client=100" },
          { "samlAudience", "https://my1.s4hana.ondemand.com" },
          { "clientId", "COM501" },
          { "tokenServiceUrl", "https://my1-api.s4hana.ondemand.com/sap/bc/sec/oauth2/token" },
          { "communicationUser", "COMM" },
          { "communicationUserPassword", "password" } });
    add(QStringLiteral("s4hana"), {},
        { { "destinationName", "S4OnPremise" },
          { "cloudConnectorUrl", "http://s4hana-virtual:44300" },
          { "serviceUser", "TC_PULL" },
          { "servicePassword", "password" },
          { "sapClient", "100" } });
    all.append(QJsonObject { { "Name", "Task_Center_global_settings" },
                             { "Type", "HTTP" },
                             { "URL", "http://sap.com/" },
                             { "ProxyType", "Internet" },
                             { "Authentication", "NoAuthentication" } });
    return all;
}

inline int indexOf(const QJsonArray &destinations, const QString &name)
{
    for (int i = 0; i < destinations.size(); ++i) {
        if (destinations.at(i).toObject().value(QStringLiteral("Name")).toString() == name)
            return i;
    }
    return -1;
}

inline QJsonArray with(QJsonArray destinations, const QString &name, const QString &key, const QJsonValue &value)
{
    const int i = indexOf(destinations, name);
    QJsonObject object = destinations.at(i).toObject();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    destinations.replace(i, object);
    return destinations;
}

inline QJsonArray without(QJsonArray destinations, const QString &name)
{
    destinations.removeAt(indexOf(destinations, name));
    return destinations;
}

inline QJsonArray plus(QJsonArray destinations, const QJsonObject &destination)
{
    destinations.append(destination);
    return destinations;
}

inline QList<ValidationFinding> validate(const QJsonArray &destinations)
{
    ConfigurationValidator::Input input;
    for (const auto &value : destinations)
        input.destinations.append({ value.toObject(), QStringLiteral("subaccount"), {}, false });
    return ConfigurationValidator().validate(input);
}

inline QStringList rulesOf(const QList<ValidationFinding> &findings, const QString &destination = {})
{
    QStringList rules;
    for (const auto &finding : findings) {
        if (destination.isEmpty() || finding.destination == destination)
            rules.append(finding.rule);
    }
    return rules;
}

// The Intelligent Recommendations destination of SBPA's primary, as SAP's guide gives it.
inline QJsonObject recommendationsDestination()
{
    return { { "Name", "SAPBuildPA_AI" },
             { "Type", "HTTP" },
             { "URL",
               "https://spa-api-gateway-eu10.cfapps.sap.hana.ondemand.com/internal/visibility/intelligence/rest/v1" },
             { "ProxyType", "Internet" },
             { "Authentication", "OAuth2ClientCredentials" },
             { "clientId", "sb-clone-abcd1234!ab123|xsuaa!abc12" },
             { "clientSecret", "secret" },
             { "tokenServiceURL", "https://subaccount.authentication.eu10.hana.ondemand.com" },
             { "HTML5.DynamicDestination", "true" } };
}

// Task Center's identity directory, as "SAP Task Center Service Destinations" (loio 494aa0c) gives it.
inline QJsonObject identityDirectoryDestination()
{
    return { { "Name", "Identity_Authentication_Connectivity_IDS" },
             { "Type", "HTTP" },
             { "URL", "https://acme.accounts.ondemand.com/scim" },
             { "ProxyType", "Internet" },
             { "Authentication", "BasicAuthentication" },
             { "User", "IDS_USER" },
             { "Password", "ids-password" } };
}

} // namespace
