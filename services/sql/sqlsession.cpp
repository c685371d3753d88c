#include "services/sql/sqlsession.h"

#include <dlfcn.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;
using Dialect = SqlTarget::Dialect;

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {

QAtomicInteger<quint64> connectionSerial = 0;

// The connection's settings from the target: the worker's session and the canceller share them.
void configure(QSqlDatabase &db, const SqlTarget &target)
{
    if (target.dialect == Dialect::SqlServer) {
        db.setDatabaseName(target.connectionString);
        // QODBC appends ";UID=…;PWD=…" as given: braces keep a ';' in them from ending the value.
        db.setUserName(u'{' + QString(target.user).replace(u'}', u"}}"_s) + u'}');
        db.setPassword(u'{' + QString(target.password).replace(u'}', u"}}"_s) + u'}');
    } else {
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        db.setPassword(target.password);
    }
    db.setConnectOptions(target.connectOptions);
}

QString limit(Dialect d, qint64 offset, int count)
{
    if (d == Dialect::SqlServer)
        return u" OFFSET %1 ROWS FETCH NEXT %2 ROWS ONLY"_s.arg(offset).arg(count);
    return u" LIMIT %1 OFFSET %2"_s.arg(count).arg(offset);
}

} // namespace

QString SqlWorker::connectionName(const QString &prefix)
{
    return u"%1-%2"_s.arg(prefix).arg(++connectionSerial);
}

// OpenSSL keeps state per thread (its error queue), which a thread gives back when it ends —
// unless the process is ending at that moment: QThread::wait() returns before the thread's
// exit handlers run, and if libcrypto has been cleaned up by then the state is lost (found by
// LeakSanitizer: a MariaDB session over TLS, then exit). A thread that reached a database
// (whose client library may speak TLS through OpenSSL) gives it back itself, before it ends.
// libcrypto is looked up only if it is loaded already; the studio never loads it for this.
void SqlWorker::releaseTlsThreadState()
{
    using Stop = void (*)();
    void *crypto = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_NOLOAD);
    if (!crypto)
        return;
    if (const auto stop = reinterpret_cast<Stop>(dlsym(crypto, "OPENSSL_thread_stop")))
        stop();
    dlclose(crypto);
}

// Asks the server to stop the statement that session `backend` runs now, from a connection of
// its own on a pool thread (Qt SQL connections are per thread, and the worker is busy with the
// statement). PostgreSQL: pg_cancel_backend, which a login may do to its own sessions; MySQL
// and MariaDB: KILL QUERY, the same. SQL Server has no such call short of KILL, which ends the
// session and needs ALTER ANY CONNECTION: there the statement runs on to its time limit.
void SqlWorker::cancelOnServer(const SqlTarget &target, qint64 backend)
{
    if (backend <= 0 || target.dialect == Dialect::SqlServer)
        return;
    QThreadPool::globalInstance()->start([target, backend] {
        const QString name = SqlWorker::connectionName(u"dsstudio-sql-cancel"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(target.driver, name);
            configure(db, target);
            if (db.open()) {
                QSqlQuery q(db);
                bool sent = false;
                if (target.dialect == Dialect::Postgres) {
                    sent = q.prepare(u"SELECT pg_cancel_backend(?)"_s);
                    q.addBindValue(backend);
                    sent = sent && q.exec();
                } else {
                    sent = q.exec(u"KILL QUERY %1"_s.arg(backend)); // a number, never text from elsewhere
                }
                if (!sent)
                    qCDebug(lcSql) << "the statement could not be cancelled on the server:" << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        releaseTlsThreadState();
    });
}

VoidResult SqlSource::Session::open()
{
    if (db.isValid() && db.isOpen())
        return {};
    if (!QSqlDatabase::isDriverAvailable(target.driver)) {
        return ApiError::make(ApiError::Kind::Unsupported, u"sql.driver"_s,
                              SqlSource::tr("The Qt SQL driver %1 is not installed (Debian: %2).")
                                  .arg(target.driver, target.dialect == Dialect::Postgres ? u"libqt6sql6-psql"_s
                                                      : target.dialect == Dialect::MySql  ? u"libqt6sql6-mysql"_s
                                                                                          : u"libqt6sql6-odbc"_s));
    }
    db = QSqlDatabase::addDatabase(target.driver, connection);
    configure(db, target);
    if (!db.open()) {
        const ApiError e = target.classify(db.lastError(), true);
        close();
        return e;
    }
    // Qt's MySQL driver has no option that makes the client library insist on TLS (it uses
    // TLS when the server offers it): the session itself is asked, before anything is read.
    if (target.dialect == Dialect::MySql && target.tls) {
        QSqlQuery q(db);
        const bool encrypted = q.exec(u"SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s) && q.next() && !q.value(1).toString().isEmpty();
        if (!encrypted) {
            close();
            return ApiError::make(ApiError::Kind::Network, u"sql.tls"_s,
                                  SqlSource::tr("The %1 accepted a connection without TLS; the studio does not read from it in the clear. "
                                     "Azure requires TLS: check the server's require_secure_transport setting.")
                                      .arg(target.describe()));
        }
    }
    // Browsing never writes: a read-only session where the server has one, and a bound on
    // every statement (a cancelled one still runs on the server until it ends).
    QStringList setup;
    switch (target.dialect) {
    case Dialect::Postgres:
        setup = {u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s, u"SET statement_timeout = 120000"_s};
        break;
    case Dialect::MySql:
        setup = {u"SET SESSION TRANSACTION READ ONLY"_s, u"SET SESSION max_statement_time = 120"_s /* MariaDB */,
                 u"SET SESSION max_execution_time = 120000"_s /* MySQL */};
        break;
    case Dialect::SqlServer:
        setup = {u"SET LOCK_TIMEOUT 120000"_s};
        break;
    }
    for (const QString &sql : setup) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qCDebug(lcSql) << "session setup not taken:" << sql << q.lastError().text();
    }
    // The server's id of this session, for cancelling a statement it runs.
    QSqlQuery id(db);
    const QString idSql = target.dialect == Dialect::Postgres ? u"SELECT pg_backend_pid()"_s
        : target.dialect == Dialect::MySql                    ? u"SELECT CONNECTION_ID()"_s
                                                              : u"SELECT @@SPID"_s;
    backend = id.exec(idSql) && id.next() ? id.value(0).toLongLong() : 0;
    return {};
}

void SqlSource::Session::close()
{
    backend = 0;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

Result<QList<QVariantList>> SqlSource::Session::select(const QString &sql, const QVariantList &binds, QStringList *names)
{
    for (int attempt = 0;; ++attempt) {
        if (VoidResult o = open(); !o)
            return o.error();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        ok = ok && q.exec();
        if (!ok) {
            const ApiError e = target.classify(q.lastError(), false);
            if (attempt == 0 && e.code == u"sql.network"_s) {
                close();
                continue;
            }
            return e;
        }
        QList<QVariantList> out;
        const QSqlRecord record = q.record();
        if (names) {
            names->clear();
            for (int i = 0; i < record.count(); ++i)
                names->append(record.fieldName(i));
        }
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row.append(q.isNull(i) ? QVariant() : q.value(i));
            out.append(row);
        }
        if (q.lastError().isValid())
            return target.classify(q.lastError(), false);
        return out;
    }
}

Result<SqlSource::Session::Page> SqlSource::Session::selectPage(const QString &sql, const QVariantList &binds, qint64 offset, int count, QStringList *names)
{
    auto rows = select(sql + limit(target.dialect, offset, count + 1), binds, names);
    if (!rows)
        return rows.error();
    Page page;
    page.more = rows.value().size() > count;
    page.rows = rows.value().mid(0, count);
    return page;
}

Result<ListPage> SqlSource::Session::schemas(qint64 offset, int count)
{
    QString sql;
    switch (target.dialect) {
    case Dialect::Postgres:
        sql = u"SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' "
              "AND pg_catalog.has_schema_privilege(n.oid, 'USAGE') ORDER BY n.nspname"_s;
        break;
    case Dialect::MySql:
        sql = u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
              "('information_schema', 'mysql', 'performance_schema', 'sys') ORDER BY SCHEMA_NAME"_s;
        break;
    case Dialect::SqlServer:
        sql = u"SELECT s.name FROM sys.schemas s WHERE s.name NOT IN ('sys', 'INFORMATION_SCHEMA', 'guest') "
              "AND s.name NOT LIKE 'db[_]%' ORDER BY s.name"_s;
        break;
    }
    const auto rows = selectPage(sql, {}, offset, count);
    if (!rows)
        return rows.error();
    ListPage page;
    const QString kind = target.dialect == Dialect::MySql ? SqlSource::tr("database") : SqlSource::tr("schema");
    for (const QVariantList &r : rows.value().rows) {
        StorageEntry e;
        e.name = r.value(0).toString();
        e.path = SqlQuoting::segment(e.name) + u'/';
        e.isDirectory = true;
        e.kind = EntryKind::Schema;
        e.contentType = kind;
        page.entries.append(e);
    }
    page.nextToken = continuation(rows.value(), offset, count);
    return page;
}

Result<ListPage> SqlSource::Session::relations(const QString &schema, qint64 offset, int count, const QString &only)
{
    // Each dialect's catalog: name, kind and the row estimate; `name` filters by one relation.
    QString sql, name;
    switch (target.dialect) {
    case Dialect::Postgres:
        sql = u"SELECT c.relname, c.relkind::text, c.reltuples::float8 FROM pg_catalog.pg_class c "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"_s;
        name = u"c.relname"_s;
        break;
    case Dialect::MySql:
        sql = u"SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"_s;
        name = u"TABLE_NAME"_s;
        break;
    case Dialect::SqlServer:
        sql = u"SELECT t.TABLE_NAME, t.TABLE_TYPE, (SELECT SUM(p.rows) FROM sys.partitions p WHERE p.index_id IN (0, 1) AND "
              "p.object_id = OBJECT_ID(QUOTENAME(t.TABLE_SCHEMA) + '.' + QUOTENAME(t.TABLE_NAME))) "
              "FROM INFORMATION_SCHEMA.TABLES t WHERE t.TABLE_SCHEMA = ?"_s;
        name = u"t.TABLE_NAME"_s;
        break;
    }
    QVariantList binds = {schema};
    if (!only.isEmpty()) {
        sql += u" AND "_s + name + u" = ?"_s;
        binds.append(only);
    }
    const auto rows = selectPage(sql + u" ORDER BY "_s + name, binds, offset, count);
    if (!rows)
        return rows.error();
    ListPage page;
    for (const QVariantList &r : rows.value().rows) {
        StorageEntry e;
        e.name = r.value(0).toString();
        e.path = SqlQuoting::segment(schema) + u'/' + SqlQuoting::segment(e.name) + u'/';
        e.isDirectory = true;
        const QString type = r.value(1).toString();
        const bool view = type == u"v"_s || type == u"m"_s || type.contains(u"VIEW"_s);
        e.kind = view ? EntryKind::View : EntryKind::Table;
        e.contentType = type == u"m"_s ? SqlSource::tr("materialized view")
                      : type == u"f"_s ? SqlSource::tr("foreign table")
                      : type == u"p"_s ? SqlSource::tr("partitioned table")
                      : view           ? SqlSource::tr("view")
                                       : SqlSource::tr("table");
        // The catalog's estimate (PostgreSQL: -1 until analysed; views have none).
        bool ok = false;
        const double estimate = r.value(2).toDouble(&ok);
        e.size = ok && !r.value(2).isNull() && estimate >= 0 && !view ? qint64(estimate) : -1;
        page.entries.append(e);
    }
    page.nextToken = continuation(rows.value(), offset, count);
    return page;
}

Result<ListPage> SqlSource::Session::columns(const QString &schema, const QString &table, qint64 offset, int count)
{
    QString sql;
    switch (target.dialect) {
    case Dialect::Postgres:
        sql = u"SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, "
              "EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey)) "
              "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"_s;
        break;
    case Dialect::MySql:
        sql = u"SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'NO', COLUMN_KEY = 'PRI' FROM information_schema.COLUMNS "
              "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION"_s;
        break;
    case Dialect::SqlServer:
        sql = u"SELECT c.COLUMN_NAME, c.DATA_TYPE + COALESCE('(' + CASE WHEN c.CHARACTER_MAXIMUM_LENGTH = -1 THEN 'max' "
              "ELSE CAST(c.CHARACTER_MAXIMUM_LENGTH AS varchar(12)) END + ')', ''), CASE WHEN c.IS_NULLABLE = 'NO' THEN 1 ELSE 0 END, "
              "CASE WHEN EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
              "ON k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_SCHEMA = tc.TABLE_SCHEMA WHERE tc.CONSTRAINT_TYPE = 'PRIMARY KEY' "
              "AND k.TABLE_SCHEMA = c.TABLE_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME AND k.COLUMN_NAME = c.COLUMN_NAME) THEN 1 ELSE 0 END "
              "FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ? ORDER BY c.ORDINAL_POSITION"_s;
        break;
    }
    const auto rows = selectPage(sql, {schema, table}, offset, count);
    if (!rows)
        return rows.error();
    ListPage page;
    QStringList key;
    for (const QVariantList &r : rows.value().rows) {
        StorageEntry e;
        e.name = r.value(0).toString();
        e.path = SqlQuoting::segment(schema) + u'/' + SqlQuoting::segment(table) + u'/' + SqlQuoting::segment(e.name);
        e.kind = EntryKind::Column;
        e.contentType = r.value(1).toString();
        QStringList detail;
        if (r.value(2).toBool())
            detail << SqlSource::tr("not null");
        if (r.value(3).toBool()) {
            detail << SqlSource::tr("primary key");
            key << e.name;
        }
        e.accessTier = detail.join(u", "_s);
        page.entries.append(e);
    }
    if (offset == 0 && !rows.value().more)
        keys.insert(schema + QChar(0) + table, key);
    page.nextToken = continuation(rows.value(), offset, count);
    return page;
}

Result<RowsPage> SqlSource::Session::rows(const QString &schema, const QString &table, qint64 offset, int count)
{
    // Pages follow the primary key where there is one, so that they do not overlap.
    const QString id = schema + QChar(0) + table;
    if (!keys.contains(id)) {
        if (auto c = columns(schema, table, 0, 10000); !c)
            return c.error();
        else if (c.value().entries.isEmpty())
            return ApiError::make(ApiError::Kind::NotFound, u"sql.not_found"_s,
                                  SqlSource::tr("There is no table or view '%1' in '%2' that this login can see.").arg(table, schema));
    }
    QStringList order;
    for (const QString &k : keys.value(id))
        order << q(k);
    QString sql = u"SELECT * FROM "_s + q(schema) + u'.' + q(table);
    if (!order.isEmpty())
        sql += u" ORDER BY "_s + order.join(u", "_s);
    else if (target.dialect == Dialect::SqlServer)
        sql += u" ORDER BY (SELECT NULL)"_s;
    RowsPage page;
    auto r = selectPage(sql, {}, offset, count, &page.columns);
    if (!r)
        return r.error();
    page.offset = offset;
    page.rows = r.value().rows;
    page.more = r.value().more;
    return page;
}
