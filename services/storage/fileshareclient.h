#pragma once

#include "services/storage/reststorageclient.h"

// An Azure Files share (REFERENCE.md 10): List Directories and Files one level at a time with
// NextMarker paging (a recursive listing walks the tree, its position kept in the page
// token), Range reads, Create File + Put Range uploads (ranges of at most 4 MiB), directories.
class FileShareClient final : public RestStorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileShareClient)

public:
    static constexpr qint64 MaxRangeBytes = 4 * 1024 * 1024;
    using RestStorageClient::RestStorageClient;

    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;
    VoidJob *abortUpload(const QString &path) override;
    BrowseCapabilities capabilities() const override
    {
        BrowseCapabilities c;
        c.needsDirectories = true; // Create File needs its directory
        return c;
    }

protected:
    bool conditionalReads() const override { return false; } // Get File takes no If-Match

private:
    QUrl directoryUrl(const QString &directory, const QString &query) const;
};
