#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <vector>

// The --runs N option every benchmark takes (at least 1; 5 when not given).
inline int runsOption(QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs (default 5)."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    parser.addOption(runs);
    parser.addHelpOption();
    parser.process(app);
    return std::max(1, parser.value(runs).toInt());
}

// The median of the runs of one benchmark: robust against a launch slowed by something else on the machine.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
