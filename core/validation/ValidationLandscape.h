#pragma once

#include "validation/ValidationFinding.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What a checked configuration looks like, for the report's picture and the facts support asks for: Task
// Center, each primary destination with its secondary and the backend system it reaches, each coloured by its
// worst finding. Holds names, hosts and property values that are not secrets, never a secret.
struct ValidationLandscape
{
    enum class Status { Fine, Paused, Info, Warning, Error };

    struct Connection
    {
        QString primary;
        QString secondary; // empty: none found
        // <primary>_AI, the Intelligent Recommendations destination Task Center finds by the primary's name; empty:
        // none.
        QString recommendations;
        QString subaccount; // the export it is in, where several subaccounts' were checked together
        QString provider; // the provider's name, or the tc.provider_type given
        QString authentication;
        QString system; // the backend's host
        Status status = Status::Fine; // of the primary and its secondary together
    };

    QList<Connection> connections; // in name order
    QStringList serviceDestinations; // Task Center's own (global settings, identity directory)
    QStringList providers;
    QStringList authenticationTypes;
    QString subaccount; // as the user named it (a key file, a profile, the sandbox)
    QString region; // e.g. "eu10", from the subaccount's token address
    QString subaccountId; // from the subaccount's trust certificate, when it names it
    std::optional<QDateTime> trustExpiry;
    QString trustFingerprint;
};
