#include "services/storage/storageclient.h"

#include <QPointer>

ListJob *StorageClient::search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize)
{
    auto *job = new ListJob(this);
    ListJob *inner = list(directory, pageToken, pageSize, false);
    connect(job, &Job::cancelRequested, inner, &Job::cancel);
    onFinished(inner, job, [job, namePrefix](const Result<ListPage> &page) {
        if (!page) {
            job->finish(page);
            return;
        }
        ListPage kept;
        kept.nextToken = page.value().nextToken;
        for (const StorageEntry &e : page.value().entries) {
            if (e.name.startsWith(namePrefix))
                kept.entries.append(e);
        }
        job->finish(kept);
    });
    return job;
}

QList<BrowseColumn> StorageClient::fileColumns()
{
    using V = BrowseColumn::Value;
    return {{tr("Name"), V::Name, {}},
            {tr("Size"), V::Size, {}},
            {tr("Last modified"), V::Modified, tr("Last modified, in local time")},
            {tr("Type"), V::Type, {}},
            {tr("Access tier"), V::Detail, tr("Hot, cool, cold or archive (Blob storage)")}};
}

ApiError StorageClient::unsupported(const QString &what) const
{
    const QString reason = capabilities().readOnlyReason;
    return ApiError::make(ApiError::Kind::Unsupported, QStringLiteral("storage.unsupported"),
                          reason.isEmpty() ? tr("%1 is not available here.").arg(what) : tr("%1 is not available: %2").arg(what, reason));
}

RowsJob *StorageClient::rows(const QString &, qint64, int)
{
    return refuse<RowsJob>(tr("Reading rows"));
}

VoidJob *StorageClient::remove(const QString &)
{
    return refuse<VoidJob>(tr("Deleting"));
}

VoidJob *StorageClient::makeDirectory(const QString &)
{
    return refuse<VoidJob>(tr("Creating a folder"));
}

VoidJob *StorageClient::beginUpload(const QString &, qint64, const QString &)
{
    return refuse<VoidJob>(tr("Uploading"));
}

VoidJob *StorageClient::uploadPart(const QString &, int, qint64, const FileRegion &)
{
    return refuse<VoidJob>(tr("Uploading"));
}

VoidJob *StorageClient::commitUpload(const QString &, int, qint64, const QString &, const QByteArray &)
{
    return refuse<VoidJob>(tr("Uploading"));
}

VoidJob *StorageClient::uploadWhole(const QString &, const QByteArray &, const QString &, const QByteArray &)
{
    return refuse<VoidJob>(tr("Uploading in one request"));
}

VoidJob *StorageClient::abortUpload(const QString &)
{
    auto *job = new VoidJob(this);
    job->finish({});
    return job;
}

ApiError StorageClient::changedError(const QString &path, const QString &etag)
{
    ApiError e = ApiError::make(ApiError::Kind::Conflict, QStringLiteral("storage.changed"),
                                tr("%1 changed on the server while it was being read (it is no longer version %2); "
                                   "nothing was kept. Read it again.")
                                    .arg(path, etag));
    e.httpStatus = 412;
    return e;
}

std::optional<ApiError> StorageClient::writeAt(QFileDevice *file, qint64 offset, const QByteArray &bytes)
{
    if (file && file->seek(offset) && file->write(bytes) == bytes.size())
        return std::nullopt;
    return ApiError::make(ApiError::Kind::Database, QStringLiteral("file.error"), tr("Could not write %1.").arg(file ? file->fileName() : QString()));
}

ReadJob *StorageClient::readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch,
                                   WriteObserver onWrite)
{
    auto *job = new ReadJob(this);
    ReadJob *inner = read(path, offset, length);
    connect(job, &Job::cancelRequested, inner, &Job::cancel);
    QPointer<QFileDevice> sink(file);
    onFinished(inner, job, [job, sink, path, offset, ifMatch, onWrite](const Result<ReadResult> &r) {
        if (!r) {
            job->finish(r);
            return;
        }
        ReadResult out = r.value();
        if (!ifMatch.isEmpty() && out.properties.etag != ifMatch) {
            job->finish(changedError(path, ifMatch));
            return;
        }
        if (const auto failed = writeAt(sink, offset, out.data)) {
            job->finish(*failed);
            return;
        }
        if (onWrite)
            onWrite(offset, out.data);
        out.properties.size = out.properties.size >= 0 ? out.properties.size : out.data.size();
        out.length = out.data.size();
        out.data.clear();
        job->finish(out);
    });
    return job;
}
