#pragma once

#include <QStringList>

class QCoreApplication;

// taskcenter-connect inspect-cert FILE [--json]: a trust certificate's subject, issuer, validity, days left and
// SHA-256 fingerprint.
namespace InspectCertCommand {

int run(QCoreApplication &app, const QStringList &arguments);

} // namespace InspectCertCommand
