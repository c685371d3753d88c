#pragma once

#include <functional>
#include <memory>

#include <QPointer>
#include <QThread>

#include "services/sql/sqltarget.h"
#include "services/storage/storageclient.h"

// A SQL datastore as a browse source, read only: schemas (for MySQL: databases) → tables and
// views → columns (type, nullability, key), with row counts where the catalog has them
// (estimates), and the rows of a table or view a page at a time (LIMIT / OFFSET, never the
// whole table). Paths: "schema/", "schema/table/", "schema/table/column", each name escaped
// with SqlQuoting::segment.
//
// Qt SQL connections belong to one thread, so every statement runs on this source's own
// worker thread, on its own connection, opened on first use in a read-only session; results
// come back to the main thread as jobs. A cancelled job finishes at once; a statement of it
// already running is cancelled on the server (PostgreSQL, MySQL, MariaDB; on SQL Server a
// statement timeout bounds it) and its result is dropped.
class SqlSource final : public StorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlSource)

public:
    explicit SqlSource(SqlTarget target, QObject *parent = nullptr);
    ~SqlSource() override;

    const SqlTarget &target() const { return m_target; }

    BrowseCapabilities capabilities() const override;
    QList<BrowseColumn> columns() const override;
    QString segmentOf(const QString &name) const override { return SqlQuoting::segment(name); }
    QString nameOf(const QString &segment) const override { return SqlQuoting::unsegment(segment); }
    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    ReadJob *read(const QString &path, qint64 offset, qint64 length) override;
    PropertiesJob *properties(const QString &path) override;
    // Connects, runs a trivial query and lists what the login may read (at least one schema).
    VoidJob *probe(bool createIfMissing) override;
    RowsJob *rows(const QString &path, qint64 offset, int count) override;
    QUrl url(const QString &path) const override;

    struct Session; // the worker thread's connection

private:
    template<typename JobType, typename Value>
    JobType *post(std::function<Result<Value>(Session &)> work);

    SqlTarget m_target;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<Session> m_session;
    quint64 m_serial = 0; // of the jobs posted
};
