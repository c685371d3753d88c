// Header values the client reads: byte counts, Content-Range, ETags, HTTP dates and
// Retry-After. Each parse that succeeds round-trips; every limit holds.
#include "fuzzcheck.h"

#include <QLocale>

#include "services/net/headervalues.h"
#include "services/net/httpclient.h"
#include "services/net/httpdate.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzzBytes(data, size);
    const qint64 count = HeaderValues::byteCount(value);
    FUZZ_CHECK(count >= -1 && count <= HeaderValues::MaxByteCount, QString::number(count));
    if (count >= 0)
        FUZZ_CHECK(HeaderValues::byteCount(QByteArray::number(count)) == count, QString::number(count));

    const HeaderValues::ContentRange range = HeaderValues::contentRange(value);
    if (range.valid) {
        FUZZ_CHECK(range.total >= -1 && range.first >= -1 && range.last >= -1, QString::fromLatin1(value));
        FUZZ_CHECK(range.total < 0 || range.last < range.total, QString::fromLatin1(value));
        const QByteArray total = range.total < 0 ? QByteArray("*") : QByteArray::number(range.total);
        const QByteArray spec = range.first < 0 ? QByteArray("*") : QByteArray::number(range.first) + '-' + QByteArray::number(range.last);
        const HeaderValues::ContentRange again = HeaderValues::contentRange(QByteArray("bytes " + spec + '/' + total));
        FUZZ_CHECK(again.valid && again.first == range.first && again.last == range.last && again.total == range.total,
                   QString::fromLatin1(value));
    }

    const QString etag = HeaderValues::etag(value);
    FUZZ_CHECK(!etag.contains(u'"') && !etag.contains(u' '), etag);
    if (!etag.isEmpty())
        FUZZ_CHECK(HeaderValues::etag(QByteArray('"' + etag.toLatin1() + '"')) == etag, etag);

    const QDateTime date = HttpDate::parse(QString::fromLatin1(value));
    if (date.isValid()) {
        FUZZ_CHECK(date.timeSpec() == Qt::UTC, QString::fromLatin1(value));
        if (date.date().year() >= 1 && date.date().year() <= 9999) {
            const QString formatted = QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
            const QDateTime again = HttpDate::parse(formatted);
            FUZZ_CHECK(again.isValid() && again.secsTo(date) == 0, formatted);
        }
    }

    RetryPolicy policy;
    int asked = 0;
    const int delay = policy.delayMs(size % 40, value, &asked);
    FUZZ_CHECK(delay >= 0 && delay <= std::max(policy.maxDelayMs, policy.maxRetryAfterMs), QString::number(delay));
    FUZZ_CHECK(asked >= -1, QString::number(asked));
    return 0;
}
