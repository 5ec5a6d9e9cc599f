#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json [--timeout SECONDS]:
// the subaccount's destination trust certificates and their rotation without downtime (SAP's passive certificate,
// never a plain renew). prepare --out FILE writes the passive certificate for the providers; rotate needs --yes and
// rotates back when a provider does not accept the new certificate yet, unless --keep.
namespace TrustCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace TrustCommand
