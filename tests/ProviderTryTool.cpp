// For provider authors: loads a provider file from disk as the program would, and prints what it writes with its
// examples filled in, one way at a time, so a new file can be tried before it is built in.
//   provider_try FILE   (exit 0: the file loads and every example passes; 1: it does not; 2: usage)
// The output per way is the destinations as JSON (secrets included: they are the file's examples), then every
// problem the wizard would show; documents (trust certificate, service key) are not filled in.
#include "ExampleValues.h"
#include "providers/ProviderDefinition.h"
#include "setup/SetupModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: provider_try FILE\n");
        return 2;
    }
    QFile file(arguments[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(arguments[1]));
        return 2;
    }
    QString error;
    const auto provider = ProviderDefinition::fromJson(file.readAll(), &error);
    if (!provider) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    bool clean = true;
    for (const QString &way : waysThatWrite(*provider)) {
        SetupModel model(provider);
        if (!way.isEmpty())
            model.setPath(way);
        fillInExampleValues(&model);
        QJsonArray written;
        for (const Destination &destination : model.destinations())
            written.append(destination.toJson(true));
        std::printf("== way %s\n%s", qPrintable(way.isEmpty() ? QStringLiteral("(only)") : way),
                    QJsonDocument(written).toJson().constData());
        for (const auto &problem : model.problems(QDateTime::currentDateTimeUtc())) {
            if (problem.field == QLatin1String("trustCertificate") || problem.field == QLatin1String("serviceKey"))
                continue;
            clean = false;
            std::printf("problem %s: %s\n", qPrintable(problem.field), qPrintable(problem.message));
        }
    }
    return clean ? 0 : 1;
}
