#pragma once

#include "providers/ValueTemplate.h"
#include "validation/DestinationRole.h"
#include "validation/ValidationFinding.h"
#include "validation/ValidationInput.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <memory>

// A property SAP's table gives a destination's way, as checked: whether the destination has it, and the value SAP
// documents for it (the way's values put in).
struct DocumentedProperty
{
    const ProviderDefinition::PropertyTemplate *property = nullptr;
    bool present = false;
    ValueTemplate documented;
};

// One destination a check looks at (the last given of its name within its subaccount's export), with its role.
struct CheckedDestination
{
    const SourcedDestination *destination = nullptr;
    DestinationRole role;
    // One of Task Center's own destinations (Task_Center, the identity directory, ...), not a task provider.
    bool isService = false;
    // The properties SAP's table gives its way, as far as they are checked: tc.enabled has rules of its own; an
    // optional one may be absent, and one written once has been changed by the provider since. Empty for a
    // service destination and for a provider no file describes.
    QList<DocumentedProperty> documented;

    QString name() const { return destination->name(); }
    QString value(const QString &key) const { return destination->value(key); }
    bool has(const QString &key) const { return destination->has(key); }
};

// Everything a check is given, indexed once so that every rule looks up by name instead of comparing all pairs:
// each rule runs in time linear in the number of destinations. Names are looked up within the destination's
// subaccount export, since exports of several subaccounts may each have theirs.
class CheckedConfiguration
{
public:
    CheckedConfiguration(const ValidationInput &input, const ProviderDefinitions &providers);

    const ValidationInput &input() const { return m_input; }
    const ProviderDefinitions &providers() const { return m_providers; }
    // Exports of several subaccounts were given: only then does a finding say which one it is about.
    bool ofSeveralSubaccounts() const { return m_severalSubaccounts; }
    static bool ofSeveralSubaccounts(const ValidationInput &input);
    // The destinations checked, in the order given.
    const QList<CheckedDestination> &destinations() const { return m_checked; }
    // The destination of that name in that subaccount's export (the last one given), or none.
    const CheckedDestination *find(const QString &subaccount, const QString &name) const;
    // A destination given again: the one before it of the same name and the one after.
    struct Repeat
    {
        const SourcedDestination *earlier;
        const SourcedDestination *later;
    };
    const QList<Repeat> &repeats() const { return m_repeats; }

private:
    const ValidationInput &m_input;
    const ProviderDefinitions &m_providers;
    bool m_severalSubaccounts = false;
    QList<CheckedDestination> m_checked;
    QHash<QString, qsizetype> m_byName; // scoped name -> index in m_checked
    QList<Repeat> m_repeats;
};

// One rule of the check: its stable id (the findings' "rule"), its severity, and where SAP says so. A rule looks at
// each destination, or at the whole configuration, or both; the validator runs every rule of the table in order
// (ValidationRule::all()). A rule added is a class added, with a row in tst_validationrules.
class ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(ValidationRule)

public:
    using Severity = ValidationFinding::Severity;

    virtual ~ValidationRule() = default;

    QString id() const { return m_id; }
    // The severity of its findings (a rule that repeats a value check's verdict reports at most this).
    Severity severity() const { return m_severity; }
    // SAP's page (or our reference) the rule comes from: ValidationSources::providerGuide for the guide of the
    // destination's provider; empty where the rule is ours alone (a file that cannot be read).
    QString source() const { return m_source; }

    virtual void check(const CheckedDestination &destination, const CheckedConfiguration &configuration,
                       QList<ValidationFinding> &findings) const;
    virtual void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const;

    // Every rule, in the order their findings on one destination are listed.
    static const QList<std::shared_ptr<const ValidationRule>> &all();

protected:
    ValidationRule(QString id, Severity severity, QString source);
    // A finding of this rule about a destination (or the whole configuration, with no name), citing the rule's
    // source.
    ValidationFinding finding(const QString &destination, const QString &message, const QString &fix) const;
    // A finding about a destination under check, citing the rule's source or its provider's guide.
    ValidationFinding finding(const CheckedDestination &destination, const QString &message, const QString &fix) const;

private:
    QString m_id;
    Severity m_severity;
    QString m_source;
};

// The rules of each subject (rules/*.cpp), for ValidationRule::all().
namespace ValidationRules {
using Table = QList<std::shared_ptr<const ValidationRule>>;
void addSourceRules(Table &table);
void addNameRules(Table &table);
void addServiceDestinationRules(Table &table);
void addEnablingRules(Table &table);
void addPropertyRules(Table &table);
void addCertificateRules(Table &table);
void addRecommendationsRules(Table &table);
void addPairRules(Table &table);
void addTrustRules(Table &table);
} // namespace ValidationRules
