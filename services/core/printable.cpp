#include "services/core/printable.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace Printable {

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
}

bool isClean(QStringView text)
{
    // Every control character is in the BMP, so UTF-16 units can be tested one by one.
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return false;
    }
    return true;
}

QString line(QStringView text, qsizetype maxChars)
{
    if ((maxChars < 0 || text.size() <= maxChars) && isClean(text))
        return text.toString(); // the common case, for every name of a long listing
    QString out;
    out.reserve(text.size());
    qsizetype kept = 0;
    for (const char32_t c : text.toUcs4()) {
        if (maxChars >= 0 && kept >= maxChars) {
            out += u'…';
            break;
        }
        ++kept;
        if (!isControl(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        switch (c) {
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        case 0x1b: out += u"\\e"_s; break;
        default:
            out += c < 0x100 ? u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0')) : u"\\u{%1}"_s.arg(uint(c), 4, 16, QChar(u'0'));
        }
    }
    return out;
}

} // namespace Printable
