#pragma once

#include <QHash>
#include <QList>
#include <functional>
#include <memory>
#include <optional>
#include <QPointer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "services/net/httpclient.h"
#include "services/storage/storageclient.h"

class TokenSource;

// The Databricks File System through the Databricks REST API 2.0 (REFERENCE.md 13): list,
// get-status, read in base64 chunks of at most 1 MiB (a long read asks for several chunks at
// once — ReadsInFlight for the whole client — and joins them in order; a download writes each
// into the file as it comes), mkdirs, delete, and uploads through create / add-block /
// close — sequential, as that API requires — into a staging file that is moved onto its name
// at commit. Paths here are relative to the DBFS root ("mnt/data/a.csv"); the API's are
// absolute. Authorization: a personal access token, or an Entra token for the Databricks
// resource (`tokens`, not owned). Errors carry the service's error_code.
class DbfsClient final : public StorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbfsClient)

public:
    static constexpr qint64 MaxReadBytes = 1024 * 1024; // a read's length, at most (MAX_READ_SIZE_EXCEEDED)
    static constexpr qint64 BlockBytes = 1024 * 1024;   // an add-block's data, at most
    static constexpr int ReadsInFlight = 4;
    // The Databricks resource (AzureDatabricks' application id), for Entra tokens.
    static inline const QString Resource = QStringLiteral("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d");

    // `workspace`: https://adb-….azuredatabricks.net (plain http only on loopback).
    DbfsClient(HttpClient *http, QUrl workspace, QString personalToken, TokenSource *tokens = nullptr, QObject *parent = nullptr);
    static std::optional<ApiError> checkWorkspaceUrl(const QString &url);
    // The entries of a list answer directly under `directory` (sorted by name); entries outside
    // it, or with a '/' in their name, are not its entries and are left out.
    static Result<ListPage> parseList(const nlohmann::json &answer, const QString &directory, const QString &what);

    BrowseCapabilities capabilities() const override;
    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    ReadJob *read(const QString &path, qint64 offset, qint64 length) override;
    ReadJob *readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch = {},
                        WriteObserver onWrite = {}) override;
    PropertiesJob *properties(const QString &path) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;
    VoidJob *abortUpload(const QString &path) override;
    QUrl url(const QString &path) const override;

private:
    HttpJob *call(const QByteArray &method, const QString &endpoint, const QList<QPair<QString, QString>> &query,
                  const QByteArray &jsonBody = {}, bool idempotent = true);
    // The answer's JSON, or the error its body says.
    Result<nlohmann::json> answer(const Result<HttpResponse> &r, const QString &what) const;
    static QString absolute(const QString &path);
    void withSize(ReadJob *job, const QString &path, qint64 offset, qint64 length, std::function<void(const ObjectProperties &, qint64 end)> go);
    // Reads [offset, end) of `path` in chunks of MaxReadBytes and hands them to `sink` in file
    // order (an error it returns fails `job`), then calls `done`; a failed chunk or a cancel
    // of `job` ends the read. At most ReadsInFlight reads of this client run at a time.
    using ChunkSink = std::function<std::optional<ApiError>(qint64 at, const QByteArray &bytes)>;
    struct ChunkRead;
    void readChunks(ReadJob *job, const QString &path, qint64 offset, qint64 end, ChunkSink sink, std::function<void()> done);
    void pumpReads();
    void chunkRead(const std::shared_ptr<ChunkRead> &r, int i, qint64 at, qint64 len, const Result<HttpResponse> &reply);
    void failRead(const std::shared_ptr<ChunkRead> &r, const std::optional<ApiError> &error);

    QPointer<HttpClient> m_http;
    QUrl m_workspace;
    QString m_token;
    QPointer<TokenSource> m_tokens;
    QHash<QString, qint64> m_handles; // upload path → the create's handle
    QList<std::shared_ptr<ChunkRead>> m_reads; // in progress, oldest first
    int m_readsRunning = 0;                    // read requests on the wire
};
