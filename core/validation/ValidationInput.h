#pragma once

#include "formats/TrustCertificate.h"
#include "validation/ConfigurationSource.h"

#include <QDateTime>
#include <QSet>
#include <optional>

// What a check is given: the destinations of one subaccount (or several subaccounts' exports), what could not be
// read, and what else is known about the subaccount.
struct ValidationInput
{
    QList<SourcedDestination> destinations;
    QList<SourceProblem> problems;
    // The subaccount's trust certificate (or the one given to check).
    std::optional<TrustCertificate> trust;
    // A certificate a provider holds (a file the user gives): it must be the subaccount's current one.
    std::optional<TrustCertificate> heldTrust;
    QDateTime now = QDateTime::currentDateTimeUtc();
    // The subaccount's region (e.g. "eu10"), when the source tells it: providers on SAP BTP must share it.
    QString region;
    // The destinations are all of a subaccount's (not a selection of exports): what is absent is missing.
    bool wholeSubaccount = false;
    // The names of the subaccount's destination certificates, when they were read: a key store or trust store a
    // destination names must be among them.
    std::optional<QSet<QString>> certificates;
};
