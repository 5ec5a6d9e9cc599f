// <primary>_AI, the Intelligent Recommendations destination of an SAP Build Process Automation primary, as
// "Configure the Intelligent Recommendations Destination" (loio 7c8900a) gives it.
#include "providers/ValueDerivation.h"
#include "validation/ConfigurationValidator.h"
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

#include <QUrl>

namespace {

bool isRecommendations(const CheckedDestination &destination)
{
    return ConfigurationValidator::isRecommendationsDestination(*destination.destination);
}

// The path SAP's guide has given the Intelligent Recommendations URL since July 2025, after SBPA's endpoints > api.
const QString kRecommendationsPath = QStringLiteral("/internal/visibility/intelligence/rest/v1");

class RecommendationsPrimaryMissing final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationsPrimaryMissing)

public:
    RecommendationsPrimaryMissing()
        : ValidationRule(QStringLiteral("recommendations-primary-missing"), Severity::Warning,
                         ValidationSources::recommendations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
               QList<ValidationFinding> &findings) const override
    {
        const QString name = destination.name();
        if (!isRecommendations(destination) || configuration.find(destination.destination->subaccount, name.chopped(3)))
            return;
        findings.append(finding(destination,
                                tr("%1 looks like an Intelligent Recommendations destination, but there is no primary "
                                   "destination %2: SAP Task Center finds it by the primary's name followed by _AI.")
                                    .arg(name, name.chopped(3)),
                                tr("Rename %1 to the name of its SAP Build Process Automation primary destination "
                                   "followed by _AI.")
                                    .arg(name)));
    }
};

class RecommendationsTcEnabled final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationsTcEnabled)

public:
    RecommendationsTcEnabled()
        : ValidationRule(QStringLiteral("recommendations-tc-enabled"), Severity::Error,
                         ValidationSources::recommendations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (!isRecommendations(destination) || !destination.has(QStringLiteral("tc.enabled")))
            return;
        const QString name = destination.name();
        findings.append(finding(destination,
                                tr("%1 is the Intelligent Recommendations destination, not a task provider, but it "
                                   "carries tc.enabled: SAP Task Center would read it as another primary.")
                                    .arg(name),
                                tr("Remove tc.enabled from %1.").arg(name)));
    }
};

class RecommendationsAuthentication final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationsAuthentication)

public:
    RecommendationsAuthentication()
        : ValidationRule(QStringLiteral("recommendations-authentication"), Severity::Error,
                         ValidationSources::recommendations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        const QString authentication = destination.value(QStringLiteral("Authentication"));
        if (!isRecommendations(destination) || authentication == QLatin1String("OAuth2ClientCredentials"))
            return;
        findings.append(finding(destination,
                                tr("%1 uses the authentication \"%2\"; SAP's guide for Intelligent Recommendations "
                                   "asks for OAuth2ClientCredentials with the client of SAP Build Process "
                                   "Automation's service key.")
                                    .arg(destination.name(), authentication),
                                tr("Set Authentication to OAuth2ClientCredentials.")));
    }
};

class RecommendationsDynamicDestination final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationsDynamicDestination)

public:
    RecommendationsDynamicDestination()
        : ValidationRule(QStringLiteral("recommendations-dynamic-destination"), Severity::Error,
                         ValidationSources::recommendations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (!isRecommendations(destination)
            || destination.value(QStringLiteral("HTML5.DynamicDestination")) == QLatin1String("true"))
            return;
        findings.append(finding(destination,
                                tr("%1 lacks HTML5.DynamicDestination=true, which SAP's guide for Intelligent "
                                   "Recommendations asks for.")
                                    .arg(destination.name()),
                                tr("Add the property HTML5.DynamicDestination with the value true.")));
    }
};

// SAP changed the URL in July 2025: destinations made before keep the bare API endpoint.
class RecommendationsUrlOutdated final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationsUrlOutdated)

public:
    RecommendationsUrlOutdated()
        : ValidationRule(QStringLiteral("recommendations-url-outdated"), Severity::Error,
                         ValidationSources::recommendations)
    {
    }
    void check(const CheckedDestination &destination, const CheckedConfiguration &,
               QList<ValidationFinding> &findings) const override
    {
        if (!isRecommendations(destination))
            return;
        const QString url = destination.value(QStringLiteral("URL"));
        QString path = QUrl(url).path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path.endsWith(kRecommendationsPath))
            return;
        const QString origin = ValueDerivation::httpsOrigin(url);
        findings.append(finding(destination,
                                tr("The URL of %1 is \"%2\". Since July 2025 SAP's guide asks for SAP Build Process "
                                   "Automation's API endpoint followed by %3; a destination made before must be "
                                   "changed.")
                                    .arg(destination.name(), url, kRecommendationsPath),
                                origin.isEmpty()
                                    ? tr("Set the URL to the endpoints > api value of the service key followed by %1.")
                                          .arg(kRecommendationsPath)
                                    : tr("Set the URL to %1.").arg(origin + kRecommendationsPath)));
    }
};

} // namespace

void ValidationRules::addRecommendationsRules(Table &table)
{
    table << std::make_shared<RecommendationsPrimaryMissing>() << std::make_shared<RecommendationsTcEnabled>()
          << std::make_shared<RecommendationsAuthentication>() << std::make_shared<RecommendationsDynamicDestination>()
          << std::make_shared<RecommendationsUrlOutdated>();
}
