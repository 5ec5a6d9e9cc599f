#pragma once

#include "ExampleValues.h"

#include <QTest>

// Adds the columns "provider" and "path" and a data row "<id>[/<way>]" for each way of each built-in provider that
// writes destinations: the tests that every provider file gets without a list elsewhere.
inline void addARowForEachWayThatWrites()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("path");
    for (const QString &id : ProviderDefinition::builtInIds()) {
        const auto provider = ProviderDefinition::builtIn(id);
        for (const QString &way : waysThatWrite(*provider))
            QTest::newRow(qPrintable(way.isEmpty() ? id : id + QLatin1Char('/') + way)) << id << way;
    }
}
