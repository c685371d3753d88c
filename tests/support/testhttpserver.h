#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for the test servers that play a service (Entra ID,
// ARM, the Azure ML v1 service): it reads requests (keep-alive, Content-Length bodies), hands
// each to a handler and writes its answer, and injects faults on the way: a status with
// Retry-After, a connection dropped before the answer, a delayed answer, and a latency added
// to every answer (benchmarks). Runs in the test's event loop.
class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray rawPath;   // as received, percent-encoded
        QByteArray rawQuery;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QString path() const; // decoded
        QString query(const QString &name) const;
        bool hasQuery(const QString &name) const;
        // Every value of a repeated query parameter.
        QStringList queryAll(const QString &name) const;
        QMap<QString, QString> form() const; // an application/x-www-form-urlencoded body
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        static Response json(int status, const QByteArray &body);
    };
    struct Fault
    {
        enum class Kind { Status, Drop, Slow };
        Kind kind = Kind::Status;
        QByteArray method;      // empty: any
        QString pathContains;   // empty: any
        int status = 503;
        int retryAfterSeconds = -1;
        int delayMs = 0;
        int times = 1;
        QByteArray body;        // the Status answer's body (JSON)
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(Handler handler, QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QString base() const; // http://127.0.0.1:PORT
    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int requests() const { return m_requests; }
    int faultsInjected() const { return m_faultsInjected; }
    int connectionsAccepted() const { return m_connections; }
    // "METHOD /path?query" of every request, in order.
    QStringList log() const { return m_log; }
    int count(const QByteArray &method, const QString &pathContains) const;
    // The most requests to `path` (no query) that were in progress at once: received, and
    // not yet answered (latency and slow faults count as in progress).
    int maxConcurrent(const QString &path) const { return m_maxConcurrent.value(path); }

private:
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void write(QTcpSocket *socket, const Response &response);
    void answered(const QString &path);

    Handler m_handler;
    QTcpServer m_server;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<Fault> m_faults;
    QStringList m_log;
    QMap<QString, int> m_inProgress, m_maxConcurrent; // by path
    int m_latencyMs = 0;
    int m_requests = 0;
    int m_faultsInjected = 0;
    int m_connections = 0;
};
