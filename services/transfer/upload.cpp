// Transfers::upload: the file read in parts sent in parallel, committed only if the file did
// not change meanwhile.
#include "services/transfer/transfers.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>

#include "services/storage/storageclient.h"
#include "services/transfer/filehasher.h"
#include "services/transfer/transferdetail.h"

using namespace Qt::Literals::StringLiterals;
using namespace TransferDetail;

namespace {

class Upload final : public QObject
{
public:
    Upload(StorageClient *client, QString local, QString remote, TransferOptions options, TransferJob *job)
        : QObject(job), m_client(client), m_local(std::move(local)), m_remote(std::move(remote)), m_options(options), m_job(job),
          m_file(m_local)
    {
        connect(job, &Job::cancelRequested, this, [this] { fail(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, Text::tr("Cancelled."))); });
    }

    void start()
    {
        const BrowseCapabilities caps = m_client->capabilities();
        if (!caps.upload) {
            fail(m_client->unsupported(Text::tr("Uploading %1").arg(m_remote)));
            return;
        }
        if (!caps.parallelParts)
            m_options.parallel = 1; // one part after the other, as the service requires
        if (!m_file.open(QIODevice::ReadOnly)) {
            fail(fileError(Text::tr("Could not read %1."), m_file));
            return;
        }
        m_size = m_file.size();
        m_modified = QFileInfo(m_file).lastModified();
        m_contentType = Transfers::contentTypeFor(m_local);
        if (m_size <= m_options.chunkBytes && !caps.needsDirectories && caps.wholeUpload) {
            uploadWhole();
            return;
        }
        if (m_options.verifyMd5) {
            // The whole file's MD5, committed with the blocks, is computed beside the upload.
            m_hasher = new FileHasher(m_local, QCryptographicHash::Md5, this);
            connect(m_hasher, &FileHasher::done, this, [this](const QByteArray &digest, const QString &error) {
                m_md5 = digest;
                m_hashError = error;
                m_hashed = true;
                if (!m_failed && m_inFlight == 0 && m_nextPart >= m_parts)
                    commit();
            });
            m_hasher->finish(m_size);
        } else {
            m_hashed = true;
        }
        // The service's largest part is a hard limit, below even the smallest chunk asked for.
        m_partBytes = std::min(evenShare(m_size, m_options.parallel, m_options.chunkBytes, std::min(m_options.maxChunkBytes, caps.maxPartBytes)),
                               caps.maxPartBytes);
        m_parts = int((m_size + m_partBytes - 1) / m_partBytes);
        m_directories.clear();
        if (caps.needsDirectories) {
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
    // A file of one chunk or less goes up in one request where the kind has one: half the
    // round trips of a block upload, and the service itself checks the Content-MD5.
    void uploadWhole()
    {
        const QByteArray data = m_file.read(m_size);
        if (data.size() != m_size) {
            fail(fileError(Text::tr("Could not read %1."), m_file));
            return;
        }
        const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5);
        VoidJob *put = m_client->uploadWhole(m_remote, data, m_contentType, md5);
        m_jobs.append(put);
        emit m_job->progress(0, m_size);
        onFinished(put, this, [this](const VoidResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            TransferResult result;
            result.bytes = m_size;
            result.md5Verified = true; // the service compared the body with the Content-MD5 sent
            emit m_job->progress(m_size, m_size);
            m_job->finish(result);
        });
    }

    void makeDirectories()
    {
        if (m_directories.isEmpty()) {
            onFinished(m_client->beginUpload(m_remote, m_size, m_contentType), this, [this](const VoidResult &r) {
                if (!r) {
                    fail(r.error());
                    return;
                }
                m_begun = true;
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
            const qint64 offset = qint64(index) * m_partBytes;
            const qint64 size = std::min(m_partBytes, m_size - offset);
            ++m_inFlight;
            VoidJob *part = m_client->uploadPart(m_remote, index, offset, {m_local, offset, size});
            m_jobs.append(part);
            m_sending.insert(index, 0);
            connect(part, &VoidJob::sent, this, [this, index](qint64 done, qint64 total) {
                const auto it = m_sending.find(index);
                if (it == m_sending.end() || total <= 0)
                    return; // told after the part was done, or Qt's closing (0, 0)
                *it = done; // a retry starts again from 0: the bar steps back, honestly
                reportSent(false);
            });
            onFinished(part, this, [this, size, index](const VoidResult &r) {
                m_sending.remove(index);
                --m_inFlight;
                if (m_failed)
                    return;
                if (!r) {
                    fail(r.error());
                    return;
                }
                m_done += size;
                reportSent(true);
                pump();
            });
        }
        if (!m_failed && m_inFlight == 0 && m_nextPart >= m_parts && m_hashed)
            commit(); // else when the hasher is done
    }

    // Progress within the parts in flight too: a 32 MiB part is half a minute on a slow link.
    void reportSent(bool always)
    {
        qint64 sending = 0;
        for (const qint64 done : std::as_const(m_sending))
            sending += done;
        if (!always && m_done + sending - m_reported < 256 * 1024)
            return; // Qt tells every 16 KiB; the bar needs far fewer
        m_reported = m_done + sending;
        emit m_job->progress(m_reported, m_size);
    }

    void commit()
    {
        if (!m_hashError.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::Database, u"file.error"_s, m_hashError));
            return;
        }
        // A file that changed meanwhile would commit a mix of its old and new bytes (and the MD5,
        // read separately from the parts, a digest of other bytes than were sent). Refuse.
        const QFileInfo now(m_local);
        if (now.size() != m_size || now.lastModified() != m_modified) {
            fail(ApiError::make(ApiError::Kind::Conflict, u"transfer.changed"_s,
                                Text::tr("%1 changed while it was uploaded; the upload was stopped. Upload it again.")
                                    .arg(QDir::toNativeSeparators(m_local))));
            return;
        }
        const QByteArray md5 = m_md5;
        onFinished(m_client->commitUpload(m_remote, m_parts, m_size, m_contentType, md5), this, [this, md5](const VoidResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            m_committed = true;
            onFinished(m_client->properties(m_remote), this, [this, md5](const Result<ObjectProperties> &p) {
                if (!p) {
                    fail(p.error());
                    return;
                }
                if (p.value().size != m_size) {
                    fail(ApiError::make(ApiError::Kind::Network, u"transfer.length"_s,
                                        Text::tr("%1: the service holds %2 bytes, the file has %3.").arg(m_remote).arg(p.value().size).arg(m_size)));
                    return;
                }
                if (!md5.isEmpty() && !p.value().contentMd5.isEmpty() && p.value().contentMd5 != md5) {
                    fail(ApiError::make(ApiError::Kind::Network, u"transfer.md5"_s, Text::tr("%1: the stored Content-MD5 differs from the file's.").arg(m_remote)));
                    return;
                }
                TransferResult result;
                result.bytes = m_size;
                result.md5Verified = !md5.isEmpty() && p.value().contentMd5 == md5;
                m_job->finish(result);
            });
        });
    }

    void fail(const ApiError &error)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_hasher)
            m_hasher->cancel();
        for (const QPointer<VoidJob> &j : std::as_const(m_jobs)) {
            if (j)
                j->cancel();
        }
        if (m_begun && !m_committed)
            m_client->abortUpload(m_remote); // best effort: the error below is what the user needs
        m_job->finish(error);
    }

    StorageClient *m_client;
    QString m_local;
    QString m_remote;
    TransferOptions m_options;
    TransferJob *m_job;
    QFile m_file;
    FileHasher *m_hasher = nullptr;
    QByteArray m_md5;
    QString m_hashError;
    bool m_hashed = false;
    bool m_begun = false;
    bool m_committed = false;
    QDateTime m_modified;
    QString m_contentType;
    QStringList m_directories;
    qint64 m_size = 0;
    qint64 m_done = 0;
    qint64 m_partBytes = 0;
    QHash<int, qint64> m_sending; // part → bytes of it sent, while in flight
    qint64 m_reported = 0;
    int m_parts = 0;
    int m_nextPart = 0;
    int m_inFlight = 0;
    bool m_failed = false;
    QList<QPointer<VoidJob>> m_jobs;
};

} // namespace

namespace Transfers {

TransferJob *upload(StorageClient *client, const QString &localPath, const QString &remotePath, const TransferOptions &options,
                    QObject *parent)
{
    auto *job = new TransferJob(parent ? parent : client);
    auto *u = new Upload(client, localPath, remotePath, options, job);
    u->start();
    return job;
}

} // namespace Transfers
