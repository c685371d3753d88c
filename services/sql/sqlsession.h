#pragma once

// The worker thread's side of a SqlSource (sqlsource.h): its one connection and the read-only
// statements it runs — catalog listings, pages of rows — and what the main thread may use
// while a statement runs (stop it on the server). Included by the SqlSource sources only.

#include <atomic>

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "services/sql/sqlsource.h"

namespace SqlWorker {

// A connection name no other SqlSource or canceller uses ("dsstudio-sql-7").
QString connectionName(const QString &prefix);
// Gives back OpenSSL's state of the calling thread (see sqlsession.cpp); a thread that reached
// a database calls it before it ends.
void releaseTlsThreadState();
// Asks the server to stop the statement session `backend` runs now, from a connection of its
// own on a pool thread (not on SQL Server, which has no such call for a login).
void cancelOnServer(const SqlTarget &target, qint64 backend);

} // namespace SqlWorker

// Everything here is touched on the worker thread only.
struct SqlSource::Session
{
    SqlTarget target;
    QString connection;
    QSqlDatabase db;
    // Read by the main thread too: the job whose statement runs now (0: none), and the
    // server's id of the session (0: not open).
    std::atomic<quint64> running = 0;
    std::atomic<qint64> backend = 0;
    QHash<QString, QStringList> keys; // "schema\0table" → primary key columns, in order

    VoidResult open();
    void close();

    // The rows of a catalog or data query; a connection lost on the way is opened again once
    // (every statement here only reads, so running it twice is safe).
    Result<QList<QVariantList>> select(const QString &sql, const QVariantList &binds, QStringList *names = nullptr);

    // At most `count` rows from `offset`: one more is asked for, to know whether more follow.
    struct Page
    {
        QList<QVariantList> rows;
        bool more = false;
    };
    Result<Page> selectPage(const QString &sql, const QVariantList &binds, qint64 offset, int count, QStringList *names = nullptr);
    static QString continuation(const Page &page, qint64 offset, int count) { return page.more ? QString::number(offset + count) : QString(); }

    QString q(const QString &identifier) const { return SqlQuoting::identifier(target.dialect, identifier); }

    Result<ListPage> schemas(qint64 offset, int count);
    Result<ListPage> relations(const QString &schema, qint64 offset, int count, const QString &only = {});
    Result<ListPage> columns(const QString &schema, const QString &table, qint64 offset, int count);
    Result<RowsPage> rows(const QString &schema, const QString &table, qint64 offset, int count);
};
