#include "formats/VisibleText.h"

namespace VisibleText {

bool isHidden(char16_t character)
{
    if (character == u'\n' || character == u'\t')
        return false;
    return character < 0x20 // C0 controls: ESC, BEL, NUL, carriage return, ...
        || (character >= 0x7f && character <= 0x9f) // DEL and the C1 controls (CSI U+009B, OSC U+009D, ...)
        || character == 0x061c // Arabic letter mark
        || character == 0x200e || character == 0x200f // left-to-right and right-to-left marks
        || (character >= 0x202a && character <= 0x202e) // embeddings and overrides
        || (character >= 0x2066 && character <= 0x2069) // isolates
        || character == 0x2028 || character == 0x2029; // line and paragraph separators
}

QString of(const QString &text)
{
    const auto hidden = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isHidden(c.unicode()); });
    if (hidden == text.cend())
        return text; // the common case: nothing to do, nothing copied
    QString shown;
    shown.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

} // namespace VisibleText
