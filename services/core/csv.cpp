#include "services/core/csv.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace Csv {

QStringList record(const QString &text, qsizetype &pos, QChar separator)
{
    QStringList fields;
    QString f;
    bool quoted = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == u'"' && pos < text.size() && text.at(pos) == u'"') {
                f += u'"';
                ++pos;
            } else if (c == u'"') {
                quoted = false;
            } else {
                f += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(f);
            f.clear();
        } else if (c == u'\n') {
            break;
        } else if (c == u'\r') {
            if (pos < text.size() && text.at(pos) == u'\n')
                ++pos;
            break;
        } else {
            f += c;
        }
    }
    fields.append(f);
    return fields;
}

bool hasCompleteRecord(const QString &text, qsizetype pos)
{
    bool quoted = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && (c == u'\n' || c == u'\r'))
            return true;
    }
    return false;
}

QString field(const QString &value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString v = value;
    return u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
}

QString line(const QStringList &fields, QChar separator)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        out += field(fields.at(i), separator);
    }
    return out + u"\r\n"_s;
}

QString text(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QByteArray: return u"\\x"_s + QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime: return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    default: return value.toString();
    }
}

} // namespace Csv
