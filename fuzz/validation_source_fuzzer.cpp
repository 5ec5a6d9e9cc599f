// What `validate` and the wizard's check read as existing destinations (the cockpit's .properties export, the REST
// API's JSON, zip archives of them), every rule run over what was read, and the reports made of the findings (text,
// JSON, HTML), which never carry a secret's value.
#include "FuzzSupport.h"
#include "destinationservice/DestinationChangePlan.h"
#include "validation/ConfigurationSource.h"
#include "validation/ConfigurationValidator.h"
#include "validation/ValidationReport.h"

#include <QJsonDocument>

namespace {

const QString kMarker = QStringLiteral("SECRET-MARKER-");

// The reports of one check of these destinations.
QString reports(const ConfigurationValidator &validator, const ConfigurationValidator::Input &input)
{
    const QList<ValidationFinding> findings = validator.validate(input);
    const ValidationLandscape landscape = validator.landscape(input, findings);
    const int destinations = int(input.destinations.size());
    return ValidationReport::toText(findings, destinations)
        + QString::fromUtf8(QJsonDocument(ValidationReport::toJson(findings, destinations)).toJson())
        + ValidationReport::toHtml(findings, destinations, Fuzz::now(), landscape);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ConfigurationValidator validator;
    const QByteArray content = Fuzz::bytes(data, size);
    const ConfigurationSource::Read read = ConfigurationSource::fromData(content, QStringLiteral("export"));
    Fuzz::check(!read.destinations.isEmpty() || !read.problems.isEmpty(), "a file gives destinations or says why not");
    ConfigurationValidator::Input input;
    input.destinations = read.destinations;
    input.problems = read.problems;
    input.now = Fuzz::now();
    reports(validator, input);
    for (const SourcedDestination &destination : read.destinations)
        validator.belongingOf(destination);

    // Once more with every credential a marker of its own: no report may show one.
    if (content.contains(kMarker.toLatin1()))
        return 0;
    int secrets = 0;
    for (SourcedDestination &destination : input.destinations) {
        for (auto it = destination.properties.begin(); it != destination.properties.end(); ++it) {
            if (DestinationChangePlan::isCredentialKey(it.key()))
                *it = QJsonValue(kMarker + QString::number(secrets++));
        }
    }
    if (secrets > 0)
        Fuzz::check(!reports(validator, input).contains(kMarker), "the reports never show a secret's value");
    return 0;
}
