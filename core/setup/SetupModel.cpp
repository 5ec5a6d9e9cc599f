#include "setup/SetupModel.h"

#include "destinationservice/DestinationChangePlan.h"
#include "providers/ValueTemplate.h"
#include "setup/DestinationBuilder.h"
#include "setup/SetupChecks.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>
#include <algorithm>

SetupModel::SetupModel(std::shared_ptr<const ProviderDefinition> provider, QObject *parent)
    : QObject(parent)
    // Without a provider (a built-in one that did not load): an empty definition, no steps and no destinations, so
    // nothing dereferences null in a release build.
    , m_provider(provider ? std::move(provider) : std::make_shared<const ProviderDefinition>())
{
    m_pathId = m_provider->defaultPathId();
}

void SetupModel::setProvider(std::shared_ptr<const ProviderDefinition> provider)
{
    if (!provider || provider == m_provider)
        return;
    m_provider = std::move(provider);
    m_pathId = m_provider->defaultPathId();
    m_values.clear();
    m_filled.clear();
    m_existingSecrets.clear();
    m_overrides.clear();
    m_ticked.clear();
    Q_EMIT stepsChanged();
    Q_EMIT changed();
}

void SetupModel::assign(const SetupModel &other)
{
    const bool otherSteps = other.m_provider != m_provider || other.m_pathId != m_pathId;
    m_provider = other.m_provider;
    m_pathId = other.m_pathId;
    m_values = other.m_values;
    m_filled = other.m_filled;
    m_existingSecrets = other.m_existingSecrets;
    m_trust = other.m_trust;
    m_trustFile = other.m_trustFile;
    m_serviceKey = other.m_serviceKey;
    m_serviceKeyFile = other.m_serviceKeyFile;
    m_ticked = other.m_ticked;
    m_overrides = other.m_overrides;
    m_secretOwner = other.m_secretOwner;
    m_lastStep = other.m_lastStep;
    m_setupId = other.m_setupId;
    if (otherSteps)
        Q_EMIT stepsChanged();
    Q_EMIT changed();
}

QStringList SetupModel::prefillFrom(const QList<QJsonObject> &existing, const QString &primaryName)
{
    // A path that writes the destinations being set up again.
    if (!writesDestinations()) {
        for (const auto &path : m_provider->paths()) {
            if (path.writesDestinations) {
                m_pathId = path.id;
                break;
            }
        }
    }
    m_values.clear();
    m_filled.clear();
    m_overrides.clear();
    m_ticked.clear();

    QHash<QString, QJsonObject> byName;
    for (const QJsonObject &destination : existing)
        byName.insert(destination.value(QStringLiteral("Name")).toString(), destination);
    // The names first: they find the secondaries, whose names the primary's name gives.
    QHash<QString, QString> read;
    for (const auto &definition : m_provider->destinations()) {
        if (definition.isPrimary()) {
            read = ValueTemplate(definition.nameTemplate).read(primaryName);
            break;
        }
    }
    // The way the existing primary was written on (C4C's with a certificate rather than a user), when there are
    // several.
    for (const auto &definition : m_provider->destinations()) {
        const QJsonObject existingPrimary = byName.value(primaryName);
        if (!definition.isPrimary() || existingPrimary.isEmpty() || m_provider->paths().isEmpty())
            continue;
        const QString way = m_provider->wayOf(definition, [&existingPrimary](const QString &key) {
            return existingPrimary.contains(key) ? std::optional<QString>(existingPrimary.value(key).toString())
                                                 : std::nullopt;
        });
        if (!way.isEmpty())
            m_pathId = way;
        break;
    }
    for (const auto &definition : m_provider->destinations(m_pathId)) {
        const QJsonObject destination = byName.value(ValueTemplate(definition.nameTemplate).expand(read));
        if (destination.isEmpty())
            continue;
        for (auto property = destination.constBegin(); property != destination.constEnd(); ++property) {
            const QString key = property.key();
            const auto written
                = std::find_if(definition.properties.cbegin(), definition.properties.cend(),
                               [&key](const ProviderDefinition::PropertyTemplate &each) { return each.key == key; });
            if (written != definition.properties.cend()) {
                // One written once holds what the provider made of it since (a refresh token), not what was entered.
                if (written->writtenOnce)
                    continue;
                const auto values = ValueTemplate(m_provider->withWayValues(written->valueTemplate, m_pathId))
                                        .read(property.value().toString());
                for (auto value = values.cbegin(); value != values.cend(); ++value) {
                    if (!read.contains(value.key()))
                        read.insert(value.key(), value.value());
                }
                continue;
            }
            // What the definition does not write stays as it is, unless it is one of the definition's own
            // properties spelt another way (which the definition's spelling replaces).
            const bool misspelt = std::any_of(definition.properties.cbegin(), definition.properties.cend(),
                                              [&key](const ProviderDefinition::PropertyTemplate &each) {
                                                  return each.key.compare(key, Qt::CaseInsensitive) == 0;
                                              });
            // Never a credential: an expert edit is written into the setup file and shown in clear.
            if (key != QLatin1String("Name") && !misspelt && property.value().isString()
                && !DestinationChangePlan::isSecretKey(key) && !isLocked(definition.role, key))
                m_overrides[definition.role].insert(key, property.value().toString());
        }
    }

    // An input a derived value comes from: each derived value is a candidate, if it derives to itself; the
    // first the input's own check accepts (a SuccessFactors API server is its /api-ext/ address rather than its
    // token address), else the first.
    QHash<QString, QString> fallback;
    for (const auto &derived : m_provider->derived()) {
        const QString value = read.value(derived.id);
        if (value.isEmpty() || read.contains(derived.from) || derived.take.apply(value) != value)
            continue;
        const auto *input = m_provider->input(derived.from);
        if (input && input->checkValue(value).severity == InputChecks::Severity::Ok)
            read.insert(derived.from, value);
        else if (!fallback.contains(derived.from))
            fallback.insert(derived.from, value);
    }
    for (auto it = fallback.cbegin(); it != fallback.cend(); ++it) {
        if (!read.contains(it.key()))
            read.insert(it.key(), it.value());
    }
    QStringList filled;
    m_existingSecrets.clear();
    for (const auto &input : m_provider->inputs()) {
        const QString value = read.value(input.id);
        if (!value.isEmpty()) {
            m_values.insert(input.id, value);
            filled.append(input.id);
            if (input.secret)
                m_existingSecrets.insert(input.id);
        }
    }
    Q_EMIT stepsChanged();
    Q_EMIT changed();
    return filled;
}

void SetupModel::setPath(const QString &pathId)
{
    if (pathId == m_pathId || (!m_provider->paths().isEmpty() && !m_provider->path(pathId)))
        return;
    m_pathId = pathId;
    Q_EMIT stepsChanged();
    Q_EMIT changed();
}

QList<ProviderDefinition::Step> SetupModel::steps() const
{
    return m_provider->steps(m_pathId);
}

QStringList SetupModel::stepPageKeys() const
{
    QStringList keys;
    for (const auto &step : steps()) {
        if (step.kind != ProviderDefinition::Step::Kind::Destinations) {
            keys.append(step.id);
            continue;
        }
        for (const QString &role : roles())
            keys.append(QStringLiteral("destination:") + role);
    }
    return keys;
}

bool SetupModel::writesDestinations() const
{
    const auto *path = m_provider->path(m_pathId);
    return !path || path->writesDestinations;
}

QString SetupModel::value(const QString &inputId) const
{
    const auto it = m_values.constFind(inputId);
    if (it != m_values.constEnd())
        return it.value();
    if (const auto *path = m_provider->path(m_pathId); path && path->defaults.contains(inputId))
        return path->defaults.value(inputId);
    const auto *input = m_provider->input(inputId);
    return input ? input->defaultValue : QString();
}

void SetupModel::setValue(const QString &inputId, const QString &text)
{
    const auto it = m_values.constFind(inputId);
    if (it != m_values.constEnd() && it.value() == text)
        return;
    m_values.insert(inputId, text);
    m_filled.remove(inputId); // typed by the user: no longer filled from another field
    m_existingSecrets.remove(inputId);
    // A value that carries another (the company in a login address, the client in a service URL) fills that
    // field while the user has not typed one of their own there.
    for (const auto &input : m_provider->inputs()) {
        if (input.fillFrom.input != inputId || (!m_filled.contains(input.id) && hasValue(input.id)))
            continue;
        // While the source is typed, it carries nothing for a moment: what was filled stays until it carries another.
        const QString filled = input.fillFrom.take.apply(text);
        if (filled.isEmpty())
            continue;
        m_values.insert(input.id, filled);
        m_filled.insert(input.id);
    }
    Q_EMIT changed();
}

bool SetupModel::hasValue(const QString &inputId) const
{
    return !value(inputId).trimmed().isEmpty();
}

QMap<QString, QString> SetupModel::plainValues() const
{
    QMap<QString, QString> values;
    for (const auto &input : m_provider->inputs()) {
        if (!input.secret)
            values.insert(input.id, value(input.id));
    }
    return values;
}

InputChecks::Result SetupModel::checkInput(const QString &inputId) const
{
    const auto *input = m_provider->input(inputId);
    if (!input)
        return {};
    const QString text = value(inputId);
    if (text.trimmed().isEmpty()) {
        if (!input->required)
            return {};
        const auto result = input->checkValue(text);
        return result.isError()
            ? result
            : InputChecks::Result { InputChecks::Severity::Error, tr("%1 is required.").arg(input->label) };
    }
    if (!input->differentFrom.isEmpty() && text.trimmed() == value(input->differentFrom).trimmed()) {
        const auto *other = m_provider->input(input->differentFrom);
        return { InputChecks::Severity::Error,
                 tr("\"%1\" and \"%2\" hold the same value. Each has its own; copy each from its own place.")
                     .arg(other ? other->label : input->differentFrom, input->label) };
    }
    const InputChecks::Result result = input->checkValue(text);
    if (!result.isError()) {
        // A key store on this computer must open with its password: the file problems show at the file, a wrong
        // password at the password (when one is entered: an empty one is the password input's own "required").
        const auto keyStoreOf
            = std::find_if(m_provider->inputs().cbegin(), m_provider->inputs().cend(),
                           [&inputId](const ProviderDefinition::Input &each) {
                               return each.id == inputId ? each.isKeyStore() : each.keyStorePassword == inputId;
                           });
        if (keyStoreOf != m_provider->inputs().cend() && ProviderDefinition::isLocalKeyStore(value(keyStoreOf->id))) {
            const KeyStoreFile file = openKeyStore(keyStoreOf->id);
            const bool passwordProblem = file.error() == KeyStoreFile::Error::WrongPassword;
            if (!file.isValid() && passwordProblem == (inputId != keyStoreOf->id))
                return { InputChecks::Severity::Error, file.errorMessage() };
        }
    }
    if (result.severity == InputChecks::Severity::Ok && !input->sameSiteAs.input.isEmpty()) {
        // The first label of an address's host; a bare word ("eu") is one already.
        const auto siteOf = [](const QString &value) {
            const QString trimmed = value.trimmed().toLower();
            if (!trimmed.contains(QLatin1Char('.')) && !trimmed.contains(QLatin1Char('/')))
                return trimmed;
            const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed);
            return url.host().section(QLatin1Char('.'), 0, 0);
        };
        const QString ours = siteOf(text);
        const QString theirs = siteOf(value(input->sameSiteAs.input));
        if (!ours.isEmpty() && !theirs.isEmpty() && ours != theirs)
            return { InputChecks::Severity::Warning, input->sameSiteAs.warning.arg(ours, theirs) };
    }
    return result;
}

QList<SetupModel::KeyStore> SetupModel::keyStores() const
{
    QList<KeyStore> keyStores;
    const QStringList onPath = m_provider->inputIdsOf(m_pathId);
    for (const auto &input : m_provider->inputs()) {
        const QString text = value(input.id).trimmed();
        if (!input.isKeyStore() || text.isEmpty() || !onPath.contains(input.id))
            continue;
        KeyStore keyStore { input.id,
                            ProviderDefinition::keyStoreName(text),
                            ProviderDefinition::isLocalKeyStore(text) ? text : QString(),
                            {} };
        const QString placeholder = QStringLiteral("${%1}").arg(input.id);
        for (const auto &definition : m_provider->destinations(m_pathId)) {
            const bool names = std::any_of(definition.properties.cbegin(), definition.properties.cend(),
                                           [&placeholder](const ProviderDefinition::PropertyTemplate &property) {
                                               return property.valueTemplate.contains(placeholder);
                                           });
            if (names)
                keyStore.destinations.append(destination(definition.role).name());
        }
        keyStores.append(keyStore);
    }
    return keyStores;
}

KeyStoreFile SetupModel::openKeyStore(const QString &inputId) const
{
    const auto *input = m_provider->input(inputId);
    const QString path = input ? value(inputId).trimmed() : QString();
    const QString password = input ? value(input->keyStorePassword) : QString();
    const QFileInfo info(path);
    OpenedKeyStore &opened = m_openedKeyStores[inputId];
    if (opened.path != path || opened.password != password || opened.modified != info.lastModified()
        || opened.size != info.size()) {
        opened = { path, password, info.lastModified(), info.size(), KeyStoreFile::fromFile(path, password) };
    }
    return opened.file;
}

void SetupModel::setTrustCertificate(const TrustCertificate &certificate, const QString &sourceFile)
{
    m_trust = certificate;
    m_trustFile = sourceFile;
    Q_EMIT changed();
}

void SetupModel::setServiceKey(const TaskCenterServiceKey &key, const QString &sourceFile)
{
    m_serviceKey = key;
    m_serviceKeyFile = sourceFile;
    Q_EMIT changed();
}

QStringList SetupModel::secretInputIds() const
{
    QStringList ids;
    for (const auto &step : steps()) {
        QStringList inputs = step.inputs;
        for (const auto &section : step.sections)
            inputs += section.inputs;
        for (const auto &id : std::as_const(inputs)) {
            const auto *input = m_provider->input(id);
            if (input && input->secret && !ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

bool SetupModel::needsServiceKeySecret() const
{
    const auto all = steps();
    return std::any_of(all.cbegin(), all.cend(), [](const ProviderDefinition::Step &step) {
        return step.kind == ProviderDefinition::Step::Kind::Document && step.document == QLatin1String("serviceKey")
            && step.needsClientSecret;
    });
}

bool SetupModel::isTicked(const QString &stepId, const QString &itemId) const
{
    return m_ticked.contains(stepId + QLatin1Char('/') + itemId);
}

void SetupModel::setTicked(const QString &stepId, const QString &itemId, bool ticked)
{
    const QString key = stepId + QLatin1Char('/') + itemId;
    if (m_ticked.contains(key) == ticked)
        return;
    if (ticked)
        m_ticked.insert(key);
    else
        m_ticked.remove(key);
    Q_EMIT changed();
}

QStringList SetupModel::tickedItems() const
{
    QStringList items(m_ticked.cbegin(), m_ticked.cend());
    items.sort();
    return items;
}

bool SetupModel::isLocked(const QString &role, const QString &key) const
{
    const auto *destination = m_provider->destination(role);
    if (!destination)
        return false;
    if (key == QStringLiteral("Name"))
        return true; // the name follows the destination-name input, so a pair stays linked
    // Secret properties follow their input (the API key fields), so they are never typed twice.
    for (const auto &property : destination->properties) {
        if (property.key == key)
            return property.locked || property.secret;
    }
    // A credential an expert would add (a password, a key store password) would land in the setup file: secrets
    // come only from the wizard's own fields.
    return DestinationChangePlan::isCredentialKey(key);
}

bool SetupModel::setPropertyOverride(const QString &role, const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty() || isLocked(role, key) || !m_provider->destination(role))
        return false;
    m_overrides[role].insert(key, value);
    Q_EMIT changed();
    return true;
}

bool SetupModel::removeProperty(const QString &role, const QString &key)
{
    if (isLocked(role, key) || !m_provider->destination(role))
        return false;
    m_overrides[role].insert(key, std::nullopt);
    Q_EMIT changed();
    return true;
}

void SetupModel::resetProperties(const QString &role)
{
    if (m_overrides.remove(role) > 0)
        Q_EMIT changed();
}

QMap<QString, std::optional<QString>> SetupModel::propertyOverrides(const QString &role) const
{
    return m_overrides.value(role);
}

QString SetupModel::newSetupId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool SetupModel::isSetupId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return shape.match(text).hasMatch();
}

QString SetupModel::keychainKey(const QString &inputId) const
{
    if (m_setupId.isEmpty())
        return legacyKeychainKey(inputId);
    return m_secretOwner + QLatin1Char('/') + m_provider->id() + QLatin1Char('/') + m_setupId + QLatin1Char('/')
        + inputId;
}

QString SetupModel::legacyKeychainKey(const QString &inputId) const
{
    QString name;
    for (const auto &destination : m_provider->destinations()) {
        if (destination.isPrimary()) {
            name = ValueTemplate(destination.nameTemplate).expand(templateValues());
            break;
        }
    }
    return m_secretOwner + QLatin1Char('/') + m_provider->id() + QLatin1Char('/') + name + QLatin1Char('/') + inputId;
}

QHash<QString, QString> SetupModel::templateValues() const
{
    return DestinationBuilder(*this).templateValues();
}

QStringList SetupModel::roles() const
{
    return DestinationBuilder(*this).roles();
}

Destination SetupModel::destination(const QString &role) const
{
    return DestinationBuilder(*this).destination(role);
}

QList<Destination> SetupModel::destinations() const
{
    return DestinationBuilder(*this).destinations();
}

QHash<QString, QString> SetupModel::primaryNames() const
{
    return DestinationBuilder(*this).primaryNames();
}

SetupModel::StepState SetupModel::stepState(const ProviderDefinition::Step &step, const QDateTime &now) const
{
    return SetupChecks(*this).stepState(step, now);
}

SetupModel::StepState SetupModel::destinationState(const QString &role) const
{
    return SetupChecks(*this).destinationState(role);
}

QList<SetupModel::Problem> SetupModel::problems(const QDateTime &now, SecretScope scope) const
{
    return SetupChecks(*this).problems(now, scope);
}

bool SetupModel::hasErrors(const QDateTime &now, SecretScope scope) const
{
    return SetupChecks(*this).hasErrors(now, scope);
}
