#include "pages/TrustCertificatePage.h"

#include "destinationservice/DestinationServiceClient.h"
#include "setup/SetupModel.h"
#include "subaccounts/SubaccountConnection.h"
#include "widgets/CopyableValue.h"
#include "widgets/MessageBanner.h"
#include "widgets/SourceInput.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

TrustCertificatePage::TrustCertificatePage(SetupModel *model, SubaccountConnection *connection,
                                           const ProviderDefinition::Step &step, QWidget *parent)
    : StepPage(model, step, parent)
    , m_connection(connection)
    , m_source(new SourceInput(tr("&Open certificate file…"),
                               tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
                               tr("-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"), this))
    , m_fetch(new QPushButton(tr("&Get it from the subaccount"), this))
    , m_facts(new QWidget(this))
    , m_subject(new QLabel(this))
    , m_issuer(new QLabel(this))
    , m_validFrom(new QLabel(this))
    , m_validUntil(new QLabel(this))
    , m_daysLeft(new QLabel(this))
    , m_fingerprint(new CopyableValue(tr("SHA-256 fingerprint"), this))
    , m_mismatch(new MessageBanner(this))
    , m_banner(new MessageBanner(this))
{
    m_mismatch->setObjectName(QStringLiteral("trustMismatchBanner"));
    setTitle(tr("Trust certificate of your subaccount"));

    auto *intro = new QLabel(
        tr("In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose "
           "<b>Connectivity &gt; Destination Trust</b> and <b>Export</b> the active certificate. "
           "(Older guides call this <i>Destinations &gt; Download Trust</i>; SAP moved it in November 2025.)"),
        this);
    intro->setWordWrap(true);

    for (auto *label : { m_subject, m_issuer, m_validFrom, m_validUntil, m_daysLeft }) {
        label->setTextFormat(Qt::PlainText); // a certificate's subject and issuer come from outside
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    m_subject->setObjectName(QStringLiteral("subject"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    m_daysLeft->setObjectName(QStringLiteral("daysLeft"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    auto *facts = new QFormLayout(m_facts);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->addRow(tr("Subject:"), m_subject);
    facts->addRow(tr("Issuer:"), m_issuer);
    facts->addRow(tr("Valid from:"), m_validFrom);
    facts->addRow(tr("Valid until:"), m_validUntil);
    facts->addRow(tr("Days left:"), m_daysLeft);
    facts->addRow(tr("SHA-256:"), m_fingerprint);
    m_facts->hide();

    m_fetch->setObjectName(QStringLiteral("fetchTrustButton"));
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetch);
    fetchRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fetchRow);
    layout->addWidget(m_source);
    layout->addWidget(m_banner);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_facts);
    layout->addStretch();
    addMissingLine(layout);

    connect(m_source, &SourceInput::provided, this, &TrustCertificatePage::accept);
    connect(m_source, &SourceInput::unreadable, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    connect(m_fetch, &QPushButton::clicked, this, &TrustCertificatePage::fetchFromSubaccount);
}

void TrustCertificatePage::initializePage()
{
    m_source->showSource(model()->trustCertificateFile());
    // Reading it over the Destination service saves the trip to the cockpit; files remain for everyone else.
    m_fetch->setVisible(m_connection->writesToSubaccount());
    m_fetch->setToolTip(tr("Read the active trust certificate of \"%1\"").arg(m_connection->displayName()));
    showFacts();
    compareWithSubaccount();
}

void TrustCertificatePage::cleanupPage()
{
    if (m_fetchReply)
        m_fetchReply->abort();
    if (m_compareReply)
        m_compareReply->abort();
}

void TrustCertificatePage::compareWithSubaccount()
{
    m_mismatch->clear();
    if (m_compareReply)
        m_compareReply->abort();
    const auto &certificate = model()->trustCertificate();
    if (!certificate || !certificate->isValid() || !m_connection->writesToSubaccount() || !m_connection->client())
        return;
    const QString fingerprint = certificate->sha256Fingerprint();
    m_compareReply = m_connection->client()->readTrustCertificate();
    connect(
        m_compareReply, &DestinationServiceReply::finished, this, [this, fingerprint, reply = m_compareReply.data()] {
            reply->deleteLater();
            const auto &current = model()->trustCertificate();
            // Only an answer about the certificate still shown counts; a failed read says nothing about it.
            if (reply->error() != DestinationServiceReply::Error::NoError || !current
                || current->sha256Fingerprint() != fingerprint)
                return;
            const TrustCertificate subaccounts = TrustCertificate::fromData(reply->certificatePem().toUtf8());
            if (!subaccounts.isValid() || subaccounts.sha256Fingerprint() == fingerprint)
                return;
            m_mismatch->showMessage(
                MessageBanner::Kind::Warning,
                tr("This is not the current trust certificate of \"%1\" (its SHA-256 is %2). A provider given this one "
                   "holds a certificate the subaccount does not sign with, and its tokens fail. Choose \"Get it from "
                   "the "
                   "subaccount\" to use the current one.")
                    .arg(m_connection->displayName(), subaccounts.sha256Fingerprint()));
        });
}

void TrustCertificatePage::fetchFromSubaccount()
{
    // While the certificate is being read, the same button cancels.
    if (m_fetchReply) {
        m_fetchReply->abort();
        return;
    }
    if (!m_connection->client())
        return;
    m_fetchReply = m_connection->client()->readTrustCertificate();
    m_fetch->setText(tr("Cancel reading"));
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Reading the trust certificate of \"%1\"…").arg(m_connection->displayName()));
    const auto done = [this] { m_fetch->setText(tr("&Get it from the subaccount")); };
    // A client replaced meanwhile (another subaccount chosen) takes its replies with it: no finished() then.
    connect(m_fetchReply, &QObject::destroyed, m_fetch, done);
    connect(m_fetchReply, &DestinationServiceReply::finished, this, [this, done, reply = m_fetchReply.data()] {
        reply->deleteLater();
        done();
        if (reply->error() == DestinationServiceReply::Error::Cancelled) {
            m_banner->showMessage(MessageBanner::Kind::Warning, tr("Reading the certificate was cancelled."));
            return;
        }
        if (reply->error() != DestinationServiceReply::Error::NoError) {
            m_banner->showMessage(MessageBanner::Kind::Error, reply->errorMessage(), reply->technicalDetails());
            return;
        }
        accept(reply->certificatePem().toUtf8(), {});
        // Not the file opened before any more: where this one came from.
        m_source->showOrigin(tr("Read from the subaccount \"%1\".").arg(m_connection->displayName()));
    });
}

void TrustCertificatePage::accept(const QByteArray &data, const QString &file)
{
    model()->setTrustCertificate(TrustCertificate::fromData(data), file);
    showFacts();
    compareWithSubaccount();
    Q_EMIT completeChanged();
}

void TrustCertificatePage::showFacts()
{
    const auto &certificate = model()->trustCertificate();
    if (!certificate) {
        m_banner->clear();
        m_facts->hide();
        return;
    }
    if (!certificate->isValid()) {
        m_facts->hide();
        m_banner->showMessage(MessageBanner::Kind::Error, certificate->errorMessage());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    m_subject->setText(certificate->subject());
    m_issuer->setText(certificate->issuer());
    m_validFrom->setText(locale.toString(certificate->validFrom().toLocalTime(), QLocale::LongFormat));
    m_validUntil->setText(locale.toString(certificate->validUntil().toLocalTime(), QLocale::LongFormat));
    const qint64 days = certificate->daysLeft(now);
    const QString daysText
        = days >= 0 ? tr("%n day(s)", nullptr, int(days)) : tr("expired %n day(s) ago", nullptr, int(-days));
    m_daysLeft->setText(daysText);
    m_fingerprint->setValue(certificate->sha256Fingerprint());
    // What a screen reader says: the day in words without time and time zone, with the days left, and the
    // fingerprint as pairs of characters ("A1 B2 …") rather than a run of letters and colons.
    const QString from = locale.toString(certificate->validFrom().toLocalTime().date(), QLocale::LongFormat);
    const QString until = locale.toString(certificate->validUntil().toLocalTime().date(), QLocale::LongFormat);
    m_validFrom->setAccessibleName(tr("Valid from %1").arg(from));
    //: %1 is a date, %2 a number of days ("412 days")
    m_validUntil->setAccessibleName(days >= 0 ? tr("Valid until %1, %2 left").arg(until, daysText)
                                              //: %1 is a date, %2 says how long ago ("expired 3 days ago")
                                              : tr("Valid until %1, %2").arg(until, daysText));
    m_fingerprint->setSpokenValue(
        QString(certificate->sha256Fingerprint()).replace(QLatin1Char(':'), QLatin1Char(' ')));
    m_facts->show();

    switch (certificate->status(now)) {
    case TrustCertificate::Status::Valid:
        m_banner->showMessage(MessageBanner::Kind::Success, certificate->statusText(now));
        break;
    case TrustCertificate::Status::ExpiringSoon:
        m_banner->showMessage(MessageBanner::Kind::Warning, certificate->statusText(now));
        break;
    case TrustCertificate::Status::Expired:
    case TrustCertificate::Status::NotYetValid:
        m_banner->showMessage(MessageBanner::Kind::Error, certificate->statusText(now));
        break;
    }
}
