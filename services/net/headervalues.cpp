#include "services/net/headervalues.h"

#include <algorithm>

namespace HeaderValues {

namespace {

template<typename Char>
qint64 count(const Char *begin, const Char *end)
{
    if (begin == end || end - begin > 19)
        return -1;
    qint64 value = 0;
    for (const Char *p = begin; p != end; ++p) {
        if (*p < '0' || *p > '9')
            return -1;
        const int digit = int(*p - '0');
        if (value > (MaxByteCount - digit) / 10) // checked before it can overflow
            return -1;
        value = value * 10 + digit;
    }
    return value;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

} // namespace

qint64 byteCount(QByteArrayView text)
{
    text = trimmed(text);
    return count(text.data(), text.data() + text.size());
}

qint64 byteCount(QStringView text)
{
    text = text.trimmed();
    return count(text.utf16(), text.utf16() + text.size());
}

ContentRange contentRange(QByteArrayView value)
{
    ContentRange r;
    value = trimmed(value);
    if (!value.startsWith("bytes "))
        return r;
    value = value.sliced(6);
    const qsizetype slash = value.indexOf('/');
    if (slash < 0)
        return r;
    const QByteArrayView range = value.first(slash);
    const QByteArrayView total = value.sliced(slash + 1);
    if (total != "*") {
        r.total = byteCount(total);
        if (r.total < 0)
            return r;
    }
    if (range == "*" || (range == "0--1" && r.total == 0)) { // bytes */TOTAL; "0--1/0": an empty object, as Azurite says it
        r.valid = r.total >= 0;
        if (r.valid && range != "*")
            r.first = 0;
        return r;
    }
    const qsizetype dash = range.indexOf('-');
    if (dash < 0)
        return r;
    r.first = byteCount(range.first(dash));
    r.last = byteCount(range.sliced(dash + 1));
    r.valid = r.first >= 0 && r.last >= r.first && (r.total < 0 || r.last < r.total);
    if (!r.valid)
        r = ContentRange{};
    return r;
}

QString etag(QByteArrayView value)
{
    value = trimmed(value);
    if (value.startsWith("W/"))
        value = value.sliced(2);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.sliced(1, value.size() - 2);
    // etagc = %x21 / %x23-7E / obs-text: no quotes inside, no spaces, no controls
    const bool ok = std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == 0x21 || (u >= 0x23 && u != 0x7f);
    });
    return ok ? QString::fromLatin1(value) : QString();
}

} // namespace HeaderValues
