#pragma once

#include <QColor>
#include <QPalette>

// Colours that say error, warning, success or information, taken from the window's palette mixed with one hue
// each, so light and dark themes both stay readable.
namespace StatusColors {

enum class Tone { Information, Success, Warning, Error };

// A banner's background and border: the window colour with a little of the tone.
QColor background(const QPalette &palette, Tone tone);
QColor border(const QPalette &palette, Tone tone);
// Text in the tone, with enough contrast on the window colour.
QColor text(const QPalette &palette, Tone tone);
// Text quieter than the value it explains (help lines).
QColor quietText(const QPalette &palette);

} // namespace StatusColors
