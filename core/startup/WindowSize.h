#pragma once

#include <QSize>

// The smallest window the wizard opens at, and the size the start-up benchmark's empty wizard opens at, so that the
// two paint the same area. Every page fits it in every language (the page walker checks at this size).
namespace WindowSize {

inline QSize smallest()
{
    return { 940, 620 };
}

} // namespace WindowSize
