#pragma once

#include <QPointer>
#include <QUrl>

#include "services/net/httpclient.h"
#include "services/storage/storageclient.h"

class TokenSource;

// ADLS Gen1 through its WebHDFS API (REFERENCE.md 12): LISTSTATUS paged with listAfter /
// continuationToken, GETFILESTATUS, OPEN with offset and length. The service was retired on
// 2024-02-29; this reaches any endpoint that still answers (a compatible service, a test
// server). A bearer token for the Gen1 resource from the datastore's own service principal.
// Writes as WebHDFS makes them: an upload is CREATE (overwrite, write=true) of the staging
// file beside the target, then APPEND at each part's offset, one after the other (an append at
// any other offset is refused), then RENAME onto the target (renameoptions=OVERWRITE), so the
// target changes only once the whole file is there; DELETE and MKDIRS answer {"boolean"}.
class Gen1Client final : public StorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gen1Client)

public:
    // `base`: https://{store}.azuredatalakestore.net/webhdfs/v1 or the datastore's endpoint.
    Gen1Client(HttpClient *http, QUrl base, TokenSource *tokens, QObject *parent = nullptr);

    // One LISTSTATUS answer: the entries under `directory`, and the token that continues it.
    static Result<ListPage> parseList(const QByteArray &body, const QString &directory, const QString &what);

    BrowseCapabilities capabilities() const override;
    ListJob *list(const QString &directory, const QString &pageToken, int pageSize, bool recursive) override;
    ReadJob *read(const QString &path, qint64 offset, qint64 length) override;
    PropertiesJob *properties(const QString &path) override;
    VoidJob *probe(bool createIfMissing) override;
    VoidJob *remove(const QString &path) override;
    VoidJob *makeDirectory(const QString &path) override;
    VoidJob *beginUpload(const QString &path, qint64 size, const QString &contentType) override;
    VoidJob *uploadPart(const QString &path, int index, qint64 offset, const FileRegion &part) override;
    VoidJob *commitUpload(const QString &path, int parts, qint64 size, const QString &contentType, const QByteArray &md5) override;
    VoidJob *abortUpload(const QString &path) override;
    QUrl url(const QString &path) const override;

private:
    HttpJob *call(const QString &path, const QList<QPair<QString, QString>> &query, qint64 maxBody = 8 * 1024 * 1024);
    // A change: `method` with `query` (and a body from a file), finished when the answer has
    // `status`; an op that answers {"boolean"} must say true (false: `falseKind`).
    VoidJob *change(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query, int status,
                    const QString &what, const FileRegion &body = {}, bool idempotent = true,
                    ApiError::Kind falseKind = ApiError::Kind::Http);
    ApiError errorOf(const HttpResponse &response, const QString &what) const;
    // The body of a 200 answer, or the error the answer (or the request) says.
    Result<QByteArray> bodyOf(const Result<HttpResponse> &r, const QString &what) const;

    QPointer<HttpClient> m_http;
    QUrl m_base;
    QPointer<TokenSource> m_tokens;
};
