#include "widgets/StatusColors.h"

namespace {

QColor hueOf(StatusColors::Tone tone)
{
    switch (tone) {
    case StatusColors::Tone::Success:
        return QColor(0x2e, 0x8b, 0x2e);
    case StatusColors::Tone::Warning:
        return QColor(0xb0, 0x7a, 0x00);
    case StatusColors::Tone::Error:
        return QColor(0xb0, 0x00, 0x20);
    case StatusColors::Tone::Information:
        break;
    }
    return QColor(0x2a, 0x6e, 0xbb);
}

QColor mixed(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

namespace StatusColors {

QColor background(const QPalette &palette, Tone tone)
{
    return mixed(palette.color(QPalette::Window), hueOf(tone), isDark(palette) ? 0.25 : 0.10);
}

QColor border(const QPalette &palette, Tone tone)
{
    return mixed(palette.color(QPalette::Window), hueOf(tone), 0.6);
}

QColor text(const QPalette &palette, Tone tone)
{
    // The hues are dark enough for a light window; on a dark one they are lifted towards the text colour.
    return isDark(palette) ? mixed(hueOf(tone), palette.color(QPalette::WindowText), 0.45) : hueOf(tone);
}

QColor quietText(const QPalette &palette)
{
    return mixed(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.3);
}

} // namespace StatusColors
