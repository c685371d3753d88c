#pragma once

#include <QFile>
#include <QPointer>

#include "services/core/jobs.h"

class StorageClient;

struct TransferOptions
{
    // Uploads: a file of chunkBytes or less goes up whole where the service allows (kept in
    // memory: one request, with a Content-MD5 the service checks). A larger one is split
    // evenly over the `parallel` connections, in parts of chunkBytes to maxChunkBytes (as
    // far as the service takes: Azure Files 4 MiB), each read from the file while it is
    // sent, so memory does not grow with the part size. Bigger parts mean fewer requests:
    // curl putting 256 MiB to Azurite four at a time reached 163-211 MiB/s in 4 MiB
    // blocks, 258-307 in 32 MiB ones; 32 MiB is also what a failed part costs to resend.
    qint64 chunkBytes = 4 * 1024 * 1024;
    qint64 maxChunkBytes = 32 * 1024 * 1024;
    int parallel = 4;
    // Downloads stream each range straight into the file, so their ranges cost no memory.
    // The first range is downloadRangeBytes; once its headers tell the size, the rest is split
    // evenly over the `parallel` connections, in ranges of downloadRangeBytes to
    // maxDownloadRangeBytes: every connection streams, and each range costs a round trip
    // and the service's per-request work (on loopback Azurite, 16 MiB ranges gave 0.88 of a
    // single curl GET, the rest split in four 1.0). An MD5-checked download keeps
    // downloadRangeBytes throughout, so that the in-order prefix the hasher follows advances
    // steadily (with 32 MiB ranges it waited, then lagged: ~10 % slower).
    qint64 downloadRangeBytes = 16 * 1024 * 1024;
    qint64 maxDownloadRangeBytes = 128 * 1024 * 1024;
    // Transfers are always checked by length: a download reads every range from the version it
    // started on (If-Match / ETag), an upload is refused if the file changes meanwhile, and
    // over https the transport authenticates every byte. verifyMd5 adds Content-MD5, hashed
    // on a worker thread: an upload stores the file's digest with the object, a download
    // compares the object's stored one (when it has one). Off by default, as in AzCopy
    // (--put-md5, --check-md5): MD5 runs at ~650 MiB/s on one core, so on a link faster than
    // that (an Azure VM, a LAN, loopback) it is what limits a transfer. A file of one chunk or
    // less goes up with its Content-MD5 regardless: the service checks it against the body.
    bool verifyMd5 = false;
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
