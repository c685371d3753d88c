#include "services/transfer/transferqueue.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

TransferQueue::TransferQueue(StorageClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

int TransferQueue::add(Item item)
{
    m_items.append(std::move(item));
    const int row = int(m_items.size()) - 1;
    emit added(row);
    pump();
    return row;
}

void TransferQueue::download(const QString &remotePath, const QString &localPath)
{
    Item item;
    item.direction = Direction::Download;
    item.remotePath = remotePath;
    item.localPath = localPath;
    add(std::move(item));
}

void TransferQueue::upload(const QString &localPath, const QString &remotePath)
{
    Item item;
    item.direction = Direction::Upload;
    item.remotePath = remotePath;
    item.localPath = localPath;
    item.total = QFileInfo(localPath).size();
    add(std::move(item));
}

void TransferQueue::downloadFolder(const QString &remoteFolder, const QString &localFolder)
{
    if (!m_client)
        return;
    ++m_listings;
    listFolder(remoteFolder, localFolder, {}, m_epoch);
}

void TransferQueue::listFolder(const QString &remoteFolder, const QString &localFolder, const QString &token, int epoch)
{
    onFinished(m_client->list(remoteFolder, token, 5000, true), this, [this, remoteFolder, localFolder, epoch](const Result<ListPage> &page) {
        if (epoch == m_epoch && page) {
            for (const StorageEntry &e : page.value().entries) {
                if (!e.isDirectory)
                    download(e.path, QDir(localFolder).filePath(e.path.mid(remoteFolder.size())));
            }
            if (!page.value().nextToken.isEmpty()) {
                listFolder(remoteFolder, localFolder, page.value().nextToken, epoch);
                return;
            }
        }
        --m_listings;
        if (!page)
            emit folderFailed(remoteFolder, page.error());
        checkFinished();
    });
}

void TransferQueue::uploadFolder(const QString &localFolder, const QString &remoteFolder, bool asSubfolder)
{
    const QString base = asSubfolder ? QFileInfo(localFolder).fileName() + u'/' : QString();
    QDirIterator it(localFolder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : files)
        upload(file, remoteFolder + base + QDir(localFolder).relativeFilePath(file));
    checkFinished(); // an empty folder
}

bool TransferQueue::isBigUpload(const Item &item) const
{
    return item.direction == Direction::Upload && item.total > m_options.chunkBytes;
}

void TransferQueue::pump()
{
    while (m_firstQueued < m_items.size() && m_items.at(m_firstQueued).state != State::Queued)
        ++m_firstQueued;
    for (int row = m_firstQueued; row < m_items.size() && m_running < m_concurrency; ++row) {
        const Item &item = m_items.at(row);
        if (item.state != State::Queued || (isBigUpload(item) && m_bigRunning >= 2))
            continue;
        start(row);
    }
}

void TransferQueue::checkFinished()
{
    while (m_firstQueued < m_items.size() && m_items.at(m_firstQueued).state != State::Queued)
        ++m_firstQueued;
    if (m_running == 0 && m_listings == 0 && m_firstQueued >= m_items.size())
        emit allFinished();
}

void TransferQueue::start(int row)
{
    Item &item = m_items[row];
    if (!m_client) {
        item.state = State::Failed;
        item.error = ApiError::make(ApiError::Kind::Cancelled, u"transfer.closed"_s, tr("The datastore was closed."));
        emit changed(row);
        return;
    }
    item.state = State::Running;
    ++m_running;
    m_bigRunning += isBigUpload(item) ? 1 : 0;
    item.timer.start();
    TransferJob *job = item.direction == Direction::Download ? Transfers::download(m_client, item.remotePath, item.localPath, m_options, this)
                                                             : Transfers::upload(m_client, item.localPath, item.remotePath, m_options, this);
    item.job = job;
    connect(job, &TransferJob::progress, this, [this, row](qint64 done, qint64 total) {
        Item &i = m_items[row];
        i.done = done;
        i.total = total;
        i.elapsedMs = i.timer.elapsed();
        emit changed(row);
    });
    connect(job, &TransferJob::finished, this, [this, row](const Result<TransferResult> &result) {
        Item &i = m_items[row];
        i.job = nullptr;
        i.elapsedMs = i.timer.elapsed();
        --m_running;
        m_bigRunning -= isBigUpload(i) ? 1 : 0;
        if (result) {
            i.state = State::Done;
            i.done = result.value().bytes;
            i.total = result.value().bytes;
            i.md5Verified = result.value().md5Verified;
        } else {
            i.state = result.error().kind == ApiError::Kind::Cancelled ? State::Cancelled : State::Failed;
            i.error = result.error();
        }
        emit changed(row);
        pump();
        checkFinished();
    });
    emit changed(row);
}

void TransferQueue::cancel(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    Item &item = m_items[row];
    if (item.state == State::Queued) {
        item.state = State::Cancelled;
        item.error = ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled."));
        emit changed(row);
        checkFinished();
    } else if (item.state == State::Running && item.job) {
        item.job->cancel();
    }
}

int TransferQueue::unfinished() const
{
    int n = m_running;
    for (int row = m_firstQueued; row < m_items.size(); ++row)
        n += m_items.at(row).state == State::Queued ? 1 : 0;
    return n;
}

void TransferQueue::cancelAll()
{
    ++m_epoch;
    for (int row = 0; row < m_items.size(); ++row)
        cancel(row);
}
