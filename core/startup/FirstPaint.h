#pragma once

#include <functional>

class QObject;

// The moment a window has first been painted: when the program may start slow work, and what the start-up
// benchmark measures. Set TCC_BENCH_LAUNCH_NS (CLOCK_MONOTONIC nanoseconds at launch) and the time from
// launch to first paint is printed as "first-paint-ns N".
namespace FirstPaint {

// Calls onFirstPaint once, right after the window's first paint has finished.
void watch(QObject *window, std::function<void()> onFirstPaint);
// Quits the application after the first paint.
void quitAfterFirstPaint(QObject *window);

} // namespace FirstPaint
