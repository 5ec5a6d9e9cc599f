// Validation benchmark: checking 1,000 destinations (the Destination service's limit for one subaccount) and
// 20,000 (many subaccounts' exports together), side by side with the floor, merely reading and parsing the same
// files (the cockpit's legacy .properties export). Medians over several runs, and peak memory. The goal: validation
// at most 2x the floor, growing linearly.
//   validation_bench [--runs N]
#include "Statistics.h"
#include "formats/PropertiesFormat.h"
#include "setup/SetupModel.h"
#include "validation/ConfigurationSource.h"
#include "validation/ConfigurationValidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <sys/resource.h>

namespace {

// Exports as consultants meet them: pairs of SuccessFactors destinations, each for another company, made by the
// provider file itself, with the secrets left out as the cockpit does, and some planted mistakes. Each subaccount's
// export holds DestinationsPerSubaccount, named as in the others (SF_00000 ... SF_00499).
constexpr int DestinationsPerSubaccount = 1000;

QList<QByteArray> exports(int count)
{
    QList<QByteArray> files;
    files.reserve(count);
    SetupModel model(ProviderDefinition::builtIn(QStringLiteral("successfactors")));
    model.setValue(QStringLiteral("apiServer"), QStringLiteral("https://api4.successfactors.com"));
    model.setValue(QStringLiteral("technicalUser"), QStringLiteral("TECHNICAL_USER_INBOX"));
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    for (int pair = 0; files.size() < count; ++pair) {
        model.setValue(QStringLiteral("destinationName"),
                       QStringLiteral("SF_%1").arg(pair % (DestinationsPerSubaccount / 2), 5, 10, QLatin1Char('0')));
        // Every tenth pair shares its company with the one before: two primaries to one system.
        model.setValue(QStringLiteral("companyId"), QStringLiteral("CO%1").arg(pair - (pair % 10 == 9 ? 1 : 0)));
        for (Destination destination : model.destinations()) {
            if (pair % 7 == 3)
                destination.remove(QStringLiteral("tc.enabled"));
            files.append(PropertiesFormat::write(destination, false, stamp));
            if (files.size() == count)
                break;
        }
    }
    return files;
}

qint64 peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = runsOption(app, QStringLiteral("Validation benchmark: validating against parsing"));

    const ConfigurationValidator validator;
    std::printf("%10s %14s %14s %8s %10s\n", "destinations", "parse ms", "validate ms", "ratio", "findings");
    for (const int count : { 1000, 20000 }) {
        const QList<QByteArray> files = exports(count);
        std::vector<double> parse;
        std::vector<double> check;
        qsizetype findings = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            ConfigurationValidator::Input input;
            input.destinations.reserve(files.size());
            for (int i = 0; i < files.size(); ++i) {
                input.destinations += ConfigurationSource::fromData(files.at(i), QStringLiteral("export")).destinations;
                // As a folder of each subaccount's export gives them.
                input.destinations.last().subaccount
                    = QStringLiteral("exports/subaccount-%1").arg(i / DestinationsPerSubaccount);
            }
            parse.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            findings = validator.validate(input).size();
            check.push_back(timer.nsecsElapsed() / 1e6);
        }
        const double parseMs = median(parse);
        const double checkMs = median(check);
        std::printf("%10d %14.1f %14.1f %7.2fx %10lld\n", count, parseMs, checkMs, checkMs / parseMs,
                    static_cast<long long>(findings));
    }

    // One file with very many properties: read as .properties and as the same keys in JSON, the two must grow alike
    // (inserting into a sorted object key by key grew with the square of the keys).
    std::printf("\n%10s %14s %14s %8s\n", "keys", ".properties ms", "JSON ms", "ratio");
    for (const int keys : { 10000, 100000 }) {
        QByteArray properties = "Name=Wide\n";
        QByteArray json = "{\"Name\":\"Wide\"";
        for (int key = 0; key < keys; ++key) {
            // Reversed, so every key goes in front of those before it: the worst order for a sorted insert.
            const QByteArray name = "k" + QByteArray::number(keys - key);
            properties += name + '=' + QByteArray::number(key) + '\n';
            json += ",\"" + name + "\":\"" + QByteArray::number(key) + '"';
        }
        json += '}';
        std::vector<double> fromProperties;
        std::vector<double> fromJson;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto readProperties = ConfigurationSource::fromData(properties, QStringLiteral("wide"));
            fromProperties.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            const auto readJson = ConfigurationSource::fromData(json, QStringLiteral("wide.json"));
            fromJson.push_back(timer.nsecsElapsed() / 1e6);
            if (readProperties.destinations.first().properties.size()
                != readJson.destinations.first().properties.size())
                std::printf("the two read differently\n");
        }
        std::printf("%10d %14.1f %14.1f %7.2fx\n", keys, median(fromProperties), median(fromJson),
                    median(fromProperties) / median(fromJson));
    }
    std::printf("peak memory: %.1f MB\n", peakKilobytes() / 1024.0);
    return 0;
}
