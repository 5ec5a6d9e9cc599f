#pragma once

// What the harnesses share. Each harness is one LLVMFuzzerTestOneInput; libFuzzer calls it with inputs it makes,
// ReplayMain.cpp with the files of the seed corpus and of the regressions.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), int(size));
}

// One moment for every run, so an input behaves the same on every day it is replayed (certificate expiry, days
// left).
inline QDateTime now()
{
    return QDateTime(QDate(2027, 1, 15), QTime(12, 0), Qt::UTC);
}

// For code that needs an event loop's objects (sockets, timers): made once, kept until the process ends.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzzer";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
}

// A property the code promises that this input broke: a crash, so libFuzzer keeps the input.
inline void check(bool condition, const char *promise)
{
    if (condition)
        return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

} // namespace Fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
