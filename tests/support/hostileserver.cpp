#include "support/hostileserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

HostileServer::HostileServer(QHostAddress address, QObject *parent) : QObject(parent), m_address(std::move(address))
{
    m_handler = [](const Request &) { return Reply(); };
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

HostileServer::~HostileServer() = default;

bool HostileServer::start()
{
    return m_server.listen(m_address, 0);
}

QString HostileServer::origin() const
{
    return u"http://%1:%2"_s.arg(m_address.toString()).arg(m_server.serverPort());
}

HostileServer::Reply HostileServer::xml(const QByteArray &body, int status)
{
    Reply r;
    r.statusLine = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error");
    r.headers = {{"Content-Type", "application/xml"}};
    r.body = body;
    return r;
}

void HostileServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qint64 length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    request.body = buffer.mid(end + 4, length);
    buffer.clear();
    m_requests.append(request);
    answer(socket, m_handler(request));
}

void HostileServer::answer(QTcpSocket *socket, const Reply &reply)
{
    if (reply.mode == Reply::Mode::Silent)
        return;
    QByteArray head = reply.statusLine + "\r\n";
    for (const auto &[k, v] : reply.headers)
        head += k + ": " + v + "\r\n";
    if (reply.mode != Reply::Mode::Endless && reply.contentLength)
        head += "Content-Length: " + QByteArray::number(reply.declaredLength >= 0 ? reply.declaredLength : reply.body.size()) + "\r\n";
    head += "Connection: close\r\n";
    for (qint64 padded = 0; padded < reply.headerPadding; padded += 1000)
        head += "X-Padding-" + QByteArray::number(padded) + ": " + QByteArray(980, 'p') + "\r\n";
    head += "\r\n";
    m_bytesSent += socket->write(head);
    switch (reply.mode) {
    case Reply::Mode::Whole: {
        // Paced by the client's reading, so bytesSent() is what it took, not what was queued.
        auto offset = std::make_shared<qint64>(0);
        const auto pump = [this, socket, offset, body = reply.body] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024 && *offset < body.size()) {
                const QByteArray piece = body.mid(*offset, 64 * 1024);
                *offset += piece.size();
                m_bytesSent += socket->write(piece);
            }
            if (*offset >= body.size() && socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, this, pump);
        pump();
        break;
    }
    case Reply::Mode::Endless:
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, chunk = reply.body] { pumpEndless(socket, chunk); });
        pumpEndless(socket, reply.body);
        break;
    case Reply::Mode::Silent:
        break;
    case Reply::Mode::Drip: {
        auto *timer = new QTimer(socket);
        auto left = std::make_shared<QByteArray>(reply.body);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, left] {
            if (left->isEmpty()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            m_bytesSent += socket->write(left->left(1));
            left->remove(0, 1);
        });
        timer->start(reply.dripMs);
        break;
    }
    }
}

void HostileServer::pumpEndless(QTcpSocket *socket, const QByteArray &chunk)
{
    // Only as fast as the client reads: the kernel's buffers plus this much in Qt's.
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
        m_bytesSent += socket->write(chunk);
}
