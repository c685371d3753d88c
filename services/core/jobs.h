#pragma once

#include <functional>

#include <QList>
#include <QObject>

#include "services/core/datastore.h"
#include "services/core/result.h"

// Handles returned by every asynchronous service call (qBittorrent's DownloadHandler shape).
// A job belongs to the service that made it, emits `finished` exactly once — always from the
// event loop, never inside the call that created it, so callers may connect after the call
// returns — and then deletes itself. cancel() asks the service to stop at its next step;
// the job then finishes with ApiError::Kind::Cancelled unless the work already completed.
// Runs on the thread of its service (the GUI or CLI main thread).
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);

    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

signals:
    void cancelRequested();

protected:
    // Marks the job finished and schedules `emitter` on the event loop; false if it was
    // already finished (the second result is dropped).
    bool finishWith(std::function<void()> emitter);

private:
    bool m_cancelled = false;
    bool m_finished = false;
};

class DatastoreListJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreListJob)

public:
    using ResultType = Result<QList<Datastore>>;
    using Job::Job;
    void finish(const ResultType &result);
    // What the user should know about the list beside its rows (datastores the workspace
    // holds that are not in it, and why); set before finish().
    void setNotes(const QStringList &notes) { m_notes = notes; }
    QStringList notes() const { return m_notes; }

signals:
    void finished(const Result<QList<Datastore>> &result);
    // Part of the list as it arrives (a remote workspace answers in pages), to show before
    // finished() brings the whole of it; a datastore may come again in a later page.
    void page(const QList<Datastore> &datastores);

private:
    QStringList m_notes;
};

class DatastoreJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreJob)

public:
    using ResultType = Result<Datastore>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const Result<Datastore> &result);
};

class VoidJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoidJob)

public:
    using ResultType = VoidResult;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const VoidResult &result);
    // Where the job sends a body (an upload part): bytes of it sent so far, of `total`. A retry
    // starts again from 0.
    void sent(qint64 done, qint64 total);
};

class SecretsJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsJob)

public:
    using ResultType = Result<SecretMap>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const Result<SecretMap> &result);
};

// Connects a job's result to a callback that runs only while `context` lives.
template<typename JobType, typename Callback>
JobType *onFinished(JobType *job, const QObject *context, Callback &&callback)
{
    QObject::connect(job, &JobType::finished, context, std::forward<Callback>(callback));
    return job;
}
