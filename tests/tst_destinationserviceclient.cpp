#include "OpenSslTool.h"
#include "destinationservice/DestinationApplier.h"
#include "destinationservice/DestinationChangePlan.h"
#include "destinationservice/DestinationLock.h"
#include "destinationservice/DestinationServiceClient.h"
#include "formats/DestinationServiceKey.h"
#include "sandbox/CertificateFactory.h"
#include "sandbox/RsaKeys.h"
#include "sandbox/SandboxSubaccount.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using Error = DestinationServiceReply::Error;
using Outcome = DestinationApplyResult::Outcome;
using Action = DestinationChange::Action;

namespace {

constexpr int kClientTimeoutMs = 1500;
constexpr int kWaitMs = 10000;

Destination destination(const QString &name, const QString &url = QStringLiteral("https://api4.successfactors.com"),
                        const QString &apiKey = QStringLiteral("api-key-1"))
{
    Destination d;
    d.setValue(QStringLiteral("Name"), name);
    d.setValue(QStringLiteral("Type"), QStringLiteral("HTTP"));
    d.setValue(QStringLiteral("URL"), url);
    d.setValue(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
    d.setValue(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
    d.setValue(QStringLiteral("apiKey"), apiKey, true);
    return d;
}

SandboxSubaccount::Fault fault(int status, int count,
                               const QString &prefix = QStringLiteral("/destination-configuration"))
{
    SandboxSubaccount::Fault f;
    f.status = status;
    f.count = count;
    f.pathPrefix = prefix;
    return f;
}

bool waitFor(DestinationServiceReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &DestinationServiceReply::finished);
    return spy.wait(kWaitMs);
}

QString describe(const DestinationServiceReply *reply)
{
    return QStringLiteral("%1 | %2").arg(reply->errorMessage(), reply->technicalDetails());
}

} // namespace

Q_DECLARE_METATYPE(DestinationServiceReply::Error)

class TestDestinationServiceClient : public QObject
{
    Q_OBJECT

private:
    SandboxSubaccount *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    DestinationServiceClient *m_client = nullptr;
    QStringList m_served; // "METHOD path status"

    DestinationServiceKey sandboxKey() const
    {
        return DestinationServiceKey::fromText(QJsonDocument(m_sandbox->serviceKey()).toJson());
    }
    DestinationServiceClient *makeClient(const DestinationServiceKey &key)
    {
        auto *client = new DestinationServiceClient(m_network, key, this);
        client->setTimeout(kClientTimeoutMs);
        client->setRetryPolicy(3, 10, 100);
        return client;
    }
    int servedCount(const QString &prefix) const
    {
        int n = 0;
        for (const auto &line : m_served)
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandboxes started here share a few keys made once (RsaKeys.h).
        RsaKeys::reuseWithinProcess();
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_sandbox = new SandboxSubaccount(this);
        QString error;
        QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
        m_served.clear();
        connect(m_sandbox, &SandboxSubaccount::requestServed, this,
                [this](const QString &method, const QString &path, int status) {
                    m_served << QStringLiteral("%1 %2 %3").arg(method, path).arg(status);
                });
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
        const auto key = sandboxKey();
        QVERIFY2(key.isValid(), qPrintable(key.errorMessage()));
        m_client = makeClient(key);
    }

    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_network;
        m_network = nullptr;
        delete m_sandbox;
        m_sandbox = nullptr;
    }

    // Key stores go up as the destination certificates a destination names; the list keeps only a digest of each.
    void certificatesAreUploadedListedAndReplaced()
    {
        QTemporaryDir folder;
        const QByteArray keyStore = makeKeyStore(folder.path(), QStringLiteral("Ks-Passw0rd"));
        const QByteArray renewed
            = makeKeyStore(folder.path(), QStringLiteral("Ks-Passw0rd"), QStringLiteral("renewed"));
        QVERIFY(!keyStore.isEmpty() && !renewed.isEmpty());

        auto *empty = m_client->listCertificates();
        QVERIFY(waitFor(empty));
        QCOMPARE(empty->error(), Error::NoError);
        QVERIFY(empty->certificateDigests().isEmpty());

        auto *create = m_client->createCertificate(QStringLiteral("c4c.p12"), keyStore);
        QVERIFY(waitFor(create));
        QCOMPARE(create->error(), Error::NoError);
        QCOMPARE(m_sandbox->subaccountCertificates().value(QStringLiteral("c4c.p12")), keyStore);
        auto *again = m_client->createCertificate(QStringLiteral("c4c.p12"), keyStore);
        QVERIFY(waitFor(again));
        QCOMPARE(again->error(), Error::Conflict);
        QVERIFY2(again->errorMessage().contains(QStringLiteral("c4c.p12")), qPrintable(again->errorMessage()));

        auto *listed = m_client->listCertificates();
        QVERIFY(waitFor(listed));
        QCOMPARE(listed->error(), Error::NoError);
        QCOMPARE(listed->certificateDigests().keys(), QList<QString> { QStringLiteral("c4c.p12") });
        QCOMPARE(listed->certificateDigests().value(QStringLiteral("c4c.p12")),
                 QCryptographicHash::hash(keyStore, QCryptographicHash::Sha256));
        QVERIFY(listed->json().isNull()); // the key store itself is not kept

        auto *update = m_client->updateCertificate(QStringLiteral("c4c.p12"), renewed);
        QVERIFY(waitFor(update));
        QCOMPARE(update->error(), Error::NoError);
        QCOMPARE(m_sandbox->subaccountCertificates().value(QStringLiteral("c4c.p12")), renewed);
        auto *missing = m_client->updateCertificate(QStringLiteral("other.p12"), renewed);
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error(), Error::NotFound);
        QVERIFY2(missing->errorMessage().contains(QStringLiteral("other.p12")), qPrintable(missing->errorMessage()));
        auto *refused = m_client->createCertificate(QStringLiteral("c4c.txt"), keyStore);
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error(), Error::BadRequest);
        QVERIFY2(refused->errorMessage().contains(QStringLiteral(".p12")), qPrintable(refused->errorMessage()));
    }

    void createReadUpdateListDelete()
    {
        const QJsonObject body = destination(QStringLiteral("SuccessFactors")).toJson(true);
        auto *create = m_client->createDestination(body);
        QSignalSpy progress(create, &DestinationServiceReply::progress);
        QVERIFY(waitFor(create));
        QCOMPARE(create->error(), Error::NoError);
        QCOMPARE(create->httpStatus(), 201);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.first().first().toString(), QStringLiteral("Getting a token"));

        auto *read = m_client->readDestination(QStringLiteral("SuccessFactors"));
        QVERIFY(waitFor(read));
        QCOMPARE(read->error(), Error::NoError);
        QCOMPARE(read->destination().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://api4.successfactors.com"));
        QVERIFY(!read->etag().isEmpty());

        QJsonObject changed = body;
        changed.insert(QStringLiteral("URL"), QStringLiteral("https://api8.successfactors.com"));
        auto *update = m_client->updateDestination(changed, read->etag());
        QVERIFY(waitFor(update));
        QVERIFY2(update->error() == Error::NoError, qPrintable(describe(update)));

        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QCOMPARE(list->destinations().size(), 1);
        QCOMPARE(list->destinations().first().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://api8.successfactors.com"));

        auto *remove = m_client->deleteDestination(QStringLiteral("SuccessFactors"));
        QVERIFY(waitFor(remove));
        QCOMPARE(remove->error(), Error::NoError);
        QVERIFY(m_sandbox->subaccountDestinations().isEmpty());

        // One token served every call.
        QCOMPARE(servedCount(QStringLiteral("POST /oauth/token")), 1);
    }

    void staleEtagIsPreconditionFailed()
    {
        const QJsonObject body = destination(QStringLiteral("SF")).toJson(true);
        QVERIFY(m_sandbox->addDestination(body));
        auto *read = m_client->readDestination(QStringLiteral("SF"));
        QVERIFY(waitFor(read));
        const QByteArray etag = read->etag();
        QVERIFY(!etag.isEmpty());
        QJsonObject someoneElses = body;
        someoneElses.insert(QStringLiteral("URL"), QStringLiteral("https://someone.else"));
        auto *theirs = m_client->updateDestination(someoneElses);
        QVERIFY(waitFor(theirs));
        QCOMPARE(theirs->error(), Error::NoError);
        auto *ours = m_client->updateDestination(body, etag);
        QVERIFY(waitFor(ours));
        QVERIFY2(ours->error() == Error::PreconditionFailed, qPrintable(describe(ours)));
        QVERIFY(ours->errorMessage().contains(QStringLiteral("SF was changed by someone else")));
        QVERIFY(ours->technicalDetails().contains(QStringLiteral("Server: Precondition Failed")));
    }

    void namesArePercentEncoded()
    {
        auto *read = m_client->readDestination(QStringLiteral("a b/c"));
        QVERIFY(waitFor(read));
        QCOMPARE(read->error(), Error::NotFound);
        QVERIFY(read->technicalDetails().contains(QStringLiteral("a%20b%2Fc")));
    }

    void statusesBecomeErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<DestinationServiceReply::Error>("expected");
        QTest::addColumn<int>("retries");
        QTest::addColumn<QString>("wording");
        QTest::newRow("401 once: fresh token") << 401 << 1 << Error::NoError << 1 << QString();
        QTest::newRow("401 twice: key rejected")
            << 401 << 2 << Error::KeyRejected << 1 << QStringLiteral("subaccount rejected the service key");
        QTest::newRow("400") << 400 << 1 << Error::BadRequest << 0 << QStringLiteral("invalid");
        QTest::newRow("403") << 403 << 1 << Error::Forbidden << 0 << QStringLiteral("may not do this");
        QTest::newRow("404") << 404 << 1 << Error::NotFound << 0 << QStringLiteral("does not exist");
        QTest::newRow("409") << 409 << 1 << Error::Conflict << 0 << QStringLiteral("already exists");
        QTest::newRow("412") << 412 << 1 << Error::PreconditionFailed << 0 << QStringLiteral("changed by someone");
        QTest::newRow("429 then success") << 429 << 2 << Error::NoError << 2 << QString();
        QTest::newRow("503 then success") << 503 << 3 << Error::NoError << 3 << QString();
        QTest::newRow("500 retried out") << 500 << 10 << Error::ServerError << 3 << QStringLiteral("after 4 tries");
        QTest::newRow("429 retried out") << 429 << 10 << Error::TooManyRequests << 3 << QStringLiteral("busy");
    }
    void statusesBecomeErrors()
    {
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(DestinationServiceReply::Error, expected);
        QFETCH(int, retries);
        QFETCH(QString, wording);
        QVERIFY(m_sandbox->addDestination(destination(QStringLiteral("Existing")).toJson(true)));
        // Get the token first, so the faults hit the Destination service only.
        auto *token = m_client->requestToken();
        QVERIFY(waitFor(token));
        QCOMPARE(token->error(), Error::NoError);
        QVERIFY(token->tokenLifetimeSeconds() > 0);

        m_sandbox->injectFault(fault(status, count));
        auto *read = m_client->readDestination(QStringLiteral("Existing"));
        QVERIFY(waitFor(read));
        QVERIFY2(read->error() == expected, qPrintable(describe(read)));
        QCOMPARE(read->retries(), retries);
        if (expected == Error::NoError) {
            QCOMPARE(read->httpStatus(), 200);
            QCOMPARE(read->destination().value(QStringLiteral("Name")).toString(), QStringLiteral("Existing"));
            QVERIFY(read->errorMessage().isEmpty());
        } else {
            QCOMPARE(read->httpStatus(), status);
            QVERIFY2(read->errorMessage().contains(wording), qPrintable(read->errorMessage()));
            QVERIFY(read->technicalDetails().contains(QStringLiteral("HTTP status: %1").arg(status)));
            QVERIFY(read->technicalDetails().contains(QStringLiteral("GET http://127.0.0.1")));
        }
        // 401 → exactly one fresh token.
        QCOMPARE(servedCount(QStringLiteral("POST /oauth/token")), status == 401 ? 2 : 1);
    }

    void errorBodiesAreRead_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("serverText");
        // The sandbox answers a missing destination with {"ErrorMessage": ...}, a 409 with plain text.
        QTest::newRow("ErrorMessage JSON")
            << QByteArray("Missing") << QStringLiteral("Configuration with the specified name was not found");
    }
    void errorBodiesAreRead()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, serverText);
        auto *read = m_client->readDestination(QString::fromLatin1(name));
        QVERIFY(waitFor(read));
        QCOMPARE(read->error(), Error::NotFound);
        QVERIFY2(read->technicalDetails().contains(QStringLiteral("Server: ") + serverText),
                 qPrintable(read->technicalDetails()));
        m_sandbox->injectFault(fault(503, 10));
        auto *busy = m_client->listDestinations();
        QVERIFY(waitFor(busy));
        QCOMPARE(busy->error(), Error::ServerError);
        QVERIFY2(busy->technicalDetails().contains(QStringLiteral("Server: 503 Service Unavailable")),
                 qPrintable(busy->technicalDetails()));
    }

    void retryAfterIsHonouredButCapped()
    {
        m_client->setRetryPolicy(1, 10, 2000);
        // Honoured: the service asks for a second, and the client waits that long (as its log says), then succeeds.
        SandboxSubaccount::Fault busy = fault(429, 1);
        busy.retryAfterSeconds = 1;
        m_sandbox->injectFault(busy);
        QLoggingCategory::setFilterRules(QStringLiteral("tcc.destinationservice.info=true"));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("answered 429 ; again in 1000 ms")));
        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QLoggingCategory::setFilterRules({});
        QCOMPARE(list->error(), Error::NoError);
        QCOMPARE(list->retries(), 1);
        // Capped: asked to wait longer than it ever waits, the client gives up at once and says how long.
        busy.retryAfterSeconds = 10;
        m_sandbox->injectFault(busy);
        auto *refused = m_client->listDestinations();
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error(), Error::TooManyRequests);
        QCOMPARE(refused->retries(), 0);
        QVERIFY2(refused->errorMessage().contains(QStringLiteral("asked to wait 10")),
                 qPrintable(refused->errorMessage()));
    }

    void tokenEndpointRejectsKey()
    {
        DestinationServiceKey key = sandboxKey();
        key.setClientSecret(QStringLiteral("wrong-secret"));
        auto *client = makeClient(key);
        auto *list = client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::KeyRejected, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QStringLiteral("rejected the service key")));
        QVERIFY(!list->technicalDetails().contains(QStringLiteral("wrong-secret")));
        QCOMPARE(servedCount(QStringLiteral("GET /destination-configuration")), 0);
        auto *token = client->requestToken();
        QVERIFY(waitFor(token));
        QCOMPARE(token->error(), Error::KeyRejected);
        QVERIFY(token->json().isEmpty());
        delete client;
    }

    void incompleteKeyIsRefusedWithoutRequest()
    {
        QJsonObject json = m_sandbox->serviceKey();
        json.remove(QStringLiteral("clientsecret"));
        const auto key = DestinationServiceKey::fromText(QJsonDocument(json).toJson());
        QVERIFY(key.lacksOnlyClientSecret());
        auto *client = makeClient(key);
        auto *list = client->listDestinations();
        QVERIFY(waitFor(list));
        QCOMPARE(list->error(), Error::InvalidKey);
        QVERIFY(list->errorMessage().contains(QStringLiteral("clientsecret")));
        QVERIFY(m_served.isEmpty());
        delete client;
    }

    void tokenIsKeptAndRenewed()
    {
        // One clock for both sides, moved on instead of waited for.
        qint64 elapsed = 0;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        m_sandbox->setClock([&] { return start.addMSecs(elapsed); });
        m_client->setClock([&] { return elapsed; });
        m_sandbox->setTokenLifetime(1);
        auto *first = m_client->listDestinations();
        auto *second = m_client->listDestinations(); // shares the token request of the first
        QVERIFY(waitFor(first));
        QVERIFY(waitFor(second));
        QCOMPARE(first->error(), Error::NoError);
        QCOMPARE(second->error(), Error::NoError);
        QCOMPARE(servedCount(QStringLiteral("POST /oauth/token")), 1);
        // The client keeps a token for 90% of its lifetime: after 950 ms it fetches a new one, which the sandbox would
        // still have taken.
        elapsed = 950;
        auto *third = m_client->listDestinations();
        QVERIFY(waitFor(third));
        QCOMPARE(third->error(), Error::NoError);
        QCOMPARE(servedCount(QStringLiteral("POST /oauth/token")), 2);
        QCOMPARE(third->retries(), 0); // renewed before expiry, not after a 401
    }

    void timeout()
    {
        m_client->setTimeout(300);
        SandboxSubaccount::Fault slow;
        slow.delayMs = 3000;
        slow.pathPrefix = QStringLiteral("/destination-configuration");
        m_sandbox->injectFault(slow);
        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::Timeout, qPrintable(describe(list)));
        // (Given up before the answer, which comes after 3 s and would have been a success.)
        QVERIFY(list->errorMessage().contains(QStringLiteral("did not answer")));
    }

    void tokenTimeout()
    {
        m_client->setTimeout(300);
        SandboxSubaccount::Fault slow;
        slow.delayMs = 3000;
        slow.pathPrefix = QStringLiteral("/oauth/token");
        m_sandbox->injectFault(slow);
        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::Timeout, qPrintable(describe(list)));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QJsonObject json = m_sandbox->serviceKey();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        json.insert(QStringLiteral("url"), base);
        json.insert(QStringLiteral("uri"), base);
        auto *client = makeClient(DestinationServiceKey::fromText(QJsonDocument(json).toJson()));
        auto *list = client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::ConnectionRefused, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QString::number(port)));
        delete client;
    }

    // An answer larger than any the service gives is cut off, not held in memory whole.
    void oversizedAnswerIsCutOff()
    {
        QTcpServer flood;
        QVERIFY(flood.listen(QHostAddress::LocalHost, 0));
        qint64 sent = 0;
        connect(&flood, &QTcpServer::newConnection, this, [&flood, &sent] {
            QTcpSocket *socket = flood.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &sent] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[");
                const QByteArray chunk(256 * 1024, ' ');
                const auto more = [socket, chunk, &sent] {
                    if (socket->state() == QAbstractSocket::ConnectedState && sent < 64 * 1024 * 1024
                        && socket->bytesToWrite() < 1024 * 1024) {
                        socket->write(chunk);
                        sent += chunk.size();
                    }
                };
                connect(socket, &QTcpSocket::bytesWritten, socket, more);
                more();
            });
        });
        QJsonObject json = m_sandbox->serviceKey();
        json.insert(QStringLiteral("uri"), QStringLiteral("http://127.0.0.1:%1").arg(flood.serverPort()));
        auto *client = makeClient(DestinationServiceKey::fromText(QJsonDocument(json).toJson()));
        client->setMaxResponseSize(2 * 1024 * 1024);
        auto *list = client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::BadResponse, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QStringLiteral("larger than")));
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
        delete client;
    }

    void hostNotFound()
    {
        // .invalid never resolves (RFC 2606); the lookup fails without leaving the machine or its resolver.
        QJsonObject json = m_sandbox->serviceKey();
        json.insert(QStringLiteral("url"), QStringLiteral("https://tcc-test.invalid"));
        json.insert(QStringLiteral("uri"), QStringLiteral("https://tcc-test.invalid"));
        auto *client = makeClient(DestinationServiceKey::fromText(QJsonDocument(json).toJson()));
        auto *list = client->listDestinations();
        QVERIFY(waitFor(list));
        if (list->error() == Error::Timeout)
            QSKIP("The name resolver of this machine does not answer in time");
        QVERIFY2(list->error() == Error::HostNotFound, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QStringLiteral("tcc-test.invalid was not found")));
        delete client;
    }

    void untrustedCertificateIsTlsFailure()
    {
        // An https server on loopback with a self-signed certificate: the client must refuse it.
        const auto generated = CertificateFactory::createSelfSigned(QStringLiteral("127.0.0.1"),
                                                                    QDateTime::currentDateTimeUtc().addDays(-1),
                                                                    QDateTime::currentDateTimeUtc().addDays(30));
        QVERIFY(generated);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(generated->certificatePem));
        tls.setPrivateKey(QSslKey(generated->privateKeyPem, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QJsonObject json = m_sandbox->serviceKey();
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort());
        json.insert(QStringLiteral("url"), base);
        json.insert(QStringLiteral("uri"), base);
        auto *client = makeClient(DestinationServiceKey::fromText(QJsonDocument(json).toJson()));
        auto *list = client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::TlsFailure, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QStringLiteral("could not be trusted")));
        QVERIFY(list->technicalDetails().contains(QStringLiteral("TLS:")));
        delete client;
    }

    void droppedConnection()
    {
        SandboxSubaccount::Fault drop;
        drop.dropConnection = true;
        drop.count = 10; // the network stack may send an idempotent request again once by itself
        drop.pathPrefix = QStringLiteral("/destination-configuration");
        m_sandbox->injectFault(drop);
        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::ConnectionClosed, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QStringLiteral("closed the connection")));
    }

    void cancel()
    {
        SandboxSubaccount::Fault slow;
        slow.delayMs = 3000;
        slow.pathPrefix = QStringLiteral("/destination-configuration");
        m_sandbox->injectFault(slow);
        auto *list = m_client->listDestinations();
        QSignalSpy finished(list, &DestinationServiceReply::finished);
        QSignalSpy progress(list, &DestinationServiceReply::progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 2000); // the request is on its way
        list->abort();
        // Long before the delayed answer (3 s): cancelled, not answered.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QCOMPARE(list->error(), Error::Cancelled);
        list->abort(); // harmless afterwards
        list->deleteLater();
        QCoreApplication::sendPostedEvents(list, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
    }

    void insecureUrlIsRefusedWithoutRequest_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("service uri") << QStringLiteral("uri");
        QTest::newRow("token url") << QStringLiteral("url");
    }
    void insecureUrlIsRefusedWithoutRequest()
    {
        QFETCH(QString, field);
        QJsonObject json = m_sandbox->serviceKey();
        json.insert(field, QStringLiteral("http://192.0.2.1:%1").arg(m_sandbox->port()));
        const auto key = DestinationServiceKey::fromText(QJsonDocument(json).toJson());
        QVERIFY(!key.isValid());
        QVERIFY(key.errorMessage().contains(field));
        auto *client = makeClient(key);
        auto *list = client->listDestinations();
        QVERIFY(!list->isFinished()); // never finishes before the caller could connect
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::InsecureUrl, qPrintable(describe(list)));
        QVERIFY(list->errorMessage().contains(QStringLiteral("https")));
        QVERIFY(m_served.isEmpty());
        delete client;
    }

    void trustCertificate()
    {
        auto *reply = m_client->readTrustCertificate();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->error() == Error::NoError, qPrintable(describe(reply)));
        QVERIFY(reply->certificatePem().startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        QCOMPARE(reply->certificatePem().toLatin1(), m_sandbox->trustCertificatePem());
    }

    void findDestinationReportsTokenErrors()
    {
        Destination saml = destination(QStringLiteral("Saml"));
        saml.setValue(QStringLiteral("Authentication"), QStringLiteral("OAuth2SAMLBearerAssertion"));
        QVERIFY(m_sandbox->addDestination(saml.toJson(true)));
        QVERIFY(m_sandbox->addDestination(destination(QStringLiteral("Plain")).toJson(true)));
        auto *plain = m_client->findDestination(QStringLiteral("Plain"));
        QVERIFY(waitFor(plain));
        QCOMPARE(plain->error(), Error::NoError);
        QVERIFY(plain->authTokenError().isEmpty());
        auto *find = m_client->findDestination(QStringLiteral("Saml"));
        QVERIFY(waitFor(find));
        QCOMPARE(find->error(), Error::NoError);
        QVERIFY2(!find->authTokenError().isEmpty(), qPrintable(QJsonDocument(find->authTokens()).toJson()));
        QVERIFY(find->authTokenError().contains(QStringLiteral("Saml")));
        auto *missing = m_client->findDestination(QStringLiteral("Nope"));
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error(), Error::NotFound);
    }

    // ---- Applier ----------------------------------------------------------------------------------------

    void applierCreatesThenNothingToDo()
    {
        const QList<Destination> desired
            = { destination(QStringLiteral("SF")), destination(QStringLiteral("SF_PP"), QStringLiteral("https://b")) };
        DestinationApplier first(m_client, DestinationChangePlan(desired, {}));
        QSignalSpy each(&first, &DestinationApplier::destinationFinished);
        QSignalSpy done(&first, &DestinationApplier::finished);
        first.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(each.count(), 2);
        QVERIFY(first.succeeded());
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 2);

        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        const DestinationChangePlan again(desired, list->destinations());
        QCOMPARE(again.count(Action::Unchanged), 2);
        m_served.clear();
        DestinationApplier second(m_client, again);
        QSignalSpy done2(&second, &DestinationApplier::finished);
        second.start();
        QVERIFY(done2.wait(kWaitMs));
        QVERIFY(second.succeeded());
        QVERIFY2(m_served.isEmpty(), qPrintable(m_served.join(QLatin1Char(','))));
    }

    void applierReportsExistingThenOverwrites()
    {
        QVERIFY(
            m_sandbox->addDestination(destination(QStringLiteral("SF"), QStringLiteral("https://old")).toJson(true)));
        // Planned from an old list, so the plan says Create.
        const DestinationChangePlan plan(
            { destination(QStringLiteral("SF"), QStringLiteral("https://new"), QString()) }, {});
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Exists);
        QVERIFY2(
            applier.result(0).differences.contains(QString::fromUtf8("changed URL: https://old \u2192 https://new")),
            qPrintable(applier.result(0).differences.join(QLatin1Char('\n'))));
        QCOMPARE(m_sandbox->subaccountDestinations().first().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://old"));

        applier.setOverwrite(true);
        applier.retry(0);
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Done);
        QCOMPARE(applier.result(0).action, Action::Update);
        const QJsonObject stored = m_sandbox->subaccountDestinations().first();
        QCOMPARE(stored.value(QStringLiteral("URL")).toString(), QStringLiteral("https://new"));
        // The secret left empty kept what was there.
        QCOMPARE(stored.value(QStringLiteral("apiKey")).toString(), QStringLiteral("api-key-1"));
    }

    void applierHoldsSecondaryBehindAnExistingPrimary()
    {
        QVERIFY(m_sandbox->addDestination(
            destination(QStringLiteral("SF"), QStringLiteral("https://theirs")).toJson(true)));
        const DestinationChangePlan plan({ destination(QStringLiteral("SF")), destination(QStringLiteral("SF_PP")) },
                                         {}, { { QStringLiteral("SF_PP"), QStringLiteral("SF") } });
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Exists);
        // Written next to someone else's primary, the secondary would join the wrong pair.
        QCOMPARE(applier.result(1).outcome, Outcome::Skipped);
        QVERIFY(applier.result(1).errorMessage.contains(QStringLiteral("exists with other values")));
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 1);
        applier.setOverwrite(true);
        applier.retry(0);
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Done);
        QCOMPARE(applier.result(1).outcome, Outcome::Done);
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 2);
    }

    // The wait before a retry: the server's Retry-After within bounds, whatever number it sends.
    // A kept token is used until a tenth of its life (at most a minute) before it expires; only the token the
    // service rejected is forgotten.
    void tokenCacheKeepsUntilShortlyBeforeExpiry()
    {
        qint64 now = 1000;
        ServiceTokenCache cache;
        cache.setClock([&now] { return now; });
        QVERIFY(cache.token().isEmpty());
        cache.keep("first", 3600);
        QCOMPARE(cache.token(), QByteArray("first"));
        now += 3540000 - 1;
        QCOMPARE(cache.token(), QByteArray("first"));
        now += 1;
        QVERIFY(cache.token().isEmpty());
        cache.keep("second", 100); // a tenth: 10 s early
        now += 89999;
        QCOMPARE(cache.token(), QByteArray("second"));
        cache.forget("first");
        QCOMPARE(cache.token(), QByteArray("second"));
        cache.forget("second");
        QVERIFY(cache.token().isEmpty());
    }

    void retryDelayStaysWithinBounds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryPolicy::delay({}, 0, 500, 30000, now), 500);
        QCOMPARE(RetryPolicy::delay({}, 2, 500, 30000, now), 2000);
        QCOMPARE(RetryPolicy::delay({}, 60, 500, 30000, now), 30000);
        QCOMPARE(RetryPolicy::delay("7", 0, 500, 30000, now), 7000);
        // Would overflow when multiplied into milliseconds: the longest wait, not none.
        QCOMPARE(RetryPolicy::delay("9223372036854775807", 0, 500, 30000, now), 30000);
        QCOMPARE(RetryPolicy::delay("9223372036854775", 0, 500, 30000, now), 30000);
        QCOMPARE(RetryPolicy::delay("-5", 1, 500, 30000, now), 1000);
        const QString inTenSeconds
            = QLocale::c().toString(now.addSecs(10), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        const qint64 dated = RetryPolicy::delay(inTenSeconds.toLatin1(), 0, 500, 30000, now);
        QVERIFY2(dated > 8000 && dated <= 10000, qPrintable(QString::number(dated)));
        QCOMPARE(RetryPolicy::delay("Mon, 01 Jan 2001 00:00:00 GMT", 0, 500, 30000, now), 0);
    }

    // Handed a plan with the secondary alone (its primary someone else's, or missing), the applier writes nothing.
    void applierNeverWritesASecondaryWithoutItsPrimary()
    {
        QVERIFY(m_sandbox->addDestination(
            destination(QStringLiteral("SF"), QStringLiteral("https://theirs")).toJson(true)));
        const DestinationChangePlan plan({ destination(QStringLiteral("SF_PP")) }, m_sandbox->subaccountDestinations(),
                                         { { QStringLiteral("SF_PP"), QStringLiteral("SF") } });
        DestinationApplier applier(m_client, plan);
        applier.setOverwrite(true);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Skipped);
        QVERIFY2(applier.result(0).errorMessage.contains(QStringLiteral("only together with its primary")),
                 qPrintable(applier.result(0).errorMessage));
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 1);
    }

    // A write whose answer is lost may have been made: said so, and applying again converges without a twin.
    void aLostAnswerMayHaveBeenWritten()
    {
        SandboxSubaccount::Fault lost;
        lost.dropAfterHandling = true;
        lost.count = 2; // the network stack sends once more by itself when a connection closes unanswered
        lost.pathPrefix = QStringLiteral("/destination-configuration/v1/subaccountDestinations");
        m_sandbox->injectFault(lost);
        const DestinationChangePlan plan({ destination(QStringLiteral("SF")) }, {});
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Failed);
        QVERIFY2(applier.result(0).errorMessage.contains(QStringLiteral("may have been made")),
                 qPrintable(applier.result(0).errorMessage));
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 1); // it was
        applier.retry(0);
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(applier.result(0).outcome == Outcome::Done, qPrintable(applier.result(0).errorMessage));
        // The subaccount holds exactly what was to be created, which was not there when the plan was read: said as
        // created, not as "unchanged".
        QCOMPARE(applier.result(0).action, Action::Create);
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 1);
    }

    // Another run holds the pair's lock: this one waits, says who holds it, and writes once it is free; or gives up
    // after its time, having written nothing.
    void aLockedPairWaitsForTheOtherRun()
    {
        QLockFile other(DestinationLock::lockFilePath(m_client->key().authUrl(), m_client->key().serviceUri(),
                                                      QStringLiteral("SF")));
        QDir().mkpath(QFileInfo(other.fileName()).absolutePath());
        QVERIFY(other.tryLock(0));
        const DestinationChangePlan plan({ destination(QStringLiteral("SF")), destination(QStringLiteral("SF_PP")) },
                                         {}, { { QStringLiteral("SF_PP"), QStringLiteral("SF") } });
        DestinationApplier applier(m_client, plan);
        QSignalSpy waiting(&applier, &DestinationApplier::waiting);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(waiting.wait(kWaitMs));
        QVERIFY2(waiting.first().first().toString().contains(
                     QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(waiting.first().first().toString()));
        QVERIFY(m_sandbox->subaccountDestinations().isEmpty());
        other.unlock();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY(applier.succeeded());
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 2);

        QVERIFY(other.tryLock(0));
        DestinationApplier late(
            m_client,
            DestinationChangePlan({ destination(QStringLiteral("SF"), QStringLiteral("https://other.example")) },
                                  m_sandbox->subaccountDestinations()));
        late.setLockTimeout(300);
        QSignalSpy gaveUp(&late, &DestinationApplier::finished);
        late.start();
        QVERIFY(gaveUp.wait(kWaitMs));
        QCOMPARE(late.result(0).outcome, Outcome::Failed);
        QVERIFY2(late.result(0).errorMessage.contains(QStringLiteral("still writing")),
                 qPrintable(late.result(0).errorMessage));
        QCOMPARE(m_sandbox->subaccountDestinations().first().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://api4.successfactors.com"));
    }

    // An update reads the destination first: one changed by someone since the plan was read is not overwritten
    // unasked; with overwrite it is, with If-Match on the ETag just read. A change between that read and the write
    // makes the write fail (412) instead of overwriting it unseen.
    void anUpdateDoesNotOverwriteAChangeUnseen()
    {
        QVERIFY(m_sandbox->addDestination(destination(QStringLiteral("SF")).toJson(true)));
        const QList<QJsonObject> reviewed = m_sandbox->subaccountDestinations();
        const DestinationChangePlan plan({ destination(QStringLiteral("SF"), QStringLiteral("https://ours.example")) },
                                         reviewed);
        QCOMPARE(plan.count(Action::Update), 1);
        // Someone else changes it after the review.
        m_sandbox->removeDestination(QStringLiteral("SF"));
        QVERIFY(m_sandbox->addDestination(
            destination(QStringLiteral("SF"), QStringLiteral("https://theirs.example")).toJson(true)));
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Exists);
        QVERIFY(applier.result(0).changedSincePlan);
        QVERIFY2(applier.result(0).differences.join(QLatin1Char(' ')).contains(QStringLiteral("theirs.example")),
                 qPrintable(applier.result(0).differences.join(QLatin1Char(' '))));
        QCOMPARE(m_sandbox->subaccountDestinations().first().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://theirs.example"));

        // Overwrite: read, then written with If-Match; a change slipped in between that read and the write is refused.
        QMetaObject::Connection slipIn = connect(
            m_sandbox, &SandboxSubaccount::requestServed, this, [this](const QString &method, const QString &path) {
                if (method != QStringLiteral("GET") || !path.endsWith(QStringLiteral("/SF")))
                    return;
                m_sandbox->removeDestination(QStringLiteral("SF"));
                m_sandbox->addDestination(
                    destination(QStringLiteral("SF"), QStringLiteral("https://third.example")).toJson(true));
            });
        applier.setOverwrite(true);
        applier.retry(0);
        QVERIFY(done.wait(kWaitMs));
        disconnect(slipIn);
        QCOMPARE(applier.result(0).outcome, Outcome::Failed);
        QCOMPARE(applier.result(0).error, Error::PreconditionFailed);
        QCOMPARE(m_sandbox->subaccountDestinations().first().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://third.example"));
        // Again, with nothing slipping in: written.
        applier.retry(0);
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(applier.result(0).outcome == Outcome::Done, qPrintable(applier.result(0).errorMessage));
        QCOMPARE(m_sandbox->subaccountDestinations().first().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://ours.example"));
    }

    // Whatever another program writes at the same time shows when the run reads its destinations back.
    void theReadBackFindsAWriteMadeAtTheSameTime()
    {
        connect(m_sandbox, &SandboxSubaccount::requestServed, this,
                [this](const QString &method, const QString &, int status) {
                    if (method != QStringLiteral("POST") || status != 201
                        || m_sandbox->subaccountDestinations().isEmpty())
                        return;
                    m_sandbox->removeDestination(QStringLiteral("SF"));
                    m_sandbox->addDestination(
                        destination(QStringLiteral("SF"), QStringLiteral("https://other-run.example")).toJson(true));
                });
        const DestinationChangePlan plan({ destination(QStringLiteral("SF")) }, {});
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Failed);
        QVERIFY(applier.result(0).changedWhileWriting);
        QVERIFY2(applier.result(0).errorMessage.contains(QStringLiteral("does not hold what this run wrote")),
                 qPrintable(applier.result(0).errorMessage));
        QVERIFY2(applier.result(0).differences.join(QLatin1Char(' ')).contains(QStringLiteral("other-run.example")),
                 qPrintable(applier.result(0).differences.join(QLatin1Char(' '))));
    }

    // A conflict on a request that names no destination says so without an empty name.
    void aConflictWithoutANameReadsWell()
    {
        SandboxSubaccount::Fault conflict;
        conflict.status = 409;
        conflict.pathPrefix = QStringLiteral("/destination-configuration/v1/subaccountDestinations");
        m_sandbox->injectFault(conflict);
        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QCOMPARE(list->error(), Error::Conflict);
        QVERIFY2(!list->errorMessage().contains(QStringLiteral("named  ")), qPrintable(list->errorMessage()));
        QVERIFY(list->errorMessage().contains(QStringLiteral("Read the subaccount again")));
    }

    void applierCreatesWhenUpdateFindsNothing()
    {
        const QJsonObject listed = destination(QStringLiteral("SF"), QStringLiteral("https://old")).toJson(true);
        const DestinationChangePlan plan({ destination(QStringLiteral("SF"), QStringLiteral("https://new")) },
                                         { listed });
        QCOMPARE(plan.at(0).action, Action::Update);
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(applier.result(0).outcome == Outcome::Done, qPrintable(applier.result(0).technicalDetails));
        QCOMPARE(applier.result(0).action, Action::Create);
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 1);
    }

    void applierSkipsSecondaryWhenPrimaryFails_data()
    {
        QTest::addColumn<bool>("secondaryExists");
        QTest::addColumn<QString>("wording");
        QTest::newRow("secondary missing") << false << QStringLiteral("does not exist");
        QTest::newRow("secondary exists") << true << QStringLiteral("already exists");
    }
    void applierSkipsSecondaryWhenPrimaryFails()
    {
        QFETCH(bool, secondaryExists);
        QFETCH(QString, wording);
        QList<QJsonObject> current;
        if (secondaryExists) {
            const QJsonObject pp = destination(QStringLiteral("SF_PP"), QStringLiteral("https://old")).toJson(true);
            QVERIFY(m_sandbox->addDestination(pp));
            current << pp;
        }
        const DestinationChangePlan plan({ destination(QStringLiteral("SF")), destination(QStringLiteral("SF_PP")),
                                           destination(QStringLiteral("Other")) },
                                         current, { { QStringLiteral("SF_PP"), QStringLiteral("SF") } });
        auto *token = m_client->requestToken();
        QVERIFY(waitFor(token));
        // SF and Other go as one array; refused as a whole, each is sent again alone, and SF is refused once more.
        m_sandbox->injectFault(fault(400, 2));
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Failed);
        QCOMPARE(applier.result(0).error, Error::BadRequest);
        QCOMPARE(applier.result(1).outcome, Outcome::Skipped);
        QVERIFY2(applier.result(1).errorMessage.contains(wording), qPrintable(applier.result(1).errorMessage));
        QVERIFY(applier.result(1).errorMessage.contains(QStringLiteral("SF failed")));
        QCOMPARE(applier.result(2).outcome, Outcome::Done); // unrelated destinations go on
        QVERIFY(!applier.succeeded());

        // Retrying the primary takes the secondary that waited for it along, in the same run.
        QSignalSpy each(&applier, &DestinationApplier::destinationFinished);
        applier.retry(0);
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Done);
        QCOMPARE(applier.result(1).outcome, Outcome::Done);
        QCOMPARE(each.size(), 2);
        QCOMPARE(done.size(), 2); // the first run and the retry, once each
        QVERIFY(applier.succeeded());
    }

    void applierCancel()
    {
        // Three primaries go out in one request; their two secondaries would follow in the next.
        QList<Destination> desired;
        QHash<QString, QString> pairs;
        for (int i = 0; i < 3; ++i)
            desired << destination(QStringLiteral("D%1").arg(i));
        for (int i = 0; i < 2; ++i) {
            desired << destination(QStringLiteral("D%1_PP").arg(i));
            pairs.insert(QStringLiteral("D%1_PP").arg(i), QStringLiteral("D%1").arg(i));
        }
        SandboxSubaccount::Fault slow;
        slow.delayMs = 3000;
        slow.pathPrefix = QStringLiteral("/destination-configuration");
        m_sandbox->injectFault(slow);
        DestinationApplier applier(m_client, DestinationChangePlan(desired, {}, pairs));
        QSignalSpy done(&applier, &DestinationApplier::finished);
        QSignalSpy progress(&applier, &DestinationApplier::progress);
        applier.start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 2000);
        applier.cancel();
        QVERIFY(done.count() == 1 || done.wait(2000));
        for (const DestinationApplyResult &result : applier.results()) {
            if (result.name.endsWith(QStringLiteral("_PP"))) {
                QCOMPARE(result.outcome, Outcome::Skipped);
                continue;
            }
            QCOMPARE(result.outcome, Outcome::Failed);
            QCOMPARE(result.error, Error::Cancelled);
            // It was on its way: the user is told it may have been made.
            QVERIFY(result.mayHaveBeenWritten);
            QVERIFY2(result.errorMessage.contains(QStringLiteral("may have been made")),
                     qPrintable(result.errorMessage));
        }
        QVERIFY(!applier.isRunning());
    }

    void applierWritesInFewRequests()
    {
        // 50 pairs: one POST of the 50 primaries, then one POST of the 50 secondaries.
        QList<Destination> desired;
        QHash<QString, QString> pairs;
        for (int i = 0; i < 50; ++i) {
            desired << destination(QStringLiteral("P%1").arg(i), QStringLiteral("https://host%1.example").arg(i));
            desired << destination(QStringLiteral("P%1_PP").arg(i), QStringLiteral("https://host%1.example").arg(i));
            pairs.insert(QStringLiteral("P%1_PP").arg(i), QStringLiteral("P%1").arg(i));
        }
        QVERIFY(waitFor(m_client->requestToken()));
        QSignalSpy served(m_sandbox, &SandboxSubaccount::requestServed);
        DestinationApplier applier(m_client, DestinationChangePlan(desired, {}, pairs));
        QSignalSpy done(&applier, &DestinationApplier::finished);
        QSignalSpy each(&applier, &DestinationApplier::destinationFinished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY(applier.succeeded());
        QCOMPARE(each.size(), 100);
        QCOMPARE(m_sandbox->subaccountDestinations().size(), 100);
        // Two writes, then one read of everything written back.
        QCOMPARE(served.size(), 3);
        QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("POST"));
        QCOMPARE(served.at(1).at(0).toString(), QStringLiteral("POST"));
        QCOMPARE(served.at(2).at(0).toString(), QStringLiteral("GET"));

        // Ten changed (five pairs), the rest as they are: one PUT of the primaries, one of the secondaries.
        for (int i = 0; i < 10; ++i)
            desired[i] = destination(desired.at(i).name(), QStringLiteral("https://new%1.example").arg(i));
        const DestinationChangePlan changes(desired, m_sandbox->subaccountDestinations(), pairs);
        QCOMPARE(changes.count(Action::Update), 10);
        served.clear();
        DestinationApplier update(m_client, changes);
        QSignalSpy updated(&update, &DestinationApplier::finished);
        update.start();
        QVERIFY(updated.wait(kWaitMs));
        QVERIFY(update.succeeded());
        QCOMPARE(served.size(), 3);
        QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("PUT"));
        QCOMPARE(served.at(1).at(0).toString(), QStringLiteral("PUT"));
        QCOMPARE(served.at(2).at(0).toString(), QStringLiteral("GET"));
        QVERIFY(!DestinationChangePlan(desired, m_sandbox->subaccountDestinations(), pairs).hasWrites());
    }

    // The answer to an array, item by item, as the client reads it (the same code as for an answer from the network).
    void multiStatusAnswersAreReadPerItem()
    {
        using Operation = DestinationServiceReply::Operation;
        const QStringList names { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
        std::unique_ptr<DestinationServiceReply> mixed(DestinationServiceReply::fromAnswer(
            Operation::CreateMany, names, 207,
            R"([{"name":"A","status":201,"etag":"e1"},{"name":"B","status":"409","cause":"Conflict. Duplicate key"},)"
            R"({"name":"Z","status":201}])"));
        QCOMPARE(mixed->error(), Error::NoError);
        const auto items = mixed->itemResults();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).status, 201);
        QCOMPARE(items.at(0).error, Error::NoError);
        QCOMPARE(items.at(0).etag, QByteArray("e1"));
        QCOMPARE(items.at(1).status, 409);
        QCOMPARE(items.at(1).error, Error::Conflict);
        QVERIFY2(items.at(1).errorMessage.contains(QStringLiteral("B")), qPrintable(items.at(1).errorMessage));
        // Not mentioned (Z was not sent): unknown, which may mean written.
        QCOMPARE(items.at(2).status, 0);
        QCOMPARE(items.at(2).error, Error::BadResponse);
        QVERIFY2(items.at(2).errorMessage.contains(QStringLiteral("may have been written")),
                 qPrintable(items.at(2).errorMessage));

        // A 201 or 200 without a list: everything was written.
        std::unique_ptr<DestinationServiceReply> plain(
            DestinationServiceReply::fromAnswer(Operation::UpdateMany, names, 200, {}));
        QCOMPARE(plain->error(), Error::NoError);
        for (const auto &item : plain->itemResults())
            QCOMPARE(item.status, 200);
        // A 207 must list the items; an object in its place is unreadable.
        std::unique_ptr<DestinationServiceReply> unreadable(
            DestinationServiceReply::fromAnswer(Operation::CreateMany, names, 207, R"({"Count":3})"));
        QCOMPARE(unreadable->error(), Error::BadResponse);
        QVERIFY(unreadable->itemResults().isEmpty());
    }

    void applierSettlesEachItemOfAMultiStatusAnswer()
    {
        // Someone created A and deleted B since the subaccount was read: the service answers 207 with a 409 and a
        // 404 among the items. A's secondary stays out of the subaccount; the rest is written.
        const Destination othersA = destination(QStringLiteral("A"), QStringLiteral("https://someone-else.example"));
        const QJsonObject oldB = destination(QStringLiteral("B"), QStringLiteral("https://old.example")).toJson(true);
        const QJsonObject oldC = destination(QStringLiteral("C"), QStringLiteral("https://old.example")).toJson(true);
        QVERIFY(m_sandbox->addDestination(oldC));
        const QList<Destination> desired { destination(QStringLiteral("A")), destination(QStringLiteral("A_PP")),
                                           destination(QStringLiteral("B")), destination(QStringLiteral("C")),
                                           destination(QStringLiteral("D")), destination(QStringLiteral("E")) };
        const DestinationChangePlan plan(desired, { oldB, oldC }, { { QStringLiteral("A_PP"), QStringLiteral("A") } });
        QCOMPARE(plan.at(2).action, Action::Update);
        QVERIFY(m_sandbox->addDestination(othersA.toJson(true)));
        QVERIFY(waitFor(m_client->requestToken()));
        QSignalSpy served(m_sandbox, &SandboxSubaccount::requestServed);
        DestinationApplier applier(m_client, plan);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(applier.result(0).outcome, Outcome::Exists); // A: read one at a time, differs, not overwritten
        QVERIFY(!applier.result(0).differences.isEmpty());
        QCOMPARE(applier.result(1).outcome, Outcome::Skipped); // A_PP never joins someone else's A
        QVERIFY2(applier.result(1).errorMessage.contains(QStringLiteral("A exists with other values")),
                 qPrintable(applier.result(1).errorMessage));
        QVERIFY2(applier.result(2).outcome == Outcome::Done, qPrintable(applier.result(2).errorMessage));
        QCOMPARE(applier.result(2).action, Action::Create); // B was gone: created again
        QCOMPARE(applier.result(3).outcome, Outcome::Done); // C updated in the PUT
        QCOMPARE(applier.result(4).outcome, Outcome::Done);
        QCOMPARE(applier.result(5).outcome, Outcome::Done);
        // The POST of A, D and E answers 207 (A taken), the PUT of B and C too (B gone); A and B then go alone.
        QStringList requests;
        for (const auto &request : served)
            requests << request.at(0).toString() + QLatin1Char(' ') + QString::number(request.at(2).toInt());
        QVERIFY2(requests.first() == QStringLiteral("POST 207"), qPrintable(requests.join(QStringLiteral(", "))));
        QVERIFY2(requests.contains(QStringLiteral("PUT 207")), qPrintable(requests.join(QStringLiteral(", "))));
        QStringList names;
        for (const QJsonObject &object : m_sandbox->subaccountDestinations())
            names << object.value(QStringLiteral("Name")).toString();
        names.sort();
        QCOMPARE(names,
                 (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                QStringLiteral("E") }));
    }

    void thousandDestinations()
    {
        // A request of 500 destinations may take longer than the short timeout the other tests use, under the
        // sanitizers on a loaded machine: this test is about batching, not about waiting.
        m_client->setTimeout(60000);
        QList<Destination> desired;
        for (int i = 0; i < SandboxSubaccount::MaxDestinations; ++i)
            desired << destination(QStringLiteral("Dest_%1").arg(i, 4, 10, QLatin1Char('0')),
                                   QStringLiteral("https://host%1.example").arg(i));
        // Half already there, a tenth of those with another URL.
        for (int i = 0; i < desired.size(); i += 2) {
            Destination existing = desired.at(i);
            if (i % 20 == 0)
                existing.setValue(QStringLiteral("URL"), QStringLiteral("https://old.example"));
            QVERIFY(m_sandbox->addDestination(existing.toJson(true)));
        }
        auto *list = m_client->listDestinations();
        QVERIFY(waitFor(list));
        QVERIFY2(list->error() == Error::NoError, qPrintable(describe(list)));
        QCOMPARE(list->destinations().size(), 500);
        const DestinationChangePlan plan(desired, list->destinations());
        QCOMPARE(plan.count(Action::Create), 500);
        QCOMPARE(plan.count(Action::Update), 50);
        QCOMPARE(plan.count(Action::Unchanged), 450);

        DestinationApplier applier(m_client, plan);
        QSignalSpy each(&applier, &DestinationApplier::destinationFinished);
        QSignalSpy done(&applier, &DestinationApplier::finished);
        applier.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(each.count(), 1000);
        QString firstFailure;
        for (const auto &result : applier.results()) {
            if (firstFailure.isEmpty() && result.outcome != Outcome::Done)
                firstFailure = result.name + QStringLiteral(": ") + result.errorMessage;
        }
        QVERIFY2(applier.succeeded(), qPrintable(firstFailure));

        auto *after = m_client->listDestinations();
        QVERIFY(waitFor(after));
        QCOMPARE(after->destinations().size(), 1000);
        const DestinationChangePlan again(desired, after->destinations());
        QCOMPARE(again.count(Action::Unchanged), 1000);
        QVERIFY(!again.hasWrites());
    }
};

QTEST_GUILESS_MAIN(TestDestinationServiceClient)
#include "tst_destinationserviceclient.moc"
