#pragma once

#include <QHash>
#include <QPair>
#include <QRegularExpression>

// The compiled form of a regular expression a provider file gives (an input's shape, a hint's "when", a derivation's
// "match"), compiled once per thread: the checks run on every key the user types, and compiling the pattern each
// time made typing a value cost more than everything else the page does.
inline QRegularExpression cachedExpression(const QString &pattern,
                                           QRegularExpression::PatternOptions options
                                           = QRegularExpression::NoPatternOption)
{
    thread_local QHash<QPair<QString, int>, QRegularExpression> compiled;
    const QPair<QString, int> key(pattern, int(options));
    auto it = compiled.find(key);
    if (it == compiled.end()) {
        // Bounded: patterns come from the provider files and their templates, a few hundred at most.
        if (compiled.size() > 4096)
            compiled.clear();
        it = compiled.insert(key, QRegularExpression(pattern, options));
    }
    return it.value();
}
