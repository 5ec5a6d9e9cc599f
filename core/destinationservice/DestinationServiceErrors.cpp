// What a call is doing and what went wrong, in words for the person at the screen, with what to do next.
#include "destinationservice/DestinationServiceClient.h"
#include "destinationservice/DestinationServiceLog.h"
#include "destinationservice/DestinationServiceReply.h"

QString DestinationServiceReply::stepText() const
{
    switch (m_operation) {
    case Operation::List:
        return tr("Reading destinations");
    case Operation::Read:
        return tr("Reading destination %1").arg(m_name);
    case Operation::Create:
        return tr("Creating destination %1").arg(m_name);
    case Operation::Update:
        return tr("Updating destination %1").arg(m_name);
    case Operation::CreateMany:
        return tr("Creating %1 destinations at once").arg(m_names.size());
    case Operation::UpdateMany:
        return tr("Updating %1 destinations at once").arg(m_names.size());
    case Operation::Delete:
        return tr("Deleting destination %1").arg(m_name);
    case Operation::TrustCertificate:
        return tr("Reading the trust certificate");
    case Operation::Find:
        return tr("Checking destination %1").arg(m_name);
    case Operation::Token:
        return tr("Getting a token");
    case Operation::ListCertificates:
        return tr("Reading the destination certificates");
    case Operation::CreateCertificate:
        return tr("Uploading certificate %1").arg(m_name);
    case Operation::UpdateCertificate:
        return tr("Replacing certificate %1").arg(m_name);
    case Operation::PassiveTrustCertificate:
        return tr("Reading the passive trust certificate");
    case Operation::CreatePassiveTrustCertificate:
        return tr("Making the passive trust certificate");
    case Operation::RotateTrustCertificate:
        return tr("Rotating the trust certificates");
    case Operation::DeletePassiveTrustCertificate:
        return tr("Deleting the passive trust certificate");
    }
    return {};
}

QString DestinationServiceReply::describe(Error error) const
{
    return describe(error, m_name, serverText(), m_httpStatus);
}

QString DestinationServiceReply::describe(Error error, const QString &name, const QString &server, int httpStatus) const
{
    const QString host = m_url.host();
    const QString serverSuffix = server.isEmpty() ? QString() : tr(" The service said: \"%1\".").arg(server);
    switch (error) {
    case Error::NoError:
        return {};
    case Error::Cancelled:
        if (m_operation == Operation::Create || m_operation == Operation::Update || m_operation == Operation::Delete
            || m_operation == Operation::CreateMany || m_operation == Operation::UpdateMany
            || m_operation == Operation::CreateCertificate || m_operation == Operation::UpdateCertificate
            || m_operation == Operation::CreatePassiveTrustCertificate
            || m_operation == Operation::RotateTrustCertificate
            || m_operation == Operation::DeletePassiveTrustCertificate)
            return tr("The request was cancelled. If it was already on its way, the change may have been made; "
                      "read the destinations again before you repeat it.");
        return tr("The request was cancelled. Nothing was changed.");
    case Error::Timeout: {
        const int seconds = m_client ? (m_client->m_timeoutMs + 999) / 1000 : 0;
        if (seconds == 1)
            return tr("%1 did not answer within 1 second. Check your network connection (and proxy), then try again.")
                .arg(host);
        return tr("%1 did not answer within %2 seconds. Check your network connection (and proxy), then try again.")
            .arg(host)
            .arg(seconds);
    }
    case Error::ConnectionRefused:
        return tr("Nothing answers at %1 port %2 (the connection was refused). Check that the service key is "
                  "complete and current, and that no firewall blocks the connection.")
            .arg(host)
            .arg(m_url.port(m_url.scheme() == QStringLiteral("https") ? 443 : 80));
    case Error::HostNotFound:
        return tr("The server %1 was not found. Check your network connection and that the service key "
                  "belongs to an existing subaccount.")
            .arg(host);
    case Error::TlsFailure:
        return tr("The secure connection to %1 could not be trusted (%2), so nothing was sent. Check the date and "
                  "time of this computer and whether a proxy inspects https traffic.")
            .arg(host, m_sslErrorText.isEmpty() ? tr("TLS handshake failed") : m_sslErrorText);
    case Error::InsecureUrl:
        return tr("The address %1 does not use https, so the service key is not sent there. Use the service key "
                  "exactly as the SAP BTP cockpit shows it.")
            .arg(DestinationServiceLog::safeUrl(m_url));
    case Error::KeyRejected:
        return tr("The subaccount rejected the service key: its client ID or secret is not (or no longer) valid. "
                  "Create a new service key for the Destination service instance in the cockpit and paste it "
                  "here.");
    case Error::Forbidden:
        return tr("The service key may not do this (access denied).%1 Use the key of a Destination service "
                  "instance in this subaccount, or ask a subaccount administrator.")
            .arg(serverSuffix);
    case Error::NotFound:
        if (m_operation == Operation::TrustCertificate)
            return tr("The subaccount has no trust certificate yet. In the SAP BTP cockpit, open Connectivity > "
                      "Destination Trust, choose Generate Trust, then try again.");
        if (m_operation == Operation::PassiveTrustCertificate
            || m_operation == Operation::DeletePassiveTrustCertificate)
            return tr("The subaccount has no passive trust certificate.");
        if (m_operation == Operation::RotateTrustCertificate)
            return tr("The subaccount has no passive trust certificate to rotate to. Prepare one first (trust "
                      "prepare), give it to every provider, then rotate.");
        if (m_operation == Operation::UpdateCertificate)
            return tr("The certificate %1 is not among the subaccount's destination certificates (any more).")
                .arg(name);
        if (!name.isEmpty())
            return tr("The destination %1 does not exist in the subaccount.").arg(name);
        return tr("The Destination service was not found at this address.%1 Check the uri field of the service "
                  "key.")
            .arg(serverSuffix);
    case Error::Conflict:
        if (m_operation == Operation::CreateCertificate)
            return tr("A certificate named %1 is already among the subaccount's destination certificates. Replace "
                      "it, or give the file another name.")
                .arg(name);
        if (name.isEmpty())
            return tr("The Destination service refused this because of a conflict with the subaccount's current "
                      "state.%1 Read the subaccount again and try again.")
                .arg(serverSuffix);
        return tr("A destination named %1 already exists in the subaccount. Choose another name or overwrite it.")
            .arg(name);
    case Error::PreconditionFailed:
        return tr("The destination %1 was changed by someone else in the meantime. Read it again and repeat "
                  "your change.")
            .arg(name);
    case Error::TooManyRequests:
        return tr("The Destination service is busy (too many requests) and still was after %1 tries. Wait a "
                  "minute and try again.")
            .arg(m_serverRetries + 1);
    case Error::ServerError:
        return tr("The Destination service had a problem on its side (HTTP %1) and still had after %2 tries. "
                  "Try again in a few minutes; if it lasts, check the SAP BTP status page.")
            .arg(httpStatus)
            .arg(m_serverRetries + 1);
    case Error::BadRequest:
        return tr("The Destination service refused the request as invalid.%1 Check the values you entered.")
            .arg(serverSuffix);
    case Error::BadResponse:
        return tr("The answer from %1 could not be read. Check that the uri field of the service key points to "
                  "the Destination service.")
            .arg(host);
    case Error::OtherNetworkError:
        return tr("The request failed (HTTP %1).%2 Try again; if it lasts, open Details and pass them to your "
                  "administrator.")
            .arg(httpStatus)
            .arg(serverSuffix);
    case Error::InvalidKey:
        return m_client ? m_client->m_key.errorMessage() : QString();
    case Error::ConnectionClosed:
        return tr("%1 closed the connection without answering. Try again; if it keeps happening, check any "
                  "proxy or firewall between this computer and SAP BTP.")
            .arg(host);
    }
    return {};
}
