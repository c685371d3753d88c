#pragma once

#include <QByteArray>
#include <QString>

// What the beginning of a file is, to preview it: from its name, its content type and its
// first bytes. Images by type or extension, binary when NULs or many control characters come
// early, CSV / TSV and JSON by extension or type, else text.
namespace ContentSniff {

enum class Kind { Empty, Image, Binary, Csv, Tsv, Json, Text };

Kind classify(const QString &name, const QString &contentType, const QByteArray &head);
bool isImage(const QString &name, const QString &contentType);
bool looksBinary(const QByteArray &data);
// The first `maxBytes` as offset, hex and printable ASCII, 16 bytes a line.
QString hexDump(const QByteArray &data, qsizetype maxBytes = 1024);

} // namespace ContentSniff
