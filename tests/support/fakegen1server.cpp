#include "support/fakegen1server.h"

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

TestHttpServer::Response remote(int status, const char *exception, const QString &message)
{
    return TestHttpServer::Response::json(
        status, QByteArray::fromStdString(json{{"RemoteException", {{"exception", exception}, {"message", message.toStdString()},
                                                                    {"javaClassName", std::string("org.apache.hadoop.") + exception}}}}
                                              .dump()));
}

} // namespace

FakeGen1Server::FakeGen1Server(std::function<bool(const QByteArray &)> acceptToken, QObject *parent)
    : QObject(parent), m_accept(std::move(acceptToken))
{
    m_http = std::make_unique<TestHttpServer>([this](const TestHttpServer::Request &r) { return handle(r); });
    m_dirs.insert(u"/"_s);
}

FakeGen1Server::~FakeGen1Server() = default;

bool FakeGen1Server::start()
{
    return m_http->start();
}

void FakeGen1Server::putFile(const QString &path, const QByteArray &data)
{
    m_files.insert(path, data);
    makeParents(path);
}

void FakeGen1Server::makeParents(const QString &path)
{
    for (qsizetype slash = path.lastIndexOf(u'/'); slash > 0; slash = path.lastIndexOf(u'/', slash - 1))
        m_dirs.insert(path.left(slash));
}

TestHttpServer::Response FakeGen1Server::write(const TestHttpServer::Request &r, const QString &path, const QString &op)
{
    const auto boolean = [](bool value) { return TestHttpServer::Response::json(200, QByteArray::fromStdString(json{{"boolean", value}}.dump())); };
    const auto expect = [&r](const char *method) { return r.method == method; };
    if (op == u"CREATE"_s) {
        if (!expect("PUT") || r.query(u"write"_s) != u"true"_s)
            return remote(400, "IllegalArgumentException", u"CREATE is a PUT with write=true."_s);
        if (m_dirs.contains(path))
            return remote(400, "IllegalArgumentException", u"%1 is a directory."_s.arg(path));
        if (m_files.contains(path) && r.query(u"overwrite"_s) != u"true"_s)
            return remote(403, "FileAlreadyExistsException", u"%1 already exists."_s.arg(path));
        putFile(path, r.body);
        TestHttpServer::Response created;
        created.status = 201;
        return created;
    }
    if (op == u"APPEND"_s) {
        if (!expect("POST") || r.query(u"append"_s) != u"true"_s)
            return remote(400, "IllegalArgumentException", u"APPEND is a POST with append=true."_s);
        if (!m_files.contains(path))
            return remote(404, "FileNotFoundException", u"File/Folder does not exist: %1"_s.arg(path));
        if (r.hasQuery(u"offset"_s) && r.query(u"offset"_s).toLongLong() != m_files.value(path).size())
            return remote(400, "BadOffsetException", u"The offset %1 is not the end of the file (%2)."_s.arg(r.query(u"offset"_s)).arg(m_files.value(path).size()));
        m_files[path] += r.body;
        return boolean(true);
    }
    if (op == u"RENAME"_s) {
        QString to = r.query(u"destination"_s);
        if (!expect("PUT") || !to.startsWith(u'/'))
            return remote(400, "IllegalArgumentException", u"RENAME is a PUT with an absolute destination."_s);
        if (!m_files.contains(path))
            return remote(404, "FileNotFoundException", u"File/Folder does not exist: %1"_s.arg(path));
        if (m_dirs.contains(to) || (m_files.contains(to) && r.query(u"renameoptions"_s) != u"OVERWRITE"_s))
            return boolean(false);
        m_files.insert(to, m_files.take(path));
        makeParents(to);
        return boolean(true);
    }
    if (op == u"DELETE"_s) {
        if (!expect("DELETE"))
            return remote(400, "IllegalArgumentException", u"DELETE is a DELETE."_s);
        if (!exists(path))
            return boolean(false);
        if (m_files.remove(path))
            return boolean(true);
        const QString prefix = path + u'/';
        const bool hasChildren = std::any_of(m_files.keyBegin(), m_files.keyEnd(), [&](const QString &f) { return f.startsWith(prefix); })
            || std::any_of(m_dirs.cbegin(), m_dirs.cend(), [&](const QString &d) { return d.startsWith(prefix); });
        if (hasChildren && r.query(u"recursive"_s) != u"true"_s)
            return remote(403, "PathIsNotEmptyDirectoryException", u"%1 is not empty."_s.arg(path));
        m_files.removeIf([&](const auto &it) { return it.key().startsWith(prefix); });
        m_dirs.removeIf([&](const QString &d) { return d == path || d.startsWith(prefix); });
        return boolean(true);
    }
    // MKDIRS
    if (!expect("PUT"))
        return remote(400, "IllegalArgumentException", u"MKDIRS is a PUT."_s);
    if (m_files.contains(path))
        return remote(403, "FileAlreadyExistsException", u"%1 is a file."_s.arg(path));
    m_dirs.insert(path);
    makeParents(path);
    return boolean(true);
}

TestHttpServer::Response FakeGen1Server::handle(const TestHttpServer::Request &r)
{
    const QByteArray auth = r.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || !m_accept(auth.mid(7)))
        return remote(401, "AuthenticationFailedException", u"Token is not valid for this resource."_s);
    if (r.query(u"api-version"_s) != u"2018-09-01"_s)
        return remote(400, "IllegalArgumentException", u"Invalid or missing api-version."_s);
    QString path = r.path();
    if (!path.startsWith(u"/webhdfs/v1"_s))
        return remote(400, "IllegalArgumentException", u"Unsupported request."_s);
    path = path.mid(11);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = u"/"_s;
    const QString op = r.query(u"op"_s);
    if (QStringList{u"CREATE"_s, u"APPEND"_s, u"RENAME"_s, u"DELETE"_s, u"MKDIRS"_s}.contains(op))
        return write(r, path, op);
    if (r.method != "GET")
        return remote(400, "IllegalArgumentException", u"%1 is a GET."_s.arg(op));
    const auto status = [this](const QString &full, const QString &suffix) {
        const bool dir = m_dirs.contains(full);
        return json{{"pathSuffix", suffix.toStdString()}, {"type", dir ? "DIRECTORY" : "FILE"}, {"length", dir ? 0 : m_files.value(full).size()},
                    {"modificationTime", 1767000000000LL}, {"accessTime", 1767000000000LL}, {"blockSize", 268435456},
                    {"replication", 1}, {"permission", "770"}, {"owner", "00000000-0000-0000-0000-000000000001"},
                    {"group", "00000000-0000-0000-0000-000000000002"}, {"aclBit", false}};
    };
    if (!m_dirs.contains(path) && !m_files.contains(path))
        return remote(404, "FileNotFoundException", u"File/Folder does not exist: %1"_s.arg(path));
    if (op == u"GETFILESTATUS"_s)
        return TestHttpServer::Response::json(200, QByteArray::fromStdString(json{{"FileStatus", status(path, {})}}.dump()));
    if (op == u"LISTSTATUS"_s) {
        QStringList names;
        const QString prefix = path == u"/"_s ? path : path + u'/';
        for (const QString &d : m_dirs)
            if (d != u"/"_s && d.startsWith(prefix) && !d.mid(prefix.size()).contains(u'/'))
                names << d.mid(prefix.size());
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(u'/'))
                names << it.key().mid(prefix.size());
        names.sort();
        const QString after = r.query(u"listAfter"_s);
        const int size = r.hasQuery(u"listSize"_s) ? r.query(u"listSize"_s).toInt() : 4000;
        json list = json::array();
        QString last;
        int i = 0;
        for (; i < names.size() && int(list.size()) < size; ++i) {
            if (!after.isEmpty() && names.at(i) <= after)
                continue;
            list.push_back(status(prefix + names.at(i), names.at(i)));
            last = names.at(i);
        }
        const bool more = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return n > (last.isEmpty() ? after : last); });
        return TestHttpServer::Response::json(
            200, QByteArray::fromStdString(json{{"FileStatuses", {{"FileStatus", list}, {"continuationToken", more ? last.toStdString() : ""}}}}.dump()));
    }
    if (op == u"OPEN"_s) {
        if (!m_files.contains(path))
            return remote(400, "IllegalArgumentException", u"%1 is a directory."_s.arg(path));
        if (r.query(u"read"_s) != u"true"_s)
            return remote(400, "IllegalArgumentException", u"OPEN needs read=true."_s);
        const QByteArray data = m_files.value(path).mid(r.query(u"offset"_s).toLongLong(),
                                                          r.hasQuery(u"length"_s) ? r.query(u"length"_s).toLongLong() : -1);
        TestHttpServer::Response out;
        out.status = 200;
        out.headers = {{"Content-Type", "application/octet-stream"}};
        out.body = data;
        return out;
    }
    return remote(400, "IllegalArgumentException", u"Unknown op %1."_s.arg(op));
}
