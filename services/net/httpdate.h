#pragma once

#include <QDateTime>
#include <QString>

namespace HttpDate {

// An HTTP date (RFC 9110 IMF-fixdate, "Tue, 03 Mar 2026 09:00:00 GMT"; also RFC 2822 with a
// numeric zone and ISO 8601, as some services write them) in UTC; invalid when it is none.
// (Qt's own RFC2822Date parser refuses the "GMT" that HTTP always sends.)
QDateTime parse(const QString &text);

} // namespace HttpDate
