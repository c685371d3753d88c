#include "testhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QList<QPair<QString, QString>> pairs(const QByteArray &raw, bool plusIsSpace)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &part : raw.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        if (plusIsSpace) {
            key.replace('+', ' ');
            value.replace('+', ' ');
        }
        out.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return out;
}

} // namespace

QString TestHttpServer::Request::path() const
{
    return QUrl::fromPercentEncoding(rawPath);
}

QString TestHttpServer::Request::query(const QString &name) const
{
    const QStringList all = queryAll(name);
    return all.isEmpty() ? QString() : all.first();
}

bool TestHttpServer::Request::hasQuery(const QString &name) const
{
    return !queryAll(name).isEmpty();
}

QStringList TestHttpServer::Request::queryAll(const QString &name) const
{
    QStringList out;
    for (const auto &[k, v] : pairs(rawQuery, false)) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            out.append(v);
    }
    return out;
}

QMap<QString, QString> TestHttpServer::Request::form() const
{
    QMap<QString, QString> out;
    for (const auto &[k, v] : pairs(body, true))
        out.insert(k, v);
    return out;
}

TestHttpServer::Response TestHttpServer::Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    r.body = body;
    return r;
}

TestHttpServer::TestHttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

TestHttpServer::~TestHttpServer()
{
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    m_server.close();
}

bool TestHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::base() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
}

int TestHttpServer::count(const QByteArray &method, const QString &pathContains) const
{
    int n = 0;
    for (const QString &line : m_log) {
        if ((method.isEmpty() || line.startsWith(QString::fromLatin1(method) + u' ')) && line.contains(pathContains))
            ++n;
    }
    return n;
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    QPointer<QTcpSocket> guard(socket);
    QByteArray buffer = m_buffers.take(socket) + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        r.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype q = target.indexOf('?');
        r.rawPath = q < 0 ? target : target.left(q);
        r.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            break;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, r);
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
    }
    if (guard && guard->state() == QAbstractSocket::ConnectedState)
        m_buffers.insert(socket, buffer);
}

void TestHttpServer::handle(QTcpSocket *socket, const Request &r)
{
    ++m_requests;
    const QString path = r.path();
    int &now = m_inProgress[path];
    ++now;
    m_maxConcurrent[path] = std::max(m_maxConcurrent.value(path), now);
    m_log.append(QString::fromLatin1(r.method) + u' ' + r.path() + (r.rawQuery.isEmpty() ? QString() : u'?' + QString::fromUtf8(r.rawQuery)));
    const Fault *fault = nullptr;
    for (Fault &f : m_faults) {
        if (f.times <= 0 || (!f.method.isEmpty() && f.method != r.method) || (!f.pathContains.isEmpty() && !r.path().contains(f.pathContains)))
            continue;
        --f.times;
        ++m_faultsInjected;
        fault = &f;
        break;
    }
    int delay = m_latencyMs;
    Response response;
    if (fault && fault->kind == Fault::Kind::Drop) {
        answered(path);
        socket->abort();
        return;
    }
    if (fault && fault->kind == Fault::Kind::Status) {
        response = Response::json(fault->status, fault->body.isEmpty()
                                                     ? QByteArray(R"({"error":{"code":"Injected","message":"An injected fault."}})")
                                                     : fault->body);
        if (fault->retryAfterSeconds >= 0)
            response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
    } else {
        response = m_handler(r);
        if (fault && fault->kind == Fault::Kind::Slow)
            delay += fault->delayMs;
    }
    if (delay <= 0) {
        answered(path);
        write(socket, response);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delay, this, [this, guard, response, path] {
        answered(path);
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(guard, response);
    });
}

void TestHttpServer::answered(const QString &path)
{
    --m_inProgress[path];
}

void TestHttpServer::write(QTcpSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto &[k, v] : response.headers)
        out += k + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nServer: dsstudio-test-server\r\n\r\n";
    socket->write(out + response.body);
}
