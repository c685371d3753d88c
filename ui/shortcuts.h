#pragma once

#include <QKeySequence>
#include <QList>

namespace Shortcuts {

// Every binding of a standard key on this platform — QKeySequence(StandardKey) keeps only the
// first (Close is Ctrl+F4 before Ctrl+W) — plus `fallback` where the platform lacks it (some
// have no binding for Quit at all).
inline QList<QKeySequence> of(QKeySequence::StandardKey key, const QKeySequence &fallback = {})
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!fallback.isEmpty() && !keys.contains(fallback))
        keys.append(fallback);
    return keys;
}

} // namespace Shortcuts
