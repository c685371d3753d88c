// What the browser does with file contents outside any widget: RFC 4180 CSV both ways,
// CSV rows read on through a file in ranges as they are asked for, and content sniffing.
#include <QTest>

#include "services/core/csv.h"
#include "services/storage/contentsniff.h"
#include "services/storage/csvrows.h"
#include "support/await.h"
#include "support/memorystorageclient.h"

using namespace Qt::Literals::StringLiterals;

class tst_BrowseText : public QObject
{
    Q_OBJECT

private slots:
    void csvRoundTrips();
    void csvRecordsOfEveryLineEnding();
    void csvRowsReadOnlyWhatIsAskedFor();
    void csvRowsSurviveRecordsCutByARange();
    void csvRowsReportAFailedRead();
    void sniffing();
};

void tst_BrowseText::csvRoundTrips()
{
    const QList<QStringList> records = {{u"id"_s, u"note"_s, u""_s},
                                        {u"1"_s, u"with, comma"_s, u"say \"hi\""_s},
                                        {u"2"_s, u"two\nlines"_s, u"cr\r\nlf"_s},
                                        {u"3"_s, u"Ünïcödé"_s, u" padded "_s}};
    QString text;
    for (const QStringList &r : records)
        text += Csv::line(r);
    QVERIFY(text.endsWith(u"\r\n"_s));
    QVERIFY(text.contains(u"\"say \"\"hi\"\"\""_s));
    QVERIFY(text.startsWith(u"id,note,\r\n"_s)); // plain fields stay unquoted
    qsizetype pos = 0;
    for (const QStringList &r : records)
        QCOMPARE(Csv::record(text, pos), r);
    QCOMPARE(pos, text.size());
    // Another separator.
    QCOMPARE(Csv::line({u"a\tb"_s, u"c"_s}, u'\t'), u"\"a\tb\"\tc\r\n"_s);
    // Database values as text.
    QCOMPARE(Csv::text(QVariant()), QString());
    QCOMPARE(Csv::text(QByteArray("\x01\xff", 2)), u"\\x01ff"_s);
    QCOMPARE(Csv::text(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)), u"2026-12-04T10:00:00.000Z"_s);
}

void tst_BrowseText::csvRecordsOfEveryLineEnding()
{
    const QString text = u"a,b\nc,d\r\ne,f\rg,h"_s;
    qsizetype pos = 0;
    QStringList got;
    while (pos < text.size())
        got << Csv::record(text, pos).join(u'|');
    QCOMPARE(got, (QStringList{u"a|b"_s, u"c|d"_s, u"e|f"_s, u"g|h"_s}));
    QVERIFY(Csv::hasCompleteRecord(u"a,\"b\nc\"\n"_s, 0));
    QVERIFY(!Csv::hasCompleteRecord(u"a,\"b\nc"_s, 0)); // the newline is inside quotes
    QVERIFY(!Csv::hasCompleteRecord(u"a,b"_s, 0));
}

void tst_BrowseText::csvRowsReadOnlyWhatIsAskedFor()
{
    // 60,000 records (about 1.6 MB): the first page needs one range, the last one all of them.
    MemoryStorageClient client;
    QByteArray csv = "n,square,label\n";
    for (int i = 0; i < 60000; ++i)
        csv += QByteArray::number(i) + ',' + QByteArray::number(qint64(i) * i) + ",row " + QByteArray::number(i) + '\n';
    client.put(u"big.csv"_s, csv);
    CsvRows rows(&client, u"big.csv"_s);
    const auto first = await(rows.rows(0, 100));
    QVERIFY2(first, qPrintable(first.error().message));
    QCOMPARE(first.value().columns, (QStringList{u"n"_s, u"square"_s, u"label"_s}));
    QCOMPARE(first.value().rows.size(), 100);
    QVERIFY(first.value().more);
    QCOMPARE(first.value().rows.at(99).at(2).toString(), u"row 99"_s);
    QCOMPARE(rows.bytesRead(), CsvRows::ChunkBytes);
    QCOMPARE(client.readCalls(), 1);
    // Further on: read on to there, not beyond.
    const auto middle = await(rows.rows(30000, 10));
    QVERIFY(middle);
    QCOMPARE(middle.value().rows.at(0).at(0).toString(), u"30000"_s);
    QVERIFY(rows.bytesRead() < qint64(csv.size()));
    // The end: the rest, and no more.
    const auto last = await(rows.rows(59990, 100));
    QVERIFY(last);
    QCOMPARE(last.value().rows.size(), 10);
    QVERIFY(!last.value().more);
    QCOMPARE(last.value().rows.last().at(1).toString(), QString::number(qint64(59999) * 59999));
    QCOMPARE(rows.bytesRead(), qint64(csv.size()));
}

void tst_BrowseText::csvRowsSurviveRecordsCutByARange()
{
    // Quoted fields with line breaks and multi-byte characters, placed across every range boundary.
    MemoryStorageClient client;
    QByteArray csv = "id,text\n";
    QList<QByteArray> texts;
    for (int i = 0; csv.size() < 3 * CsvRows::ChunkBytes; ++i) {
        const QByteArray t = "Zeile " + QByteArray::number(i) + " äöü 日本\nzweite, \"zitiert\"";
        texts << t;
        csv += QByteArray::number(i) + ",\"" + QByteArray(t).replace("\"", "\"\"") + "\"\r\n";
    }
    client.put(u"q.csv"_s, csv);
    CsvRows rows(&client, u"q.csv"_s);
    const auto all = await(rows.rows(0, int(texts.size()) + 10));
    QVERIFY(all);
    QCOMPARE(all.value().rows.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(all.value().rows.at(i).at(0).toString(), QString::number(i));
        QCOMPARE(all.value().rows.at(i).at(1).toString(), QString::fromUtf8(texts.at(i)));
    }
    QVERIFY(!all.value().more);
}

void tst_BrowseText::csvRowsReportAFailedRead()
{
    MemoryStorageClient client;
    CsvRows rows(&client, u"missing.csv"_s);
    const auto r = await(rows.rows(0, 10));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::NotFound);
}

void tst_BrowseText::sniffing()
{
    using ContentSniff::Kind;
    QCOMPARE(ContentSniff::classify(u"a.csv"_s, {}, "x,y\n"), Kind::Csv);
    QCOMPARE(ContentSniff::classify(u"a.TSV"_s, {}, "x\ty\n"), Kind::Tsv);
    QCOMPARE(ContentSniff::classify(u"data"_s, u"text/csv"_s, "x,y\n"), Kind::Csv);
    QCOMPARE(ContentSniff::classify(u"a.json"_s, {}, "{}"), Kind::Json);
    QCOMPARE(ContentSniff::classify(u"a.bin"_s, {}, QByteArray("ab\0cd", 5)), Kind::Binary);
    QCOMPARE(ContentSniff::classify(u"a.csv"_s, {}, QByteArray("PK\x03\x04\0\0", 6)), Kind::Binary); // a zip named .csv
    QCOMPARE(ContentSniff::classify(u"p.png"_s, {}, "\x89PNG"), Kind::Image);
    QCOMPARE(ContentSniff::classify(u"a.txt"_s, {}, {}), Kind::Empty);
    QCOMPARE(ContentSniff::classify(u"README"_s, {}, "hello"), Kind::Text);
    QVERIFY(ContentSniff::hexDump("AB").startsWith(u"00000000  41 42 "_s));
}

QTEST_GUILESS_MAIN(tst_BrowseText)
#include "tst_browsetext.moc"
