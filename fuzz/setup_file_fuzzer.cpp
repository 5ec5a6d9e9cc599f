// The setup file (the wizard's "Save progress", what `export` and `apply` read): the JSON, the files it names
// relative to itself, and what the export makes of a setup that was read.
#include "FuzzSupport.h"
#include "SetupModelUse.h"
#include "setup/SetupFile.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// The folder the setup file is in, with the trust certificate and service key the seeds name (cert.pem, key.json),
// so a setup that names them reads them too.
QString setupFolder()
{
    static QTemporaryDir folder;
    static const bool filled = [] {
        const QString fuzzDir = QStringLiteral(TCC_FUZZ_DIR);
        return QFile::copy(fuzzDir + QStringLiteral("/corpus/trust_certificate/valid.pem"),
                           folder.filePath(QStringLiteral("cert.pem")))
            && QFile::copy(fuzzDir + QStringLiteral("/corpus/taskcenter_service_key/cockpit.json"),
                           folder.filePath(QStringLiteral("key.json")));
    }();
    Fuzz::check(folder.isValid() && filled, "the setup folder is ready");
    return folder.path();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The trust certificate a setup names is read through Qt's TLS backend, a plugin loaded through the application.
    Fuzz::ensureApplication();
    static const QString path = setupFolder() + QStringLiteral("/setup.json");
    QString error;
    const auto model = SetupFile::fromData(Fuzz::bytes(data, size), path, &error);
    if (!model) {
        Fuzz::check(!error.isEmpty(), "a refused setup file says why");
        return 0;
    }
    Fuzz::useModel(*model);
    return 0;
}
