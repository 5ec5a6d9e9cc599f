#include "formats/PropertiesFormat.h"

#include <QLocale>

namespace PropertiesFormat {

const char RemovedOnExport[] = "<< Existing password/certificate removed on export >>";

namespace {

QString escape(const QString &text, bool isKey)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        case u'\f':
            out += QStringLiteral("\\f");
            continue;
        case u'#':
        case u'!':
        case u'=':
        case u':':
            out += QLatin1Char('\\');
            out += c;
            continue;
        case u' ':
            if (isKey || i == 0)
                out += QLatin1Char('\\');
            out += c;
            continue;
        default:
            break;
        }
        if (u < 0x20 || u > 0x7e)
            out += QStringLiteral("\\u") + QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// Java's store() writes the date as Date.toString(): "Tue Aug 17 15:18:32 UTC 2021", in English.
QString javaDate(const QDateTime &timestamp)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(timestamp.toUTC(), QStringLiteral("ddd MMM dd HH:mm:ss 'UTC' yyyy"));
}

} // namespace

QString escapeKey(const QString &key)
{
    return escape(key, true);
}

QString escapeValue(const QString &value)
{
    return escape(value, false);
}

QByteArray write(const Destination &destination, bool includeSecrets, const QDateTime &timestamp)
{
    QString out;
    for (const auto &property : destination.properties()) {
        if (property.secret && !includeSecrets)
            out += QLatin1Char('#') + escapeKey(property.key) + QLatin1Char('=') + QLatin1String(RemovedOnExport)
                + QLatin1Char('\n');
    }
    out += QStringLiteral("#\n#") + javaDate(timestamp) + QLatin1Char('\n');
    for (const auto &property : destination.properties()) {
        if (property.secret && !includeSecrets)
            continue;
        out += escapeKey(property.key) + QLatin1Char('=') + escapeValue(property.value) + QLatin1Char('\n');
    }
    return out.toLatin1();
}

namespace {

// Reads one logical line's key or value, resolving escapes; stops at an unescaped separator when a key.
QString unescape(const QString &text, int &pos, bool isKey)
{
    QString out;
    while (pos < text.size()) {
        QChar c = text.at(pos);
        if (isKey && (c == QLatin1Char('=') || c == QLatin1Char(':') || c.isSpace()))
            break;
        ++pos;
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (pos >= text.size())
            break;
        c = text.at(pos++);
        switch (c.unicode()) {
        case u't':
            out += QLatin1Char('\t');
            break;
        case u'n':
            out += QLatin1Char('\n');
            break;
        case u'r':
            out += QLatin1Char('\r');
            break;
        case u'f':
            out += QLatin1Char('\f');
            break;
        case u'u': {
            bool ok = false;
            const uint code = text.mid(pos, 4).toUInt(&ok, 16);
            if (ok && pos + 4 <= text.size()) {
                out += QChar(char16_t(code));
                pos += 4;
            } else {
                out += QLatin1Char('u');
            }
            break;
        }
        default:
            out += c;
        }
    }
    return out;
}

// Joins continuation lines: a line ending in an odd number of backslashes continues on the next one,
// whose leading white space is dropped.
QStringList logicalLines(const QString &text)
{
    QStringList lines;
    QString current;
    bool continuing = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (continuing) {
            int start = 0;
            while (start < line.size() && line.at(start).isSpace())
                ++start;
            line = line.mid(start);
        } else {
            current.clear();
        }
        int backslashes = 0;
        for (int i = line.size() - 1; i >= 0 && line.at(i) == QLatin1Char('\\'); --i)
            ++backslashes;
        const bool isComment = !continuing
            && (line.trimmed().startsWith(QLatin1Char('#')) || line.trimmed().startsWith(QLatin1Char('!')));
        if (backslashes % 2 == 1 && !isComment) {
            current += line.left(line.size() - 1);
            continuing = true;
            continue;
        }
        current += line;
        continuing = false;
        lines.append(current);
    }
    if (continuing)
        lines.append(current);
    return lines;
}

} // namespace

Parsed parse(const QByteArray &data)
{
    Parsed parsed;
    // The format is ISO 8859-1 with \u escapes; UTF-8 files people save by hand also read right.
    const QString text = QString::fromUtf8(data).contains(QChar::ReplacementCharacter) ? QString::fromLatin1(data)
                                                                                       : QString::fromUtf8(data);
    const QString removedSuffix = QLatin1Char('=') + QLatin1String(RemovedOnExport);
    for (const QString &line : logicalLines(text)) {
        int pos = 0;
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        if (pos >= line.size())
            continue;
        if (line.at(pos) == QLatin1Char('#') || line.at(pos) == QLatin1Char('!')) {
            const QString comment = line.mid(pos + 1).trimmed();
            if (comment.endsWith(removedSuffix))
                parsed.removedSecretKeys.append(comment.left(comment.size() - removedSuffix.size()));
            continue;
        }
        const QString key = unescape(line, pos, true);
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        if (pos < line.size() && (line.at(pos) == QLatin1Char('=') || line.at(pos) == QLatin1Char(':')))
            ++pos;
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        const QString value = unescape(line, pos, false);
        parsed.properties.append({ key, value, false });
    }
    return parsed;
}

} // namespace PropertiesFormat
