#include "providers/ProviderDefinition.h"

#include "providers/CachedExpression.h"
#include "providers/InputChecks.h"
#include "providers/ValueTemplate.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace {

const QString kResourceFolder = QStringLiteral(":/providers");

} // namespace

std::shared_ptr<const ProviderDefinition> ProviderDefinition::builtIn(const QString &id, QString *error)
{
    QFile file(kResourceFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Unknown task provider \"%1\". Known providers: %2.")
                         .arg(id, builtInIds().join(QStringLiteral(", ")));
        return nullptr;
    }
    return fromJson(file.readAll(), error, Checks::Structure);
}

InputChecks::Result ProviderDefinition::Input::checkValue(const QString &value) const
{
    if (!choices.isEmpty() && !value.isEmpty() && !choices.contains(value))
        return { InputChecks::Severity::Error,
                 tr("\"%1\" is not one of the values SAP documents here (%2). Choose one of them.")
                     .arg(value, choices.join(QStringLiteral(", "))) };
    const InputChecks::Result named = InputChecks::check(check, value);
    const QString text = value.trimmed();
    if (named.isError() || text.isEmpty())
        return named;
    if (!pattern.match.isEmpty()) {
        const QRegularExpression shape = cachedExpression(QRegularExpression::anchoredPattern(pattern.match));
        if (!shape.match(text).hasMatch())
            return { InputChecks::Severity::Error, pattern.message };
    }
    for (const Hint &hint : hints) {
        const QRegularExpression when = cachedExpression(hint.when, QRegularExpression::CaseInsensitiveOption);
        const auto match = when.match(text);
        if (!match.hasMatch())
            continue;
        const QString suggestion = ValueDerivation::rewritten(hint.suggestion, match);
        return { hint.severity, suggestion.isEmpty() ? hint.message : hint.message.arg(suggestion), suggestion };
    }
    return named;
}

QString ProviderDefinition::tokenErrorHint(const QString &errorText) const
{
    QString fallback;
    for (const TokenErrorHint &hint : m_tokenErrorHints) {
        if (hint.match.isEmpty())
            fallback = hint.text;
        else if (errorText.contains(hint.match, Qt::CaseInsensitive))
            return hint.text;
    }
    return fallback;
}

QList<std::shared_ptr<const ProviderDefinition>> ProviderDefinition::allBuiltIn()
{
    QList<std::shared_ptr<const ProviderDefinition>> providers;
    for (const QString &id : builtInIds()) {
        if (auto provider = builtIn(id))
            providers.append(provider);
    }
    return providers;
}

QStringList ProviderDefinition::builtInIds()
{
    QStringList ids;
    const auto entries = QDir(kResourceFolder).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const auto &entry : entries)
        ids.append(entry.chopped(5));
    return ids;
}

QList<ProviderDefinition::Step> ProviderDefinition::steps(const QString &pathId) const
{
    QList<Step> result;
    for (const auto &step : m_steps) {
        if (step.paths.isEmpty() || step.paths.contains(pathId))
            result.append(step);
    }
    return result;
}

QStringList ProviderDefinition::inputIdsOf(const QString &pathId) const
{
    QStringList ids;
    for (const Step &step : steps(pathId)) {
        ids += step.inputs;
        for (const ConsoleSection &section : step.sections)
            ids += section.inputs;
        if (step.kind == Step::Kind::Destinations) {
            for (const DestinationTemplate &destination : m_destinations) {
                if (!destination.nameInput.isEmpty())
                    ids.append(destination.nameInput);
            }
        }
    }
    ids.removeDuplicates();
    return ids;
}

const ProviderDefinition::Path *ProviderDefinition::path(const QString &id) const
{
    for (const auto &path : m_paths) {
        if (path.id == id)
            return &path;
    }
    return nullptr;
}

QString ProviderDefinition::defaultPathId() const
{
    return m_paths.isEmpty() ? QString() : m_paths.first().id;
}

const ProviderDefinition::Derived *ProviderDefinition::derivedValue(const QString &id) const
{
    for (const auto &derived : m_derived) {
        if (derived.id == id)
            return &derived;
    }
    return nullptr;
}

const ProviderDefinition::Input *ProviderDefinition::input(const QString &id) const
{
    for (const auto &input : m_inputs) {
        if (input.id == id)
            return &input;
    }
    return nullptr;
}

QList<ProviderDefinition::Link> ProviderDefinition::sourcesFor(const QString &pathId) const
{
    if (m_paths.isEmpty())
        return m_sources;
    QStringList own;
    for (const Step &step : steps(pathId)) {
        own.append(step.id);
        if (step.kind == Step::Kind::Destinations)
            own.append(QStringLiteral("destinations"));
    }
    QStringList others;
    for (const Step &step : m_steps) {
        if (!own.contains(step.id))
            others.append(step.id);
    }
    QList<Link> sources;
    for (const Link &source : m_sources) {
        const auto names = [&source](const QStringList &steps) {
            return std::any_of(source.steps.cbegin(), source.steps.cend(), [&steps](const QString &step) {
                return steps.contains(step)
                    || (step.startsWith(QLatin1String("destination:"))
                        && steps.contains(QStringLiteral("destinations")));
            });
        };
        if (!names(others) || names(own))
            sources.append(source);
    }
    return sources;
}

ProviderDefinition::Link ProviderDefinition::guideFor(const QString &stepId, const QString &pathId) const
{
    const QList<Link> sources = pathId.isEmpty() ? m_sources : sourcesFor(pathId);
    for (const auto &source : sources) {
        if (source.steps.contains(stepId))
            return source;
    }
    // A destination's own page without a guide of its own: the guide of every destination page.
    if (stepId.startsWith(QLatin1String("destination:")))
        return guideFor(QStringLiteral("destinations"), pathId);
    return sources.isEmpty() ? Link {} : sources.first();
}

ProviderDefinition::DestinationTemplate ProviderDefinition::DestinationTemplate::onPath(const QString &pathId) const
{
    DestinationTemplate written = *this;
    written.properties.erase(
        std::remove_if(written.properties.begin(), written.properties.end(),
                       [&](const PropertyTemplate &property) { return !property.isOnPath(pathId); }),
        written.properties.end());
    return written;
}

QList<ProviderDefinition::DestinationTemplate> ProviderDefinition::destinations(const QString &pathId) const
{
    QList<DestinationTemplate> written;
    for (const auto &destination : m_destinations) {
        if (destination.isOnPath(pathId))
            written.append(destination.onPath(pathId));
    }
    return written;
}

QString ProviderDefinition::withWayValues(const QString &valueTemplate, const QString &pathId) const
{
    const Path *way = path(pathId);
    return way ? ValueTemplate(valueTemplate).substitute(way->values) : valueTemplate;
}

QString ProviderDefinition::keyStoreName(const QString &value)
{
    // A path from another system may use either separator.
    const QString text = value.trimmed();
    return text.mid(std::max(text.lastIndexOf(QLatin1Char('/')), text.lastIndexOf(QLatin1Char('\\'))) + 1);
}

bool ProviderDefinition::isLocalKeyStore(const QString &value)
{
    return QDir::isAbsolutePath(value.trimmed());
}

QString ProviderDefinition::wayOf(const DestinationTemplate &definition, const PropertyLookup &existing) const
{
    // Each way that writes this destination scores what the destination lacks of it and the documented values it
    // holds otherwise; the way with the fewest wins.
    QString best;
    int bestScore = std::numeric_limits<int>::max();
    for (const auto &way : m_paths) {
        if (!way.writesDestinations || !definition.isOnPath(way.id))
            continue;
        int score = 0;
        for (const auto &property : definition.properties) {
            if (!property.isOnPath(way.id))
                continue;
            const std::optional<QString> value = existing(property.key);
            if (!value) {
                score += property.optional ? 0 : 1;
                continue;
            }
            const ValueTemplate expected(withWayValues(property.valueTemplate, way.id));
            if (expected.hasPlaceholders() ? !expected.shape().match(*value).hasMatch() : *value != expected.text())
                ++score;
        }
        if (score < bestScore) {
            bestScore = score;
            best = way.id;
        }
    }
    return best;
}

const ProviderDefinition::DestinationTemplate *ProviderDefinition::destination(const QString &role) const
{
    for (const auto &destination : m_destinations) {
        if (destination.role == role)
            return &destination;
    }
    return nullptr;
}

QStringList ProviderDefinition::secretInputIds() const
{
    QStringList ids;
    for (const auto &input : m_inputs) {
        if (input.secret)
            ids.append(input.id);
    }
    return ids;
}
