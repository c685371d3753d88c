#include "services/transfer/transfers.h"

#include <memory>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Transfers", text);
}

ApiError fileError(const QString &what, const QFile &file)
{
    return ApiError::make(ApiError::Kind::Database, u"file.error"_s, what.arg(QDir::toNativeSeparators(file.fileName())),
                          {}, file.errorString());
}

// The state of one download, owned by its job.
class Download final : public QObject
{
public:
    Download(StorageClient *client, QString remote, QString local, TransferOptions options, TransferJob *job)
        : QObject(job), m_client(client), m_remote(std::move(remote)), m_local(std::move(local)), m_options(options), m_job(job),
          m_file(m_local + u".dsstudio-part"_s)
    {
        connect(job, &Job::cancelRequested, this, [this] { fail(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, trText("Cancelled."))); });
    }

    void start()
    {
        onFinished(m_client->properties(m_remote), this, [this](const Result<ObjectProperties> &p) {
            if (!p) {
                fail(p.error());
                return;
            }
            m_size = p.value().size;
            m_md5 = p.value().contentMd5;
            if (!QDir().mkpath(QFileInfo(m_local).absolutePath()) || !m_file.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
                fail(fileError(trText("Could not write %1."), m_file));
                return;
            }
            emit m_job->progress(0, m_size);
            pump();
        });
    }

private:
    void pump()
    {
        while (!m_failed && m_inFlight < m_options.parallel && m_next < m_size) {
            const qint64 offset = m_next;
            const qint64 length = std::min(m_options.downloadRangeBytes, m_size - offset);
            m_next += length;
            ++m_inFlight;
            ReadJob *read = m_client->readToFile(m_remote, offset, length, &m_file,
                                                 [this](qint64 at, const QByteArray &bytes) { hashWritten(at, bytes); });
            m_reads.append(read);
            onFinished(read, this, [this, offset, length](const Result<ReadResult> &r) {
                --m_inFlight;
                if (m_failed)
                    return;
                if (!r) {
                    fail(r.error());
                    return;
                }
                if (r.value().length != length) {
                    fail(ApiError::make(ApiError::Kind::Network, u"transfer.short_read"_s,
                                        trText("%1: expected %2 bytes at offset %3, got %4.").arg(m_remote).arg(length).arg(offset).arg(r.value().length)));
                    return;
                }
                m_done += length;
                m_rangeDone.insert(offset, length);
                while (m_rangeDone.contains(m_completeUpTo))
                    m_completeUpTo += m_rangeDone.take(m_completeUpTo);
                emit m_job->progress(m_done, m_size);
                pump();
            });
        }
        if (!m_failed && m_inFlight == 0 && m_next >= m_size)
            complete();
    }

    void complete()
    {
        TransferResult result;
        result.bytes = m_size;
        m_file.flush();
        if (m_file.size() != m_size) {
            fail(ApiError::make(ApiError::Kind::Network, u"transfer.length"_s, trText("%1: the download has %2 bytes, the object %3.")
                                                                                 .arg(m_remote).arg(m_file.size()).arg(m_size)));
            return;
        }
        if (!m_md5.isEmpty()) {
            catchUp(m_size); // the part not hashed while it streamed in, read back from the file
            if (m_hashedUpTo != m_size || m_hash.result() != m_md5) {
                fail(ApiError::make(ApiError::Kind::Network, u"transfer.md5"_s,
                                    trText("%1: the downloaded bytes do not match the object's Content-MD5.").arg(m_remote)));
                return;
            }
            result.md5Verified = true;
        }
        m_file.close();
        QFile::remove(m_local);
        if (!m_file.rename(m_local)) {
            fail(fileError(trText("Could not move the download to %1."), m_file));
            return;
        }
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
        m_file.close();
        m_file.remove(); // never leave a half-written file behind
        m_job->finish(error);
    }

    // The MD5 is computed in file order while the ranges stream in: a block that continues the
    // hashed prefix is hashed as it is written; when the ranges before a block are complete,
    // the bytes between the prefix and the block are read back (from the page cache) first.
    // What remains at the end is read back then. No second full pass over the file.
    void hashWritten(qint64 at, const QByteArray &bytes)
    {
        if (m_md5.isEmpty() || m_failed)
            return;
        if (at > m_hashedUpTo) {
            const qint64 rangeStart = at - (at % m_options.downloadRangeBytes);
            if (m_completeUpTo < rangeStart)
                return; // an earlier range is still arriving: this block is read back later
            catchUp(at);
        }
        if (at == m_hashedUpTo) {
            m_hash.addData(bytes);
            m_hashedUpTo += bytes.size();
        }
    }

    void catchUp(qint64 upTo)
    {
        if (m_hashedUpTo >= upTo)
            return;
        const qint64 keep = m_file.pos();
        m_file.seek(m_hashedUpTo);
        while (m_hashedUpTo < upTo) {
            const QByteArray block = m_file.read(std::min<qint64>(1024 * 1024, upTo - m_hashedUpTo));
            if (block.isEmpty())
                break;
            m_hash.addData(block);
            m_hashedUpTo += block.size();
        }
        m_file.seek(keep);
    }

    StorageClient *m_client;
    QString m_remote;
    QString m_local;
    TransferOptions m_options;
    TransferJob *m_job;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Md5};
    qint64 m_hashedUpTo = 0;
    qint64 m_completeUpTo = 0;
    QMap<qint64, qint64> m_rangeDone;
    qint64 m_size = 0;
    qint64 m_next = 0;
    qint64 m_done = 0;
    int m_inFlight = 0;
    bool m_failed = false;
    QByteArray m_md5;
    QList<QPointer<ReadJob>> m_reads;
};

class Upload final : public QObject
{
public:
    Upload(StorageClient *client, QString local, QString remote, TransferOptions options, TransferJob *job)
        : QObject(job), m_client(client), m_local(std::move(local)), m_remote(std::move(remote)), m_options(options), m_job(job),
          m_file(m_local), m_hash(QCryptographicHash::Md5)
    {
        connect(job, &Job::cancelRequested, this, [this] { fail(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, trText("Cancelled."))); });
    }

    void start()
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            fail(fileError(trText("Could not read %1."), m_file));
            return;
        }
        m_size = m_file.size();
        m_contentType = Transfers::contentTypeFor(m_local);
        m_parts = int((m_size + m_options.chunkBytes - 1) / m_options.chunkBytes);
        m_directories.clear();
        if (m_client->needsDirectories()) {
            const QStringList segments = m_remote.split(u'/');
            QString dir;
            for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
                dir += segments.at(i) + u'/';
                m_directories.append(dir);
            }
        }
        makeDirectories();
    }

private:
    void makeDirectories()
    {
        if (m_directories.isEmpty()) {
            onFinished(m_client->beginUpload(m_remote, m_size, m_contentType), this, [this](const VoidResult &r) {
                if (!r) {
                    fail(r.error());
                    return;
                }
                emit m_job->progress(0, m_size);
                pump();
            });
            return;
        }
        const QString dir = m_directories.takeFirst();
        onFinished(m_client->makeDirectory(dir), this, [this](const VoidResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            makeDirectories();
        });
    }

    void pump()
    {
        while (!m_failed && m_inFlight < m_options.parallel && m_nextPart < m_parts) {
            const int index = m_nextPart++;
            const qint64 offset = qint64(index) * m_options.chunkBytes;
            const QByteArray data = m_file.read(std::min(m_options.chunkBytes, m_size - offset)); // in order: the MD5 follows
            if (data.size() != std::min(m_options.chunkBytes, m_size - offset)) {
                fail(fileError(trText("Could not read %1."), m_file));
                return;
            }
            m_hash.addData(data);
            ++m_inFlight;
            VoidJob *part = m_client->uploadPart(m_remote, index, offset, data);
            m_jobs.append(part);
            onFinished(part, this, [this, size = data.size()](const VoidResult &r) {
                --m_inFlight;
                if (m_failed)
                    return;
                if (!r) {
                    fail(r.error());
                    return;
                }
                m_done += size;
                emit m_job->progress(m_done, m_size);
                pump();
            });
        }
        if (!m_failed && m_inFlight == 0 && m_nextPart >= m_parts)
            commit();
    }

    void commit()
    {
        const QByteArray md5 = m_hash.result();
        onFinished(m_client->commitUpload(m_remote, m_parts, m_size, m_contentType, md5), this, [this, md5](const VoidResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            onFinished(m_client->properties(m_remote), this, [this, md5](const Result<ObjectProperties> &p) {
                if (!p) {
                    fail(p.error());
                    return;
                }
                if (p.value().size != m_size) {
                    fail(ApiError::make(ApiError::Kind::Network, u"transfer.length"_s,
                                        trText("%1: the service holds %2 bytes, the file has %3.").arg(m_remote).arg(p.value().size).arg(m_size)));
                    return;
                }
                if (!p.value().contentMd5.isEmpty() && p.value().contentMd5 != md5) {
                    fail(ApiError::make(ApiError::Kind::Network, u"transfer.md5"_s, trText("%1: the stored Content-MD5 differs from the file's.").arg(m_remote)));
                    return;
                }
                TransferResult result;
                result.bytes = m_size;
                result.md5Verified = !p.value().contentMd5.isEmpty();
                m_job->finish(result);
            });
        });
    }

    void fail(const ApiError &error)
    {
        if (m_failed)
            return;
        m_failed = true;
        for (const QPointer<VoidJob> &j : std::as_const(m_jobs)) {
            if (j)
                j->cancel();
        }
        m_job->finish(error);
    }

    StorageClient *m_client;
    QString m_local;
    QString m_remote;
    TransferOptions m_options;
    TransferJob *m_job;
    QFile m_file;
    QCryptographicHash m_hash;
    QString m_contentType;
    QStringList m_directories;
    qint64 m_size = 0;
    qint64 m_done = 0;
    int m_parts = 0;
    int m_nextPart = 0;
    int m_inFlight = 0;
    bool m_failed = false;
    QList<QPointer<VoidJob>> m_jobs;
};

} // namespace

void TransferJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

namespace Transfers {

TransferJob *download(StorageClient *client, const QString &remotePath, const QString &localPath, const TransferOptions &options,
                      QObject *parent)
{
    auto *job = new TransferJob(parent ? parent : client);
    auto *d = new Download(client, remotePath, localPath, options, job);
    d->start();
    return job;
}

TransferJob *upload(StorageClient *client, const QString &localPath, const QString &remotePath, const TransferOptions &options,
                    QObject *parent)
{
    auto *job = new TransferJob(parent ? parent : client);
    auto *u = new Upload(client, localPath, remotePath, options, job);
    u->start();
    return job;
}

QString contentTypeFor(const QString &fileName)
{
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type.isDefault() ? u"application/octet-stream"_s : type.name();
}

} // namespace Transfers
