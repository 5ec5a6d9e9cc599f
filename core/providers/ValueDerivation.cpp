#include "providers/ValueDerivation.h"

#include "providers/CachedExpression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

QUrl parsedUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    return QUrl(trimmed, QUrl::StrictMode);
}

} // namespace

QString ValueDerivation::httpsOrigin(const QString &address)
{
    if (address.trimmed().isEmpty())
        return {};
    const QUrl url = parsedUrl(address);
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty()
        || !url.host().contains(QLatin1Char('.')) || !url.userInfo().isEmpty())
        return {};
    QString origin = QStringLiteral("https://") + url.host(QUrl::FullyEncoded).toLower();
    if (url.port() != -1 && url.port() != 443)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

QString ValueDerivation::queryValue(const QString &address, const QString &name)
{
    const QUrlQuery query(parsedUrl(address));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second.trimmed();
    }
    return {};
}

QString ValueDerivation::rewritten(const QString &replacement, const QRegularExpressionMatch &match)
{
    QString text = replacement;
    // From the highest group down, so that \1 does not take the start of \12.
    for (int group = match.regularExpression().captureCount(); group >= 1; --group)
        text.replace(QLatin1Char('\\') + QString::number(group), match.captured(group));
    return text;
}

QString ValueDerivation::joinPath(const QString &base, const QString &path)
{
    QString head = base;
    while (head.endsWith(QLatin1Char('/')))
        head.chop(1);
    qsizetype start = 0;
    while (start < path.size() && path.at(start) == QLatin1Char('/'))
        ++start;
    return head + QLatin1Char('/') + path.mid(start);
}

ValueDerivation ValueDerivation::fromJson(const QJsonValue &take, const QString &join, QString *error)
{
    ValueDerivation derivation;
    derivation.m_join = join;
    const QJsonArray steps = take.isArray() ? take.toArray() : QJsonArray { take };
    for (const auto &value : steps) {
        Step step;
        if (value.isUndefined() || value.isNull()) {
            continue;
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            step.kind = Step::Kind::Match;
            step.parameter = object.value(QStringLiteral("match")).toString();
            step.replacement = object.value(QStringLiteral("value")).toString();
            const QRegularExpression expression(step.parameter);
            if (step.parameter.isEmpty() || !expression.isValid() || step.replacement.isEmpty()) {
                *error = tr("\"take\" has a \"match\" that is not a valid regular expression with a \"value\".");
                return {};
            }
        } else if (value.toString() == QLatin1String("origin")) {
            step.kind = Step::Kind::Origin;
        } else if (value.toString().startsWith(QLatin1String("query:")) && value.toString().size() > 6) {
            step.kind = Step::Kind::Query;
            step.parameter = value.toString().mid(6);
        } else {
            *error = tr("\"take\" is \"%1\"; it takes \"origin\", \"query:<name>\" or {\"match\", \"value\"}.")
                         .arg(value.isString() ? value.toString() : QStringLiteral("?"));
            return {};
        }
        derivation.m_steps.append(step);
    }
    return derivation;
}

QString ValueDerivation::apply(const QString &input) const
{
    QString value = input.trimmed();
    for (const Step &step : m_steps) {
        if (value.isEmpty())
            return {};
        switch (step.kind) {
        case Step::Kind::Origin:
            value = httpsOrigin(value);
            break;
        case Step::Kind::Query:
            value = queryValue(value, step.parameter);
            break;
        case Step::Kind::Match: {
            const QRegularExpression expression = cachedExpression(QRegularExpression::anchoredPattern(step.parameter),
                                                                   QRegularExpression::CaseInsensitiveOption);
            const auto match = expression.match(value);
            if (!match.hasMatch())
                return {};
            value = rewritten(step.replacement, match);
            break;
        }
        }
    }
    if (value.isEmpty() || m_join.isEmpty())
        return value;
    return joinPath(value, m_join);
}
