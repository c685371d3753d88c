// The browse benchmark (issue 13). On demand only: bash tests/bench/browse.sh
//
// PostgreSQL (the throwaway server of tests/support/with-sql.sh; PG_* in the environment),
// a table of 1,000,000 rows:
// - the first page of a preview on screen — a fresh connection, the first page of rows, the
//   table painted — against `psql -c "SELECT * FROM … LIMIT 100"` on the same table (target
//   ≤ 1.2×); and the same as processes, `dsstudio cat --rows 100` against psql;
// - memory while the preview is scrolled through 100,000 rows: the client's heap (glibc's
//   mallinfo2, every arena) with the first page on screen and after 100,000 rows, against
//   2 × the first page plus the rows kept (what those rows take as RowsPages by themselves);
//   the first page of a 1,000-row table beside the million-row one shows that memory does
//   not grow with the table.
// DBFS (the test server in a process of its own, tests/tools/fakedbfs), a 64 MiB file, with
// no added latency and with some per answer:
// - `dsstudio get` against a sequential curl loop over the read API (1 MiB per request, the
//   API's maximum; each answer decoded into the file), and one curl process fetching the same
//   64 reads over one connection without decoding them (a floor no client can beat); target
//   ≥ 0.8 × the curl loop's throughput;
// - dsstudio's peak RSS while downloading, against the same dsstudio listing the folder:
//   what the download adds must stay within the reads in flight (each holds its answer, the
//   parsed string and the decoded chunk), and a file four times as large must not need more.
// Medians of BENCH_REPS (default 5).
#include <algorithm>
#include <cstdio>
#include <malloc.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimer>

#include "models/rowstablemodel.h"
#include "services/sql/sqlsource.h"
#include "services/storage/dbfsclient.h"
#include "support/await.h"
#include "support/fakedbfsserver.h"
#include "support/testenv.h"
#include "ui/storagepreviewpane.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MillionRows = 1000000;
constexpr int ScrollRows = 100000;
constexpr int DbfsMiB = 64;

int reps()
{
    return qEnvironmentVariableIsSet("BENCH_REPS") ? qEnvironmentVariableIntValue("BENCH_REPS") : 5;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Bytes of heap in use in every arena, small blocks and mmapped ones.
double heapMiB()
{
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

void line(const char *label, double value, const char *unit, const QString &against = {})
{
    std::printf("  %-56s %9.1f %-5s %s\n", label, value, unit, qPrintable(against));
}

const char *verdict(bool ok)
{
    return ok ? "meets target" : "MISSES target";
}

struct Run
{
    double wallMs = 0;
    double peakMiB = 0;
    int exitCode = -1;
    QByteArray err;
};

// Runs a program under GNU time (its own peak RSS) while this event loop keeps running.
Run timed(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {})
{
    QTemporaryFile usage;
    if (!usage.open())
        qFatal("no temporary file");
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(u"/usr/bin/time"_s, QStringList{u"-f"_s, u"%M"_s, u"-o"_s, usage.fileName(), program} + args);
    if (!p.waitForStarted())
        qFatal("could not start %s", qPrintable(program));
    p.write(input);
    p.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    Run run;
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.exitCode = p.exitCode();
    run.err = p.readAllStandardError();
    const QList<QByteArray> lines = usage.readAll().trimmed().split('\n');
    run.peakMiB = lines.last().toDouble() / 1024.0;
    if (run.exitCode != 0)
        std::fprintf(stderr, "  ! %s exited %d: %s\n", qPrintable(program), run.exitCode, run.err.left(300).constData());
    return run;
}

struct Medians
{
    double wallMs, peakMiB;
};

Medians medianOf(int count, const std::function<Run()> &once)
{
    QList<double> wall, peak;
    for (int i = 0; i < count; ++i) {
        const Run r = once();
        if (r.exitCode != 0)
            qFatal("a benchmark run failed");
        wall << r.wallMs;
        peak << r.peakMiB;
    }
    return {median(wall), median(peak)};
}

// ---- PostgreSQL -------------------------------------------------------------------------

struct Pg
{
    QString host, port, user, password, database;
};

void seed(const Pg &pg)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"seed"_s);
        db.setHostName(pg.host);
        db.setPort(pg.port.toInt());
        db.setUserName(pg.user);
        db.setPassword(pg.password);
        db.setDatabaseName(pg.database);
        if (!db.open())
            qFatal("seed: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : {
                 u"DROP SCHEMA IF EXISTS bench CASCADE"_s,
                 u"CREATE SCHEMA bench"_s,
                 u"CREATE TABLE bench.million AS SELECT g AS id, md5(g::text) AS label, round((g % 10000) * 0.25, 2) AS amount, "
                 u"timestamp '2026-01-01' + g * interval '1 second' AS at FROM generate_series(1, %1) g"_s.arg(MillionRows),
                 u"ALTER TABLE bench.million ADD PRIMARY KEY (id)"_s,
                 u"CREATE TABLE bench.thousand AS SELECT * FROM bench.million WHERE id <= 1000"_s,
                 u"ANALYZE bench.million"_s,
                 u"ANALYZE bench.thousand"_s,
             }) {
            if (!q.exec(sql))
                qFatal("seed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
}

Datastore pgDatastore(const Pg &pg)
{
    Datastore ds;
    ds.name = u"benchpg"_s;
    ds.type = StorageType::AzurePostgreSql;
    ds.auth = AuthKind::Sql;
    ds.fields = {{u"server_name"_s, pg.host}, {u"port"_s, pg.port}, {u"database_name"_s, pg.database}, {u"user_id"_s, pg.user}};
    return ds;
}

StorageEntry tableEntry(const QString &table)
{
    StorageEntry e;
    e.path = u"bench/"_s + table + u'/';
    e.name = table;
    e.isDirectory = true;
    e.kind = EntryKind::Table;
    return e;
}

// Waits for the preview's next page (or fails the benchmark).
void waitForPage(StoragePreviewPane &pane)
{
    QEventLoop loop;
    QObject::connect(pane.rows(), &RowsTableModel::pageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(pane.rows(), &RowsTableModel::loadFailed, &loop, [](const ApiError &e) { qFatal("preview failed: %s", qPrintable(e.message)); });
    QTimer::singleShot(120000, &loop, [] { qFatal("no page in 120 s"); });
    loop.exec();
}

void benchPostgres(const Pg &pg)
{
    const int n = reps();
    std::printf("\nPostgreSQL 15 on loopback, bench.million (%d rows: id, md5 label, numeric, timestamp); medians of %d\n", MillionRows, n);
    seed(pg);
    const SqlTarget target = SqlTarget::forDatastore(pgDatastore(pg), {{u"user_password"_s, pg.password}}).value();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, pg.password);
    const QStringList psqlArgs = {u"-X"_s, u"-q"_s, u"-h"_s, pg.host, u"-p"_s, pg.port, u"-U"_s, pg.user, u"-d"_s, pg.database, u"-c"_s};
    const auto psql = [&](const QString &table) {
        return medianOf(n, [&] { return timed(u"psql"_s, psqlArgs + QStringList{u"SELECT * FROM bench.%1 LIMIT 100"_s.arg(table)}, env); });
    };
    timed(u"psql"_s, psqlArgs + QStringList{u"SELECT 1"_s}, env); // warm the server's caches alike
    const Medians psqlMillion = psql(u"million"_s);

    // The studio's preview pane, as the browser shows it.
    StoragePreviewPane pane;
    pane.resize(1000, 700);
    pane.setVisible(true);
    QCoreApplication::processEvents();
    const auto firstPage = [&](const QString &table, double *heapGrowth) {
        QList<double> times, heaps;
        for (int i = 0; i < n; ++i) {
            const double h0 = heapMiB();
            QElapsedTimer clock;
            clock.start();
            auto source = std::make_unique<SqlSource>(target);
            pane.setClient(source.get());
            pane.show(tableEntry(table));
            waitForPage(pane);
            pane.table()->viewport()->repaint();
            times << double(clock.nsecsElapsed()) / 1e6;
            heaps << heapMiB() - h0;
            if (pane.rows()->rowCount() != StoragePreviewPane::RowsPageSize)
                qFatal("the first page has %d rows", pane.rows()->rowCount());
            pane.setClient(nullptr);
            pane.show(StorageEntry{});
        }
        if (heapGrowth)
            *heapGrowth = median(heaps);
        return median(times);
    };
    firstPage(u"million"_s, nullptr); // the first connection of the process loads the driver and OpenSSL
    double heapMillion = 0, heapThousand = 0;
    const double studioMillion = firstPage(u"million"_s, &heapMillion);
    firstPage(u"thousand"_s, &heapThousand);

    std::printf(" First page on screen\n");
    line("psql -c \"SELECT * … LIMIT 100\" (connect, query, print)", psqlMillion.wallMs, "ms", u"the peer"_s);
    line("preview pane: connect, first 200 rows, painted", studioMillion, "ms",
         u"%1× psql (target ≤ 1.2×) — %2"_s.arg(studioMillion / psqlMillion.wallMs, 0, 'f', 2).arg(QString::fromLatin1(verdict(studioMillion <= 1.2 * psqlMillion.wallMs))));

    // The same as processes: dsstudio cat against psql.
    TestEnv cli;
    const CliRun reg = cli.cli({u"datastore"_s, u"register"_s, u"--type"_s, u"azure_postgresql"_s, u"--name"_s, u"benchpg"_s, u"--server-name"_s, pg.host,
                                u"--port"_s, pg.port, u"--database-name"_s, pg.database, u"--user-id"_s, pg.user, u"--secret-stdin"_s},
                               pg.password.toUtf8() + '\n');
    if (reg.exitCode != 0)
        qFatal("register: %s", qPrintable(reg.err));
    const auto cat = [&](const QString &table) {
        return medianOf(n, [&] { return timed(TestEnv::dsstudioPath(), {u"cat"_s, u"benchpg/bench/"_s + table, u"--rows"_s, u"100"_s}, cli.environment()); });
    };
    const Medians catMillion = cat(u"million"_s);
    const Medians catThousand = cat(u"thousand"_s);
    const Medians psqlThousand = psql(u"thousand"_s);
    line("dsstudio cat benchpg/bench/million --rows 100", catMillion.wallMs, "ms",
         u"%1× psql (%2 ms)"_s.arg(catMillion.wallMs / psqlMillion.wallMs, 0, 'f', 2).arg(psqlMillion.wallMs, 0, 'f', 1));

    // Scrolling through 100,000 rows, as a user drags the scroll bar to the end again and again.
    auto source = std::make_unique<SqlSource>(target);
    pane.setClient(source.get());
    pane.show(tableEntry(u"million"_s));
    waitForPage(pane);
    QCoreApplication::processEvents();
    const double h1 = heapMiB();
    QElapsedTimer scrolling;
    scrolling.start();
    QScrollBar *bar = pane.table()->verticalScrollBar();
    while (pane.rows()->rowCount() < ScrollRows) {
        QCoreApplication::processEvents();
        bar->setValue(bar->maximum());
        if (!pane.rows()->isLoading())
            pane.table()->scrollToBottom();
        if (!pane.rows()->isLoading())
            qFatal("scrolling to the end fetched nothing (at %d rows)", pane.rows()->rowCount());
        waitForPage(pane);
    }
    const double scrollMs = double(scrolling.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    const int held = pane.rows()->rowCount();
    const double h2 = heapMiB();
    // The rows kept, as a page of them holds them by itself (no model, no view).
    double kept = 0;
    {
        const double before = heapMiB();
        QList<RowsPage> pages; // the source answers at most 10,000 rows a request
        qint64 rows = 0;
        while (rows < held) {
            const Result<RowsPage> page = await(source->rows(u"bench/million/"_s, rows, int(std::min<qint64>(10000, held - rows))), 120000);
            if (!page || page.value().rows.isEmpty())
                qFatal("could not read rows from %lld", rows);
            rows += page.value().rows.size();
            pages << page.value();
        }
        QCoreApplication::processEvents(); // the jobs are gone; the pages are held here only
        kept = heapMiB() - before;
    }
    pane.setClient(nullptr);
    pane.show(StorageEntry{});
    source.reset();

    // The bound: the client's memory after 100,000 rows ≤ 2 × its memory with the
    // first page on screen + the rows kept. Beside it, what the model and the view add to the
    // rows themselves, a row.
    const double bound = 2 * h1 + kept;
    std::printf(" Memory (heap in use, every arena)\n");
    line("first page of bench.thousand (1,000 rows), added", heapThousand * 1024, "KiB", u"the first page does not grow with the table:"_s);
    line("first page of bench.million (1,000,000 rows), added", heapMillion * 1024, "KiB", u"(both: the 200 rows, the connection, the view)"_s);
    line("client heap with the first page on screen", h1, "MiB", {});
    line("the rows kept: 100,000 rows as RowsPages by themselves", kept, "MiB", u"%1 bytes a row"_s.arg(kept * 1048576 / held, 0, 'f', 0));
    line("client heap after scrolling through 100,000 rows", h2, "MiB",
         u"bound 2 × first page + rows kept = %1 MiB — %2"_s.arg(bound, 0, 'f', 1).arg(QString::fromLatin1(verdict(h2 <= bound))));
    line("the model and view beyond the rows kept, a row", ((h2 - h1) - kept) * 1048576 / held, "B", u"(the row list's growth, the header's sections)"_s);
    line("time to scroll to row 100,000 (500 pages of 200)", scrollMs / 1000, "s", {});
    line("dsstudio cat --rows 100, peak RSS: thousand / million", catThousand.peakMiB, "MiB",
         u"%1 MiB on the million-row table; psql %2 / %3 MiB"_s.arg(catMillion.peakMiB, 0, 'f', 1).arg(psqlThousand.peakMiB, 0, 'f', 1).arg(psqlMillion.peakMiB, 0, 'f', 1));
}

// ---- DBFS -------------------------------------------------------------------------------

void benchDbfs(int latencyMs)
{
    const int n = reps();
    // With no added latency, also a file four times as large: dsstudio's memory must not grow with it.
    const bool large = latencyMs == 0;
    QStringList serverArgs = {u"--latency"_s, QString::number(latencyMs), u"--file"_s, u"/bench/big.bin:%1"_s.arg(DbfsMiB)};
    if (large)
        serverArgs << u"--file"_s << u"/bench/huge.bin:%1"_s.arg(4 * DbfsMiB);
    QProcess server;
    server.start(QCoreApplication::applicationDirPath() + u"/../fakedbfs"_s, serverArgs);
    QMap<QString, QByteArray> sums; // path -> SHA-256, hex
    QString base;
    QElapsedTimer wait;
    wait.start();
    while (sums.size() < (large ? 2 : 1) && wait.elapsed() < 60000 && server.state() != QProcess::NotRunning) {
        if (!server.canReadLine()) {
            server.waitForReadyRead(1000);
            continue;
        }
        const QString text = QString::fromUtf8(server.readLine()).trimmed();
        if (base.isEmpty())
            base = text;
        else
            sums.insert(text.section(u' ', 0, 0), text.section(u' ', 1).toLatin1());
    }
    if (!base.startsWith(u"http"_s) || sums.size() != (large ? 2 : 1))
        qFatal("the DBFS test server did not start");
    const QByteArray sha = sums.value(u"/bench/big.bin"_s);

    std::printf("\nDBFS test server (its own process), /bench/big.bin: %d MiB, %d ms added per answer; medians of %d\n", DbfsMiB, latencyMs, n);
    TestEnv cli;
    const CliRun reg = cli.cli({u"datastore"_s, u"register"_s, u"--type"_s, u"dbfs"_s, u"--name"_s, u"benchdbfs"_s, u"--databricks-url"_s, base,
                                u"--secret-stdin"_s},
                               FakeDbfsServer::Token.toUtf8() + '\n');
    if (reg.exitCode != 0)
        qFatal("register: %s", qPrintable(reg.err));
    QTemporaryDir dir;
    const QString out = dir.filePath(u"big.bin"_s);
    const auto check = [&out](const char *who, const QByteArray &sha) {
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("%s wrote no file", who);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        if (h.result().toHex() != sha)
            qFatal("%s wrote the wrong bytes", who);
        f.remove();
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BASE"_s, base);
    env.insert(u"TOKEN"_s, FakeDbfsServer::Token);
    env.insert(u"OUT"_s, out);
    env.insert(u"CHUNKS"_s, QString::number(DbfsMiB));
    const QString url = u"$BASE/api/2.0/dbfs/read?path=/bench/big.bin&offset=$((i * 1048576))&length=1048576"_s;
    const QString loop = u"set -o pipefail; for ((i = 0; i < CHUNKS; i++)); do curl -sfS -H \"Authorization: Bearer $TOKEN\" \"%1\" | jq -j .data | base64 -d "
                         u"|| exit 1; done > \"$OUT\""_s.arg(url);
    const QString floor = u"urls=(); for ((i = 0; i < CHUNKS; i++)); do urls+=(\"%1\" -o /dev/null); done; "
                          u"curl -sfS -H \"Authorization: Bearer $TOKEN\" \"${urls[@]}\""_s.arg(url);
    const Medians curlLoop = medianOf(n, [&] {
        const Run r = timed(u"bash"_s, {u"-c"_s, loop}, env);
        check("the curl loop", sha);
        return r;
    });
    const Medians curlFloor = medianOf(n, [&] { return timed(u"bash"_s, {u"-c"_s, floor}, env); });
    const Medians get = medianOf(n, [&] {
        const Run r = timed(TestEnv::dsstudioPath(), {u"get"_s, u"benchdbfs/bench/big.bin"_s, out}, cli.environment());
        check("dsstudio get", sha);
        return r;
    });
    const Medians ls = medianOf(n, [&] { return timed(TestEnv::dsstudioPath(), {u"ls"_s, u"benchdbfs/bench"_s}, cli.environment()); });
    const auto rate = [](double ms) { return DbfsMiB / (ms / 1000.0); };
    line("curl, 64 reads on one connection, not decoded (floor)", rate(curlFloor.wallMs), "MiB/s", {});
    line("sequential curl loop: read | jq .data | base64 -d", rate(curlLoop.wallMs), "MiB/s", u"the peer"_s);
    line("dsstudio get benchdbfs/bench/big.bin", rate(get.wallMs), "MiB/s",
         u"%1× the curl loop (target ≥ 0.8×) — %2; %3× the floor"_s.arg(curlLoop.wallMs / get.wallMs, 0, 'f', 2)
             .arg(QString::fromLatin1(verdict(curlLoop.wallMs / get.wallMs >= 0.8)))
             .arg(curlFloor.wallMs / get.wallMs, 0, 'f', 2));
    // MiB a read in flight holds at most: its answer (base64 in JSON), the parsed string, the
    // decoded chunk.
    const double chunk = 4.0 / 3.0 + 4.0 / 3.0 + 1.0;
    const double inFlight = DbfsClient::ReadsInFlight * chunk;
    line("dsstudio get peak RSS, above dsstudio ls of the folder", get.peakMiB - ls.peakMiB, "MiB",
         u"ls %1 MiB, get %2 MiB; %3 reads in flight × (answer + parsed + decoded) = %4 MiB — %5"_s.arg(ls.peakMiB, 0, 'f', 1)
             .arg(get.peakMiB, 0, 'f', 1)
             .arg(DbfsClient::ReadsInFlight)
             .arg(inFlight, 0, 'f', 1)
             .arg(QString::fromLatin1(verdict(get.peakMiB - ls.peakMiB <= inFlight))));
    if (large) {
        const Run huge = timed(TestEnv::dsstudioPath(), {u"get"_s, u"benchdbfs/bench/huge.bin"_s, out}, cli.environment());
        if (huge.exitCode != 0)
            qFatal("dsstudio get of the larger file failed");
        check("dsstudio get", sums.value(u"/bench/huge.bin"_s));
        line("dsstudio get peak RSS, a file 4× as large (one run)", huge.peakMiB, "MiB",
             u"%1 MiB for %2 MiB, %3 MiB for %4 MiB — %5"_s.arg(get.peakMiB, 0, 'f', 1).arg(DbfsMiB).arg(huge.peakMiB, 0, 'f', 1).arg(4 * DbfsMiB)
                 .arg(QString::fromLatin1(verdict(huge.peakMiB <= get.peakMiB + 4))));
    }
    server.kill();
    server.waitForFinished();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (!qEnvironmentVariableIsSet("STUDIO_DSSTUDIO")) // TestEnv runs this dsstudio
        qputenv("STUDIO_DSSTUDIO", QFile::encodeName(QCoreApplication::applicationDirPath() + u"/../../app/dsstudio"_s));
    std::printf("Browse benchmark (issue 13)\n");
    if (qEnvironmentVariableIsSet("PG_HOST")) {
        benchPostgres({qEnvironmentVariable("PG_HOST"), qEnvironmentVariable("PG_PORT"), qEnvironmentVariable("PG_USER"), qEnvironmentVariable("PG_PASSWORD"),
                       qEnvironmentVariable("PG_DATABASE")});
    } else {
        std::printf("\n(no PG_HOST: the PostgreSQL part needs tests/support/with-sql.sh; bash tests/bench/browse.sh runs it)\n");
    }
    for (const int latency : {0, 10})
        benchDbfs(latency);
    return 0;
}
