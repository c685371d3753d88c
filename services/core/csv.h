#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// RFC 4180 CSV, both ways: records read from text (quoted fields, doubled quotes, CRLF or LF,
// any separator), and lines written for a spreadsheet or a script (a field with the
// separator, a quote, CR or LF is quoted, its quotes doubled; records end with CRLF).
namespace Csv {

// One record of `text` from `pos`, advancing `pos` past its line end.
QStringList record(const QString &text, qsizetype &pos, QChar separator = u',');
// Whether `text` from `pos` holds a complete record (its closing quotes and line end seen):
// a record cut by the end of a partial read is not taken for a whole one.
bool hasCompleteRecord(const QString &text, qsizetype pos);
QString field(const QString &value, QChar separator = u',');
// A record with its CRLF.
QString line(const QStringList &fields, QChar separator = u',');
// A database value as CSV text: NULL empty, bytes as \x-prefixed hex, dates and times ISO 8601.
QString text(const QVariant &value);

} // namespace Csv
