// The secrets file of `export` and `apply` (--secrets SECRETS.json), read for each built-in provider, and what the
// export makes of the secrets it gave.
#include "FuzzSupport.h"
#include "SetupModelUse.h"
#include "providers/ProviderDefinition.h"
#include "setup/SecretsFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<std::shared_ptr<const ProviderDefinition>> providers = [] {
        QList<std::shared_ptr<const ProviderDefinition>> all;
        for (const QString &id : ProviderDefinition::builtInIds())
            all.append(ProviderDefinition::builtIn(id));
        return all;
    }();
    const QByteArray content = Fuzz::bytes(data, size);
    for (const auto &provider : providers) {
        Fuzz::check(provider != nullptr, "the built-in providers load");
        SetupModel model(provider);
        QString error;
        if (SecretsFile::fromData(content, QStringLiteral("secrets.json"), model, &error))
            Fuzz::useModel(model);
        else
            Fuzz::check(!error.isEmpty(), "a refused secrets file says why");
    }
    return 0;
}
