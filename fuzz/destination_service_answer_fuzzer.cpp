// What the Destination service (or its token endpoint) answers, read by the client exactly as an answer from the
// network (DestinationServiceReply::fromAnswer): every operation, any status, any body; and a busy answer's
// Retry-After. The input: one byte for the operation, two for the status, then a line naming what was sent (names
// separated by commas; also read as a Retry-After value), then the body.
#include "FuzzSupport.h"
#include "destinationservice/DestinationServiceClient.h"

#include <iterator>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    Fuzz::ensureApplication(); // a finished reply posts its signal; it goes with the reply
    using Operation = DestinationServiceReply::Operation;
    using Error = DestinationServiceReply::Error;
    static const Operation operations[] = { Operation::List,
                                            Operation::Read,
                                            Operation::Create,
                                            Operation::Update,
                                            Operation::CreateMany,
                                            Operation::UpdateMany,
                                            Operation::Delete,
                                            Operation::TrustCertificate,
                                            Operation::Find,
                                            Operation::Token,
                                            Operation::ListCertificates,
                                            Operation::CreateCertificate,
                                            Operation::UpdateCertificate,
                                            Operation::PassiveTrustCertificate,
                                            Operation::CreatePassiveTrustCertificate,
                                            Operation::RotateTrustCertificate,
                                            Operation::DeletePassiveTrustCertificate };
    const Operation operation = operations[data[0] % std::size(operations)];
    const int status = 100 + ((data[1] << 8) | data[2]) % 500;
    const QByteArray rest = Fuzz::bytes(data + 3, size - 3);
    const int newline = rest.indexOf('\n');
    const QByteArray head = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);
    const QStringList names = QString::fromUtf8(head).split(QLatin1Char(','), Qt::SkipEmptyParts);

    const std::unique_ptr<DestinationServiceReply> reply(
        DestinationServiceReply::fromAnswer(operation, names, status, body));
    Fuzz::check(reply->isFinished(), "an answer ends the reply");
    Fuzz::check(reply->error() != Error::NoError || (status >= 200 && status < 300), "only a 2xx answer succeeds");
    Fuzz::check(reply->error() == Error::NoError || !reply->errorMessage().isEmpty(), "an error is said in words");
    reply->technicalDetails();
    reply->destinations();
    reply->destination();
    reply->certificatePem();
    reply->passiveCertificatePem();
    reply->authTokens();
    reply->authTokenError();
    const bool many = operation == Operation::CreateMany || operation == Operation::UpdateMany;
    const auto items = reply->itemResults();
    if (many && reply->error() == Error::NoError) {
        Fuzz::check(items.size() == names.size(), "one result for each destination sent");
        for (const auto &item : items)
            Fuzz::check(item.error == Error::NoError || !item.errorMessage.isEmpty(), "an item's error is said");
    }
    // Whatever number or date a server sends, the wait stays within its bounds.
    const qint64 delay = RetryPolicy::delay(head, data[1] % 8, 500, 30000, Fuzz::now());
    Fuzz::check(delay >= 0 && delay <= 30000, "Retry-After stays within 0 and the longest wait");
    return 0;
}
