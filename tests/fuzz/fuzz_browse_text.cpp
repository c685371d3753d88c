// CSV as the preview and dsstudio cat read and write it, and the names of database paths:
// reading always ends and always moves on; what is read, written back, reads the same; a
// record said to be complete is; any name survives a path segment and an identifier quote.
#include "fuzzcheck.h"

#include <QStringList>

#include "services/core/csv.h"
#include "services/sql/sqltarget.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    const QChar separator = !bytes.isEmpty() && (uchar(bytes.at(0)) & 1) ? u'\t' : u',';

    QList<QStringList> records;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype before = pos;
        const bool complete = Csv::hasCompleteRecord(text, pos);
        records.append(Csv::record(text, pos, separator));
        FUZZ_CHECK(pos > before && pos <= text.size(), u"record() did not move on"_s);
        if (complete) { // its line end was seen, so the record did not stop at the end of the text
            const QChar last = text.at(pos - 1);
            FUZZ_CHECK(last == u'\n' || last == u'\r', text.mid(before, pos - before));
        }
        FUZZ_CHECK(records.size() <= text.size() + 1, u"more records than characters"_s);
    }
    // Written back and read again: the same records.
    QString written;
    for (const QStringList &r : records)
        written += Csv::line(r, separator);
    qsizetype again = 0;
    for (const QStringList &r : records) {
        FUZZ_CHECK(Csv::hasCompleteRecord(written, again), u"a written record is not complete"_s);
        const QStringList back = Csv::record(written, again, separator);
        FUZZ_CHECK(back == r, r.join(u'|') + u" came back as "_s + back.join(u'|'));
    }
    FUZZ_CHECK(again == written.size(), u"text left after the last record"_s);

    // Database names.
    const QString name = text.left(300);
    const QString segment = SqlQuoting::segment(name);
    FUZZ_CHECK(!segment.contains(u'/'), segment);
    FUZZ_CHECK(SqlQuoting::unsegment(segment) == name, name);
    for (const auto dialect : {SqlTarget::Dialect::Postgres, SqlTarget::Dialect::MySql, SqlTarget::Dialect::SqlServer}) {
        const QString quoted = SqlQuoting::identifier(dialect, name);
        const QChar q = dialect == SqlTarget::Dialect::MySql ? u'`' : u'"';
        FUZZ_CHECK(quoted.size() >= 2 && quoted.front() == q && quoted.back() == q, quoted);
        // Inside, every quote character is doubled: the identifier cannot be closed early.
        const QString inner = quoted.mid(1, quoted.size() - 2);
        FUZZ_CHECK(QString(inner).replace(QString(q) + q, QString()).count(q) == 0, quoted);
        FUZZ_CHECK(QString(inner).replace(QString(q) + q, QString(q)) == name, quoted);
    }
    return 0;
}
