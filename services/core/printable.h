#pragma once

#include <QString>

// Text that came from elsewhere (a server, a blob name, a file) made safe to print: what a
// terminal or a log would obey — C0 and C1 control characters, DEL, the bidirectional
// overrides and isolates, line and paragraph separators — is shown as an escape (\n, \t, \e,
// \xHH, \u{HHHH}) instead, so it can be seen but never acts. Everything else is kept as it is.
namespace Printable {

// True when `c` is one of the characters escaped here.
bool isControl(char32_t c);
// True when `text` has none of them.
bool isClean(QStringView text);
// `text` with every control character escaped; past `maxChars` characters it is cut with "…".
QString line(QStringView text, qsizetype maxChars = -1);

} // namespace Printable
