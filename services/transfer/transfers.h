#pragma once

#include <QFile>
#include <QPointer>

#include "services/core/jobs.h"

class StorageClient;

struct TransferOptions
{
    qint64 chunkBytes = 4 * 1024 * 1024; // upload parts; ≤ 4 MiB: the Azure Files range limit
    int parallel = 4;                    // upload memory ≈ chunkBytes × parallel × 2
    // Downloads stream each range straight into the file, so their ranges cost no memory.
    // 16 MiB: few round trips, yet small enough that the in-order prefix the MD5 follows
    // advances steadily (with 32 MiB ranges the hasher waited, then lagged: ~10 % slower).
    qint64 downloadRangeBytes = 16 * 1024 * 1024;
    // Downloads: check the bytes against the object's Content-MD5 when it has one (the
    // default), or by length only. MD5 runs at ~650 MiB/s on one core: on a link faster than
    // that (loopback, a fast LAN) it is what limits a download; over https the transport is
    // already authenticated byte for byte, so length-only is a reasonable choice there.
    bool verifyMd5 = true;
};

struct TransferResult
{
    qint64 bytes = 0;
    bool md5Verified = false; // false: verified by length only
};

class TransferJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferJob)

public:
    using ResultType = Result<TransferResult>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const Result<TransferResult> &result);
};

// Streams one object between storage and a local file in chunks, `parallel` at a time, so
// memory stays bounded whatever the size. Downloads go to "<file>.dsstudio-part" and are
// renamed only after the bytes are verified (Content-MD5 when the service has one, hashed on a
// worker thread while the ranges arrive; always the length); a failed or cancelled download leaves nothing under the final name. Uploads send
// parts then commit them with the whole file's MD5, and check the stored length afterwards.
namespace Transfers {

TransferJob *download(StorageClient *client, const QString &remotePath, const QString &localPath,
                      const TransferOptions &options = {}, QObject *parent = nullptr);
TransferJob *upload(StorageClient *client, const QString &localPath, const QString &remotePath,
                    const TransferOptions &options = {}, QObject *parent = nullptr);
QString contentTypeFor(const QString &fileName);

} // namespace Transfers
