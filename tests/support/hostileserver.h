#pragma once

#include <functional>

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A test server that misbehaves the ways real networks, proxies and hostile services do, for
// the tests of every HTTP client (storage now, ARM and Databricks later). Each request is
// answered by a handler that returns a Reply: raw status line and headers, a body, and how the
// body goes out — all at once, endlessly (as fast as the client reads), dripping one byte per
// interval, or after a header block of a chosen size. Every answer closes the connection.
// It records each request and counts the bytes it sent, so a test can show what a client did
// not send (a credential to another host) and what it did not read (an endless body).
// Runs in the test's event loop.
class HostileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as received
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply
    {
        enum class Mode { Whole, Endless, Drip, Silent }; // Silent: never a byte back
        QByteArray statusLine = "HTTP/1.1 200 OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;          // Endless: repeated for ever; Drip: sent a byte at a time
        Mode mode = Mode::Whole;
        int dripMs = 1000;
        qint64 headerPadding = 0; // bytes of extra header lines before the blank line
        bool contentLength = true; // Whole and Drip: add Content-Length (of body, or declaredLength)
        qint64 declaredLength = -1; // Content-Length to claim instead of the body's
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit HostileServer(QHostAddress address = QHostAddress::LocalHost, QObject *parent = nullptr);
    ~HostileServer() override;

    bool start();
    QString origin() const; // http://ADDRESS:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }

    static Reply xml(const QByteArray &body, int status = 200);

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);
    void pumpEndless(QTcpSocket *socket, const QByteArray &chunk);

    QHostAddress m_address;
    QTcpServer m_server;
    Handler m_handler;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    qint64 m_bytesSent = 0;
};
