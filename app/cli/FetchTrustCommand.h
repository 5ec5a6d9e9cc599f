#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect fetch-trust --subaccount DESTINATION-KEY.json --out FILE [--timeout SECONDS]: the subaccount's
// destination trust certificate, as PEM.
namespace FetchTrustCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace FetchTrustCommand
