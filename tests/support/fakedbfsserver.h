#pragma once

#include <memory>

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>

#include "support/testhttpserver.h"

// Databricks' DBFS API 2.0 as REFERENCE.md 13 describes it, on loopback: list (a directory
// whole; a file path lists that file), get-status, read (base64, length at most 1 MiB, else
// MAX_READ_SIZE_EXCEEDED), mkdirs, delete (recursive or not), create / add-block (at most
// 1 MiB) / close, move (never onto an existing path). It checks the bearer token of every
// request (a personal access token, or whatever `acceptToken` accepts) and answers errors
// as {"error_code", "message"}. Faults and latency come from the TestHttpServer underneath.
class FakeDbfsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeDbfsServer)

public:
    static inline const QString Token = QStringLiteral("dapi0123456789abcdef0123456789abcdef");

    explicit FakeDbfsServer(QObject *parent = nullptr);
    ~FakeDbfsServer() override;
    bool start();
    QString base() const { return m_http->base(); }
    TestHttpServer *http() { return m_http.get(); }

    // Absolute DBFS paths ("/mnt/raw/a.csv"); parents are made as needed.
    void putFile(const QString &path, const QByteArray &data);
    void makeDir(const QString &path);
    bool exists(const QString &path) const { return m_files.contains(path) || m_dirs.contains(path); }
    QByteArray file(const QString &path) const { return m_files.value(path); }
    QStringList paths() const;
    void setAcceptToken(std::function<bool(const QByteArray &)> accept) { m_accept = std::move(accept); }
    int openHandles() const { return int(m_handles.size()); }

private:
    using Request = TestHttpServer::Request;
    using Response = TestHttpServer::Response;
    Response handle(const Request &r);
    static Response error(int status, const char *code, const QString &message);
    QByteArray info(const QString &path) const;

    std::unique_ptr<TestHttpServer> m_http;
    QMap<QString, QByteArray> m_files;
    QMap<QString, QDateTime> m_modified;
    QSet<QString> m_dirs;
    struct Handle
    {
        QString path;
        QByteArray data;
    };
    QMap<qint64, Handle> m_handles;
    qint64 m_nextHandle = 7001;
    std::function<bool(const QByteArray &)> m_accept;
};
