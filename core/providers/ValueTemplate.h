#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>

// A value as a provider file writes it: text with ${name} placeholders ("${server}/api/v2", "${destinationName}_PP"),
// read once, and everything the program does with one: fill it in, tell the shape it gives a value, read the values
// back out of a value it gave, and say it to a person with the inputs' labels. One reading of the syntax for the
// wizard, the command line and the validator.
class ValueTemplate
{
public:
    explicit ValueTemplate(const QString &text);

    QString text() const { return m_text; }
    // The placeholders' names, in order, each as often as it occurs.
    QStringList placeholders() const;
    bool hasPlaceholders() const { return m_parts.size() > 1; }
    // "${name}" alone: the value is whatever the placeholder holds; empty otherwise.
    QString onlyPlaceholder() const;

    // The text with each placeholder's value; *missing collects, once each, the placeholders without one.
    QString expand(const QHash<QString, QString> &values, QStringList *missing = nullptr) const;
    // The placeholders that have a value replaced, the others kept as they are (a way's fixed values put into a
    // destination's template).
    QString substitute(const QHash<QString, QString> &values) const;
    // What a value this template gives looks like: each placeholder some text, the text between exactly as written.
    QRegularExpression shape() const;
    // The placeholders' values in a value this template gave ("${server}/api/v2" read in "https://h/api/v2": server =
    // "https://h"); empty when the value does not have the template's shape, or when no reading gives it back (one
    // placeholder used twice with two values).
    QHash<QString, QString> read(const QString &value) const;
    // For a person: each placeholder as <its name>, named by nameOf ("<API server>/api/v2").
    QString readable(const std::function<QString(const QString &placeholder)> &nameOf) const;

private:
    struct Part
    {
        QString literal; // the text before the placeholder (or, for the last part, after the last one)
        QString placeholder; // empty for the last part
    };
    QString m_text;
    QList<Part> m_parts;
};
