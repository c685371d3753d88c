#pragma once

#include "services/storage/reststorageclient.h"

// An ADLS Gen2 filesystem over the dfs endpoint (REFERENCE.md 11): Path - List with the
// x-ms-continuation header, real directories, create + append + flush uploads.
class DfsClient final : public RestStorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DfsClient)

public:
    using RestStorageClient::RestStorageClient;

    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    BrowseCapabilities capabilities() const override
    {
        BrowseCapabilities c;
        c.maxPartBytes = 4000LL * 1024 * 1024; // Put Block / append, since 2019-12-12
        return c;
    }
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;
    VoidJob *abortUpload(const QString &path) override;

    // True when an answer shows that this host does not speak dfs at all (the local emulator
    // answers dfs calls with 400 and an empty body): the caller falls back to the blob endpoint.
    static bool isNotDfs(const HttpResponse &response);
};
