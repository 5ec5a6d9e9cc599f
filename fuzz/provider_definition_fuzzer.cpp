// A provider file (resources/providers/<id>.json): the definition is checked when it loads, so one that loads must
// never make the wizard's model fail, whatever steps, inputs, checks, transforms and templates it names.
#include "FuzzSupport.h"
#include "SetupModelUse.h"
#include "providers/ProviderDefinition.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    ProviderDefinition::sourceTexts(json);
    QString error;
    const auto provider = ProviderDefinition::fromJson(json, &error);
    if (!provider) {
        Fuzz::check(!error.isEmpty(), "a refused provider file says why");
        return 0;
    }
    provider->tokenErrorHint(QStringLiteral("Unable to fetch token: the certificate is not trusted"));
    for (const auto &step : provider->allSteps())
        provider->guideFor(step.id);
    provider->secretInputIds();
    SetupModel model(provider);
    // Every path, and every input filled with a value that passes no check, then with one that fits many.
    const QList<ProviderDefinition::Path> paths = provider->paths().isEmpty()
        ? QList<ProviderDefinition::Path> { ProviderDefinition::Path() }
        : provider->paths();
    for (const auto &path : paths) {
        if (!path.id.isEmpty())
            model.setPath(path.id);
        Fuzz::useModel(model, false);
        for (const auto &input : provider->inputs())
            model.setValue(input.id, QStringLiteral("https://x.example.com/a?company=b"));
        Fuzz::useModel(model, false);
        for (const auto &input : provider->inputs())
            model.setValue(input.id, QStringLiteral("${%1}").arg(input.id));
        Fuzz::useModel(model, false);
    }
    return 0;
}
