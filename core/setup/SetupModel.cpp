#include "SetupModel.h"

#include "ValueTransforms.h"

#include <QRegularExpression>

SetupModel::SetupModel(std::shared_ptr<const ProviderDefinition> provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{
    Q_ASSERT(m_provider);
}

void SetupModel::assign(const SetupModel &other)
{
    Q_ASSERT(other.m_provider->id() == m_provider->id());
    m_values = other.m_values;
    m_trust = other.m_trust;
    m_trustFile = other.m_trustFile;
    m_serviceKey = other.m_serviceKey;
    m_serviceKeyFile = other.m_serviceKeyFile;
    m_overrides = other.m_overrides;
    Q_EMIT changed();
}

QString SetupModel::value(const QString &inputId) const
{
    const auto it = m_values.constFind(inputId);
    if (it != m_values.constEnd())
        return it.value();
    const auto *input = m_provider->input(inputId);
    return input ? input->defaultValue : QString();
}

void SetupModel::setValue(const QString &inputId, const QString &value)
{
    const auto it = m_values.constFind(inputId);
    if (it != m_values.constEnd() && it.value() == value)
        return;
    m_values.insert(inputId, value);
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

bool SetupModel::isLocked(const QString &role, const QString &key) const
{
    const auto *destination = m_provider->destination(role);
    if (!destination)
        return false;
    if (key == QStringLiteral("Name"))
        return true; // the name follows the destination-name input, so the pair stays linked
    // Secret properties follow their input (the API key fields), so they are never typed twice.
    for (const auto &property : destination->properties) {
        if (property.key == key)
            return property.locked || property.secret;
    }
    return false;
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

QHash<QString, QString> SetupModel::templateValues() const
{
    QHash<QString, QString> values;
    for (const auto &input : m_provider->inputs())
        values.insert(input.id, value(input.id).trimmed());
    for (const auto &derived : m_provider->derived())
        values.insert(derived.id, ValueTransforms::apply(derived.transform, values.value(derived.from)));
    if (m_serviceKey) {
        values.insert(QStringLiteral("serviceKey.uaa.url"), m_serviceKey->uaaUrl());
        values.insert(QStringLiteral("serviceKey.uaa.clientid"), m_serviceKey->clientId());
        values.insert(QStringLiteral("serviceKey.endpoints.inbox_rest_url"), m_serviceKey->inboxRestUrl());
    }
    if (m_trust && m_trust->isValid())
        values.insert(QStringLiteral("trust.body"), m_trust->base64Body());
    return values;
}

QString SetupModel::expand(const QString &text, const QHash<QString, QString> &values, QStringList *missing)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([A-Za-z0-9_.]+)\\}"));
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const QString value = values.value(name);
        if (value.isEmpty() && missing && !missing->contains(name))
            missing->append(name);
        result += value;
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QStringList SetupModel::roles() const
{
    QStringList roles;
    for (const auto &destination : m_provider->destinations())
        roles.append(destination.role);
    return roles;
}

Destination SetupModel::destination(const QString &role) const
{
    const auto *definition = m_provider->destination(role);
    if (!definition)
        return {};
    const auto values = templateValues();
    Destination destination;
    destination.setValue(QStringLiteral("Name"), expand(definition->nameTemplate, values));
    for (const auto &property : definition->properties)
        destination.setValue(property.key, expand(property.valueTemplate, values), property.secret);
    const auto overrides = m_overrides.value(role);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.value())
            destination.setValue(it.key(), *it.value(), destination.isSecret(it.key()));
        else
            destination.remove(it.key());
    }
    return destination;
}

QList<Destination> SetupModel::destinations() const
{
    QList<Destination> all;
    for (const auto &role : roles())
        all.append(destination(role));
    return all;
}

QString SetupModel::keychainKey(const QString &inputId) const
{
    return m_provider->id() + QLatin1Char('/') + value(QStringLiteral("destinationName")).trimmed() + QLatin1Char('/')
        + inputId;
}

QList<SetupModel::Problem> SetupModel::problems(const QDateTime &now, SecretScope scope) const
{
    QList<Problem> problems;
    if (!m_trust)
        problems.append({ QStringLiteral("trustCertificate"), tr("No trust certificate has been given.") });
    else if (!m_trust->isValid())
        problems.append({ QStringLiteral("trustCertificate"), m_trust->errorMessage() });
    else if (m_trust->status(now) == TrustCertificate::Status::Expired
             || m_trust->status(now) == TrustCertificate::Status::NotYetValid)
        problems.append({ QStringLiteral("trustCertificate"), m_trust->statusText(now) });
    else if (m_trust->status(now) == TrustCertificate::Status::ExpiringSoon)
        problems.append(
            { QStringLiteral("trustCertificate"), m_trust->statusText(now), InputChecks::Severity::Warning });

    if (!m_serviceKey)
        problems.append({ QStringLiteral("serviceKey"), tr("No SAP Task Center service key has been given.") });
    else if (!m_serviceKey->isValid() && !m_serviceKey->lacksOnlyClientSecret())
        problems.append({ QStringLiteral("serviceKey"), m_serviceKey->errorMessage() });

    for (const auto &input : m_provider->inputs()) {
        if (input.secret && scope == SecretScope::Skip)
            continue;
        const QString text = value(input.id);
        if (input.required && text.trimmed().isEmpty()) {
            problems.append({ input.id, tr("%1 is required.").arg(input.label) });
            continue;
        }
        const auto result = InputChecks::check(input.check, text);
        if (result.severity != InputChecks::Severity::Ok)
            problems.append({ input.id, result.message, result.severity });
    }
    // Expert edits must not leave a placeholder behind or an empty required main field.
    for (const auto &destination : destinations()) {
        for (const auto &property : destination.properties()) {
            // Secrets are checked (and never echoed) by their input's own rule.
            if (!property.secret && InputChecks::looksLikeSample(property.value))
                problems.append({ destination.name() + QLatin1Char('.') + property.key,
                                  tr("%1 of %2 still holds the template value \"%3\".")
                                      .arg(property.key, destination.name(), property.value) });
        }
    }
    return problems;
}

bool SetupModel::hasErrors(const QDateTime &now, SecretScope scope) const
{
    const auto all = problems(now, scope);
    return std::any_of(all.cbegin(), all.cend(),
                       [](const Problem &problem) { return problem.severity == InputChecks::Severity::Error; });
}
