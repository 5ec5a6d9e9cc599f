#pragma once

#include <QString>

// Named functions that derive one value from another, referenced by name from provider definitions
// ("derived": [{"transform": "successFactorsApiExtUrl", ...}]).
namespace ValueTransforms {

bool exists(const QString &name);
// Applies a transform; an input it cannot make sense of gives an empty string (the input's own check
// tells the user why).
QString apply(const QString &name, const QString &input);

// The origin ("https://host[:port]") of a SuccessFactors API server as users copy it: the OData URL from
// "About HXM Suite OData APIs" (".../odata/v2/"), the /api-ext/ URL, or the bare host.
QString successFactorsApiOrigin(const QString &apiServer);
// "https://host[:port]" of an https address; empty for anything else.
QString httpsOrigin(const QString &address);
// "https://{cluster}.fsm.cloud.sap" from a cluster name ("eu") or any address on that cluster; empty otherwise.
QString fsmClusterOrigin(const QString &clusterOrUrl);
// The API server that belongs to a SuccessFactors web or login address, where the host follows SAP's naming
// (performancemanager4... -> api4...); empty when it cannot be told.
QString successFactorsApiHostFor(const QString &webAddress);

} // namespace ValueTransforms
