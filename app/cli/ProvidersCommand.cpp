#include "ProvidersCommand.h"

#include "CommandLine.h"
#include "CommandLineSupport.h"
#include "providers/ProviderDefinition.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace CommandLineSupport;

namespace {

struct Way
{
    QString id; // empty: the provider's only way
    QString title;
    bool writesDestinations = true;
    QStringList values;
    QStringList secrets;
};

QList<Way> waysOf(const ProviderDefinition &provider)
{
    QList<Way> ways;
    const auto add = [&](const QString &id, const QString &title, bool writes) {
        Way way { id, title, writes, {}, {} };
        for (const QString &input : provider.inputIdsOf(id)) {
            const auto *definition = provider.input(input);
            (definition && definition->secret ? way.secrets : way.values).append(input);
        }
        ways.append(way);
    };
    if (provider.paths().isEmpty())
        add(QString(), QString(), true);
    for (const auto &path : provider.paths())
        add(path.id, path.title, path.writesDestinations);
    return ways;
}

QString listed(const QStringList &names)
{
    return names.isEmpty() ? CommandLine::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

int ProvidersCommand::run(QCoreApplication &, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Lists the task providers: the id a setup file's \"provider\" takes, the ways (\"path\") where "
                        "SAP documents more than one, and the names of the values a setup file and the secrets a "
                        "secrets file give for each.\nExit codes: 0 listed; 2 bad options."));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print one JSON array instead of text."));
    parser.addOption(json);
    int exitCode = Ok;
    if (!parseVerb(parser, arguments, QStringLiteral("providers"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr(
            "providers takes no arguments.\nRun 'taskcenter-connect providers --help' for the options."));

    QJsonArray all;
    for (const auto &entry : ProviderDefinition::catalogue()) {
        QString error;
        const auto provider = ProviderDefinition::builtIn(entry.id, &error);
        if (!provider)
            return fail(error, 1);
        const QList<Way> ways = waysOf(*provider);
        if (parser.isSet(json)) {
            QJsonArray paths;
            for (const Way &way : ways)
                paths.append(QJsonObject { { QStringLiteral("id"), way.id },
                                           { QStringLiteral("title"), way.title },
                                           { QStringLiteral("writesDestinations"), way.writesDestinations },
                                           { QStringLiteral("values"), QJsonArray::fromStringList(way.values) },
                                           { QStringLiteral("secrets"), QJsonArray::fromStringList(way.secrets) } });
            all.append(QJsonObject { { QStringLiteral("id"), provider->id() },
                                     { QStringLiteral("name"), provider->displayName() },
                                     { QStringLiteral("providerType"), provider->providerType() },
                                     { QStringLiteral("summary"), provider->summary() },
                                     { QStringLiteral("paths"), paths } });
            continue;
        }
        out() << provider->id() << QStringLiteral("  ") << provider->displayName() << Qt::endl;
        for (const Way &way : ways) {
            QString indent = QStringLiteral("    ");
            if (!way.id.isEmpty()) {
                out() << QStringLiteral("  ")
                      << CommandLine::tr("path %1: %2").arg(way.id, way.title)
                        + (way.writesDestinations ? QString() : CommandLine::tr(" (writes no destinations)"))
                      << Qt::endl;
            } else {
                indent = QStringLiteral("  ");
            }
            out() << indent << CommandLine::tr("values: %1").arg(listed(way.values)) << Qt::endl;
            out() << indent << CommandLine::tr("secrets: %1").arg(listed(way.secrets)) << Qt::endl;
        }
    }
    if (parser.isSet(json))
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}
