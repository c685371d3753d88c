#pragma once

#include <optional>

#include <functional>

#include <QFileDevice>
#include <QObject>
#include <QUrl>

#include "services/net/fileregion.h"
#include "services/storage/storagetypes.h"

// A browse source: one container / share / filesystem over its data-plane protocol, or one
// database through its driver. Implementations: BlobClient (also ADLS Gen2 through the blob
// endpoint), FileShareClient, DfsClient, Gen2Client, SqlSource. A source says what its
// entries are (EntryKind), which columns describe them (columns()) and what it can do
// (capabilities()); calls outside its capabilities fail with ApiError::Kind::Unsupported.
// Paths are relative to the root, '/'-separated, never starting with '/'; any legal
// character (spaces, unicode, % + # ? = &) is allowed and encoded here. Every call is
// asynchronous; read-only and whole-object calls retry transient failures (StorageHttp).
// Main thread.
class StorageClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageClient)

public:
    using QObject::QObject;

    // What this source can do. The default is a file store with ranged reads, parallel
    // uploads of 4 MiB parts, deletes and folders.
    virtual BrowseCapabilities capabilities() const { return {}; }
    // The columns of its listings: name, size, last modified, type, access tier by default.
    virtual QList<BrowseColumn> columns() const { return fileColumns(); }
    static QList<BrowseColumn> fileColumns();
    // An entry's name as a segment of its path, and back: the name itself, unless the source
    // escapes characters its names may hold and its paths may not (a '/' in a table name).
    virtual QString segmentOf(const QString &name) const { return name; }
    virtual QString nameOf(const QString &segment) const { return segment; }
    // A page of the rows of a table or view (capabilities().rows); never the whole table.
    virtual RowsJob *rows(const QString &path, qint64 offset, int count);

    // One page of the entries under `directory` ("" = root, else ending in '/'). With
    // `recursive` the whole subtree is listed flat (no directory entries for blob storage).
    virtual ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) = 0;
    // A prefix search: one page of the entries directly under `directory` whose names start
    // with `namePrefix`. The default lists the directory and keeps the matches (a page may
    // then hold none but still have a next token); Blob asks the service for the prefix.
    virtual ListJob *search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize);
    // Bytes [offset, offset + length) of an object (length < 0: to the end), via a Range request.
    virtual ReadJob *read(const QString &path, qint64 offset, qint64 length) = 0;
    // The same bytes written into `file` at `offset` instead of kept in memory (ReadResult::data
    // stays empty; properties.size is the object's size). REST clients stream them as they
    // arrive; the default reads then writes.
    // `ifMatch` (an ETag, empty: any version) pins the read to one version of the object: when
    // the object has changed since, the read fails with `storage.changed` (a 412 where the kind
    // supports If-Match, else a different ETag on the reply), so a download never stitches
    // ranges of two versions together.
    // `onWrite` hears of every block written (file offset, bytes), in the order written.
    using WriteObserver = std::function<void(qint64 offset, const QByteArray &bytes)>;
    virtual ReadJob *readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch = {},
                                WriteObserver onWrite = {});
    virtual PropertiesJob *properties(const QString &path) = 0;
    virtual VoidJob *remove(const QString &path);
    virtual VoidJob *makeDirectory(const QString &path);
    // The container / share / filesystem exists and the credential may list it; optionally
    // create it first. Errors say which of the two failed.
    virtual VoidJob *probe(bool createIfMissing) = 0;

    // Uploads: begin (size known up front), parts written in any order and in parallel, then
    // commit in part order. Part sizes are chosen by the caller (all but the last equal), up to
    // capabilities().maxPartBytes; each part is read from its stretch of the local file while it is sent.
    // Nothing under `path` changes until commitUpload succeeds, and then it changes at once:
    // Blob stages uncommitted blocks; Azure Files and dfs write stagingPath(path) beside it and
    // rename that onto `path` at commit, so a kill mid-upload never leaves a half-written
    // object under its name (at worst a recognisable staging file, replaced by the next put).
    virtual VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType);
    virtual VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part);
    virtual VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5);
    // After a begun upload failed or was cancelled: removes what it left behind where the
    // service made it visible (the Azure Files / dfs staging file). Blob needs nothing: its
    // uncommitted blocks never replace the blob and the service discards them.
    virtual VoidJob *abortUpload(const QString &path);
    // A whole small object in one request, where the kind has one (capabilities().wholeUpload;
    // Blob: Put Blob, whose Content-MD5 the service checks against the body).
    virtual VoidJob *uploadWhole(const QString &path, const QByteArray &data, const QString &contentType, const QByteArray &md5);

    virtual QUrl url(const QString &path) const = 0;
    // Whole-listing consumers may ask for the next page to be requested as soon as a page
    // arrives (Blob); clients without it ignore the hint.
    virtual void setReadAhead(bool) { }
    // Where an upload to `path` is staged by the kinds that cannot stage invisibly.
    static QString stagingPath(const QString &path) { return path + QStringLiteral(".dsstudio-part"); }
    // The error of a read pinned to `etag` that found another version of `path`.
    static ApiError changedError(const QString &path, const QString &etag);
    // Writes `bytes` into `file` at `offset` (readToFile's sink); the error says which file.
    static std::optional<ApiError> writeAt(QFileDevice *file, qint64 offset, const QByteArray &bytes);
    // The error of a call outside the source's capabilities.
    ApiError unsupported(const QString &what) const;

protected:
    // A job that fails with unsupported(what), for the calls a source does not have.
    template<typename JobType>
    JobType *refuse(const QString &what)
    {
        auto *job = new JobType(this);
        job->finish(unsupported(what));
        return job;
    }
};
