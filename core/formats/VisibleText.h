#pragma once

#include <QString>

// Text from outside (certificate subjects, destination names and values, server answers, file names) as it may be
// shown on a terminal or in a report: every control character and every character that reorders text (the
// right-to-left overrides and isolates) as a visible escape, "\u001b", "\u202e", so that nothing a file or a
// server sends can clear a terminal, retitle its window, hide text or turn a name around. Line breaks and tabs stay.
// The one place that decides this: the command line's output, and every report format, go through it.
namespace VisibleText {

// Whether a character is shown as an escape.
bool isHidden(char16_t character);
QString of(const QString &text);

} // namespace VisibleText
