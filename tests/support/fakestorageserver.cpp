#include "support/fakestorageserver.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 206: return "Partial Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 416: return "Range Not Satisfiable";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// The immediate parent of a path ("a/b/c" -> "a/b", "c" -> "").
QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

QString FakeStorageServer::Request::path() const
{
    return QUrl::fromPercentEncoding(rawPath);
}

QString FakeStorageServer::Request::query(const QString &name) const
{
    for (const QByteArray &part : rawQuery.split('&')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        if (QUrl::fromPercentEncoding(key).compare(name, Qt::CaseInsensitive) == 0)
            return eq < 0 ? QString() : QUrl::fromPercentEncoding(part.mid(eq + 1));
    }
    return {};
}

bool FakeStorageServer::Request::hasQuery(const QString &name) const
{
    for (const QByteArray &part : rawQuery.split('&')) {
        const QByteArray key = part.left(part.indexOf('=') < 0 ? part.size() : part.indexOf('='));
        if (QUrl::fromPercentEncoding(key).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeStorageServer::FakeStorageServer(Flavor flavor, QString account, QByteArray decodedKey, QObject *parent)
    : QObject(parent), m_flavor(flavor), m_account(std::move(account)), m_key(std::move(decodedKey))
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

FakeStorageServer::~FakeStorageServer()
{
    // The accepted sockets are children of m_server, which outlives m_buffers during member
    // destruction; a socket dying then would emit disconnected() into a destroyed hash.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    m_server.close();
}

bool FakeStorageServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeStorageServer::endpoint() const
{
    return u"http://127.0.0.1:%1/%2"_s.arg(m_server.serverPort()).arg(m_account);
}

void FakeStorageServer::createContainer(const QString &name)
{
    m_containers[name];
}

void FakeStorageServer::putDirectory(const QString &container, const QString &path)
{
    QString p = path;
    while (p.endsWith(u'/'))
        p.chop(1);
    Node n;
    n.directory = true;
    touch(n);
    m_containers[container].insert(p, n);
}

void FakeStorageServer::putFile(const QString &container, const QString &path, const QByteArray &data)
{
    QString parent = parentOf(path);
    while (!parent.isEmpty()) {
        if (!m_containers[container].contains(parent))
            putDirectory(container, parent);
        parent = parentOf(parent);
    }
    Node n;
    n.data = data;
    n.declaredLength = data.size();
    touch(n);
    n.contentType = u"application/octet-stream"_s;
    m_containers[container].insert(path, n);
}

bool FakeStorageServer::hasFile(const QString &container, const QString &path) const
{
    return m_containers.value(container).contains(path) && !m_containers.value(container).value(path).directory;
}

QByteArray FakeStorageServer::file(const QString &container, const QString &path) const
{
    return m_containers.value(container).value(path).data;
}

bool FakeStorageServer::exists(const QString &container, const QString &path) const
{
    return m_containers.value(container).contains(path);
}

void FakeStorageServer::corrupt(const QString &container, const QString &path, qint64 offset)
{
    QByteArray &data = m_containers[container][path].data;
    data[offset] = char(data.at(offset) ^ 0x01);
}

void FakeStorageServer::onReadyRead(QTcpSocket *socket)
{
    // Work on a copy: handling a request may abort the socket, whose (synchronous)
    // disconnected signal drops its buffer from the map.
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
            break; // wait for the rest of the body
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, r);
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
    }
    if (guard && guard->state() == QAbstractSocket::ConnectedState)
        m_buffers.insert(socket, buffer);
}

QByteArray FakeStorageServer::stringToSign(const Request &r) const
{
    // Recomputed from the request as received (REFERENCE.md 8.2), independently of the client.
    QByteArray sts = r.method + '\n';
    QByteArray length = r.headers.value("content-length");
    if (length == "0")
        length.clear();
    for (const QByteArray &h : {QByteArray("content-encoding"), QByteArray("content-language"), QByteArray("content-length"),
                                QByteArray("content-md5"), QByteArray("content-type"), QByteArray("date"), QByteArray("if-modified-since"),
                                QByteArray("if-match"), QByteArray("if-none-match"), QByteArray("if-unmodified-since"), QByteArray("range")})
        sts += (h == "content-length" ? length : r.headers.value(h)) + '\n';
    for (auto it = r.headers.begin(); it != r.headers.end(); ++it) { // QMap: sorted by lower-case name
        if (it.key().startsWith("x-ms-"))
            sts += it.key() + ':' + it.value().simplified() + '\n';
    }
    sts += '/' + m_account.toUtf8() + r.rawPath;
    QMap<QString, QStringList> params;
    for (const QByteArray &part : r.rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        params[QUrl::fromPercentEncoding(eq < 0 ? part : part.left(eq)).toLower()].append(
            eq < 0 ? QString() : QUrl::fromPercentEncoding(part.mid(eq + 1)));
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        QStringList v = it.value();
        v.sort();
        sts += '\n' + it.key().toUtf8() + ':' + v.join(u',').toUtf8();
    }
    return sts;
}

int FakeStorageServer::requestsLike(const QByteArray &method, const QString &queryPart) const
{
    return int(std::count_if(m_requestLog.cbegin(), m_requestLog.cend(),
                             [&](const auto &logged) { return logged.first == method && logged.second.contains(queryPart); }));
}

void FakeStorageServer::handle(QTcpSocket *socket, const Request &r)
{
    ++m_requests;
    m_requestLog.append({r.method, QString::fromUtf8(r.rawQuery)});
    if (r.method == "GET")
        m_rangesAsked.append(r.headers.contains("x-ms-range") ? r.headers.value("x-ms-range") : r.headers.value("range"));
    const Fault *fault = nullptr;
    std::function<void()> then;
    for (int i = 0; i < m_faults.size(); ++i) {
        const Fault &f = m_faults.at(i);
        if (f.times <= 0 || (!f.method.isEmpty() && f.method != r.method)
            || (!f.queryContains.isEmpty() && !QString::fromUtf8(r.rawQuery).contains(f.queryContains)))
            continue;
        if (m_faultSeen[i]++ % f.every != 0)
            continue;
        --m_faults[i].times;
        ++m_faultsInjected;
        fault = &m_faults.at(i);
        then = m_faultThens.at(i);
        break;
    }
    if (fault && fault->kind == Fault::Kind::Status) {
        Response resp = error(fault->status, fault->status == 503 ? u"ServerBusy"_s : u"InternalError"_s,
                              u"Injected fault."_s);
        if (fault->retryAfterSeconds >= 0)
            resp.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
        send(socket, resp, nullptr);
        if (then)
            then();
        return;
    }
    Response resp = dispatch(r);
    resp.head = r.method == "HEAD";
    if (qEnvironmentVariableIsSet("FAKE_STORAGE_TRACE"))
        qInfo("%s %s?%s -> %d (%lld body bytes)", r.method.constData(), r.rawPath.constData(), r.rawQuery.constData(), resp.status,
              qlonglong(r.body.size()));
    if (fault && fault->kind == Fault::Kind::Slow) {
        const Fault copy = *fault;
        QTimer::singleShot(copy.delayMs, socket, [this, socket, resp, copy] { send(socket, resp, nullptr); });
        if (then)
            then(); // while the answer is held back
        return;
    }
    send(socket, resp, fault);
    if (then)
        then();
}

void FakeStorageServer::send(QTcpSocket *socket, const Response &resp, const Fault *fault)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reason(resp.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[k, v] : resp.headers) {
        out += k + ": " + v + "\r\n";
        hasLength = hasLength || k.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
    out += "x-ms-version: 2023-11-03\r\nServer: dsstudio-test-server\r\n\r\n";
    const QByteArray body = resp.head ? QByteArray() : resp.body;
    if (fault && (fault->kind == Fault::Kind::Reset || fault->kind == Fault::Kind::Truncate)) {
        socket->write(out + body.left(body.size() / 2));
        socket->flush();
        if (fault->kind == Fault::Kind::Reset)
            socket->abort();
        else
            socket->disconnectFromHost();
        return;
    }
    if (fault && fault->kind == Fault::Kind::SlowBody) {
        socket->write(out + body.left(body.size() / 2));
        QTimer::singleShot(fault->delayMs, socket, [this, socket, rest = body.mid(body.size() / 2)] {
            m_requestsWhenSlowBodyEnded = m_requests;
            socket->write(rest);
        });
        return;
    }
    socket->write(out + body);
}

FakeStorageServer::Response FakeStorageServer::error(int status, const QString &code, const QString &message) const
{
    Response resp;
    resp.status = status;
    resp.headers.append({"x-ms-error-code", code.toUtf8()});
    if (m_flavor == Flavor::Dfs) {
        resp.headers.append({QByteArray("Content-Type"), QByteArray("application/json;charset=utf-8")});
        resp.body = QByteArray::fromStdString(
            nlohmann::json{{"error", {{"code", code.toStdString()}, {"message", QString(message + u"\nRequestId:test"_s).toStdString()}}}}.dump());
    } else {
        resp.headers.append({QByteArray("Content-Type"), QByteArray("application/xml")});
        resp.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + code.toUtf8() + "</Code><Message>"
            + message.toHtmlEscaped().toUtf8() + "\nRequestId:test\nTime:" + httpDate(QDateTime::currentDateTimeUtc()) + "</Message></Error>";
    }
    return resp;
}

void FakeStorageServer::setServicePrincipal(const QString &tenant, const QString &clientId, const QString &secret)
{
    m_tenant = tenant;
    m_clientId = clientId;
    m_clientSecret = secret;
}

QString FakeStorageServer::authority() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
}

FakeStorageServer::Response FakeStorageServer::tokenRequest(const Request &r)
{
    const auto fail = [](int status, const char *code, const QString &description) {
        Response resp;
        resp.status = status;
        resp.headers.append({QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")});
        resp.body = QByteArray::fromStdString(nlohmann::json{{"error", code},
                                                             {"error_description", description.toStdString()},
                                                             {"error_codes", {description.mid(5, 6).toInt()}},
                                                             {"trace_id", "00000000-0000-0000-0000-000000000001"}}
                                                  .dump());
        return resp;
    };
    const QString tenant = r.path().section(u'/', 1, 1);
    if (r.method != "POST")
        return fail(405, "invalid_request", u"AADSTS900561: The endpoint only accepts POST requests."_s);
    if (!r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return fail(400, "invalid_request", u"AADSTS900144: The request body must contain the following parameter: 'grant_type'."_s);
    QMap<QString, QString> form;
    for (const QByteArray &part : r.body.split('&')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            form.insert(QUrl::fromPercentEncoding(part.left(eq)), QUrl::fromPercentEncoding(QByteArray(part.mid(eq + 1)).replace('+', ' ')));
    }
    if (tenant != m_tenant)
        return fail(400, "invalid_request", u"AADSTS90002: Tenant '%1' not found."_s.arg(tenant));
    if (form.value(u"grant_type"_s) != u"client_credentials"_s)
        return fail(400, "unsupported_grant_type", u"AADSTS70003: The app requested an unsupported grant type."_s);
    if (form.value(u"scope"_s) != u"https://storage.azure.com/.default"_s)
        return fail(400, "invalid_scope", u"AADSTS70011: The provided value for the input parameter 'scope' is not valid."_s);
    if (form.value(u"client_id"_s) != m_clientId)
        return fail(400, "unauthorized_client", u"AADSTS700016: Application with identifier '%1' was not found."_s.arg(form.value(u"client_id"_s)));
    if (form.value(u"client_secret"_s) != m_clientSecret)
        return fail(401, "invalid_client", u"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value."_s);
    const QByteArray token = "eyJ0eXAiOiJKV1QifQ.test-token-" + QByteArray::number(m_tokens.size() + 1);
    m_tokens.insert(token);
    Response resp;
    resp.status = 200;
    resp.headers.append({QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")});
    resp.body = QByteArray::fromStdString(
        nlohmann::json{{"token_type", "Bearer"}, {"expires_in", 3599}, {"ext_expires_in", 3599}, {"access_token", token.toStdString()}}.dump());
    return resp;
}

FakeStorageServer::Response FakeStorageServer::dispatch(const Request &r)
{
    if (!m_tenant.isEmpty() && r.path().endsWith(u"/oauth2/v2.0/token"_s))
        return tokenRequest(r);
    // Authentication as the service does it: a version, a fresh date, a valid signature.
    if (r.headers.value("x-ms-version").isEmpty())
        return error(400, u"MissingRequiredHeader"_s, u"An HTTP header that's mandatory for this request is not specified."_s);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(r.headers.value("x-ms-date")), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    if (!date.isValid() || std::abs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
        return error(403, u"AuthenticationFailed"_s, u"Request date header too old or invalid."_s);
    const QByteArray auth = r.headers.value("authorization");
    const QByteArray prefix = "SharedKey " + m_account.toUtf8() + ':';
    if (auth.startsWith("Bearer ")) {
        ++m_bearerRequests;
        if (r.headers.value("x-ms-version") < "2017-11-09")
            return error(400, u"InvalidHeaderValue"_s, u"OAuth needs x-ms-version 2017-11-09 or later."_s);
        if (!m_tokens.contains(auth.mid(7)) && !(m_trust && m_trust(auth.mid(7)))) {
            ++m_rejected;
            return error(401, u"InvalidAuthenticationInfo"_s, u"Server failed to authenticate the request. Please refer to the information in the www-authenticate header."_s);
        }
    } else if (!auth.startsWith(prefix)) {
        ++m_rejected;
        return error(403, u"NoAuthenticationInformation"_s, u"Server failed to authenticate the request."_s);
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(stringToSign(r), m_key, QCryptographicHash::Sha256).toBase64();
    if (!auth.startsWith("Bearer ") && auth.mid(prefix.size()) != expected) {
        ++m_rejected;
        return error(403, u"AuthenticationFailed"_s,
                     u"Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature."_s);
    }
    // Path-style: /ACCOUNT/CONTAINER[/PATH]
    const QString full = r.path();
    const QString accountPrefix = u'/' + m_account;
    if (!full.startsWith(accountPrefix))
        return error(400, u"InvalidUri"_s, u"The requested URI does not represent any resource on the server."_s);
    const QString rest = full.mid(accountPrefix.size() + 1);
    const qsizetype slash = rest.indexOf(u'/');
    const QString container = slash < 0 ? rest : rest.left(slash);
    QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    while (path.endsWith(u'/')) // both services treat "dir/" as "dir"
        path.chop(1);
    return m_flavor == Flavor::Files ? filesRequest(r, container, path) : dfsRequest(r, container, path);
}

void FakeStorageServer::touch(Node &node)
{
    node.modified = QDateTime::currentDateTimeUtc();
    node.version = ++m_version;
}

FakeStorageServer::Response FakeStorageServer::readObject(const Request &r, const Node &node) const
{
    const QByteArray etag = "\"0x" + QByteArray::number(node.version, 16).toUpper() + '"';
    // dfs honours If-Match on reads (412 before any byte); Azure Files' Get File takes no
    // conditional headers, so there it is ignored as the service ignores it.
    if (m_flavor == Flavor::Dfs && r.headers.contains("if-match") && r.headers.value("if-match") != etag
        && r.headers.value("if-match") != "*")
        return error(412, u"ConditionNotMet"_s, u"The condition specified using HTTP conditional header(s) is not met."_s);
    Response resp;
    resp.status = 200;
    QByteArray body = node.data;
    const QByteArray range = r.headers.contains("x-ms-range") ? r.headers.value("x-ms-range") : r.headers.value("range");
    if (range.startsWith("bytes=") && r.method == "GET") {
        const QList<QByteArray> parts = range.mid(6).split('-');
        const qint64 start = parts.value(0).toLongLong();
        const qint64 end = parts.value(1).isEmpty() ? node.data.size() - 1 : std::min<qint64>(parts.value(1).toLongLong(), node.data.size() - 1);
        if (start >= node.data.size() && node.data.size() > 0)
            return error(416, u"InvalidRange"_s, u"The range specified is invalid for the current size of the resource."_s);
        body = node.data.mid(start, end - start + 1);
        resp.status = 206;
        resp.headers.append({"Content-Range", "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/'
                                                  + QByteArray::number(node.data.size())});
    } else if (!node.md5.isEmpty()) {
        resp.headers.append({"Content-MD5", node.md5.toBase64()});
    }
    resp.headers.append({"Content-Type", node.contentType.toUtf8()});
    resp.headers.append({"Last-Modified", httpDate(node.modified)});
    resp.headers.append({"ETag", etag});
    if (m_flavor == Flavor::Files)
        resp.headers.append({QByteArray("x-ms-type"), QByteArray("File")});
    else
        resp.headers.append({QByteArray("x-ms-resource-type"), QByteArray("file")});
    if (r.method == "HEAD")
        resp.headers.append({"Content-Length", QByteArray::number(node.data.size())});
    resp.body = body;
    return resp;
}

FakeStorageServer::Response FakeStorageServer::filesRequest(const Request &r, const QString &share, const QString &path)
{
    const bool exists = m_containers.contains(share);
    const QString restype = r.query(u"restype"_s);
    const QString comp = r.query(u"comp"_s);
    Response ok;
    if (restype == u"share"_s && path.isEmpty()) {
        if (r.method == "PUT") {
            if (exists)
                return error(409, u"ShareAlreadyExists"_s, u"The specified share already exists."_s);
            m_containers[share];
            ok.status = 201;
            return ok;
        }
        if (!exists)
            return error(404, u"ShareNotFound"_s, u"The specified share does not exist."_s);
        return ok;
    }
    if (!exists)
        return error(404, u"ShareNotFound"_s, u"The specified share does not exist."_s);
    QMap<QString, Node> &tree = m_containers[share];
    if (restype == u"directory"_s && comp == u"list"_s && r.method == "GET") {
        if (!path.isEmpty() && !(tree.contains(path) && tree.value(path).directory))
            return error(404, u"ResourceNotFound"_s, u"The specified resource does not exist."_s);
        QList<QPair<QString, const Node *>> children;
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            if (parentOf(it.key()) == path && it.key() != path)
                children.append({it.key().mid(path.isEmpty() ? 0 : path.size() + 1), &it.value()});
        }
        std::sort(children.begin(), children.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const QString marker = r.query(u"marker"_s);
        const int max = r.hasQuery(u"maxresults"_s) ? r.query(u"maxresults"_s).toInt() : 5000;
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.writeStartDocument();
        w.writeStartElement(u"EnumerationResults"_s);
        w.writeAttribute(u"ServiceEndpoint"_s, endpoint() + u'/');
        w.writeAttribute(u"ShareName"_s, share);
        w.writeAttribute(u"DirectoryPath"_s, path);
        w.writeTextElement(u"Marker"_s, marker);
        w.writeTextElement(u"MaxResults"_s, QString::number(max));
        w.writeStartElement(u"Entries"_s);
        int written = 0;
        QString next;
        for (const auto &[name, node] : children) {
            if (!marker.isEmpty() && name < marker)
                continue;
            if (written == max) {
                next = name;
                break;
            }
            w.writeStartElement(node->directory ? u"Directory"_s : u"File"_s);
            w.writeTextElement(u"Name"_s, name);
            w.writeStartElement(u"Properties"_s);
            if (!node->directory)
                w.writeTextElement(u"Content-Length"_s, QString::number(node->data.size()));
            w.writeTextElement(u"Last-Modified"_s, QString::fromLatin1(httpDate(node->modified)));
            w.writeEndElement();
            w.writeEndElement();
            ++written;
        }
        w.writeEndElement();
        w.writeTextElement(u"NextMarker"_s, next);
        w.writeEndElement();
        w.writeEndDocument();
        ok.headers.append({QByteArray("Content-Type"), QByteArray("application/xml")});
        ok.body = xml;
        return ok;
    }
    if (restype == u"directory"_s) {
        if (r.method == "PUT") {
            if (tree.contains(path))
                return error(409, u"ResourceAlreadyExists"_s, u"The specified resource already exists."_s);
            if (!parentOf(path).isEmpty() && !tree.contains(parentOf(path)))
                return error(404, u"ParentNotFound"_s, u"The specified parent path does not exist."_s);
            putDirectory(share, path);
            ok.status = 201;
            return ok;
        }
        if (r.method == "DELETE") {
            if (!tree.contains(path))
                return error(404, u"ResourceNotFound"_s, u"The specified resource does not exist."_s);
            for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                if (it.key().startsWith(path + u'/'))
                    return error(409, u"DirectoryNotEmpty"_s, u"The specified directory is not empty."_s);
            }
            tree.remove(path);
            ok.status = 202;
            return ok;
        }
    }
    if (r.method == "PUT" && comp == u"rename"_s) { // Rename File (2021-04-10+), onto `path`
        if (r.headers.value("x-ms-version") < "2021-04-10")
            return error(400, u"InvalidHeaderValue"_s, u"Rename File needs x-ms-version 2021-04-10 or later."_s);
        // The source is the URL of a file in the same share (its query, a SAS, aside).
        const QUrl sourceUrl = QUrl::fromEncoded(r.headers.value("x-ms-file-rename-source"), QUrl::StrictMode);
        const QString sharePrefix = u'/' + m_account + u'/' + share + u'/';
        const QString sourcePath = sourceUrl.path(QUrl::FullyDecoded);
        if (!sourceUrl.isValid() || sourceUrl.host().isEmpty() || !sourcePath.startsWith(sharePrefix))
            return error(400, u"InvalidHeaderValue"_s, u"The value for x-ms-file-rename-source is not a file URL in this share."_s);
        const QString from = sourcePath.mid(sharePrefix.size());
        if (!tree.contains(from) || tree.value(from).directory)
            return error(404, u"ResourceNotFound"_s, u"The specified resource does not exist."_s);
        if (!parentOf(path).isEmpty() && !tree.contains(parentOf(path)))
            return error(404, u"ParentNotFound"_s, u"The specified parent path does not exist."_s);
        if (tree.contains(path)) {
            if (tree.value(path).directory || r.headers.value("x-ms-file-rename-replace-if-exists") != "true")
                return error(409, u"ResourceAlreadyExists"_s, u"The specified resource already exists."_s);
        }
        Node moved = tree.take(from);
        touch(moved);
        tree.insert(path, moved);
        ++m_renames;
        return ok;
    }
    if (r.method == "PUT" && comp.isEmpty()) { // Create File
        if (r.headers.value("x-ms-type") != "file")
            return error(400, u"MissingRequiredHeader"_s, u"x-ms-type is required."_s);
        if (!parentOf(path).isEmpty() && !tree.contains(parentOf(path)))
            return error(404, u"ParentNotFound"_s, u"The specified parent path does not exist."_s);
        Node n;
        n.declaredLength = r.headers.value("x-ms-content-length").toLongLong();
        n.data = QByteArray(n.declaredLength, '\0');
        n.contentType = QString::fromUtf8(r.headers.value("x-ms-content-type"));
        touch(n);
        tree.insert(path, n);
        ok.status = 201;
        return ok;
    }
    if (!tree.contains(path) || tree.value(path).directory)
        return error(404, u"ResourceNotFound"_s, u"The specified resource does not exist."_s);
    Node &node = tree[path];
    if (r.method == "PUT" && comp == u"range"_s) {
        const QByteArray range = r.headers.value("x-ms-range").mid(6);
        const qint64 start = range.split('-').value(0).toLongLong();
        const qint64 end = range.split('-').value(1).toLongLong();
        if (r.body.size() != end - start + 1 || end >= node.data.size() || r.body.size() > 4 * 1024 * 1024)
            return error(416, u"InvalidRange"_s, u"The range specified is invalid for the current size of the resource."_s);
        node.data.replace(start, r.body.size(), r.body);
        touch(node);
        ok.status = 201;
        return ok;
    }
    if (r.method == "PUT" && comp == u"properties"_s) {
        node.md5 = QByteArray::fromBase64(r.headers.value("x-ms-content-md5"));
        node.contentType = QString::fromUtf8(r.headers.value("x-ms-content-type"));
        return ok;
    }
    if (r.method == "DELETE") {
        tree.remove(path);
        ok.status = 202;
        return ok;
    }
    if (r.method == "GET" || r.method == "HEAD")
        return readObject(r, node);
    return error(400, u"UnsupportedHttpVerb"_s, u"The resource doesn't support the specified HTTP verb."_s);
}

FakeStorageServer::Response FakeStorageServer::dfsRequest(const Request &r, const QString &fs, const QString &path)
{
    const bool exists = m_containers.contains(fs);
    const QString resource = r.query(u"resource"_s);
    Response ok;
    if (resource == u"filesystem"_s && path.isEmpty()) {
        if (r.method == "PUT") {
            if (exists)
                return error(409, u"FilesystemAlreadyExists"_s, u"The specified filesystem already exists."_s);
            m_containers[fs];
            ok.status = 201;
            return ok;
        }
        if (!exists)
            return error(404, u"FilesystemNotFound"_s, u"The specified filesystem does not exist."_s);
        if (r.method == "HEAD")
            return ok;
        if (!r.hasQuery(u"recursive"_s))
            return error(400, u"InvalidQueryParameterValue"_s, u"Value for one of the query parameters specified in the request URI is invalid."_s);
        const bool recursive = r.query(u"recursive"_s) == u"true"_s;
        const QString dir = r.query(u"directory"_s);
        const QMap<QString, Node> &tree = m_containers[fs];
        if (!dir.isEmpty() && !(tree.contains(dir) && tree.value(dir).directory))
            return error(404, u"PathNotFound"_s, u"The specified path does not exist."_s);
        QStringList names;
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            const bool under = dir.isEmpty() || it.key().startsWith(dir + u'/');
            if (under && (recursive || parentOf(it.key()) == dir))
                names.append(it.key());
        }
        names.sort();
        const int max = r.hasQuery(u"maxResults"_s) ? r.query(u"maxResults"_s).toInt() : 5000;
        const QString token = r.query(u"continuation"_s);
        const qsizetype start = token.isEmpty() ? 0 : QByteArray::fromBase64(token.toLatin1()).toLongLong();
        nlohmann::json paths = nlohmann::json::array();
        for (qsizetype i = start; i < names.size() && i < start + max; ++i) {
            const Node &n = tree.value(names.at(i));
            nlohmann::json p = {{"name", names.at(i).toStdString()}, {"lastModified", httpDate(n.modified).toStdString()},
                                {"etag", "0x" + QByteArray::number(n.version, 16).toUpper().toStdString()}, {"owner", "$superuser"}, {"group", "$superuser"},
                                {"contentLength", std::to_string(n.directory ? 0 : n.data.size())}};
            if (n.directory)
                p["isDirectory"] = "true";
            paths.push_back(p);
        }
        if (start + max < names.size())
            ok.headers.append({"x-ms-continuation", QByteArray::number(start + max).toBase64()});
        ok.headers.append({QByteArray("Content-Type"), QByteArray("application/json;charset=utf-8")});
        ok.body = QByteArray::fromStdString(nlohmann::json{{"paths", paths}}.dump());
        return ok;
    }
    if (!exists)
        return error(404, u"FilesystemNotFound"_s, u"The specified filesystem does not exist."_s);
    QMap<QString, Node> &tree = m_containers[fs];
    if (r.method == "PUT" && (resource == u"directory"_s || resource == u"file"_s)) {
        QString parent = parentOf(path);
        while (!parent.isEmpty()) { // dfs creates missing parents
            if (!tree.contains(parent))
                putDirectory(fs, parent);
            parent = parentOf(parent);
        }
        if (resource == u"directory"_s) {
            putDirectory(fs, path);
        } else {
            Node n;
            n.contentType = QString::fromUtf8(r.headers.value("x-ms-content-type"));
            touch(n);
            tree.insert(path, n);
        }
        ok.status = 201;
        return ok;
    }
    if (r.method == "PUT" && resource.isEmpty() && r.headers.contains("x-ms-rename-source")) { // Create, rename mode
        // The source is /{filesystem}/{path}, percent-encoded, optionally with a SAS query.
        const QByteArray raw = r.headers.value("x-ms-rename-source");
        const QString source = QUrl::fromPercentEncoding(raw.left(raw.indexOf('?') < 0 ? raw.size() : raw.indexOf('?')));
        const QString fsPrefix = u'/' + fs + u'/';
        if (!source.startsWith(fsPrefix))
            return error(400, u"InvalidSourceUri"_s, u"The source URI is invalid."_s);
        const QString from = source.mid(fsPrefix.size());
        if (!tree.contains(from))
            return error(404, u"SourcePathNotFound"_s, u"The source path for a rename operation does not exist."_s);
        if (tree.contains(path) && r.headers.value("if-none-match") == "*")
            return error(409, u"PathAlreadyExists"_s, u"The specified path already exists."_s);
        if (tree.contains(path) && tree.value(path).directory != tree.value(from).directory)
            return error(409, u"InvalidDestinationPath"_s, u"The specified path, or an element of the path, exists and its resource type is invalid for this operation."_s);
        if (!parentOf(path).isEmpty() && !tree.contains(parentOf(path)))
            return error(404, u"RenameDestinationParentPathNotFound"_s, u"The parent directory of the destination path does not exist."_s);
        Node moved = tree.take(from);
        touch(moved);
        tree.insert(path, moved);
        ++m_renames;
        ok.status = 201;
        return ok;
    }
    if (!tree.contains(path))
        return error(404, u"PathNotFound"_s, u"The specified path does not exist."_s);
    Node &node = tree[path];
    const QString action = r.query(u"action"_s);
    if (r.method == "PATCH" && action == u"append"_s) {
        const qint64 position = r.query(u"position"_s).toLongLong();
        if (position > node.data.size() + (1LL << 34))
            return error(400, u"InvalidFlushPosition"_s, u"Invalid position."_s);
        if (node.data.size() < position + r.body.size())
            node.data.resize(position + r.body.size());
        node.data.replace(position, r.body.size(), r.body);
        ok.status = 202;
        return ok;
    }
    if (r.method == "PATCH" && action == u"flush"_s) {
        const qint64 position = r.query(u"position"_s).toLongLong();
        if (position != node.data.size())
            return error(400, u"InvalidFlushPosition"_s, u"The uploaded data is not contiguous or the position query parameter value is not equal to the length of the file after appending the uploaded data."_s);
        node.md5 = QByteArray::fromBase64(r.headers.value("x-ms-content-md5"));
        if (!r.headers.value("x-ms-content-type").isEmpty())
            node.contentType = QString::fromUtf8(r.headers.value("x-ms-content-type"));
        touch(node);
        return ok;
    }
    if (r.method == "DELETE") {
        if (node.directory) {
            const bool recursive = r.query(u"recursive"_s) == u"true"_s;
            QStringList under;
            for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                if (it.key().startsWith(path + u'/'))
                    under.append(it.key());
            }
            if (!under.isEmpty() && !recursive)
                return error(409, u"DirectoryNotEmpty"_s, u"The recursive query parameter value must be true to delete a non-empty directory."_s);
            for (const QString &u : under)
                tree.remove(u);
        }
        tree.remove(path);
        return ok;
    }
    if (node.directory && (r.method == "HEAD" || r.method == "GET")) {
        ok.headers.append({QByteArray("x-ms-resource-type"), QByteArray("directory")});
        return ok;
    }
    if (r.method == "GET" || r.method == "HEAD")
        return readObject(r, node);
    return error(400, u"UnsupportedHttpVerb"_s, u"The resource doesn't support the specified HTTP verb."_s);
}
