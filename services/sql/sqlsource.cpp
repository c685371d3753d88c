#include "services/sql/sqlsource.h"

#include "services/sql/sqlsession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;
using Dialect = SqlTarget::Dialect;

Q_LOGGING_CATEGORY(lcSql, "dsstudio.sql", QtWarningMsg)

namespace {

struct Location
{
    int depth = 0; // 0 root, 1 schema, 2 table or view, 3 column
    QString schema, table, column;
};

Result<Location> locate(const QString &path, const QString &what)
{
    Location l;
    if (path.isEmpty())
        return l;
    QStringList parts = path.split(u'/');
    if (parts.last().isEmpty())
        parts.removeLast();
    if (parts.isEmpty() || parts.size() > 3 || parts.contains(QString()))
        return ApiError::make(ApiError::Kind::NotFound, u"sql.path"_s,
                              QCoreApplication::translate("SqlSource", "%1: '%2' is not a schema, table or column path.").arg(what, path));
    l.depth = int(parts.size());
    l.schema = SqlQuoting::unsegment(parts.at(0));
    if (l.depth > 1)
        l.table = SqlQuoting::unsegment(parts.at(1));
    if (l.depth > 2)
        l.column = SqlQuoting::unsegment(parts.at(2));
    return l;
}

} // namespace

SqlSource::SqlSource(SqlTarget target, QObject *parent) : StorageClient(parent), m_target(std::move(target))
{
    m_session = std::make_shared<Session>();
    m_session->target = m_target;
    m_session->connection = SqlWorker::connectionName(u"dsstudio-sql"_s);
    m_thread = new QThread;
    m_thread->setObjectName(u"sql worker"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    // On the worker thread itself, as it ends (before wait() returns).
    connect(m_thread, &QThread::finished, m_worker, [] { SqlWorker::releaseTlsThreadState(); }, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

SqlSource::~SqlSource()
{
    // The connection closes on its own thread, after whatever statement is running; the
    // thread then ends and deletes itself.
    // A statement still running is stopped on the server rather than waited for.
    if (m_session->running != 0)
        SqlWorker::cancelOnServer(m_target, m_session->backend);
    QMetaObject::invokeMethod(m_worker, [session = m_session] { session->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    if (!m_thread->wait(3000))
        qCWarning(lcSql) << "a statement is still running; the SQL worker ends when it does";
}

template<typename JobType, typename Value>
JobType *SqlSource::post(std::function<Result<Value>(Session &)> work)
{
    auto *job = new JobType(this);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    const quint64 serial = ++m_serial;
    connect(job, &Job::cancelRequested, this, [this, job, cancelled, serial] {
        *cancelled = true;
        // A statement of this job already running is stopped on the server, so the worker is
        // free for the next one at once (not when a long query would have ended).
        if (m_session->running == serial)
            SqlWorker::cancelOnServer(m_target, m_session->backend);
        job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
    });
    QPointer<JobType> guard(job);
    QPointer<SqlSource> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [session = m_session, work = std::move(work), cancelled, guard, self, serial] {
            if (*cancelled)
                return;
            session->running = serial;
            Result<Value> result = work(*session);
            session->running = 0;
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [guard, result = std::move(result)] {
                    if (guard)
                        guard->finish(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return job;
}

BrowseCapabilities SqlSource::capabilities() const
{
    BrowseCapabilities c;
    c.readRanges = false;
    c.upload = false;
    c.parallelParts = false;
    c.remove = false;
    c.makeDirectories = false;
    c.versionPinning = false;
    c.rows = true;
    c.readOnlyReason = tr("a database is browsed read only; the studio never changes it.");
    return c;
}

QList<BrowseColumn> SqlSource::columns() const
{
    using V = BrowseColumn::Value;
    return {{tr("Name"), V::Name, {}},
            {tr("Type"), V::Type, tr("Schema, table or view; for a column its data type")},
            {tr("Rows (estimate)"), V::RowEstimate, tr("The row count the database's statistics hold: an estimate, not a count")},
            {tr("Details"), V::Detail, tr("Nullability and keys of a column")}};
}

ListJob *SqlSource::list(const QString &directory, const QString &pageToken, int pageSize, bool)
{
    const auto where = locate(directory, tr("Listing"));
    if (!where || where.value().depth > 2) {
        auto *job = new ListJob(this);
        job->finish(where ? ApiError::make(ApiError::Kind::NotFound, u"sql.path"_s, tr("A column has nothing under it.")) : where.error());
        return job;
    }
    const Location l = where.value();
    const qint64 offset = pageToken.toLongLong();
    const int count = std::clamp(pageSize, 1, 5000);
    return post<ListJob, ListPage>([l, offset, count](Session &s) -> Result<ListPage> {
        if (l.depth == 0)
            return s.schemas(offset, count);
        if (l.depth == 1)
            return s.relations(l.schema, offset, count);
        return s.columns(l.schema, l.table, offset, count);
    });
}

ReadJob *SqlSource::read(const QString &, qint64, qint64)
{
    return refuse<ReadJob>(tr("Reading bytes"));
}

PropertiesJob *SqlSource::properties(const QString &path)
{
    const auto where = locate(path, tr("Reading"));
    if (!where || where.value().depth == 0) {
        auto *job = new PropertiesJob(this);
        job->finish(where ? ObjectProperties{} : Result<ObjectProperties>(where.error()));
        return job;
    }
    const Location l = where.value();
    return post<PropertiesJob, ObjectProperties>([l, path](Session &s) -> Result<ObjectProperties> {
        const auto notFound = [&] {
            return ApiError::make(ApiError::Kind::NotFound, u"sql.not_found"_s, tr("'%1' is not there, or this login cannot see it.").arg(path));
        };
        Result<ListPage> page = l.depth == 1 ? s.schemas(0, 100000) : l.depth == 2 ? s.relations(l.schema, 0, 1, l.table) : s.columns(l.schema, l.table, 0, 100000);
        if (!page)
            return page.error();
        const QString wanted = l.depth == 1 ? l.schema : l.depth == 2 ? l.table : l.column;
        for (const StorageEntry &e : page.value().entries) {
            if (e.name == wanted) {
                ObjectProperties p;
                p.kind = e.contentType;
                p.size = e.size;
                return p;
            }
        }
        return notFound();
    });
}

VoidJob *SqlSource::probe(bool)
{
    return post<VoidJob, void>([](Session &s) -> VoidResult {
        if (auto one = s.select(u"SELECT 1"_s, {}); !one)
            return one.error();
        auto visible = s.schemas(0, 1);
        if (!visible)
            return visible.error();
        if (visible.value().entries.isEmpty())
            return ApiError::make(ApiError::Kind::Refused, u"sql.nothing_visible"_s,
                                  tr("The login connects to the %1, but may read no schema there.").arg(s.target.describe()));
        return {};
    });
}

RowsJob *SqlSource::rows(const QString &path, qint64 offset, int count)
{
    const auto where = locate(path, tr("Reading rows"));
    if (!where || where.value().depth != 2) {
        auto *job = new RowsJob(this);
        job->finish(where ? ApiError::make(ApiError::Kind::InvalidInput, u"sql.path"_s, tr("Rows are read from a table or view, not from '%1'.").arg(path))
                          : where.error());
        return job;
    }
    const Location l = where.value();
    const int n = std::clamp(count, 1, 10000);
    return post<RowsJob, RowsPage>([l, offset, n](Session &s) { return s.rows(l.schema, l.table, std::max<qint64>(0, offset), n); });
}

QUrl SqlSource::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_target.dialect == Dialect::Postgres ? u"postgresql"_s : m_target.dialect == Dialect::MySql ? u"mysql"_s : u"sqlserver"_s);
    u.setHost(m_target.host);
    u.setPort(m_target.port);
    u.setPath(u'/' + m_target.database + (path.isEmpty() ? QString() : u'/' + path));
    return u;
}
