#include "support/fakedbfsserver.h"

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

QString normal(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

FakeDbfsServer::FakeDbfsServer(QObject *parent) : QObject(parent)
{
    m_http = std::make_unique<TestHttpServer>([this](const Request &r) { return handle(r); });
    m_dirs.insert(u"/"_s);
}

FakeDbfsServer::~FakeDbfsServer() = default;

bool FakeDbfsServer::start()
{
    return m_http->start();
}

void FakeDbfsServer::makeDir(const QString &path)
{
    for (QString p = normal(path); p != u"/"_s; p = parentOf(p))
        m_dirs.insert(p);
}

void FakeDbfsServer::putFile(const QString &path, const QByteArray &data)
{
    makeDir(parentOf(path));
    m_files.insert(path, data);
    m_modified.insert(path, QDateTime::currentDateTimeUtc());
}

QStringList FakeDbfsServer::paths() const
{
    QStringList out = m_files.keys();
    for (const QString &d : m_dirs)
        out << d + u'/';
    out.sort();
    return out;
}

FakeDbfsServer::Response FakeDbfsServer::error(int status, const char *code, const QString &message)
{
    return Response::json(status, QByteArray::fromStdString(json{{"error_code", code}, {"message", message.toStdString()}}.dump()));
}

QByteArray FakeDbfsServer::info(const QString &path) const
{
    const bool dir = m_dirs.contains(path);
    json j = {{"path", path.toStdString()}, {"is_dir", dir}, {"file_size", dir ? 0 : m_files.value(path).size()},
              {"modification_time", dir ? 0 : m_modified.value(path).toMSecsSinceEpoch()}};
    return QByteArray::fromStdString(j.dump());
}

FakeDbfsServer::Response FakeDbfsServer::handle(const Request &r)
{
    const QByteArray auth = r.headers.value("authorization");
    const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
    if (token.isEmpty() || (token != Token.toUtf8() && !(m_accept && m_accept(token))))
        return error(401, "UNAUTHENTICATED", u"Invalid access token."_s);
    const QString path = r.path();
    if (!path.startsWith(u"/api/2.0/dbfs/"_s))
        return error(404, "ENDPOINT_NOT_FOUND", u"No API found for '%1'"_s.arg(path));
    const QString op = path.mid(14);
    const json body = r.method == "POST" ? json::parse(r.body.toStdString(), nullptr, false) : json::object();
    if (r.method == "POST" && (body.is_discarded() || !body.is_object()))
        return error(400, "MALFORMED_REQUEST", u"Could not parse the request body as JSON."_s);
    const auto text = [&body](const char *name) {
        return body.contains(name) && body[name].is_string() ? QString::fromStdString(body[name].get<std::string>()) : QString();
    };
    const auto absoluteOk = [](const QString &p) { return p.startsWith(u'/'); };

    if (r.method == "GET" && (op == u"list"_s || op == u"get-status"_s)) {
        const QString p = normal(r.query(u"path"_s));
        if (!absoluteOk(p))
            return error(400, "INVALID_PARAMETER_VALUE", u"Path must be absolute: %1"_s.arg(p));
        if (!exists(p))
            return error(404, "RESOURCE_DOES_NOT_EXIST", u"No file or directory exists on path %1."_s.arg(p));
        if (op == u"get-status"_s)
            return Response::json(200, info(p));
        QByteArray files = "[";
        const auto add = [&](const QString &child) {
            if (files.size() > 1)
                files += ',';
            files += info(child);
        };
        if (m_files.contains(p)) {
            add(p);
        } else {
            const QString prefix = p == u"/"_s ? p : p + u'/';
            for (const QString &d : m_dirs)
                if (d != u"/"_s && d.startsWith(prefix) && !d.mid(prefix.size()).contains(u'/'))
                    add(d);
            for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
                if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(u'/'))
                    add(it.key());
        }
        files += ']';
        return Response::json(200, files == "[]" ? QByteArray("{}") : "{\"files\":" + files + '}'); // "files" absent when empty
    }
    if (r.method == "GET" && op == u"read"_s) {
        const QString p = normal(r.query(u"path"_s));
        const qint64 offset = r.query(u"offset"_s).toLongLong();
        const qint64 length = r.hasQuery(u"length"_s) ? r.query(u"length"_s).toLongLong() : 524288;
        if (length > 1048576)
            return error(400, "MAX_READ_SIZE_EXCEEDED", u"Cannot read more than 1MB"_s);
        if (!m_files.contains(p))
            return error(404, m_dirs.contains(p) ? "INVALID_PARAMETER_VALUE" : "RESOURCE_DOES_NOT_EXIST", u"No file at %1."_s.arg(p));
        const QByteArray chunk = m_files.value(p).mid(offset, length);
        return Response::json(200, QByteArray::fromStdString(json{{"bytes_read", chunk.size()}, {"data", chunk.toBase64().toStdString()}}.dump()));
    }
    if (r.method != "POST")
        return error(405, "METHOD_NOT_ALLOWED", u"%1 is not allowed here."_s.arg(QString::fromLatin1(r.method)));
    if (op == u"mkdirs"_s) {
        const QString p = normal(text("path"));
        if (m_files.contains(p))
            return error(400, "RESOURCE_ALREADY_EXISTS", u"A file exists at %1."_s.arg(p));
        makeDir(p);
        return Response::json(200, "{}");
    }
    if (op == u"delete"_s) {
        const QString p = normal(text("path"));
        const bool recursive = body.contains("recursive") && body["recursive"].is_boolean() && body["recursive"].get<bool>();
        if (m_files.remove(p) > 0)
            return Response::json(200, "{}");
        if (!m_dirs.contains(p))
            return Response::json(200, "{}"); // deleting what is not there succeeds
        const QString prefix = p + u'/';
        const bool empty = std::none_of(m_files.keyBegin(), m_files.keyEnd(), [&](const QString &f) { return f.startsWith(prefix); })
            && std::none_of(m_dirs.cbegin(), m_dirs.cend(), [&](const QString &d) { return d.startsWith(prefix); });
        if (!empty && !recursive)
            return error(400, "IO_ERROR", u"Directory %1 is not empty."_s.arg(p));
        for (auto it = m_files.begin(); it != m_files.end();)
            it = it.key().startsWith(prefix) ? m_files.erase(it) : std::next(it);
        for (auto it = m_dirs.begin(); it != m_dirs.end();)
            it = it->startsWith(prefix) ? m_dirs.erase(it) : std::next(it);
        m_dirs.remove(p);
        return Response::json(200, "{}");
    }
    if (op == u"create"_s) {
        const QString p = normal(text("path"));
        const bool overwrite = body.contains("overwrite") && body["overwrite"].is_boolean() && body["overwrite"].get<bool>();
        if (!absoluteOk(p))
            return error(400, "INVALID_PARAMETER_VALUE", u"Path must be absolute: %1"_s.arg(p));
        if (m_files.contains(p) && !overwrite)
            return error(400, "RESOURCE_ALREADY_EXISTS", u"A file or directory already exists at the input path %1."_s.arg(p));
        const qint64 handle = m_nextHandle++;
        m_handles.insert(handle, {p, {}});
        putFile(p, {}); // create makes the (empty) file at once, as DBFS does
        return Response::json(200, QByteArray::fromStdString(json{{"handle", handle}}.dump()));
    }
    if (op == u"add-block"_s || op == u"close"_s) {
        if (!body.contains("handle") || !body["handle"].is_number_integer() || !m_handles.contains(body["handle"].get<qint64>()))
            return error(400, "INVALID_PARAMETER_VALUE", u"No open stream with that handle."_s);
        const qint64 handle = body["handle"].get<qint64>();
        if (op == u"close"_s) {
            const Handle h = m_handles.take(handle);
            putFile(h.path, h.data);
            return Response::json(200, "{}");
        }
        const QByteArray data = QByteArray::fromBase64(text("data").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (data.size() > 1048576)
            return error(400, "MAX_BLOCK_SIZE_EXCEEDED", u"A block may hold at most 1MB."_s);
        m_handles[handle].data += data;
        return Response::json(200, "{}");
    }
    if (op == u"move"_s) {
        const QString from = normal(text("source_path"));
        const QString to = normal(text("destination_path"));
        if (!m_files.contains(from))
            return error(404, "RESOURCE_DOES_NOT_EXIST", u"No file at %1."_s.arg(from));
        if (exists(to))
            return error(400, "RESOURCE_ALREADY_EXISTS", u"A file or directory already exists at %1."_s.arg(to));
        putFile(to, m_files.take(from));
        return Response::json(200, "{}");
    }
    return error(404, "ENDPOINT_NOT_FOUND", u"No API found for '%1'"_s.arg(path));
}
