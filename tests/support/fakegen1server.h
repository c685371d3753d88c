#pragma once

#include <functional>
#include <memory>

#include <QMap>
#include <QObject>
#include <QSet>

#include "support/testhttpserver.h"

// An ADLS Gen1 WebHDFS endpoint as REFERENCE.md 12 describes it, under /webhdfs/v1:
// LISTSTATUS (listSize, listAfter, continuationToken "" at the end), GETFILESTATUS, OPEN
// (read=true, offset, length); and the writes: PUT CREATE (write=true; overwrite=true to
// replace; parents made), POST APPEND (append=true, at `offset` = the file's length only, else
// BadOffsetException), PUT RENAME (destination; renameoptions=OVERWRITE to replace, else
// {"boolean":false}), DELETE (recursive=true for a folder with something in it), PUT MKDIRS.
// api-version 2018-09-01 required; errors as RemoteException.
// Every request needs a bearer token `acceptToken` accepts (one for the Gen1 resource).
class FakeGen1Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGen1Server)

public:
    explicit FakeGen1Server(std::function<bool(const QByteArray &)> acceptToken, QObject *parent = nullptr);
    ~FakeGen1Server() override;
    bool start();
    QString endpoint() const { return m_http->base() + QStringLiteral("/webhdfs/v1"); }
    TestHttpServer *http() { return m_http.get(); }
    void putFile(const QString &path, const QByteArray &data); // "/raw/a.csv"
    bool exists(const QString &path) const { return m_files.contains(path) || m_dirs.contains(path); }
    QByteArray file(const QString &path) const { return m_files.value(path); }

private:
    TestHttpServer::Response handle(const TestHttpServer::Request &r);
    TestHttpServer::Response write(const TestHttpServer::Request &r, const QString &path, const QString &op);
    void makeParents(const QString &path);
    std::unique_ptr<TestHttpServer> m_http;
    std::function<bool(const QByteArray &)> m_accept;
    QMap<QString, QByteArray> m_files;
    QSet<QString> m_dirs;
};
