// Transfers::download: ranged, parallel reads into an exclusively created part file, moved
// into place when every byte (and the MD5, if asked) is there.
#include "services/transfer/transfers.h"

#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QPointer>

#include "services/core/localfiles.h"
#include "services/storage/storageclient.h"
#include "services/transfer/filehasher.h"
#include "services/transfer/transferdetail.h"

using namespace Qt::Literals::StringLiterals;
using namespace TransferDetail;

namespace {

// The state of one download, owned by its job.
class Download final : public QObject
{
public:
    Download(StorageClient *client, QString remote, QString local, TransferOptions options, TransferJob *job)
        : QObject(job), m_client(client), m_remote(std::move(remote)), m_local(std::move(local)), m_options(options), m_job(job),
          m_part(m_local + u".dsstudio-part"_s), m_file(m_part)
    {
        connect(job, &Job::cancelRequested, this, [this] { fail(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, Text::tr("Cancelled."))); });
    }

    void start()
    {
        if (!QDir().mkpath(QFileInfo(m_local).absolutePath())) {
            fail(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                                Text::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(m_local).absolutePath()))));
            return;
        }
        if (const QString what = LocalFiles::notRegular(m_local); !what.isEmpty()) {
            fail(refused(m_local, what));
            return;
        }
        if (!openPartFile())
            return;
        if (!m_options.verifyMd5) {
            readFirstRange();
            return;
        }
        // The whole object's Content-MD5 comes with its properties (a ranged read may carry
        // only the range's), so an MD5-checked download asks for them first.
        onFinished(m_client->properties(m_remote), this, [this](const Result<ObjectProperties> &p) {
            if (!p) {
                fail(p.error());
                return;
            }
            if (p.value().size < 0) {
                fail(sizeUnknown());
                return;
            }
            m_size = p.value().size;
            m_md5 = p.value().contentMd5;
            m_etag = p.value().etag; // every range is read from this version
            if (!m_md5.isEmpty()) {
                m_hasher = new FileHasher(m_part, QCryptographicHash::Md5, this);
                connect(m_hasher, &FileHasher::done, this, &Download::verified);
            }
            emit m_job->progress(0, m_size);
            pump();
        });
    }

private:
    // Without an MD5 to check, the first range's reply tells the size and the version (ETag)
    // that the other ranges are pinned to: one round trip fewer than asking first, which is
    // half the requests for a small file. Its headers are enough, so the other ranges start
    // as soon as they arrive, while its body is still coming.
    void readFirstRange()
    {
        const qint64 first = m_options.downloadRangeBytes;
        ++m_inFlight;
        ReadJob *read = m_client->readToFile(m_remote, 0, first, &m_file);
        m_reads.append(read);
        connect(read, &ReadJob::propertiesKnown, this, [this, first](const ObjectProperties &p) { sizeKnown(p, first); });
        onFinished(read, this, [this, first](const Result<ReadResult> &r) {
            if (r && !m_sizeKnown) // told by the finished read only (an empty object: 416)
                sizeKnown(r.value().properties, first);
            if (r && r.value().properties.etag != m_etag) { // a retry of this range read another version
                fail(StorageClient::changedError(m_remote, m_etag));
                return;
            }
            rangeRead(r, 0, std::min(first, m_size));
        });
    }

    void sizeKnown(const ObjectProperties &p, qint64 first)
    {
        if (m_sizeKnown || m_failed)
            return;
        m_sizeKnown = true;
        if (p.size < 0) {
            fail(sizeUnknown());
            return;
        }
        m_size = p.size;
        m_etag = p.etag;
        m_next = std::min(first, m_size);
        m_rangeBytes = evenShare(m_size - m_next, m_options.parallel, m_options.downloadRangeBytes, m_options.maxDownloadRangeBytes);
        emit m_job->progress(0, m_size);
        pump();
    }

    // A range has been read (or failed): check its length, count it, and start more.
    void rangeRead(const Result<ReadResult> &r, qint64 offset, qint64 length)
    {
        --m_inFlight;
        if (m_failed)
            return;
        if (!r) {
            fail(r.error());
            return;
        }
        if (r.value().length != length) {
            fail(ApiError::make(ApiError::Kind::Network, u"transfer.short_read"_s,
                                Text::tr("%1: expected %2 bytes at offset %3, got %4.").arg(m_remote).arg(length).arg(offset).arg(r.value().length)));
            return;
        }
        m_done += length;
        emit m_job->progress(m_done, m_size);
        pump();
    }

    void pump()
    {
        while (!m_failed && m_inFlight < m_options.parallel && m_next < m_size) {
            const qint64 offset = m_next;
            const qint64 length = std::min(m_rangeBytes, m_size - offset);
            m_next += length;
            ++m_inFlight;
            ReadJob *read = m_client->readToFile(m_remote, offset, length, &m_file, m_etag,
                                                 [this](qint64 at, const QByteArray &bytes) { hashWritten(at, bytes); });
            m_reads.append(read);
            onFinished(read, this, [this, offset, length](const Result<ReadResult> &r) { rangeRead(r, offset, length); });
        }
        if (!m_failed && m_inFlight == 0 && m_next >= m_size)
            complete();
    }

    void complete()
    {
        if (m_file.size() != m_size) {
            fail(ApiError::make(ApiError::Kind::Network, u"transfer.length"_s, Text::tr("%1: the download has %2 bytes, the object %3.")
                                                                                 .arg(m_remote).arg(m_file.size()).arg(m_size)));
            return;
        }
        if (m_hasher)
            m_hasher->finish(m_size); // verified() follows once the hasher has caught up
        else
            verified({}, {});
    }

    void verified(const QByteArray &digest, const QString &readError)
    {
        if (m_failed)
            return;
        if (!readError.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::Database, u"file.error"_s, readError));
            return;
        }
        if (m_hasher && digest != m_md5) {
            fail(ApiError::make(ApiError::Kind::Network, u"transfer.md5"_s,
                                Text::tr("%1: the downloaded bytes do not match the object's Content-MD5.").arg(m_remote)));
            return;
        }
        TransferResult result;
        result.bytes = m_size;
        result.md5Verified = m_hasher != nullptr;
        m_file.close();
        // rename() replaces the destination in one step: there is never a moment without
        // either the old file or the whole new one under the final name. What is there is
        // looked at again, as it may have changed while the download ran.
        if (const QString what = LocalFiles::notRegular(m_local); !what.isEmpty()) {
            fail(refused(m_local, what));
            return;
        }
        if (!LocalFiles::replace(m_part, m_local)) {
            const QString reason = LocalFiles::errnoText();
            fail(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                                Text::tr("Could not move the download to %1.").arg(QDir::toNativeSeparators(m_local)), {}, reason));
            return;
        }
        m_created = false; // the part file is now the destination
        m_job->finish(result);
    }

    void fail(const ApiError &error)
    {
        if (m_failed)
            return;
        m_failed = true;
        for (const QPointer<ReadJob> &r : std::as_const(m_reads)) {
            if (r)
                r->cancel();
        }
        if (m_hasher)
            m_hasher->cancel(); // stops reading the part file before it is removed
        m_file.close();
        if (m_created)
            QFile::remove(m_part); // never leave a half-written file behind (and only ever our own)
        m_job->finish(error);
    }

    ApiError sizeUnknown() const
    {
        return ApiError::make(ApiError::Kind::Parse, u"transfer.size_unknown"_s,
                              Text::tr("%1: the server's answer does not say the object's size as a byte count.").arg(m_remote));
    }

    static ApiError refused(const QString &path, const QString &what)
    {
        return ApiError::make(ApiError::Kind::Refused, u"file.not_regular"_s,
                              Text::tr("%1 is %2, not a regular file: the download does not replace it.")
                                  .arg(QDir::toNativeSeparators(path), what));
    }

    // The part file is created afresh, never opened through whatever is already at its name:
    // O_EXCL | O_NOFOLLOW, so a planted symbolic link (or a file another process holds) is
    // not written through. A regular part file left by an interrupted run is removed first;
    // anything else there is refused, not removed.
    bool openPartFile()
    {
        const QString &part = m_part;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const int fd = LocalFiles::createExclusive(part, 0666); // umask applies, as for curl -o
            if (fd >= 0) {
                m_created = true;
                // QFile is opened by name (so that its errors name the file) and must turn out
                // to be the very file just created: nothing swapped in between.
                struct stat created {}, opened {};
                const bool statted = ::fstat(fd, &created) == 0;
                // Unbuffered: every write reaches the file at once, where the hasher reads it back.
                const bool ok = m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered);
                ::close(fd);
                if (!ok || !statted || ::fstat(m_file.handle(), &opened) != 0 || opened.st_dev != created.st_dev
                    || opened.st_ino != created.st_ino) {
                    m_file.close();
                    m_created = !ok || !statted; // else what is at the name now is not ours to remove
                    fail(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                                        Text::tr("Could not write %1.").arg(QDir::toNativeSeparators(part)),
                                        {}, ok ? Text::tr("it was replaced while being opened") : m_file.errorString()));
                    return false;
                }
                return true;
            }
            if (errno != EEXIST || attempt > 0)
                break;
            if (const QString what = LocalFiles::notRegular(part); !what.isEmpty()) {
                fail(refused(part, what));
                return false;
            }
            if (::unlink(QFile::encodeName(part).constData()) != 0) // a stale part file of an earlier run
                break;
        }
        const QString reason = LocalFiles::errnoText();
        fail(ApiError::make(ApiError::Kind::Database, u"file.error"_s,
                            Text::tr("Could not write %1.").arg(QDir::toNativeSeparators(part)), {}, reason));
        return false;
    }

    // The MD5 is computed in file order on a worker thread that reads the bytes back (from the
    // page cache) as soon as everything before them is in the file: each range is written
    // front to back, so the hashable prefix ends where the first unfinished range has got to.
    void hashWritten(qint64 at, const QByteArray &bytes)
    {
        if (!m_hasher || m_failed)
            return;
        const qint64 start = at - at % m_options.downloadRangeBytes;
        qint64 &end = m_written[start];
        end = std::max(end, at + qint64(bytes.size()));
        qint64 prefix = m_hashable;
        for (;;) {
            const auto it = m_written.constFind(prefix - prefix % m_options.downloadRangeBytes);
            if (it == m_written.cend() || *it <= prefix)
                break;
            prefix = *it;
        }
        if (prefix > m_hashable) {
            m_hashable = prefix;
            m_hasher->setAvailable(prefix);
        }
    }

    StorageClient *m_client;
    QString m_remote;
    QString m_local;
    TransferOptions m_options;
    TransferJob *m_job;
    QString m_part; // m_local + ".dsstudio-part", where the bytes go until they are all there
    QFile m_file;   // m_part, once created
    bool m_created = false; // m_file is a part file this download created
    FileHasher *m_hasher = nullptr;
    QHash<qint64, qint64> m_written; // range start → end of what has been written of it
    qint64 m_hashable = 0;
    qint64 m_size = 0;
    bool m_sizeKnown = false;
    qint64 m_rangeBytes = m_options.downloadRangeBytes; // after the first range
    qint64 m_next = 0;
    qint64 m_done = 0;
    int m_inFlight = 0;
    bool m_failed = false;
    QByteArray m_md5;
    QString m_etag;
    QList<QPointer<ReadJob>> m_reads;
};

} // namespace

namespace Transfers {

TransferJob *download(StorageClient *client, const QString &remotePath, const QString &localPath, const TransferOptions &options,
                      QObject *parent)
{
    auto *job = new TransferJob(parent ? parent : client);
    auto *d = new Download(client, remotePath, localPath, options, job);
    d->start();
    return job;
}

} // namespace Transfers
