#include "services/storage/gen2client.h"

#include <type_traits>

#include "services/storage/blobclient.h"
#include "services/storage/dfsclient.h"

Gen2Client::Gen2Client(DfsClient *dfs, BlobClient *blob, QObject *parent) : StorageClient(parent), m_dfs(dfs), m_blob(blob)
{
    m_dfs->setParent(this);
    m_blob->setParent(this);
}

Gen2Client::~Gen2Client() = default;

StorageClient *Gen2Client::active() const
{
    return m_mode == Mode::Blob ? static_cast<StorageClient *>(m_blob) : static_cast<StorageClient *>(m_dfs);
}

void Gen2Client::withClient(const QObject *context, std::function<void(StorageClient *)> run)
{
    if (m_mode != Mode::Unknown) {
        run(active());
        return;
    }
    QPointer<const QObject> guard(context);
    m_waiting.append([this, guard, run] {
        if (guard)
            run(active());
    });
    if (m_detecting)
        return;
    m_detecting = true;
    onFinished(m_dfs->list(QString(), QString(), 1, false), this, [this](const Result<ListPage> &r) {
        const bool notDfs = !r && (r.error().code == QLatin1StringView("dfs.unavailable") || r.error().kind == ApiError::Kind::Network);
        m_mode = notDfs ? Mode::Blob : Mode::Dfs;
        m_detecting = false;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &w : waiting)
            w();
    });
}

template<typename JobType, typename Start>
JobType *Gen2Client::forward(Start start)
{
    auto *outer = new JobType(this);
    withClient(outer, [outer, start](StorageClient *client) {
        if (outer->isCancelled()) {
            outer->finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"), QStringLiteral("Cancelled.")));
            return;
        }
        JobType *inner = start(client);
        QObject::connect(outer, &Job::cancelRequested, inner, &Job::cancel);
        if constexpr (std::is_same_v<JobType, ReadJob>)
            QObject::connect(inner, &ReadJob::propertiesKnown, outer, &ReadJob::propertiesKnown);
        if constexpr (std::is_same_v<JobType, VoidJob>)
            QObject::connect(inner, &VoidJob::sent, outer, &VoidJob::sent);
        onFinished(inner, outer, [outer](const typename JobType::ResultType &r) { outer->finish(r); });
    });
    return outer;
}

ListJob *Gen2Client::list(const QString &directory, const QString &pageToken, int pageSize, bool recursive)
{
    return forward<ListJob>([=](StorageClient *c) { return c->list(directory, pageToken, pageSize, recursive); });
}

ListJob *Gen2Client::search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize)
{
    return forward<ListJob>([=](StorageClient *c) { return c->search(directory, namePrefix, pageToken, pageSize); });
}

ReadJob *Gen2Client::readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch,
                               WriteObserver onWrite)
{
    QPointer<QFileDevice> sink(file);
    return forward<ReadJob>([=](StorageClient *c) { return c->readToFile(path, offset, length, sink, ifMatch, onWrite); });
}

ReadJob *Gen2Client::read(const QString &path, qint64 offset, qint64 length)
{
    return forward<ReadJob>([=](StorageClient *c) { return c->read(path, offset, length); });
}

PropertiesJob *Gen2Client::properties(const QString &path)
{
    return forward<PropertiesJob>([=](StorageClient *c) { return c->properties(path); });
}

VoidJob *Gen2Client::remove(const QString &path)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->remove(path); });
}

VoidJob *Gen2Client::makeDirectory(const QString &path)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->makeDirectory(path); });
}

VoidJob *Gen2Client::probe(bool createIfMissing)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->probe(createIfMissing); });
}

VoidJob *Gen2Client::beginUpload(const QString &path, qint64 size, const QString &contentType)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->beginUpload(path, size, contentType); });
}

VoidJob *Gen2Client::uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->uploadPart(path, index, offset, part); });
}

VoidJob *Gen2Client::commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->commitUpload(path, parts, size, contentType, md5); });
}

VoidJob *Gen2Client::abortUpload(const QString &path)
{
    return forward<VoidJob>([=](StorageClient *c) { return c->abortUpload(path); });
}

QUrl Gen2Client::url(const QString &path) const
{
    return active()->url(path);
}

void Gen2Client::setReadAhead(bool on)
{
    m_blob->setReadAhead(on);
    m_dfs->setReadAhead(on);
}
