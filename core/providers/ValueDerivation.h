#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QRegularExpressionMatch>
#include <QString>

// How a provider file makes one value of another (a destination URL of the address the user copied), said in
// the file rather than in code:
//
//   "take": "origin"                       the https origin of an address ("https://host[:port]")
//           "query:<name>"                 a query parameter of an address (?company=ACME: ACME)
//           {"match": re, "value": text}   the whole value matched by a regular expression (case ignored),
//                                          rewritten with \1, \2 ... for what it captured
//           [ ... ]                        several of these, each taking what the one before made
//   "join": "path/"                        a path joined to what was taken with exactly one "/" between them
//
// A value that a step cannot make sense of gives an empty string: the input's own check tells the user why.
class ValueDerivation
{
    Q_DECLARE_TR_FUNCTIONS(ValueDerivation)

public:
    // Reads "take" and "join"; an invalid one sets *error (what is wrong, for the file's author).
    static ValueDerivation fromJson(const QJsonValue &take, const QString &join, QString *error);

    QString apply(const QString &input) const;
    bool isEmpty() const { return m_steps.isEmpty() && m_join.isEmpty(); }

    // "https://host[:port]" of an https address (a bare host is taken as one); empty for anything else.
    static QString httpsOrigin(const QString &address);
    // A query parameter of an address, its name compared without regard to case (company= or Company=).
    static QString queryValue(const QString &address, const QString &name);
    // A replacement with \1, \2 ... put in from what a regular expression captured (empty where a group did not take
    // part).
    static QString rewritten(const QString &replacement, const QRegularExpressionMatch &match);
    // base and path with exactly one "/" between them ("https://h/" + "/api" is "https://h/api").
    static QString joinPath(const QString &base, const QString &path);

private:
    struct Step
    {
        enum class Kind { Origin, Query, Match } kind = Kind::Origin;
        QString parameter; // Query: the name; Match: the regular expression
        QString replacement; // Match
    };
    QList<Step> m_steps;
    QString m_join;
};
