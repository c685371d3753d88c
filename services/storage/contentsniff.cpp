#include "services/storage/contentsniff.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace ContentSniff {

bool isImage(const QString &name, const QString &contentType)
{
    const QString ext = name.section(u'.', -1).toLower();
    return contentType.startsWith(u"image/"_s) || QStringList{u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"bmp"_s, u"webp"_s}.contains(ext);
}

bool looksBinary(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data.at(i));
        if (c == 0)
            return true;
        if (c < 9 || (c > 13 && c < 32))
            ++control;
    }
    return n > 0 && control * 20 > n;
}

Kind classify(const QString &name, const QString &contentType, const QByteArray &head)
{
    const QString lower = name.toLower();
    if (head.isEmpty())
        return Kind::Empty;
    if (isImage(lower, contentType))
        return Kind::Image;
    if (looksBinary(head))
        return Kind::Binary;
    if (lower.endsWith(u".tsv"_s) || contentType == u"text/tab-separated-values"_s)
        return Kind::Tsv;
    if (lower.endsWith(u".csv"_s) || contentType == u"text/csv"_s)
        return Kind::Csv;
    if (lower.endsWith(u".json"_s) || contentType.contains(u"json"_s))
        return Kind::Json;
    return Kind::Text;
}

QString hexDump(const QByteArray &data, qsizetype maxBytes)
{
    QString out;
    const qsizetype n = std::min<qsizetype>(data.size(), maxBytes);
    for (qsizetype row = 0; row < n; row += 16) {
        out += u"%1  "_s.arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const uchar c = uchar(data.at(i));
                out += u"%1 "_s.arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 32 && c < 127) ? QChar(char16_t(c)) : u'.';
            } else {
                out += u"   "_s;
            }
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

} // namespace ContentSniff
