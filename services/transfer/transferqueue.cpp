#include "services/transfer/transferqueue.h"

#include <QDir>
#include <QFileInfo>

#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

TransferQueue::State TransferQueue::Group::state() const
{
    if (!finished())
        return filesDone + filesSkipped + filesFailed + filesCancelled > 0 || timer.isValid() ? State::Running : State::Queued;
    if (filesFailed > 0 || error.isError())
        return State::Failed;
    if (filesCancelled > 0 || cancelled)
        return State::Cancelled;
    if (filesSkipped > 0 && filesDone == 0)
        return State::Skipped;
    return State::Done;
}

qint64 TransferQueue::Group::remainingMs() const
{
    const double speed = bytesPerSecond();
    if (finished() || !sizeKnown() || speed <= 0.0 || total < done)
        return -1;
    return qint64(double(total - done) * 1000.0 / speed);
}

TransferQueue::TransferQueue(StorageClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QString TransferQueue::alternativeName(const QString &path, int n)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString dir = path.left(slash + 1);
    const QString name = path.mid(slash + 1);
    // "report.tar.gz" → "report (1).tar.gz"; ".env" and "README" → ".env (1)", "README (1)".
    const qsizetype dot = name.indexOf(u'.', 1);
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    return dir + stem + u" (%1)"_s.arg(n) + suffix;
}

int TransferQueue::addGroup(Group group)
{
    group.policy = m_policy;
    m_groups.append(std::move(group));
    const int index = int(m_groups.size()) - 1;
    emit groupAdded(index);
    return index;
}

int TransferQueue::addItem(int group, Item item)
{
    item.group = group;
    Group &g = m_groups[group];
    if (item.total >= 0)
        g.total += item.total;
    else
        ++g.unknownSizes;
    m_items.append(std::move(item));
    const int row = int(m_items.size()) - 1;
    g.rows.append(row);
    emit added(row);
    emit groupChanged(group);
    pump();
    return row;
}

int TransferQueue::addSingle(Direction direction, const QString &remotePath, const QString &localPath, qint64 total)
{
    Group g;
    g.direction = direction;
    g.remotePath = remotePath;
    g.localPath = localPath;
    const int group = addGroup(std::move(g));
    Item item;
    item.direction = direction;
    item.remotePath = remotePath;
    item.localPath = localPath;
    item.total = total;
    addItem(group, std::move(item));
    return group;
}

int TransferQueue::download(const QString &remotePath, const QString &localPath)
{
    return addSingle(Direction::Download, remotePath, localPath, -1);
}

int TransferQueue::upload(const QString &localPath, const QString &remotePath)
{
    return addSingle(Direction::Upload, remotePath, localPath, QFileInfo(localPath).size());
}

bool TransferQueue::isBigUpload(const Item &item) const
{
    return item.direction == Direction::Upload && item.total > m_options.chunkBytes;
}

void TransferQueue::pump()
{
    if (!m_parked.isEmpty())
        resumeParked();
    while (m_firstQueued < m_items.size() && m_items.at(m_firstQueued).state != State::Queued)
        ++m_firstQueued;
    for (int row = m_firstQueued; row < m_items.size() && m_running < m_concurrency; ++row) {
        const Item &item = m_items.at(row);
        if (item.state != State::Queued || (isBigUpload(item) && m_bigRunning >= 2) || m_groups.at(item.group).cancelled
            || m_groups.at(item.group).holdItems)
            continue;
        start(row);
    }
}

void TransferQueue::checkFinished()
{
    while (m_firstQueued < m_items.size() && m_items.at(m_firstQueued).state != State::Queued)
        ++m_firstQueued;
    if (m_running == 0 && m_waiting == 0 && m_listings == 0 && m_firstQueued >= m_items.size())
        emit allFinished();
}

void TransferQueue::changedItem(int row)
{
    emit changed(row);
    emit groupChanged(m_items.at(row).group);
}

void TransferQueue::setItemProgress(int row, qint64 done, qint64 total)
{
    Item &i = m_items[row];
    Group &g = m_groups[i.group];
    g.done += done - i.done;
    if (total >= 0 && i.total < 0) {
        g.total += total;
        --g.unknownSizes;
    } else if (total >= 0) {
        g.total += total - i.total;
    }
    i.done = done;
    if (total >= 0)
        i.total = total;
    i.elapsedMs = i.timer.isValid() ? i.timer.elapsed() : 0;
    g.elapsedMs = g.timer.isValid() ? g.timer.elapsed() : 0;
}

void TransferQueue::settle(int row, State state, const ApiError &error, bool next)
{
    Item &i = m_items[row];
    Group &g = m_groups[i.group];
    const bool wasRunning = i.state == State::Checking || i.state == State::Running;
    if (wasRunning) {
        --m_running;
        m_bigRunning -= i.state == State::Running && isBigUpload(i) ? 1 : 0;
    }
    if (i.state == State::Conflict) {
        --m_waiting;
        --g.filesWaiting;
    }
    i.state = state;
    i.error = error;
    i.job = nullptr;
    if (i.timer.isValid())
        i.elapsedMs = i.timer.elapsed();
    if (g.timer.isValid())
        g.elapsedMs = g.timer.elapsed();
    m_claimedLocal.remove(i.localPath);
    switch (state) {
    case State::Done: ++g.filesDone; break;
    case State::Skipped: ++g.filesSkipped; break;
    case State::Failed:
        ++g.filesFailed;
        if (!g.error.isError())
            g.error = error;
        break;
    case State::Cancelled: ++g.filesCancelled; break;
    default: break;
    }
    changedItem(row);
    if (next) {
        pump();
        checkFinished();
    }
}

void TransferQueue::start(int row)
{
    Item &item = m_items[row];
    Group &g = m_groups[item.group];
    if (!g.timer.isValid())
        g.timer.start();
    item.state = State::Checking;
    ++m_running;
    if (!m_client) {
        settle(row, State::Failed, ApiError::make(ApiError::Kind::Cancelled, u"transfer.closed"_s, tr("The datastore was closed.")));
        return;
    }
    if (item.decision == ConflictPolicy::Replace || g.policy == ConflictPolicy::Replace) {
        launch(row); // decided: no need to look
        return;
    }
    changedItem(row);
    if (item.direction == Direction::Download) {
        decide(row, QFileInfo::exists(item.localPath));
        return;
    }
    if (g.existingKnown) {
        decide(row, g.existing.contains(item.remotePath));
        return;
    }
    onFinished(m_client->properties(item.remotePath), this, [this, row](const Result<ObjectProperties> &r) {
        if (m_items.at(row).state != State::Checking)
            return; // cancelled meanwhile
        if (r || r.error().kind == ApiError::Kind::NotFound) {
            decide(row, bool(r));
            return;
        }
        settle(row, State::Failed,
               ApiError::make(r.error().kind, u"transfer.check"_s,
                              tr("Could not tell whether %1 exists, so it was not uploaded (nothing is replaced unasked): %2")
                                  .arg(m_items.at(row).remotePath, r.error().message)));
    });
}

void TransferQueue::decide(int row, bool exists)
{
    Item &item = m_items[row];
    if (!exists && !m_claimedLocal.contains(item.localPath)) {
        launch(row);
        return;
    }
    const ConflictPolicy policy = item.decision != ConflictPolicy::Ask ? item.decision : m_groups.at(item.group).policy;
    const bool down = item.direction == Direction::Download;
    switch (policy) {
    case ConflictPolicy::Replace:
        launch(row);
        return;
    case ConflictPolicy::Skip:
        settle(row, State::Skipped);
        return;
    case ConflictPolicy::KeepBoth:
        keepBoth(row, 1);
        return;
    case ConflictPolicy::Refuse:
        settle(row, State::Failed,
               ApiError::make(ApiError::Kind::Conflict, u"transfer.exists"_s,
                              down ? tr("%1 exists already; it was not replaced.").arg(QDir::toNativeSeparators(item.localPath))
                                   : tr("%1 exists already in the datastore; it was not replaced.").arg(item.remotePath)));
        return;
    case ConflictPolicy::Ask:
        --m_running;
        item.state = State::Conflict;
        ++m_waiting;
        ++m_groups[item.group].filesWaiting;
        changedItem(row);
        emit conflict(row);
        pump();
        return;
    }
}

void TransferQueue::keepBoth(int row, int attempt)
{
    Item &item = m_items[row];
    if (attempt > 999) {
        settle(row, State::Failed, ApiError::make(ApiError::Kind::Conflict, u"transfer.exists"_s, tr("No free name was found beside %1.")
                                                                                                      .arg(item.direction == Direction::Download
                                                                                                               ? item.localPath
                                                                                                               : item.remotePath)));
        return;
    }
    if (item.direction == Direction::Download) {
        QString candidate = alternativeName(item.localPath, attempt);
        while (QFileInfo::exists(candidate) || m_claimedLocal.contains(candidate))
            candidate = alternativeName(item.localPath, ++attempt);
        item.localPath = candidate;
        item.renamed = true;
        launch(row);
        return;
    }
    const QString candidate = alternativeName(item.remotePath, attempt);
    onFinished(m_client->properties(candidate), this, [this, row, attempt, candidate](const Result<ObjectProperties> &r) {
        if (m_items.at(row).state != State::Checking)
            return;
        if (r) {
            keepBoth(row, attempt + 1);
        } else if (r.error().kind == ApiError::Kind::NotFound) {
            m_items[row].remotePath = candidate;
            m_items[row].renamed = true;
            launch(row);
        } else {
            settle(row, State::Failed, r.error());
        }
    });
}

void TransferQueue::launch(int row)
{
    Item &item = m_items[row];
    item.state = State::Running;
    m_bigRunning += isBigUpload(item) ? 1 : 0;
    if (item.direction == Direction::Download)
        m_claimedLocal.insert(item.localPath);
    item.timer.start();
    TransferJob *job = item.direction == Direction::Download ? Transfers::download(m_client, item.remotePath, item.localPath, m_options, this)
                                                             : Transfers::upload(m_client, item.localPath, item.remotePath, m_options, this);
    item.job = job;
    connect(job, &TransferJob::progress, this, [this, row](qint64 done, qint64 total) {
        setItemProgress(row, done, total);
        changedItem(row);
    });
    connect(job, &TransferJob::finished, this, [this, row](const Result<TransferResult> &result) {
        if (result) {
            setItemProgress(row, result.value().bytes, result.value().bytes);
            m_items[row].md5Verified = result.value().md5Verified;
            settle(row, State::Done);
        } else {
            settle(row, result.error().kind == ApiError::Kind::Cancelled ? State::Cancelled : State::Failed, result.error());
        }
    });
    changedItem(row);
}

void TransferQueue::resolveConflict(int row, ConflictPolicy decision, bool wholeGroup)
{
    if (row < 0 || row >= m_items.size() || decision == ConflictPolicy::Ask)
        return;
    const int group = m_items.at(row).group;
    if (wholeGroup)
        m_groups[group].policy = decision;
    const QList<int> rows = wholeGroup ? m_groups.at(group).rows : QList<int>{row};
    for (int r : rows) {
        Item &i = m_items[r];
        if (i.state != State::Conflict)
            continue;
        if (decision == ConflictPolicy::Skip) {
            settle(r, State::Skipped);
            continue;
        }
        --m_waiting;
        --m_groups[group].filesWaiting;
        i.decision = decision;
        i.state = State::Queued;
        m_firstQueued = std::min(m_firstQueued, r);
        changedItem(r);
    }
    pump();
    checkFinished();
}

void TransferQueue::cancel(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    Item &item = m_items[row];
    if (item.state == State::Queued || item.state == State::Conflict || item.state == State::Checking) {
        settle(row, State::Cancelled, ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
    } else if (item.state == State::Running && item.job) {
        item.job->cancel();
    }
}

void TransferQueue::cancelGroup(int group)
{
    if (group < 0 || group >= m_groups.size())
        return;
    m_groups[group].cancelled = true; // a listing still paging adds nothing more
    const QList<int> rows = m_groups.at(group).rows;
    // Settled without starting the next item: the next is of this group too.
    for (int row : rows) {
        const State state = m_items.at(row).state;
        if (state == State::Queued || state == State::Conflict || state == State::Checking)
            settle(row, State::Cancelled, ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")), false);
    }
    for (int row : rows) {
        if (m_items.at(row).state == State::Running && m_items.at(row).job)
            m_items.at(row).job->cancel();
    }
    emit groupChanged(group);
    pump();
    checkFinished();
}

int TransferQueue::unfinished() const
{
    int n = m_running + m_waiting;
    for (int row = m_firstQueued; row < m_items.size(); ++row)
        n += m_items.at(row).state == State::Queued ? 1 : 0;
    return n;
}

void TransferQueue::cancelAll()
{
    ++m_epoch;
    QList<int> unfinishedGroups;
    for (int group = 0; group < m_groups.size(); ++group) {
        if (!m_groups.at(group).finished()) {
            m_groups[group].cancelled = true; // none of them starts another item meanwhile
            unfinishedGroups.append(group);
        }
    }
    for (int group : std::as_const(unfinishedGroups))
        cancelGroup(group);
}
