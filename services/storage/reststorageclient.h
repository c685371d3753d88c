#pragma once

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
    ReadJob *readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, WriteObserver onWrite = {}) override;
    PropertiesJob *properties(const QString &path) override;
    QUrl url(const QString &path) const override { return m_location.objectUrl(path); }
    const StorageLocation &location() const { return m_location; }

protected:
    ReadJob *get(const QString &path, qint64 offset, qint64 length, QFileDevice *sink, WriteObserver onWrite = {});
    HttpJob *send(const HttpRequest &request);
    // Runs `request`; success when the status is in `ok` (a 404 also counts when
    // `notFoundIsOk` and the request was retried: an earlier attempt may have succeeded).
    VoidJob *simple(const HttpRequest &request, QList<int> ok, const QString &what, bool notFoundIsOk = false);
    static ObjectProperties propertiesFrom(const HttpResponse &response);
    // The message for a probe refused with 401/403: says whether the credential itself was
    // refused, or (for a SAS) that it has expired or lacks the list permission.
    QString refusedMessage(const QString &what, const ApiError &serviceError) const;
    static HttpRequest make(const QByteArray &method, const QUrl &url, const HeaderList &headers = {}, const QByteArray &body = {},
                            bool idempotent = true);

    QPointer<StorageHttp> m_http;
    StorageLocation m_location;
    StorageAuth m_auth;
};
