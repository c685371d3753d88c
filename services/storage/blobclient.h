#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "services/storage/reststorageclient.h"

// A blob container (REFERENCE.md 9): List Blobs with prefix + delimiter for virtual folders
// and NextMarker paging, Range reads, Put Block + Put Block List uploads, Delete Blob, and
// Get Container Properties / a one-item listing as the access probe. Also serves ADLS Gen2
// accounts through their blob endpoint.
class BlobClient final : public RestStorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlobClient)

public:
    using RestStorageClient::RestStorageClient;

    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    ListJob *search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    BrowseCapabilities capabilities() const override
    {
        BrowseCapabilities c;
        c.maxPartBytes = 4000LL * 1024 * 1024; // Put Block / append, since 2019-12-12
        c.wholeUpload = true;  // Put Blob
        c.serverSearch = true; // the prefix parameter of List Blobs
        return c;
    }
    VoidJob *uploadWhole(const QString &path, const QByteArray &data, const QString &contentType, const QByteArray &md5) override;
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;

    static QByteArray blockId(int index);
    // Read-ahead for whole-listing consumers (dsstudio ls, folder downloads): when a page
    // arrives, the next one is requested at once, before this one is parsed. Off by default
    // (a browser should not fetch pages nobody scrolls to).
    void setReadAhead(bool on) override { m_readAhead = on; }

private:
    struct ReadAhead
    {
        QString prefix;
        QString token;
        int pageSize = 0;
        bool recursive = false;
        QPointer<HttpJob> http;
        std::optional<Result<HttpResponse>> result;
        std::function<void(const Result<HttpResponse> &)> consumer;
    };
    std::shared_ptr<ReadAhead> startPage(const QString &prefix, const QString &pageToken, int pageSize, bool recursive);
    void dropReadAhead();
    bool m_readAhead = false;
    std::shared_ptr<ReadAhead> m_ahead;
    ListJob *listPrefix(const QString &prefix, const QString &pageToken, int pageSize, bool recursive);
};
