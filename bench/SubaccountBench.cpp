// Subaccount benchmark: the Destination service client and applier against the built-in sandbox subaccount
// over real loopback HTTP. Prints medians over several runs of:
//   applying 100 new destinations (50 primaries with their secondaries) and the HTTP requests that took after the
//   read, applying the same 100 again (nothing to write), listing 1,000 destinations, and comparing 1,000 desired
//   destinations with them (the review's diff), plus peak memory.
//   subaccount_bench [--runs N]
#include "Statistics.h"
#include "destinationservice/DestinationApplier.h"
#include "destinationservice/DestinationChangePlan.h"
#include "destinationservice/DestinationServiceClient.h"
#include "sandbox/SandboxSubaccount.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

Destination benchDestination(int index)
{
    const QString name = QStringLiteral("SF_Bench_%1").arg(index, 4, 10, QLatin1Char('0'));
    return Destination(
        { { QStringLiteral("Name"), name },
          { QStringLiteral("Type"), QStringLiteral("HTTP") },
          { QStringLiteral("URL"), QStringLiteral("https://api4.successfactors.com/api-ext/") },
          { QStringLiteral("Authentication"), QStringLiteral("OAuth2SAMLBearerAssertion") },
          { QStringLiteral("ProxyType"), QStringLiteral("Internet") },
          { QStringLiteral("audience"), QStringLiteral("www.successfactors.com") },
          { QStringLiteral("clientKey"), QStringLiteral("BenchApiKey%1").arg(index), true },
          { QStringLiteral("tokenServiceURL"), QStringLiteral("https://api4.successfactors.com/oauth/token") },
          { QStringLiteral("tokenServiceURLType"), QStringLiteral("Dedicated") },
          { QStringLiteral("companyId"), QStringLiteral("BENCH%1").arg(index) },
          { QStringLiteral("SystemUser"), QStringLiteral("TECHNICAL_USER_INBOX") },
          { QStringLiteral("tc.enabled"), QStringLiteral("true") },
          { QStringLiteral("tc.provider_type"), QStringLiteral("SuccessFactors") } });
}

void waitFor(QObject *sender, const char *signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    loop.exec();
}

QList<QJsonObject> list(DestinationServiceClient &client)
{
    DestinationServiceReply *reply = client.listDestinations();
    if (!reply->isFinished())
        waitFor(reply, SIGNAL(finished()));
    reply->deleteLater();
    if (reply->error() != DestinationServiceReply::Error::NoError)
        std::fprintf(stderr, "list failed: %s\n", qPrintable(reply->errorMessage()));
    return reply->destinations();
}

// Lists, plans and applies; returns how many destinations were written. Every odd destination is the secondary
// of the one before it, as a provider's pair.
int applyAll(DestinationServiceClient &client, const QList<Destination> &desired,
             const std::function<void()> &read = {})
{
    QHash<QString, QString> pairs;
    for (int i = 1; i < desired.size(); i += 2)
        pairs.insert(desired.at(i).name(), desired.at(i - 1).name());
    const DestinationChangePlan plan(desired, list(client), pairs);
    if (read)
        read();
    DestinationApplier applier(&client, plan);
    applier.start();
    if (applier.isRunning())
        waitFor(&applier, SIGNAL(finished()));
    if (!applier.succeeded())
        std::fprintf(stderr, "apply did not succeed\n");
    return plan.count(DestinationChange::Action::Create) + plan.count(DestinationChange::Action::Update);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = runsOption(app, QStringLiteral("Apply and list benchmark against the sandbox subaccount"));

    QList<Destination> hundred;
    QList<Destination> thousand;
    for (int i = 0; i < 1000; ++i) {
        thousand.append(benchDestination(i));
        if (i < 100)
            hundred.append(benchDestination(i));
    }

    std::vector<double> applyNew, applyAgain, listThousand, diffThousand;
    int written = 0;
    int writeRequests = 0;
    int rewritten = 0;
    for (int run = 0; run < runs; ++run) {
        SandboxSubaccount sandbox;
        if (!sandbox.start()) {
            std::fprintf(stderr, "subaccount_bench: the sandbox did not start\n");
            return 1;
        }
        QNetworkAccessManager network;
        DestinationServiceClient client(&network,
                                        DestinationServiceKey::fromText(QJsonDocument(sandbox.serviceKey()).toJson()));
        QElapsedTimer timer;

        int served = 0;
        QObject::connect(&sandbox, &SandboxSubaccount::requestServed, &sandbox, [&served] { ++served; });
        timer.start();
        written = applyAll(client, hundred, [&served] { served = 0; });
        applyNew.push_back(timer.nsecsElapsed() / 1e6);
        writeRequests = served;

        timer.start();
        rewritten = applyAll(client, hundred);
        applyAgain.push_back(timer.nsecsElapsed() / 1e6);

        for (int i = 100; i < 1000; ++i)
            sandbox.addDestination(thousand.at(i).toJson(true));
        timer.start();
        const QList<QJsonObject> current = list(client);
        listThousand.push_back(timer.nsecsElapsed() / 1e6);
        if (current.size() != 1000)
            std::fprintf(stderr, "listed %d destinations, expected 1000\n", int(current.size()));

        timer.start();
        const DestinationChangePlan plan(thousand, current);
        diffThousand.push_back(timer.nsecsElapsed() / 1e6);
        if (plan.hasWrites())
            std::fprintf(stderr, "the diff of 1,000 equal destinations found changes\n");
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("%d runs, medians (sandbox and client in one process, loopback HTTP)\n", runs);
    std::printf("apply 100 new destinations      %8.1f ms  (%.2f ms each, %d written in %d HTTP requests after the "
                "read)\n",
                median(applyNew), median(applyNew) / 100, written, writeRequests);
    std::printf("apply the same 100 again        %8.1f ms  (%d written)\n", median(applyAgain), rewritten);
    std::printf("list 1,000 destinations         %8.1f ms\n", median(listThousand));
    std::printf("diff 1,000 against 1,000        %8.1f ms\n", median(diffThousand));
    std::printf("peak memory                     %8.1f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
