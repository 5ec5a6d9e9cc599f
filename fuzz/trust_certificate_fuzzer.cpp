// The trust certificate as an administrator opens or pastes it (PEM, DER, CRLF line ends, the bare base64 body, or
// any other file), and every fact the wizard and inspect-cert show of one that was read.
#include "FuzzSupport.h"
#include "formats/TrustCertificate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Qt loads its TLS backend (which reads certificates) as a plugin, through the application.
    Fuzz::ensureApplication();
    const TrustCertificate certificate = TrustCertificate::fromData(Fuzz::bytes(data, size));
    if (!certificate.isValid()) {
        Fuzz::check(!certificate.errorMessage().isEmpty(), "a refused certificate says why");
        return 0;
    }
    const QDateTime now = Fuzz::now();
    certificate.subject();
    certificate.subjectCommonName();
    certificate.subaccountId();
    certificate.issuer();
    certificate.daysLeft(now);
    certificate.statusText(now);
    const QString fingerprint = certificate.sha256Fingerprint();
    // A setup file keeps the certificate as PEM and SuccessFactors takes the base64 body: both must read back as
    // the same certificate.
    const TrustCertificate fromPem = TrustCertificate::fromData(certificate.toPem());
    Fuzz::check(fromPem.isValid() && fromPem.sha256Fingerprint() == fingerprint, "the PEM reads back the same");
    const TrustCertificate fromBody = TrustCertificate::fromData(certificate.base64Body().toLatin1());
    Fuzz::check(fromBody.isValid() && fromBody.sha256Fingerprint() == fingerprint, "the base64 body reads back");
    return 0;
}
