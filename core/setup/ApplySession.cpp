#include "setup/ApplySession.h"

#include "destinationservice/DestinationServiceClient.h"
#include "files/BoundedFile.h"
#include "setup/SetupModel.h"
#include "subaccounts/SubaccountConnection.h"

#include <QJsonDocument>
#include <QSet>
#include <utility>

ApplySession::ApplySession(SetupModel *model, SubaccountConnection *connection, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_connection(connection)
{
    // Another subaccount makes the plan meaningless.
    connect(connection, &SubaccountConnection::changed, this, [this] {
        m_plan = {};
        m_duplicates.clear();
        m_replaced.clear();
    });
}

void ApplySession::review()
{
    if (m_list)
        return;
    m_plan = {};
    m_duplicates.clear();
    m_replaced.clear();
    read();
}

void ApplySession::read()
{
    m_errorMessage.clear();
    m_technicalDetails.clear();
    m_error = DestinationServiceReply::Error::NoError;
    if (!m_connection->client()) {
        m_errorMessage = tr("No subaccount is chosen: the destinations go into files only.");
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT reviewed(false); }, Qt::QueuedConnection);
        return;
    }
    readThen(m_connection->client()->listDestinations(), [this](const DestinationServiceReply *reply) {
        m_current = reply->destinations();
        if (m_model->keyStores().isEmpty()) {
            plan({});
            return;
        }
        readThen(m_connection->client()->listCertificates(),
                 [this](const DestinationServiceReply *certificates) { plan(certificates->certificateDigests()); });
    });
}

void ApplySession::readThen(DestinationServiceReply *reply,
                            const std::function<void(const DestinationServiceReply *)> &read)
{
    m_list = reply;
    connect(m_list, &DestinationServiceReply::progress, this, &ApplySession::progress);
    // A client replaced meanwhile (another subaccount chosen) takes its replies with it, unanswered.
    connect(m_list, &QObject::destroyed, this, [this] {
        m_errorMessage = tr("Reading the subaccount was stopped.");
        if (const auto renamedFrom = std::exchange(m_nameBeforeRename, std::nullopt))
            m_model->setValue(nameInput(), *renamedFrom);
        Q_EMIT reviewed(false);
    });
    connect(m_list, &DestinationServiceReply::finished, this, [this, reply, read] {
        reply->disconnect(this);
        reply->deleteLater();
        m_list = nullptr;
        if (reply->error() != DestinationServiceReply::Error::NoError) {
            m_error = reply->error();
            m_errorMessage = reply->errorMessage();
            m_technicalDetails = reply->technicalDetails();
            if (const auto renamedFrom = std::exchange(m_nameBeforeRename, std::nullopt))
                m_model->setValue(nameInput(), *renamedFrom);
            Q_EMIT reviewed(false);
            return;
        }
        read(reply);
    });
}

void ApplySession::plan(const QHash<QString, QByteArray> &certificateDigests)
{
    m_nameBeforeRename.reset();
    m_duplicates.clear();
    m_replaced.clear();
    const QList<QJsonObject> &current = m_current;
    const QList<Destination> desired = m_model->destinations();
    const QHash<QString, QString> primaryOf = m_model->primaryNames();
    m_plan = DestinationChangePlan(desired, current, primaryOf);
    m_plan.planCertificates(wantedCertificates(), certificateDigests, current);
    const QStringList identity = m_model->provider().systemIdentity();
    for (const auto &destination : desired) {
        if (!primaryOf.contains(destination.name()))
            m_duplicates += DestinationChangePlan::otherPrimariesTo(destination, current, identity);
    }
    for (const DestinationChange &change : m_plan.changes()) {
        if (change.action == DestinationChange::Action::Update
            && !DestinationChangePlan::isSameSystem(change.desired, change.current, identity))
            m_replaced.append(
                tr("%1 now connects %2").arg(change.name, DestinationChangePlan::systemOf(change.current, identity)));
    }
    Q_EMIT reviewed(true);
}

QList<CertificateChange> ApplySession::wantedCertificates() const
{
    // The files are read now, once, so what the review compared is what apply uploads.
    QList<CertificateChange> wanted;
    for (const SetupModel::KeyStore &keyStore : m_model->keyStores()) {
        CertificateChange certificate;
        certificate.name = keyStore.name;
        certificate.usedBy = keyStore.destinations;
        certificate.sourceFile = keyStore.localPath;
        // The file as it is: whether its password opens it is the setup's own check (SetupModel::checkInput), which
        // a dry run without secrets leaves out.
        if (!keyStore.localPath.isEmpty()
            && !BoundedFile::read(keyStore.localPath, BoundedFile::SmallFile, &certificate.content,
                                  &certificate.problem))
            certificate.content.clear();
        wanted.append(certificate);
    }
    return wanted;
}

void ApplySession::cancel()
{
    if (m_list)
        m_list->abort();
    if (m_test)
        m_test->abort();
    if (m_applier)
        m_applier->cancel();
}

DestinationChangePlan ApplySession::writes(bool updates, QStringList *held) const
{
    // A primary left as it is (it exists with other values) holds back the destinations that belong to it: written
    // next to someone else's primary, a secondary would join the wrong pair. A key store left as it is (the
    // subaccount has other content under its name) holds back the destinations that name it: they would use it.
    QSet<QString> leftAlone;
    QSet<QString> namingOtherContent;
    QList<CertificateChange> certificates;
    for (const CertificateChange &certificate : m_plan.certificates()) {
        if (!updates && certificate.action == CertificateChange::Action::Replace) {
            for (const QString &name : certificate.usedBy)
                namingOtherContent.insert(name);
            continue;
        }
        certificates.append(certificate);
    }
    for (const DestinationChange &change : m_plan.changes()) {
        if (!updates && change.action == DestinationChange::Action::Update)
            leftAlone.insert(change.name);
    }
    QList<Destination> toWrite;
    QSet<QString> primariesNeeded;
    const auto heldBack = [&](const DestinationChange &change) {
        return leftAlone.contains(change.primaryName) || namingOtherContent.contains(change.name)
            || namingOtherContent.contains(change.primaryName);
    };
    for (const DestinationChange &change : m_plan.changes()) {
        const bool wanted = change.action == DestinationChange::Action::Create
            || (updates && change.action == DestinationChange::Action::Update);
        if (wanted && heldBack(change)) {
            if (held)
                held->append(change.name);
            continue;
        }
        if (wanted && !change.primaryName.isEmpty())
            primariesNeeded.insert(change.primaryName);
    }
    for (const DestinationChange &change : m_plan.changes()) {
        const bool wanted = change.action == DestinationChange::Action::Create
            || (updates && change.action == DestinationChange::Action::Update);
        // A secondary goes only with its primary (the applier's rule): an unchanged one comes along, writing nothing.
        if ((wanted && !heldBack(change))
            || (change.action == DestinationChange::Action::Unchanged && primariesNeeded.contains(change.name)))
            toWrite.append(change.desired);
    }
    DestinationChangePlan plan(toWrite, m_current, m_model->primaryNames());
    plan.setCertificates(certificates);
    return plan;
}

DestinationApplier *ApplySession::applier(QObject *parent, const DestinationChangePlan &plan)
{
    delete m_applier;
    m_applier = new DestinationApplier(m_connection->client(), plan, parent);
    m_applier->setOverwrite(false);
    return m_applier;
}

QString ApplySession::nameInput() const
{
    for (const auto &destination : m_model->provider().destinations()) {
        if (destination.isPrimary())
            return destination.nameInput;
    }
    return {};
}

bool ApplySession::rename(const QString &newName, QString *problem)
{
    const QString input = nameInput();
    if (input.isEmpty() || m_list || (m_applier && m_applier->isRunning())) {
        *problem = tr("The destinations cannot be renamed now.");
        return false;
    }
    const QString previous = m_model->value(input);
    m_model->setValue(input, newName.trimmed());
    const InputChecks::Result check = m_model->checkInput(input);
    if (check.isError()) {
        m_model->setValue(input, previous);
        *problem = check.message;
        return false;
    }
    // Until the subaccount is read again, the plan of the old names stays; a read that fails or is cancelled
    // takes the old name back, so nothing points at names that were never written.
    m_nameBeforeRename = previous;
    read();
    return true;
}

const ProviderDefinition::DestinationTemplate *ApplySession::destinationTemplate(const QString &name) const
{
    for (const auto &role : m_model->roles()) {
        if (m_model->destination(role).name() == name)
            return m_model->provider().destination(role);
    }
    return nullptr;
}

QString ApplySession::primaryName() const
{
    for (const auto &change : m_plan.changes()) {
        if (change.primaryName.isEmpty())
            return change.name;
    }
    return {};
}

void ApplySession::testConnection()
{
    const QString primary = primaryName();
    if (m_test || primary.isEmpty() || !m_connection->client())
        return;
    m_test = m_connection->client()->findDestination(primary);
    // A client replaced meanwhile (another subaccount chosen) takes its replies with it, unanswered.
    connect(m_test, &QObject::destroyed, this,
            [this] { Q_EMIT tested(TestOutcome::Cancelled, tr("The test was cancelled."), {}); });
    connect(m_test, &DestinationServiceReply::finished, this, [this, reply = m_test.data()] {
        reply->disconnect(this);
        reply->deleteLater();
        m_test = nullptr;
        if (reply->error() == DestinationServiceReply::Error::Cancelled) {
            Q_EMIT tested(TestOutcome::Cancelled, tr("The test was cancelled."), {});
            return;
        }
        if (reply->error() != DestinationServiceReply::Error::NoError) {
            Q_EMIT tested(TestOutcome::Failed, reply->errorMessage(), reply->technicalDetails());
            return;
        }
        if (!reply->authTokenError().isEmpty()) {
            compareTrustThenSay(TestOutcome::Failed,
                                reply->authTokenError() + QLatin1Char(' ')
                                    + m_model->provider().tokenErrorHint(reply->authTokenError()),
                                reply->technicalDetails());
            return;
        }
        // A key store the destination names comes with it when the subaccount has it; without it, the destination
        // cannot authenticate, whatever else works.
        const QJsonObject written = reply->json().object().value(QStringLiteral("destinationConfiguration")).toObject();
        QStringList keyStores;
        for (const QString &key : DestinationChangePlan::certificateKeys()) {
            const QString name = written.value(key).toString();
            if (!name.isEmpty() && !keyStores.contains(name))
                keyStores.append(name);
        }
        const QStringList handedOut = reply->certificateNames();
        for (const QString &name : std::as_const(keyStores)) {
            if (!handedOut.contains(name)) {
                compareTrustThenSay(TestOutcome::Failed,
                                    tr("The Destination service does not find the key store %1 that \"%2\" names "
                                       "among this subaccount's destination certificates, so the destination cannot "
                                       "authenticate. Apply again with the key store file chosen, or upload it under "
                                       "Connectivity > Destination Certificates.")
                                        .arg(name, reply->destinationName()),
                                    reply->technicalDetails());
                return;
            }
        }
        if (reply->authTokens().isEmpty() && !keyStores.isEmpty()) {
            // Client certificate authentication: no token to fetch; the certificate goes with every call.
            compareTrustThenSay(TestOutcome::Works,
                                tr("\"%1\" is complete: the Destination service hands out its key store %2, which "
                                   "SAP Task Center authenticates with. Whether the provider accepts the certificate "
                                   "shows in SAP Task Center's monitoring.")
                                    .arg(reply->destinationName(), keyStores.join(QStringLiteral(", "))),
                                {});
            return;
        }
        compareTrustThenSay(
            TestOutcome::Works,
            tr("\"%1\" works: the Destination service fetched a token with it, as SAP Task Center will.")
                .arg(reply->destinationName()),
            {});
    });
}

void ApplySession::compareTrustThenSay(TestOutcome outcome, const QString &message, const QString &details)
{
    // The certificate this setup gave the provider, against the one the subaccount signs with now: a difference is
    // the classic "it worked until the certificate was renewed".
    const auto &used = m_model->trustCertificate();
    if (!used || !used->isValid() || !m_connection->client()) {
        Q_EMIT tested(outcome, message, details);
        return;
    }
    m_test = m_connection->client()->readTrustCertificate();
    connect(m_test, &QObject::destroyed, this,
            [this] { Q_EMIT tested(TestOutcome::Cancelled, tr("The test was cancelled."), {}); });
    connect(m_test, &DestinationServiceReply::finished, this, [this, outcome, message, details, reply = m_test.data()] {
        reply->disconnect(this);
        reply->deleteLater();
        m_test = nullptr;
        const auto &certificate = m_model->trustCertificate();
        const TrustCertificate current = TrustCertificate::fromData(reply->certificatePem().toUtf8());
        if (reply->error() != DestinationServiceReply::Error::NoError || !current.isValid() || !certificate
            || current.sha256Fingerprint() == certificate->sha256Fingerprint()) {
            Q_EMIT tested(outcome, message, details);
            return;
        }
        Q_EMIT tested(outcome,
                      message + QLatin1Char(' ')
                          + tr("The trust certificate this setup used (SHA-256 %1) is not the subaccount's "
                               "current one (SHA-256 %2): the provider holds a certificate this subaccount "
                               "does not sign with. Get the current one on the trust certificate step and "
                               "give it to the provider again.")
                                .arg(certificate->sha256Fingerprint(), current.sha256Fingerprint()),
                      details);
    });
}
