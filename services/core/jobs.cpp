#include "services/core/jobs.h"

#include <QTimer>

Job::Job(QObject *parent) : QObject(parent) { }

void Job::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    emit cancelRequested();
}

bool Job::finishWith(std::function<void()> emitter)
{
    if (m_finished)
        return false;
    m_finished = true;
    QTimer::singleShot(0, this, [this, emitter = std::move(emitter)] {
        emitter();
        deleteLater();
    });
    return true;
}

void DatastoreListJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

void DatastoreJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

void VoidJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

void SecretsJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}
