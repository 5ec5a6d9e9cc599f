#include "providers/ValueTemplate.h"

#include "providers/CachedExpression.h"

ValueTemplate::ValueTemplate(const QString &text)
    : m_text(text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([A-Za-z0-9_.]+)\\}"));
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        m_parts.append({ text.mid(at, match.capturedStart() - at), match.captured(1) });
        at = match.capturedEnd();
    }
    m_parts.append({ text.mid(at), {} });
}

QStringList ValueTemplate::placeholders() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (!part.placeholder.isEmpty())
            names.append(part.placeholder);
    }
    return names;
}

QString ValueTemplate::onlyPlaceholder() const
{
    return m_parts.size() == 2 && m_parts.first().literal.isEmpty() && m_parts.last().literal.isEmpty()
        ? m_parts.first().placeholder
        : QString();
}

QString ValueTemplate::expand(const QHash<QString, QString> &values, QStringList *missing) const
{
    QString result;
    for (const Part &part : m_parts) {
        result += part.literal;
        if (part.placeholder.isEmpty())
            continue;
        const QString value = values.value(part.placeholder);
        if (value.isEmpty() && missing && !missing->contains(part.placeholder))
            missing->append(part.placeholder);
        result += value;
    }
    return result;
}

QString ValueTemplate::substitute(const QHash<QString, QString> &values) const
{
    QString result;
    for (const Part &part : m_parts) {
        result += part.literal;
        if (!part.placeholder.isEmpty())
            result += values.contains(part.placeholder) ? values.value(part.placeholder)
                                                        : QStringLiteral("${%1}").arg(part.placeholder);
    }
    return result;
}

QRegularExpression ValueTemplate::shape() const
{
    QString pattern;
    for (const Part &part : m_parts)
        pattern += QRegularExpression::escape(part.literal)
            + (part.placeholder.isEmpty() ? QString() : QStringLiteral(".+"));
    return cachedExpression(QRegularExpression::anchoredPattern(pattern));
}

QHash<QString, QString> ValueTemplate::read(const QString &value) const
{
    if (!hasPlaceholders())
        return {};
    QString pattern;
    for (const Part &part : m_parts)
        pattern += QRegularExpression::escape(part.literal)
            + (part.placeholder.isEmpty() ? QString() : QStringLiteral("(.+?)"));
    const QRegularExpressionMatch match = cachedExpression(QRegularExpression::anchoredPattern(pattern)).match(value);
    if (!match.hasMatch())
        return {};
    QHash<QString, QString> values;
    const QStringList names = placeholders();
    for (int i = 0; i < names.size(); ++i) {
        if (!values.contains(names.at(i)))
            values.insert(names.at(i), match.captured(i + 1));
    }
    // Only a reading that gives the value back (a placeholder used twice must hold one value).
    return expand(values) == value ? values : QHash<QString, QString>();
}

QString ValueTemplate::readable(const std::function<QString(const QString &placeholder)> &nameOf) const
{
    QString result;
    for (const Part &part : m_parts) {
        result += part.literal;
        if (!part.placeholder.isEmpty())
            result += QLatin1Char('<') + nameOf(part.placeholder) + QLatin1Char('>');
    }
    return result;
}
