#pragma once

#include "providers/InputChecks.h"
#include "providers/ValueDerivation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

// A task provider as data (resources/providers/<id>.json): the steps of SAP's procedure for it, in order,
// each of a few generic kinds; the values the user enters and those derived from them; and the destinations
// it produces. The wizard and the command line both interpret the same definition, so they cannot drift apart,
// and a new provider is a new file. A definition is checked when it loads: every step, input, check,
// derivation, placeholder and destination it names must exist.
class ProviderDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDefinition)

public:
    static constexpr int Format = 2;

    struct Link
    {
        QString title;
        QString url;
        QStringList steps; // the steps this guide documents (for the Help button)
    };
    struct FillFrom
    {
        QString input; // when this input changes ...
        ValueDerivation take; // ... and this makes a value of it, it fills an empty field
    };
    // What a value that passes the input's check may still be, and what to tell the user then (a login page's
    // address where an API server belongs): the first hint whose "when" occurs in the value applies.
    struct Hint
    {
        QString when; // a regular expression searched in the trimmed value, case ignored
        InputChecks::Severity severity = InputChecks::Severity::Warning;
        QString message; // %1: the suggestion, when there is one
        QString suggestion; // what to use instead, with \1, \2 ... for what "when" captured; empty: none
    };
    struct Input
    {
        QString id;
        QString label;
        QString help;
        QString placeholder;
        QString defaultValue; // the value until the user types another (destination names)
        QString suggestion; // offered with one click, never filled in unasked (a documented example value)
        // What an administrator would enter, passing the input's check: the walks that test every page in every
        // language fill it in, so a new provider is walked without a list of values elsewhere.
        QString example;
        QString check; // the name of an InputChecks rule
        QString differentFrom; // another input that must not hold the same value (two API keys)
        // An address whose host must start with the same label as another input (its value, or its address's host):
        // the same cluster or region ("eu" in https://eu.fsm.cloud.sap/...). When not, the warning, with %1 this
        // address's label and %2 the other's.
        struct SameSite
        {
            QString input;
            QString warning;
        } sameSiteAs;
        FillFrom fillFrom;
        QList<Hint> hints;
        // One of a documented set of values (Concur's data centre: eu2, us2): offered as a list, and any other value
        // is refused.
        QStringList choices;
        // A shape the value must have, said in the file: a regular expression the whole value must match, and what
        // to tell the user when it does not (translated like the file's other texts).
        struct Pattern
        {
            QString match;
            QString message;
        } pattern;
        bool required = false;
        bool secret = false;
        // A key store the subaccount's destination certificates get on apply (SAP BTP Connectivity, "Use Destination
        // Certificates"): the value is the file's path on this computer, or the name of a file the subaccount already
        // has; the destinations name it by its file name, and this secret input holds the password that opens it.
        QString keyStorePassword;
        bool isKeyStore() const { return !keyStorePassword.isEmpty(); }

        // The value against the input's choices and its named check (InputChecks): what the wizard says where the
        // value is typed, and what a check of an existing destination says of it.
        InputChecks::Result checkValue(const QString &value) const;
    };
    struct Derived
    {
        QString id;
        QString label;
        QString from;
        ValueDerivation take;
    };
    // A value the user enters in the provider's own console (or elsewhere), shown with a Copy button.
    struct ConsoleField
    {
        QString label;
        QString valueTemplate;
        QString note;
        bool copyable = true;
        bool secret = false; // shown masked until the user asks to see it
        QString saveAs; // offered as a file to save under this name (a certificate to upload), besides Copy
    };
    struct ConsoleSection
    {
        QString id;
        QString title;
        QString intro;
        QList<ConsoleField> fields;
        QStringList inputs; // values the console gives back (API keys, IDs)
    };
    struct ChecklistItem
    {
        QString id;
        QString text;
        QString where; // where to click
        QString link; // SAP's page for it
    };
    struct Step
    {
        enum class Kind {
            Document, // a file to read: "trustCertificate" or "serviceKey"
            Values, // values to enter, with checks and derived values
            Console, // things to do in a console, with the values to copy and the values it gives back
            Checklist, // steps done elsewhere, ticked off by the user
            Destinations, // one page per destination the definition produces
        };
        QString id;
        Kind kind = Kind::Values;
        QString title;
        QString subTitle;
        QString intro;
        // For the help window: what this step is for, where the page itself cannot say it (optional).
        QString help;
        QString document; // Document: "trustCertificate" or "serviceKey"
        bool needsClientSecret
            = false; // Document serviceKey: the provider uses uaa.clientsecret (kept in the keychain)
        QStringList inputs; // Values
        QStringList derived; // Values
        QList<ConsoleSection> sections; // Console
        QList<ChecklistItem> items; // Checklist
        QStringList paths; // the paths that have this step; empty: every path
    };
    // A way through SAP's procedure, where SAP documents more than one (S/4HANA Cloud: formation or manual).
    struct Path
    {
        QString id;
        QString title;
        QString explanation;
        bool writesDestinations = true;
        QString nextSteps; // for a path without destinations: what to check afterwards
        // What the way fixes in the destinations (Concur Expense or Request: the URL's last segment), as placeholders
        // ${name} like the inputs; every way of a provider names the same ones.
        QHash<QString, QString> values;
        // The way's own default for an input (Concur's sample names: Concur_Expense, Concur_Request).
        QHash<QString, QString> defaults;
    };
    struct PropertyTemplate
    {
        QString key;
        QString valueTemplate;
        bool secret = false;
        bool locked = false; // required by Task Center; an expert may not change it
        // Left out when its value is empty, and never demanded of an existing destination (SAP's "(Optional)" rows).
        bool optional = false;
        // Written when the destination is created and never again: the provider or Task Center changes it after the
        // first exchange (Concur turns the client key into a refresh token), and resetting it breaks the connection.
        // A later apply keeps the subaccount's value, and a check compares nothing but its presence.
        bool writtenOnce = false;
        QStringList paths; // the ways that write it; empty: every way (C4C's User on the basic way only)
        bool isOnPath(const QString &pathId) const { return paths.isEmpty() || paths.contains(pathId); }
    };
    struct Note
    {
        bool warning = false;
        QString text;
    };
    struct DestinationTemplate
    {
        QString role; // "primary", "secondary", ...
        QString title;
        QString nameTemplate;
        QString nameInput; // the input that names it, shown on its page (primaries)
        QString primaryRole; // set on a secondary: the destination it belongs to (principal propagation)
        // Why the Destination service cannot fetch a token with it on its own (it asserts each user, and has no
        // technical user); empty when "Test connection" can.
        QString untestable;
        QList<Note> notes;
        QList<PropertyTemplate> properties;
        QStringList paths; // the ways that write it; empty: every way
        bool isPrimary() const { return primaryRole.isEmpty(); }
        bool isOnPath(const QString &pathId) const { return paths.isEmpty() || paths.contains(pathId); }
        // The destination as one way writes it: only the properties that way has.
        DestinationTemplate onPath(const QString &pathId) const;
    };

    // What to check when the Destination service could not get a token with a destination: the first hint whose
    // match occurs in the error text (ignoring case), else the one without a match (from the provider file's
    // tokenErrorHints, each with its source). Empty when the provider has none.
    QString tokenErrorHint(const QString &errorText) const;

    // Loads a built-in definition by its file's id; null with *error set when there is none.
    static std::shared_ptr<const ProviderDefinition> builtIn(const QString &id, QString *error = nullptr);
    static QStringList builtInIds();
    // Every built-in definition that loads, in id order.
    static QList<std::shared_ptr<const ProviderDefinition>> allBuiltIn();
    // The built-in providers by id, display name and summary (translated), in id order: from the catalogue the build
    // makes of the same files, so that listing them reads no provider's whole definition.
    struct CatalogueEntry
    {
        QString id;
        QString displayName;
        QString summary;
        QString family;
    };
    static QList<CatalogueEntry> catalogue();
    // The families the first page groups providers by, in the order it shows them: id ("hr") and name (translated).
    struct Family
    {
        QString id;
        QString name;
    };
    static QList<Family> families();
    // Parses and checks a definition; used for the built-in ones and by tests.
    // What a load checks: everything (a file being written or tried, the tests), or what using it relies on, for the
    // built-in files, whose regular expressions and examples CTest has checked (compiling them took a twentieth of
    // the time to the first paint).
    enum class Checks { Everything, Structure };
    static std::shared_ptr<const ProviderDefinition> fromJson(const QByteArray &json, QString *error,
                                                              Checks checks = Checks::Everything);
    // The English texts a provider file shows (labels, help, titles, notes), in file order: exactly those looked
    // up under the translation context "ProviderText", so lupdate can be given them (translations/ProviderTexts.cpp).
    static QStringList sourceTexts(const QByteArray &json);
    // The placeholders a provider file may use besides its inputs and derived values: what the documents give.
    static QStringList documentPlaceholders();

    QString id() const { return m_id; }
    QString displayName() const { return m_displayName; }
    QString summary() const { return m_summary; }
    QString family() const { return m_family; }
    QString providerType() const { return m_providerType; }
    const QList<Link> &sources() const { return m_sources; }
    const QList<Input> &inputs() const { return m_inputs; }
    const QList<Derived> &derived() const { return m_derived; }
    const QList<Path> &paths() const { return m_paths; }
    const QList<Step> &allSteps() const { return m_steps; }
    const QList<DestinationTemplate> &destinations() const { return m_destinations; }
    // The destination properties that tell one backend system from another (URL, company, account): two
    // primaries with the same values give every user each task twice.
    const QStringList &systemIdentity() const { return m_systemIdentity; }

    // The steps of one path, in order (every step when the provider has a single path).
    QList<Step> steps(const QString &pathId) const;
    // The inputs a path asks for: those of its steps, and the names of its destinations where it writes some.
    QStringList inputIdsOf(const QString &pathId) const;
    const Path *path(const QString &id) const;
    QString defaultPathId() const;
    const Input *input(const QString &id) const;
    const Derived *derivedValue(const QString &id) const;
    // The guide that documents a step ("trustCertificate", ...; a destination's page is "destination:<role>", else
    // "destinations"); the first guide when none is named.
    // On a path, a guide that documents only another path's steps is passed over.
    Link guideFor(const QString &stepId, const QString &pathId = {}) const;
    // The guides that belong to a path: all but those that document only another path's steps.
    QList<Link> sourcesFor(const QString &pathId) const;
    const DestinationTemplate *destination(const QString &role) const;
    // The destinations one way writes, each with only the properties it has on that way.
    QList<DestinationTemplate> destinations(const QString &pathId) const;
    // A property of an existing destination: its value, or nothing when it has none.
    using PropertyLookup = std::function<std::optional<QString>(const QString &key)>;
    // The way an existing destination was written on, where the provider has several (C4C's primary with basic
    // authentication or a certificate): the one whose properties and documented values it matches best (the first
    // of equals); empty for a provider without ways.
    QString wayOf(const DestinationTemplate &definition, const PropertyLookup &existing) const;
    // A template with the values a way fixes put in (C4C's ${authentication} on the basic way).
    QString withWayValues(const QString &valueTemplate, const QString &pathId) const;
    // The name a key store has in the subaccount: the file name of a path on this computer, or the value itself.
    static QString keyStoreName(const QString &value);
    // Whether a key store input's value is a file on this computer to upload (an absolute path), not the name of a
    // file the subaccount already has.
    static bool isLocalKeyStore(const QString &value);
    QStringList secretInputIds() const;

private:
    struct TokenErrorHint
    {
        QString match;
        QString text;
    };
    QString check(Checks checks) const;

    QList<TokenErrorHint> m_tokenErrorHints;
    QString m_id;
    QString m_displayName;
    QString m_summary;
    QString m_family;
    QString m_providerType;
    QStringList m_systemIdentity;
    QList<Link> m_sources;
    QList<Input> m_inputs;
    QList<Derived> m_derived;
    QList<Path> m_paths;
    QList<Step> m_steps;
    QList<DestinationTemplate> m_destinations;
};

using ProviderDefinitions = QList<std::shared_ptr<const ProviderDefinition>>;
