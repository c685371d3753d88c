#pragma once

#include <functional>
#include <map>

#include "services/storage/storageclient.h"

// An in-memory StorageClient with blob semantics (virtual folders from '/', name order,
// markers), answering on the next event-loop turn — or only when released, so that tests can
// hold replies back and deliver them late (stale replies). `synthetic(n)` serves a flat
// folder of n generated names without storing them, for benchmarks of a million entries.
class MemoryStorageClient final : public StorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryStorageClient)

public:
    explicit MemoryStorageClient(QObject *parent = nullptr);

    void put(const QString &path, const QByteArray &data);
    void setSynthetic(qint64 count) { m_synthetic = count; }
    void setHoldReplies(bool hold) { m_hold = hold; }
    // Reads (and only reads) are held until release(): transfers that never finish.
    void setHoldReads(bool hold) { m_holdReads = hold; }
    int readCalls() const { return m_readCalls; }
    // Delivers the held replies in the order they were asked for (or the given one only).
    void release(int which = -1);
    int heldCount() const { return int(m_held.size()); }
    int listCalls() const { return m_listCalls; }
    bool contains(const QString &path) const { return m_objects.count(path) > 0; }
    void failNextList(const ApiError &error) { m_failNext = error; }

    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    ListJob *search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize) override;
    ReadJob *read(const QString &path, qint64 offset, qint64 length) override;
    PropertiesJob *properties(const QString &path) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;
    QUrl url(const QString &path) const override;

private:
    ListJob *listPrefix(const QString &prefix, const QString &pageToken, int pageSize, bool recursive);
    void deliver(std::function<void()> answer);

    std::map<QString, QByteArray> m_objects;
    std::map<QString, std::map<int, QByteArray>> m_parts;
    qint64 m_synthetic = -1;
    bool m_hold = false;
    bool m_holdReads = false;
    int m_readCalls = 0;
    QList<std::function<void()>> m_held;
    int m_listCalls = 0;
    std::optional<ApiError> m_failNext;
};
