#pragma once

#include <QString>

// Text from outside (a server's answer, a certificate's subject, a file name, a value from a key) is shown as it
// is, never as markup. Labels take Qt::PlainText; tool tips have no such switch (Qt guesses rich text from the
// first tag), so their text is escaped inside a paragraph that keeps its line breaks.
namespace PlainText {

inline QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace PlainText
