#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// The header values (and listing fields) a client reads from a server, parsed strictly: a
// value that is not what the protocol says is reported as such, never read as 0 or as a
// negative size. Pure; fuzzed by tests/fuzz/fuzz_header_values.cpp.
namespace HeaderValues {

constexpr qint64 MaxByteCount = qint64(1) << 62; // beyond any object Azure stores (190.7 TiB)

// A decimal byte count, 0 to MaxByteCount, digits only (RFC 9110 Content-Length); -1 when
// the text is anything else.
qint64 byteCount(QByteArrayView text);
qint64 byteCount(QStringView text);

// Content-Range: "bytes FIRST-LAST/TOTAL", "bytes FIRST-LAST/*" (total unknown: -1) or
// "bytes */TOTAL" (an unsatisfied range: first and last -1), or "bytes 0--1/0" (an empty
// object, as emulators answer a range of it: first 0, last -1). Invalid when it is none of them,
// or LAST < FIRST, or LAST >= TOTAL.
struct ContentRange
{
    bool valid = false;
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};
ContentRange contentRange(QByteArrayView value);

// An entity tag without its quotes and weakness prefix (W/"x" → x); what is compared for
// If-Match. Empty when the value is not an entity tag.
QString etag(QByteArrayView value);

} // namespace HeaderValues
