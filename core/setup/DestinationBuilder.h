#pragma once

#include "model/Destination.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class SetupModel;

// The destinations that follow from what a setup holds: the provider file's destination templates for the chosen
// path, with the values put in (inputs, derived values, the service key's and the trust certificate's), and the
// user's expert edits on top.
class DestinationBuilder
{
public:
    explicit DestinationBuilder(const SetupModel &model)
        : m_model(model)
    {
    }

    // The values ${...} placeholders resolve to: inputs, derived values, serviceKey.*, trust.*.
    QHash<QString, QString> templateValues() const;
    // The roles of the destinations the chosen path writes, in the provider file's order.
    QStringList roles() const;
    Destination destination(const QString &role) const;
    QList<Destination> destinations() const;
    // The name of the primary destination each secondary belongs to, by the secondary's name.
    QHash<QString, QString> primaryNames() const;

private:
    const SetupModel &m_model;
};
