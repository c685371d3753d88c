#pragma once

#include <functional>

#include "services/storage/storageclient.h"

class BlobClient;
class DfsClient;

// ADLS Gen2: speaks dfs where the endpoint does, and falls back to the blob endpoint (which
// Gen2 accounts also serve) where it does not — as with the local emulator. The first call
// decides, with a one-item dfs listing; the decision holds for the client's lifetime.
class Gen2Client final : public StorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gen2Client)

public:
    Gen2Client(DfsClient *dfs, BlobClient *blob, QObject *parent = nullptr);
    ~Gen2Client() override;

    enum class Mode { Unknown, Dfs, Blob };
    Mode mode() const { return m_mode; }

    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    ListJob *search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize) override;
    ReadJob *read(const QString &path, qint64 offset, qint64 length) override;
    ReadJob *readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch = {},
                        WriteObserver onWrite = {}) override;
    PropertiesJob *properties(const QString &path) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    BrowseCapabilities capabilities() const override
    {
        BrowseCapabilities c;
        c.maxPartBytes = 4000LL * 1024 * 1024; // Put Block / append, since 2019-12-12
        c.serverSearch = true; // through the blob endpoint's prefix
        return c;
    }
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;
    VoidJob *abortUpload(const QString &path) override;
    QUrl url(const QString &path) const override;
    void setReadAhead(bool on) override;

private:
    StorageClient *active() const;
    void withClient(const QObject *context, std::function<void(StorageClient *)> run);
    template<typename JobType, typename Start>
    JobType *forward(Start start);

    DfsClient *m_dfs;
    BlobClient *m_blob;
    Mode m_mode = Mode::Unknown;
    bool m_detecting = false;
    QList<std::function<void()>> m_waiting;
};
