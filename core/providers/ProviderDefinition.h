#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

// A task provider as data (resources/providers/<id>.json): the values the user enters, the values derived
// from them, the OAuth clients to register in the provider and the destinations it produces. The wizard and
// the command line both interpret the same definition, so they cannot drift apart.
class ProviderDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDefinition)

public:
    struct Link
    {
        QString title;
        QString url;
        QStringList pages; // the wizard steps this guide documents (for the Help button)
    };
    struct Input
    {
        QString id;
        QString label;
        QString help;
        QString placeholder;
        QString defaultValue;
        QString check; // the name of an InputChecks rule
        bool required = false;
        bool secret = false;
    };
    struct Derived
    {
        QString id;
        QString label;
        QString from;
        QString transform; // the name of a ValueTransforms function
    };
    struct ClientField
    {
        QString label;
        QString valueTemplate;
        QString note;
        bool copyable = true;
    };
    struct OAuthClient
    {
        QString id;
        QString title;
        QString apiKeyInput;
        QList<ClientField> fields;
    };
    struct PropertyTemplate
    {
        QString key;
        QString valueTemplate;
        bool secret = false;
        bool locked = false; // required by Task Center; an expert may not change it
    };
    struct Note
    {
        bool warning = false;
        QString text;
    };
    struct DestinationTemplate
    {
        QString role; // "primary" or "secondary"
        QString title;
        QString nameTemplate;
        QList<Note> notes;
        QList<PropertyTemplate> properties;
    };

    // What to check when the Destination service could not get a token with a destination: the first hint whose
    // match occurs in the error text (ignoring case), else the one without a match (from the provider file's
    // tokenErrorHints, each with its source). Empty when the provider has none.
    QString tokenErrorHint(const QString &errorText) const;

    // Loads a built-in definition by id ("successfactors"); null with *error set when there is none.
    static std::shared_ptr<const ProviderDefinition> builtIn(const QString &id, QString *error = nullptr);
    static QStringList builtInIds();
    // Parses a definition; used for the built-in ones and by tests.
    static std::shared_ptr<const ProviderDefinition> fromJson(const QByteArray &json, QString *error);
    // The English texts a provider file shows (labels, help, titles, notes), in file order: exactly those looked
    // up under the translation context "ProviderText", so lupdate can be given them (translations/ProviderTexts.cpp).
    static QStringList sourceTexts(const QByteArray &json);

    QString id() const { return m_id; }
    QString displayName() const { return m_displayName; }
    QString providerType() const { return m_providerType; }
    const QList<Link> &sources() const { return m_sources; }
    const QList<Input> &inputs() const { return m_inputs; }
    const QList<Derived> &derived() const { return m_derived; }
    const QList<OAuthClient> &oauthClients() const { return m_oauthClients; }
    const QList<DestinationTemplate> &destinations() const { return m_destinations; }

    const Input *input(const QString &id) const;
    // The guide that documents a wizard step ("trustCertificate", ...); the first guide when none is named.
    Link guideFor(const QString &page) const;
    const DestinationTemplate *destination(const QString &role) const;
    QStringList secretInputIds() const;

private:
    struct TokenErrorHint
    {
        QString match;
        QString text;
    };
    QList<TokenErrorHint> m_tokenErrorHints;
    QString m_id;
    QString m_displayName;
    QString m_providerType;
    QList<Link> m_sources;
    QList<Input> m_inputs;
    QList<Derived> m_derived;
    QList<OAuthClient> m_oauthClients;
    QList<DestinationTemplate> m_destinations;
};
