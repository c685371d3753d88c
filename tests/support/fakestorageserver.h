#pragma once

#include <functional>

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

// A test server for the storage protocols the local emulator lacks: Azure Files and the ADLS
// Gen2 dfs endpoint, on 127.0.0.1, path-style (http://127.0.0.1:PORT/ACCOUNT/...). It checks
// what the service checks — a Shared Key signature recomputed from the raw request (wrong →
// 403 AuthenticationFailed with the service's error body), x-ms-version and x-ms-date — keeps
// an in-memory tree, pages listings (NextMarker / x-ms-continuation), and can inject faults:
// a connection reset mid-body, a status with Retry-After, a slow answer, a body that stalls
// halfway, a truncated body.
// Runs in the test's event loop.
class FakeStorageServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeStorageServer)

public:
    enum class Flavor { Files, Dfs };
    struct Fault
    {
        // Slow: the whole answer after delayMs. SlowBody: the headers and half the body at
        // once, the rest after delayMs.
        enum class Kind { Reset, Status, Slow, SlowBody, Truncate };
        Kind kind = Kind::Status;
        QByteArray method;       // empty: any
        QString queryContains;   // empty: any
        int status = 503;
        int retryAfterSeconds = -1;
        int delayMs = 0;
        int times = 1;           // how many matching requests it hits
        int every = 1;           // hit one in `every` matching requests
    };

    FakeStorageServer(Flavor flavor, QString account, QByteArray decodedKey, QObject *parent = nullptr);
    ~FakeStorageServer() override;

    bool start();
    QString endpoint() const; // http://127.0.0.1:PORT/ACCOUNT
    void createContainer(const QString &name);
    void putFile(const QString &container, const QString &path, const QByteArray &data);
    void putDirectory(const QString &container, const QString &path);
    bool hasFile(const QString &container, const QString &path) const;
    QByteArray file(const QString &container, const QString &path) const;
    bool exists(const QString &container, const QString &path) const;
    // Flips one stored byte and keeps the stored Content-MD5: the object is now corrupt.
    void corrupt(const QString &container, const QString &path, qint64 offset);
    // `then` runs each time the fault has been injected (e.g. to change the object meanwhile).
    void addFault(const Fault &fault, std::function<void()> then = {})
    {
        m_faults.append(fault);
        m_faultThens.append(std::move(then));
    }
    void clearFaults()
    {
        m_faults.clear();
        m_faultThens.clear();
    }
    int requests() const { return m_requests; }
    int connectionsAccepted() const { return m_connections; }
    int faultsInjected() const { return m_faultsInjected; }
    // The Range (or x-ms-range) header of every GET, in order; empty for a GET without one.
    QList<QByteArray> rangesAsked() const { return m_rangesAsked; }
    // How many requests of this method whose query contains `queryPart` have arrived.
    int requestsLike(const QByteArray &method, const QString &queryPart) const;
    // How many requests had arrived when the last SlowBody answer sent its second half.
    int requestsWhenSlowBodyEnded() const { return m_requestsWhenSlowBodyEnded; }
    int rejectedSignatures() const { return m_rejected; }
    // Also plays Microsoft Entra ID for one service principal: POST /{tenant}/oauth2/v2.0/token
    // (client credentials, scope https://storage.azure.com/.default) issues bearer tokens that
    // the storage side then accepts (REFERENCE.md 2.2, 8.4). Wrong secret: 401 invalid_client.
    void setServicePrincipal(const QString &tenant, const QString &clientId, const QString &secret);
    QString authority() const;
    // Also accepts the bearer tokens `trust` says another Entra ID issued for storage (the
    // trust between Entra ID and a storage account, played by the test).
    void trustTokens(std::function<bool(const QByteArray &token)> trust) { m_trust = std::move(trust); }
    int tokensIssued() const { return int(m_tokens.size()); }
    int bearerRequests() const { return m_bearerRequests; }
    // Files' Rename File and dfs's rename-mode Create that succeeded.
    int renames() const { return m_renames; }

private:
    struct Node
    {
        bool directory = false;
        QByteArray data;
        qint64 declaredLength = 0;
        QString contentType;
        QByteArray md5;
        QDateTime modified;
        quint64 version = 0; // the ETag: a new one for every change
    };
    struct Request
    {
        QByteArray method;
        QByteArray rawPath;   // as received, percent-encoded
        QByteArray rawQuery;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QString path() const;
        QString query(const QString &name) const;
        bool hasQuery(const QString &name) const;
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool head = false;
    };

    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void send(QTcpSocket *socket, const Response &response, const Fault *fault);
    QByteArray stringToSign(const Request &request) const;
    Response dispatch(const Request &request);
    Response filesRequest(const Request &r, const QString &container, const QString &path);
    Response dfsRequest(const Request &r, const QString &container, const QString &path);
    Response error(int status, const QString &code, const QString &message) const;
    Response tokenRequest(const Request &request);
    Response readObject(const Request &r, const Node &node) const;
    void touch(Node &node);

    Flavor m_flavor;
    QString m_account;
    QByteArray m_key;
    QTcpServer m_server;
    QMap<QString, QMap<QString, Node>> m_containers; // container -> path (dirs without '/') -> node
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<Fault> m_faults;
    QList<std::function<void()>> m_faultThens;
    QMap<int, int> m_faultSeen;
    int m_requests = 0;
    int m_renames = 0;
    int m_connections = 0;
    int m_faultsInjected = 0;
    QList<QByteArray> m_rangesAsked;
    QList<QPair<QByteArray, QString>> m_requestLog; // method, raw query
    int m_requestsWhenSlowBodyEnded = -1;
    int m_rejected = 0;
    int m_bearerRequests = 0;
    quint64 m_version = 0x8DC000000000000;
    QString m_tenant;
    QString m_clientId;
    QString m_clientSecret;
    QSet<QByteArray> m_tokens;
    std::function<bool(const QByteArray &)> m_trust;
};
