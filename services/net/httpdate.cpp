#include "services/net/httpdate.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace HttpDate {

QDateTime parse(const QString &text)
{
    // The fast path, "Tue, 03 Mar 2026 09:00:00 GMT" (RFC 1123, always UTC). Built directly in
    // UTC: going through a local time would consult the time zone (a stat of /etc/localtime
    // per entry in glibc), which dominated the CPU of long listings.
    const QString s = text.trimmed();
    if (s.size() == 29 && s.at(3) == u',' && s.endsWith(u" GMT"_s)) {
        static const QString months = u"JanFebMarAprMayJunJulAugSepOctNovDec"_s;
        const qsizetype m = months.indexOf(QStringView(s).mid(8, 3));
        const auto num = [&s](qsizetype from, qsizetype n) {
            int v = 0;
            for (qsizetype i = from; i < from + n; ++i) {
                const char16_t c = s.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                v = v * 10 + int(c - u'0');
            }
            return v;
        };
        const QDate date(num(12, 4), m >= 0 && m % 3 == 0 ? int(m / 3) + 1 : -1, num(5, 2));
        const QTime time(num(17, 2), num(20, 2), num(23, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QLocale::c().toDateTime(s, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace HttpDate
