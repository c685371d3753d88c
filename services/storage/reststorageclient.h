#pragma once

#include <functional>

#include <QPointer>

#include "services/net/storagehttp.h"
#include "services/storage/storageclient.h"
#include "services/storage/storagelocation.h"

// What the three Azure Storage clients share: the location, the credential, Range reads,
// HEAD properties and the plumbing from an HTTP exchange to a job result.
class RestStorageClient : public StorageClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestStorageClient)

public:
    RestStorageClient(StorageHttp *http, StorageLocation location, StorageAuth auth, QObject *parent = nullptr);

    ReadJob *read(const QString &path, qint64 offset, qint64 length) override;
    ReadJob *readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch = {},
                        WriteObserver onWrite = {}) override;
    PropertiesJob *properties(const QString &path) override;
    QUrl url(const QString &path) const override { return m_location.objectUrl(path); }
    const StorageLocation &location() const { return m_location; }

protected:
    ReadJob *get(const QString &path, qint64 offset, qint64 length, QFileDevice *sink, const QString &ifMatch = {},
                 WriteObserver onWrite = {});
    // Whether the service honours If-Match on reads (Blob, dfs). Azure Files does not: there a
    // pinned read compares the reply's ETag instead, after the bytes have come.
    virtual bool conditionalReads() const { return true; }
    HttpJob *send(const HttpRequest &request);
    // Runs `request`; success when the status is in `ok` (a 404 also counts when
    // `notFoundIsOk` and the request was retried: an earlier attempt may have succeeded).
    VoidJob *simple(const HttpRequest &request, QList<int> ok, const QString &what, bool notFoundIsOk = false);
    static ObjectProperties propertiesFrom(const HttpResponse &response);
    // A listing parse failure told with what was being listed and where it came from.
    static Result<ListPage> located(Result<ListPage> page, const HttpResponse &response, const QString &what);
    // What probe() needs to know of one storage kind; the logic is the same for all three: a
    // one-item listing proves that the root exists and the credential may list it; a 404 may
    // create it; the error says whether it is missing or the credential was refused.
    struct ProbeSpec
    {
        QUrl listOne;        // GET: a one-item listing of the root
        QUrl create;         // PUT: creates the root (201; 409 = already there)
        QString checking;    // "Checking container x"
        QString creating;    // "Creating container x"
        QString subject;     // "The container 'x'"
        QString missingCode; // "storage.container_missing"
        std::function<void(const HttpResponse &, ApiError &)> adjust = {}; // kind-specific codes
    };
    VoidJob *probeRoot(const ProbeSpec &spec, bool createIfMissing);
    // The message for a probe refused with 401/403: says whether the credential itself was
    // refused, or (for a SAS) that it has expired or lacks the list permission.
    QString refusedMessage(const QString &what, const ApiError &serviceError) const;
    // A rename source as the service takes it: `source` with the SAS appended where the root
    // is reached through one (the source is authorized like the request).
    QByteArray renameSource(QByteArray source) const;
    static HttpRequest make(const QByteArray &method, const QUrl &url, const HeaderList &headers = {}, const QByteArray &body = {},
                            bool idempotent = true);

    QPointer<StorageHttp> m_http;
    StorageLocation m_location;
    StorageAuth m_auth;
};
