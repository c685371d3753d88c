// SQL datastores as browse sources, against a real PostgreSQL 15 and a real MariaDB started on
// loopback by tests/support/with-sql.sh: schemas → tables and views → columns, rows in pages,
// identifiers no string pasting survives, read only, and errors that say what failed.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include "support/await.h"
#include "services/sql/sqlsource.h"
#include "services/sql/sqltarget.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Server
{
    QString kind; // postgres | mariadb
    StorageType type;
    QString host, port, user, password, database;
};

Server server(const QString &kind)
{
    const QString p = kind == u"postgres"_s ? u"PG_"_s : u"MARIADB_"_s;
    const auto env = [&p](const char *name) { return qEnvironmentVariable(qPrintable(p + QLatin1String(name))); };
    return {kind, kind == u"postgres"_s ? StorageType::AzurePostgreSql : StorageType::AzureMySql, env("HOST"), env("PORT"), env("USER"),
            env("PASSWORD"), env("DATABASE")};
}

Datastore datastoreFor(const Server &s)
{
    Datastore ds;
    ds.name = s.kind + u"_store"_s;
    ds.type = s.type;
    ds.auth = AuthKind::Sql;
    ds.fields = {{u"server_name"_s, s.host}, {u"port"_s, s.port}, {u"database_name"_s, s.database}, {u"user_id"_s, s.user}};
    return ds;
}

// The nasty names: spaces, both quote characters, a reserved word, mixed case, unicode, a slash.
const QString Schema = u"Sales Data"_s;
const QStringList Tables = {u"order items"_s, u"Mixed\"Quote`Case"_s, u"select"_s, u"naïve ünïcode"_s, u"a/b%2F"_s};

QStringList names(const ListPage &page)
{
    QStringList out;
    for (const StorageEntry &e : page.entries)
        out << e.name;
    return out;
}

} // namespace

class tst_SqlSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void schemasTablesAndColumns_data();
    void schemasTablesAndColumns();
    void rowsComeInPagesInKeyOrder_data();
    void rowsComeInPagesInKeyOrder();
    void theSessionIsReadOnly_data();
    void theSessionIsReadOnly();
    void errorsSayWhatFailed_data();
    void errorsSayWhatFailed();
    void tlsIsRequiredAwayFromLoopback();
    void aCancelledJobFinishesAtOnce();
    void cancelStopsTheStatementOnTheServer_data();
    void cancelStopsTheStatementOnTheServer();
    void targetsFromDatastores();
    void anAzureSqlServerThatDoesNotAnswerIsNamed();

private:
    void addRows();
    std::unique_ptr<SqlSource> source(const Server &s, const QString &password = {});
    QString schemaOf(const Server &s) const { return s.kind == u"postgres"_s ? Schema : s.database; }
};

void tst_SqlSource::initTestCase()
{
    for (const QString &kind : {u"postgres"_s, u"mariadb"_s}) {
        const Server s = server(kind);
        QVERIFY2(!s.host.isEmpty() && !s.port.isEmpty(), "run inside tests/support/with-sql.sh (it starts the servers)");
        QSqlDatabase db = QSqlDatabase::addDatabase(kind == u"postgres"_s ? u"QPSQL"_s : u"QMYSQL"_s, u"setup-"_s + kind);
        db.setHostName(s.host);
        db.setPort(s.port.toInt());
        db.setDatabaseName(s.database);
        db.setUserName(s.user);
        db.setPassword(s.password);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const auto run = [&db](const QString &sql) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        };
        const auto quote = [&kind](const QString &n) { return SqlQuoting::identifier(kind == u"postgres"_s ? SqlTarget::Dialect::Postgres : SqlTarget::Dialect::MySql, n); };
        QString prefix;
        if (kind == u"postgres"_s) {
            run(u"CREATE SCHEMA "_s + quote(Schema));
            run(u"CREATE SCHEMA hidden_from_nobody"_s);
            prefix = quote(Schema) + u'.';
        } else {
            prefix = quote(s.database) + u'.';
        }
        for (const QString &t : Tables)
            run(u"CREATE TABLE "_s + prefix + quote(t) + u" (id INTEGER NOT NULL PRIMARY KEY, "_s + quote(u"Label \"x\""_s) + u" VARCHAR(40), "_s
                + quote(u"from"_s) + u" INTEGER)"_s);
        run(u"CREATE VIEW "_s + prefix + quote(u"big view"_s) + u" AS SELECT id, "_s + quote(u"Label \"x\""_s) + u" FROM "_s + prefix
            + quote(Tables.at(0)));
        // 250 rows, inserted out of order so that key order is not insertion order.
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(u"INSERT INTO "_s + prefix + quote(Tables.at(0)) + u" VALUES (?, ?, ?)"_s));
        for (int i = 0; i < 250; ++i) {
            const int id = (i * 37) % 250;
            insert.addBindValue(id);
            insert.addBindValue(id % 10 == 0 ? QVariant() : QVariant(u"Äpfel %1"_s.arg(id)));
            insert.addBindValue(id * 2);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        run(kind == u"postgres"_s ? u"ANALYZE "_s + prefix + quote(Tables.at(0)) : u"ANALYZE TABLE "_s + prefix + quote(Tables.at(0)));
    }
}

void tst_SqlSource::cleanupTestCase()
{
    for (const QString &kind : {u"postgres"_s, u"mariadb"_s})
        QSqlDatabase::removeDatabase(u"setup-"_s + kind);
}

std::unique_ptr<SqlSource> tst_SqlSource::source(const Server &s, const QString &password)
{
    auto target = SqlTarget::forDatastore(datastoreFor(s), {{u"user_password"_s, password.isEmpty() ? s.password : password}});
    if (!target)
        qWarning() << target.error().message;
    return target ? std::make_unique<SqlSource>(target.value()) : nullptr;
}

void tst_SqlSource::schemasTablesAndColumns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgres") << u"postgres"_s;
    QTest::newRow("mariadb") << u"mariadb"_s;
}

void tst_SqlSource::schemasTablesAndColumns()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    auto src = source(s);
    QVERIFY(src);
    QVERIFY(src->capabilities().rows);
    QVERIFY(!src->capabilities().upload && !src->capabilities().remove && !src->capabilities().readRanges);
    QVERIFY(!src->capabilities().readOnlyReason.isEmpty());
    QVERIFY(await(src->probe(false)));

    const auto root = await(src->list({}, {}, 100, false));
    QVERIFY2(root, qPrintable(root.error().message));
    QVERIFY2(names(root.value()).contains(schemaOf(s)), qPrintable(names(root.value()).join(u", "_s)));
    QVERIFY(!names(root.value()).contains(u"information_schema"_s));
    QVERIFY(!names(root.value()).contains(u"pg_catalog"_s));
    const StorageEntry schema = root.value().entries.at(int(names(root.value()).indexOf(schemaOf(s))));
    QCOMPARE(schema.kind, EntryKind::Schema);
    QVERIFY(schema.isDirectory);

    // Tables and views, in pages of two (the token is followed to the end).
    QStringList seen;
    QList<StorageEntry> relations;
    QString token;
    int pages = 0;
    do {
        const auto page = await(src->list(schema.path, token, 2, false));
        QVERIFY2(page, qPrintable(page.error().message));
        QVERIFY(page.value().entries.size() <= 2);
        relations += page.value().entries;
        token = page.value().nextToken;
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    for (const StorageEntry &e : relations)
        seen << e.name;
    for (const QString &t : Tables)
        QVERIFY2(seen.contains(t), qPrintable(t + u" missing from "_s + seen.join(u" | "_s)));
    QVERIFY(seen.contains(u"big view"_s));
    QCOMPARE(pages, 3); // six relations
    const StorageEntry table = relations.at(int(seen.indexOf(Tables.at(0))));
    const StorageEntry view = relations.at(int(seen.indexOf(u"big view"_s)));
    QCOMPARE(table.kind, EntryKind::Table);
    QCOMPARE(view.kind, EntryKind::View);
    QCOMPARE(table.size, 250); // analysed: the estimate is exact here
    QCOMPARE(view.size, -1);   // views have no estimate
    QVERIFY(table.isDirectory);

    // The columns of the table whose name holds both quote characters.
    const StorageEntry quoted = relations.at(int(seen.indexOf(Tables.at(1))));
    const auto cols = await(src->list(quoted.path, {}, 100, false));
    QVERIFY2(cols, qPrintable(cols.error().message));
    QCOMPARE(names(cols.value()), (QStringList{u"id"_s, u"Label \"x\""_s, u"from"_s}));
    const StorageEntry id = cols.value().entries.at(0);
    QCOMPARE(id.kind, EntryKind::Column);
    QVERIFY(!id.isDirectory);
    QVERIFY2(id.contentType.contains(u"int"_s), qPrintable(id.contentType));
    QVERIFY2(id.accessTier.contains(u"primary key"_s) && id.accessTier.contains(u"not null"_s), qPrintable(id.accessTier));
    QCOMPARE(cols.value().entries.at(1).accessTier, QString());

    // The slash in a name survives the path.
    const StorageEntry slashed = relations.at(int(seen.indexOf(Tables.at(4))));
    QCOMPARE(slashed.path.count(u'/'), 2);
    QVERIFY(await(src->list(slashed.path, {}, 10, false)));
    const auto props = await(src->properties(slashed.path));
    QVERIFY2(props, qPrintable(props.error().message));
    QCOMPARE(props.value().kind, u"table"_s);
    QCOMPARE(await(src->properties(schema.path + u"no such table/"_s)).error().kind, ApiError::Kind::NotFound);
}

void tst_SqlSource::rowsComeInPagesInKeyOrder_data()
{
    schemasTablesAndColumns_data();
}

void tst_SqlSource::rowsComeInPagesInKeyOrder()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    auto src = source(s);
    QVERIFY(src);
    const QString path = SqlQuoting::segment(schemaOf(s)) + u'/' + SqlQuoting::segment(Tables.at(0)) + u'/';
    QList<int> ids;
    qint64 offset = 0;
    for (int page = 0; page < 5; ++page) {
        const auto r = await(src->rows(path, offset, 100));
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r.value().columns, (QStringList{u"id"_s, u"Label \"x\""_s, u"from"_s}));
        QCOMPARE(r.value().offset, offset);
        for (const QVariantList &row : r.value().rows) {
            ids << row.at(0).toInt();
            const int id = row.at(0).toInt();
            if (id % 10 == 0)
                QVERIFY2(row.at(1).isNull(), "a NULL stays null, not an empty string");
            else
                QCOMPARE(row.at(1).toString(), u"Äpfel %1"_s.arg(id));
        }
        offset += r.value().rows.size();
        if (!r.value().more)
            break;
    }
    QCOMPARE(ids.size(), 250);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), i); // key order, each row once
    // The view's rows, and an unknown table.
    const QString view = SqlQuoting::segment(schemaOf(s)) + u"/big view/"_s;
    const auto v = await(src->rows(view, 240, 100));
    QVERIFY2(v, qPrintable(v.error().message));
    QCOMPARE(v.value().rows.size(), 10);
    QVERIFY(!v.value().more);
    QCOMPARE(await(src->rows(SqlQuoting::segment(schemaOf(s)) + u"/nope/"_s, 0, 10)).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(await(src->rows(SqlQuoting::segment(schemaOf(s)) + u'/', 0, 10)).error().kind, ApiError::Kind::InvalidInput);
}

void tst_SqlSource::theSessionIsReadOnly_data()
{
    schemasTablesAndColumns_data();
}

void tst_SqlSource::theSessionIsReadOnly()
{
    // A view whose reading would write (PostgreSQL: a function with a side effect) fails in
    // the source's read-only session; MariaDB: the session's own flag says so.
    QFETCH(QString, kind);
    const Server s = server(kind);
    QSqlDatabase db = QSqlDatabase::database(u"setup-"_s + kind);
    QSqlQuery q(db);
    auto src = source(s);
    QVERIFY(src);
    if (kind == u"postgres"_s) {
        QVERIFY2(q.exec(u"CREATE TABLE IF NOT EXISTS \"Sales Data\".audit (n INTEGER)"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"CREATE OR REPLACE FUNCTION \"Sales Data\".touch() RETURNS INTEGER LANGUAGE sql AS "
                       "$$ INSERT INTO \"Sales Data\".audit VALUES (1) RETURNING n $$"_s));
        QVERIFY(q.exec(u"CREATE OR REPLACE VIEW \"Sales Data\".writer AS SELECT \"Sales Data\".touch() AS n"_s));
        const auto r = await(src->rows(u"Sales Data/writer/"_s, 0, 10));
        QVERIFY2(!r, "reading the view wrote a row");
        QVERIFY2(r.error().message.contains(u"read-only"_s), qPrintable(r.error().message));
        QVERIFY(q.exec(u"SELECT count(*) FROM \"Sales Data\".audit"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    } else {
        QVERIFY(q.exec(u"CREATE OR REPLACE TABLE audit (n INTEGER)"_s));
        QVERIFY(q.exec(u"CREATE OR REPLACE FUNCTION touch() RETURNS INTEGER MODIFIES SQL DATA BEGIN INSERT INTO audit VALUES (1); RETURN 1; END"_s));
        QVERIFY(q.exec(u"CREATE OR REPLACE VIEW writer AS SELECT touch() AS n"_s));
        const auto r = await(src->rows(s.database + u"/writer/"_s, 0, 10));
        QVERIFY2(!r, "reading the view wrote a row");
        QVERIFY(q.exec(u"SELECT count(*) FROM audit"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void tst_SqlSource::errorsSayWhatFailed_data()
{
    schemasTablesAndColumns_data();
}

void tst_SqlSource::errorsSayWhatFailed()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    {
        auto src = source(s, u"wrong password"_s);
        const auto r = await(src->probe(false));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"sql.login"_s);
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY(!r.error().message.contains(u"wrong password"_s));
    }
    {
        Datastore ds = datastoreFor(s);
        ds.fields[u"database_name"_s] = u"no_such_db"_s;
        auto src = std::make_unique<SqlSource>(SqlTarget::forDatastore(ds, {{u"user_password"_s, s.password}}).value());
        const auto r = await(src->probe(false));
        QVERIFY(!r);
        QVERIFY2(r.error().code == u"sql.database"_s || (kind == u"mariadb"_s && r.error().code == u"sql.login"_s), qPrintable(r.error().message));
    }
    {
        Datastore ds = datastoreFor(s);
        ds.fields[u"port"_s] = u"1"_s; // nothing listens there
        auto src = std::make_unique<SqlSource>(SqlTarget::forDatastore(ds, {{u"user_password"_s, s.password}}).value());
        const auto r = await(src->probe(false));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"sql.network"_s);
        QVERIFY2(r.error().message.contains(u"127.0.0.1:1"_s), qPrintable(r.error().message));
    }
}

void tst_SqlSource::tlsIsRequiredAwayFromLoopback()
{
    // The test servers offer no TLS: a target that requires it (as every non-loopback one
    // does) must refuse to connect in the clear rather than fall back.
    for (const QString &kind : {u"postgres"_s, u"mariadb"_s}) {
        const Server s = server(kind);
        SqlTarget t = SqlTarget::forDatastore(datastoreFor(s), {{u"user_password"_s, s.password}}).value();
        QVERIFY(!t.tls);
        Datastore remote = datastoreFor(s);
        remote.fields[u"server_name"_s] = u"contoso"_s;
        const SqlTarget far = SqlTarget::forDatastore(remote, {{u"user_password"_s, s.password}}).value();
        QVERIFY(far.tls);
        t.tls = true;
        t.connectOptions = far.connectOptions;
        SqlSource src(t);
        const auto r = await(src.probe(false));
        QVERIFY2(!r, qPrintable(kind + u" connected without TLS"_s));
        QCOMPARE(r.error().code, u"sql.tls"_s);
    }
}

void tst_SqlSource::aCancelledJobFinishesAtOnce()
{
    const Server s = server(u"postgres"_s);
    auto src = source(s);
    RowsJob *job = src->rows(SqlQuoting::segment(Schema) + u'/' + SqlQuoting::segment(Tables.at(0)) + u'/', 0, 100);
    job->cancel();
    const auto r = await(job, 1000);
    QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
    // The source still answers afterwards.
    QVERIFY(await(src->list({}, {}, 10, false)));
}

void tst_SqlSource::cancelStopsTheStatementOnTheServer_data()
{
    schemasTablesAndColumns_data();
}

void tst_SqlSource::cancelStopsTheStatementOnTheServer()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    QSqlDatabase admin = QSqlDatabase::database(u"setup-"_s + kind);
    const bool pg = kind == u"postgres"_s;
    const auto quote = [pg](const QString &n) { return SqlQuoting::identifier(pg ? SqlTarget::Dialect::Postgres : SqlTarget::Dialect::MySql, n); };
    const QString view = quote(schemaOf(s)) + u'.' + quote(u"slow view"_s);
    QSqlQuery q(admin);
    QVERIFY2(q.exec(u"CREATE VIEW "_s + view + (pg ? u" AS SELECT 1 AS n FROM pg_sleep(60)"_s : u" AS SELECT SLEEP(60) AS waited, 1 AS n"_s)),
             qPrintable(q.lastError().text()));
    const auto running = [&admin, pg] {
        QSqlQuery active(admin);
        // QPSQL runs prepared statements (the activity shows "EXECUTE qpsqlpstmt_…"): the sleep is found by what it waits on.
        const bool ok = active.exec(pg ? u"SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND wait_event = 'PgSleep' "
                                         "AND pid <> pg_backend_pid()"_s
                                       : u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%slow view%' "
                                         "AND ID <> CONNECTION_ID()"_s)
            && active.next();
        return ok ? active.value(0).toInt() : -1;
    };
    auto src = source(s);
    QVERIFY(await(src->list({}, {}, 10, false))); // the session is open
    RowsJob *job = src->rows(SqlQuoting::segment(schemaOf(s)) + u'/' + SqlQuoting::segment(u"slow view"_s) + u'/', 0, 100);
    QTRY_COMPARE_WITH_TIMEOUT(running(), 1, 10000);
    job->cancel();
    QCOMPARE(await(job, 1000).error().kind, ApiError::Kind::Cancelled);
    // The server stops the statement: nothing of it runs on, and the worker answers the next
    // request now, not when the minute of sleep would have ended.
    QTRY_COMPARE_WITH_TIMEOUT(running(), 0, 10000);
    QVERIFY(await(src->list({}, {}, 10, false), 10000));
    src.reset();
    QVERIFY(q.exec(u"DROP VIEW "_s + view));
}

void tst_SqlSource::targetsFromDatastores()
{
    Datastore pg;
    pg.name = u"pg"_s;
    pg.type = StorageType::AzurePostgreSql;
    pg.auth = AuthKind::Sql;
    pg.fields = {{u"server_name"_s, u"contoso"_s}, {u"database_name"_s, u"sales"_s}, {u"user_id"_s, u"reader"_s}};
    const SqlTarget t = SqlTarget::forDatastore(pg, {{u"user_password"_s, u"s3cret;x"_s}}).value();
    QCOMPARE(t.host, u"contoso.postgres.database.azure.com"_s);
    QCOMPARE(t.port, 5432);
    QVERIFY(t.connectOptions.contains(u"sslmode=require"_s));
    QVERIFY(!t.describe().contains(u"s3cret"_s) && !t.connectOptions.contains(u"s3cret"_s));
    pg.fields[u"endpoint"_s] = u"postgres.database.chinacloudapi.cn"_s;
    QCOMPARE(SqlTarget::forDatastore(pg, {{u"user_password"_s, u"x"_s}}).value().host, u"contoso.postgres.database.chinacloudapi.cn"_s);
    QCOMPARE(SqlTarget::forDatastore(pg, {}).error().code, u"secret.missing"_s);

    Datastore mysql = pg;
    mysql.type = StorageType::AzureMySql;
    mysql.fields.remove(u"endpoint"_s);
    const SqlTarget m = SqlTarget::forDatastore(mysql, {{u"user_password"_s, u"x"_s}}).value();
    QCOMPARE(m.host, u"contoso.mysql.database.azure.com"_s);
    QCOMPARE(m.port, 3306);
    QVERIFY(m.connectOptions.contains(u"SSL_"_s));

    Datastore sql = pg;
    sql.type = StorageType::AzureSqlDatabase;
    sql.fields.remove(u"endpoint"_s);
    const auto s = SqlTarget::forDatastore(sql, {{u"user_password"_s, u"p;w}"_s}}, u"FreeTDS"_s);
    QVERIFY2(s, qPrintable(s.error().message));
    QCOMPARE(s.value().host, u"contoso.database.windows.net"_s);
    QVERIFY(s.value().connectionString.contains(u"DRIVER={FreeTDS}"_s));
    QVERIFY(s.value().connectionString.contains(u"Encryption=require"_s));
    QVERIFY(!s.value().connectionString.contains(u"p;w"_s));
    const auto ms = SqlTarget::forDatastore(sql, {{u"user_password"_s, u"x"_s}}, u"ODBC Driver 18 for SQL Server"_s);
    QVERIFY(ms.value().connectionString.contains(u"Encrypt=yes"_s));
    QVERIFY(ms.value().connectionString.contains(u"SERVER={tcp:contoso.database.windows.net,1433}"_s));
    Datastore sp = sql;
    sp.auth = AuthKind::ServicePrincipal;
    sp.fields = {{u"server_name"_s, u"contoso"_s}, {u"database_name"_s, u"sales"_s}, {u"tenant_id"_s, u"t"_s}, {u"client_id"_s, u"c"_s}};
    // The user picks the driver with DSSTUDIO_ODBC_DRIVER; one not installed is refused by name.
    if (SqlTarget::odbcDrivers().contains(u"FreeTDS"_s)) {
        qputenv("DSSTUDIO_ODBC_DRIVER", "FreeTDS");
        QCOMPARE(SqlTarget::forDatastore(sql, {{u"user_password"_s, u"x"_s}}).value().odbcDriver, u"FreeTDS"_s);
    }
    qputenv("DSSTUDIO_ODBC_DRIVER", "No Such Driver 99");
    const auto unknown = SqlTarget::forDatastore(sql, {{u"user_password"_s, u"x"_s}});
    qunsetenv("DSSTUDIO_ODBC_DRIVER");
    QCOMPARE(unknown.error().code, u"sql.odbc_driver"_s);
    QVERIFY2(unknown.error().message.contains(u"DSSTUDIO_ODBC_DRIVER names 'No Such Driver 99'"_s), qPrintable(unknown.error().message));
    QCOMPARE(SqlTarget::forDatastore(sp, {{u"client_secret"_s, u"x"_s}}, u"FreeTDS"_s).error().code, u"sql.odbc_driver"_s);
    QVERIFY(SqlTarget::forDatastore(sp, {{u"client_secret"_s, u"x"_s}}, u"ODBC Driver 18 for SQL Server"_s)
                .value()
                .connectionString.contains(u"Authentication=ActiveDirectoryServicePrincipal"_s));
    // Quoting and path segments.
    QCOMPARE(SqlQuoting::identifier(SqlTarget::Dialect::Postgres, u"a\"b"_s), u"\"a\"\"b\""_s);
    QCOMPARE(SqlQuoting::identifier(SqlTarget::Dialect::MySql, u"a`b"_s), u"`a``b`"_s);
    for (const QString &n : {u"a/b"_s, u"%2F"_s, u"%"_s, u"100%/x%25"_s}) {
        QVERIFY(!SqlQuoting::segment(n).contains(u'/'));
        QCOMPARE(SqlQuoting::unsegment(SqlQuoting::segment(n)), n);
    }
}

void tst_SqlSource::anAzureSqlServerThatDoesNotAnswerIsNamed()
{
    // No SQL Server here: an Azure SQL Database datastore through Debian's FreeTDS driver, at a
    // port nothing listens on, goes the whole way (the ODBC connection string, the driver, the
    // worker thread) and says the server could not be reached — not the login, not the TLS.
    if (!SqlTarget::odbcDrivers().contains(u"FreeTDS"_s))
        QSKIP("FreeTDS (tdsodbc) is not installed");
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort(); // closed again: nothing answers there
    }
    Datastore ds;
    ds.name = u"sales"_s;
    ds.type = StorageType::AzureSqlDatabase;
    ds.auth = AuthKind::Sql;
    ds.fields = {{u"server_name"_s, u"127.0.0.1"_s}, {u"port"_s, QString::number(port)}, {u"database_name"_s, u"sales"_s}, {u"user_id"_s, u"reader"_s}};
    const auto target = SqlTarget::forDatastore(ds, {{u"user_password"_s, u"pw;}"_s}}, u"FreeTDS"_s);
    QVERIFY2(target, qPrintable(target ? QString() : target.error().message));
    QVERIFY(target.value().connectionString.contains(u"DRIVER={FreeTDS}"_s));
    SqlSource src(target.value());
    const auto r = await(src.probe(false), 60000);
    QVERIFY(!r);
    QVERIFY2(r.error().kind == ApiError::Kind::Network, qPrintable(r.error().message + u" | "_s + r.error().detail));
    QVERIFY2(r.error().message.contains(u"could not be reached"_s) && r.error().message.contains(u"SQL Server"_s), qPrintable(r.error().message));
    QVERIFY2(!r.error().message.contains(u"pw;}"_s), "the password is never in a message");
}

QTEST_GUILESS_MAIN(tst_SqlSource)
#include "tst_sqlsource.moc"
