#pragma once

#include "Destination.h"
#include "InputChecks.h"
#include "ProviderDefinition.h"
#include "TaskCenterServiceKey.h"
#include "TrustCertificate.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

// Everything the wizard collects for one task provider, and the destinations that follow from it.
// The pages only read and write this model; the command line fills the same model from a setup file.
// Secret inputs live here in memory only; SecretStore persists them.
class SetupModel : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString field; // an input id, "trustCertificate", "serviceKey" or "<role>.<property>"
        QString message;
        InputChecks::Severity severity = InputChecks::Severity::Error;
    };

    explicit SetupModel(std::shared_ptr<const ProviderDefinition> provider, QObject *parent = nullptr);

    const ProviderDefinition &provider() const { return *m_provider; }
    // Takes over everything another model of the same provider holds (e.g. one read from a setup file).
    void assign(const SetupModel &other);
    std::shared_ptr<const ProviderDefinition> providerPointer() const { return m_provider; }

    // Inputs of the provider definition, secret or not. Unset inputs give their default.
    QString value(const QString &inputId) const;
    void setValue(const QString &inputId, const QString &value);
    bool hasValue(const QString &inputId) const;
    // The non-secret inputs, as a setup file stores them.
    QMap<QString, QString> plainValues() const;

    void setTrustCertificate(const TrustCertificate &certificate, const QString &sourceFile = {});
    const std::optional<TrustCertificate> &trustCertificate() const { return m_trust; }
    QString trustCertificateFile() const { return m_trustFile; }

    void setServiceKey(const TaskCenterServiceKey &key, const QString &sourceFile = {});
    const std::optional<TaskCenterServiceKey> &serviceKey() const { return m_serviceKey; }
    QString serviceKeyFile() const { return m_serviceKeyFile; }

    // Expert edits of the generated destinations. Locked properties (tc.enabled, ...) cannot be changed.
    bool isLocked(const QString &role, const QString &key) const;
    bool setPropertyOverride(const QString &role, const QString &key, const QString &value);
    bool removeProperty(const QString &role, const QString &key);
    void resetProperties(const QString &role);
    QMap<QString, std::optional<QString>> propertyOverrides(const QString &role) const;

    // The values ${...} placeholders resolve to: inputs, derived values, serviceKey.*, trust.body.
    QHash<QString, QString> templateValues() const;
    static QString expand(const QString &text, const QHash<QString, QString> &values, QStringList *missing = nullptr);

    // The destinations in the provider definition's order (primary first).
    QList<Destination> destinations() const;
    Destination destination(const QString &role) const;
    QStringList roles() const;

    // Where a secret input is kept in the keychain: "<provider>/<primary destination name>/<input>".
    QString keychainKey(const QString &inputId) const;

    // Whether secret inputs are checked: not when they will be left out of what is written anyway.
    enum class SecretScope { Check, Skip };
    // Every check of every value; no errors among them when the destinations can be written.
    QList<Problem> problems(const QDateTime &now, SecretScope scope = SecretScope::Check) const;
    bool hasErrors(const QDateTime &now, SecretScope scope = SecretScope::Check) const;

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<const ProviderDefinition> m_provider;
    QHash<QString, QString> m_values;
    std::optional<TrustCertificate> m_trust;
    QString m_trustFile;
    std::optional<TaskCenterServiceKey> m_serviceKey;
    QString m_serviceKeyFile;
    QHash<QString, QMap<QString, std::optional<QString>>> m_overrides;
};
