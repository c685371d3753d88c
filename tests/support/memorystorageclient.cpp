#include "support/memorystorageclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

MemoryStorageClient::MemoryStorageClient(QObject *parent)
    : StorageClient(parent)
{
}

void MemoryStorageClient::put(const QString &path, const QByteArray &data)
{
    m_objects[path] = data;
}

void MemoryStorageClient::deliver(std::function<void()> answer)
{
    if (m_hold)
        m_held.append(std::move(answer));
    else
        QTimer::singleShot(0, this, std::move(answer));
}

void MemoryStorageClient::release(int which)
{
    if (which >= 0) {
        m_held.takeAt(which)();
        return;
    }
    const auto held = std::exchange(m_held, {});
    for (const auto &answer : held)
        answer();
}

ListJob *MemoryStorageClient::list(const QString &directory, const QString &pageToken, int pageSize, bool recursive)
{
    return listPrefix(directory, pageToken, pageSize, recursive);
}

ListJob *MemoryStorageClient::search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize)
{
    return listPrefix(directory + namePrefix, pageToken, pageSize, false);
}

ListJob *MemoryStorageClient::listPrefix(const QString &prefix, const QString &pageToken, int pageSize, bool recursive)
{
    ++m_listCalls;
    auto *job = new ListJob(this);
    if (m_failNext) {
        const ApiError e = *std::exchange(m_failNext, std::nullopt);
        deliver([job, e] { job->finish(e); });
        return job;
    }
    ListPage page;
    if (m_synthetic >= 0) {
        const qint64 start = pageToken.isEmpty() ? 0 : pageToken.toLongLong();
        const qint64 end = std::min(m_synthetic, start + pageSize);
        const QDateTime when = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
        for (qint64 i = start; i < end; ++i) {
            StorageEntry e;
            e.name = u"part-%1.parquet"_s.arg(i, 7, 10, QLatin1Char('0'));
            e.path = e.name;
            e.size = 1000 + i % 5000;
            e.lastModified = when;
            e.contentType = u"application/octet-stream"_s;
            e.accessTier = u"Hot"_s;
            page.entries.append(e);
        }
        if (end < m_synthetic)
            page.nextToken = QString::number(end);
    } else {
        QString lastFolder;
        for (auto it = m_objects.lower_bound(pageToken.isEmpty() ? prefix : pageToken); it != m_objects.end(); ++it) {
            const QString &path = it->first;
            if (!path.startsWith(prefix))
                break;
            const qsizetype base = prefix.lastIndexOf(u'/') + 1;
            const qsizetype slash = recursive ? -1 : path.indexOf(u'/', prefix.size());
            StorageEntry e;
            if (slash >= 0) {
                const QString folder = path.left(slash + 1);
                if (folder == lastFolder)
                    continue; // the rest of a folder already listed
                lastFolder = folder;
                e.path = folder;
                e.isDirectory = true;
            } else {
                e.path = path;
                e.size = it->second.size();
                e.lastModified = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
                e.contentType = path.endsWith(u".csv"_s) ? u"text/csv"_s : u"application/octet-stream"_s;
                e.accessTier = u"Hot"_s;
            }
            if (page.entries.size() >= pageSize) {
                page.nextToken = path; // the first path of the next entry
                break;
            }
            e.name = recursive ? e.path.section(u'/', -1) : e.path.mid(base).chopped(e.isDirectory ? 1 : 0);
            page.entries.append(e);
        }
    }
    deliver([job, page] { job->finish(page); });
    return job;
}

ReadJob *MemoryStorageClient::read(const QString &path, qint64 offset, qint64 length)
{
    auto *job = new ReadJob(this);
    ++m_readCalls;
    if (m_holdReads) {
        m_held.append([job] { job->finish(ApiError::make(ApiError::Kind::Network, u"held"_s, u"Released unanswered."_s)); });
        return job;
    }
    const auto it = m_objects.find(path);
    if (it == m_objects.end()) {
        deliver([job, path] { job->finish(ApiError::make(ApiError::Kind::NotFound, u"BlobNotFound"_s, u"No object %1."_s.arg(path))); });
        return job;
    }
    ReadResult r;
    r.offset = offset;
    r.data = it->second.mid(offset, length < 0 ? -1 : length);
    r.length = r.data.size();
    r.properties.size = it->second.size();
    r.properties.contentType = path.endsWith(u".csv"_s) ? u"text/csv"_s : u"application/octet-stream"_s;
    deliver([job, r] { job->finish(r); });
    return job;
}

PropertiesJob *MemoryStorageClient::properties(const QString &path)
{
    auto *job = new PropertiesJob(this);
    const auto it = m_objects.find(path);
    ObjectProperties p;
    if (it != m_objects.end()) {
        p.size = it->second.size();
        p.contentMd5 = QCryptographicHash::hash(it->second, QCryptographicHash::Md5);
        p.kind = u"BlockBlob"_s;
        p.metadata.insert(u"owner"_s, u"tests"_s);
    }
    deliver([job, p, found = it != m_objects.end(), path] {
        if (found)
            job->finish(p);
        else
            job->finish(ApiError::make(ApiError::Kind::NotFound, u"BlobNotFound"_s, u"No object %1."_s.arg(path)));
    });
    return job;
}

VoidJob *MemoryStorageClient::remove(const QString &path)
{
    auto *job = new VoidJob(this);
    m_objects.erase(path);
    deliver([job] { job->finish({}); });
    return job;
}

VoidJob *MemoryStorageClient::makeDirectory(const QString &path)
{
    auto *job = new VoidJob(this);
    m_objects[path.endsWith(u'/') ? path + u".keep"_s : path + u"/.keep"_s];
    deliver([job] { job->finish({}); });
    return job;
}

VoidJob *MemoryStorageClient::probe(bool)
{
    auto *job = new VoidJob(this);
    deliver([job] { job->finish({}); });
    return job;
}

VoidJob *MemoryStorageClient::beginUpload(const QString &path, qint64, const QString &)
{
    auto *job = new VoidJob(this);
    m_parts[path].clear();
    deliver([job] { job->finish({}); });
    return job;
}

VoidJob *MemoryStorageClient::uploadPart(const QString &path, int index, qint64, const FileRegion &part)
{
    auto *job = new VoidJob(this);
    QFile file(part.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(part.offset)) {
        deliver([job, part] { job->finish(ApiError::make(ApiError::Kind::Database, u"file.error"_s, u"cannot read "_s + part.path)); });
        return job;
    }
    m_parts[path][index] = file.read(part.length);
    deliver([job] { job->finish({}); });
    return job;
}

VoidJob *MemoryStorageClient::commitUpload(const QString &path, int parts, qint64, const QString &, const QByteArray &)
{
    auto *job = new VoidJob(this);
    QByteArray all;
    for (int i = 0; i < parts; ++i)
        all += m_parts[path][i];
    m_parts.erase(path);
    m_objects[path] = all;
    deliver([job] { job->finish({}); });
    return job;
}

QUrl MemoryStorageClient::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1/mem/"_s + path);
}
