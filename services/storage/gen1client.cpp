#include "services/storage/gen1client.h"

#include <nlohmann/json.hpp>

#include "services/auth/tokensource.h"
#include "services/core/jsonvalues.h"
#include "services/core/printable.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

StorageEntry entryOf(const json &status, const QString &directory)
{
    StorageEntry e;
    e.name = JsonValues::string(status, "pathSuffix");
    e.isDirectory = JsonValues::string(status, "type") == u"DIRECTORY"_s;
    e.kind = e.isDirectory ? EntryKind::Folder : EntryKind::File;
    e.path = directory + e.name + (e.isDirectory ? u"/"_s : QString());
    if (!e.isDirectory && status.contains("length") && status["length"].is_number_integer())
        e.size = status["length"].get<qint64>();
    if (status.contains("modificationTime") && status["modificationTime"].is_number_integer())
        e.lastModified = QDateTime::fromMSecsSinceEpoch(status["modificationTime"].get<qint64>(), Qt::UTC);
    return e;
}

} // namespace

Gen1Client::Gen1Client(HttpClient *http, QUrl base, TokenSource *tokens, QObject *parent)
    : StorageClient(parent), m_http(http), m_base(std::move(base)), m_tokens(tokens)
{
    QString p = m_base.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    m_base.setPath(p);
}

BrowseCapabilities Gen1Client::capabilities() const
{
    BrowseCapabilities c;
    c.parallelParts = false; // APPEND only at the file's end
    c.maxPartBytes = 4 * 1024 * 1024; // what one APPEND takes
    c.versionPinning = false;
    return c;
}

QUrl Gen1Client::url(const QString &path) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + u'/' + path, QUrl::DecodedMode);
    return u;
}

HttpJob *Gen1Client::call(const QString &path, const QList<QPair<QString, QString>> &query, qint64 maxBody)
{
    HttpRequest request;
    request.url = HttpClient::compose(m_base, u'/' + path, query + QList<QPair<QString, QString>>{{u"api-version"_s, u"2018-09-01"_s}});
    request.maxBodyBytes = maxBody;
    return m_http->send(request, bearerAuthorizer(m_tokens));
}

ApiError Gen1Client::errorOf(const HttpResponse &response, const QString &what) const
{
    const json j = json::parse(response.body.constData(), response.body.constData() + response.body.size(), nullptr, false);
    const json remote = j.is_object() && j.contains("RemoteException") ? j["RemoteException"] : json();
    const QString exception = JsonValues::string(remote, "exception");
    const QString message = Printable::line(JsonValues::string(remote, "message"), 500);
    ApiError::Kind kind = ApiError::Kind::Http;
    if (exception == u"FileNotFoundException"_s || response.status == 404)
        kind = ApiError::Kind::NotFound;
    else if (response.status == 401 || response.status == 403 || exception == u"AccessControlException"_s)
        kind = ApiError::Kind::Auth;
    ApiError e = ApiError::make(kind, exception.isEmpty() ? u"gen1.http_%1"_s.arg(response.status) : u"gen1."_s + exception,
                                tr("%1: %2").arg(what, message.isEmpty() ? tr("HTTP %1").arg(response.status) : message));
    e.httpStatus = response.status;
    e.detail = QString::fromLatin1(response.requestId);
    return e;
}

Result<QByteArray> Gen1Client::bodyOf(const Result<HttpResponse> &r, const QString &what) const
{
    if (!r)
        return r.error();
    if (r.value().status != 200)
        return errorOf(r.value(), what);
    return r.value().body;
}

ListJob *Gen1Client::list(const QString &directory, const QString &pageToken, int pageSize, bool)
{
    auto *job = new ListJob(this);
    const QString what = tr("Listing /%1").arg(directory);
    QList<QPair<QString, QString>> query = {{u"op"_s, u"LISTSTATUS"_s}, {u"listSize"_s, QString::number(std::clamp(pageSize, 1, 4000))}};
    if (!pageToken.isEmpty())
        query.append({u"listAfter"_s, pageToken});
    HttpJob *http = call(directory, query);
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job, directory, what](const Result<HttpResponse> &r) {
        const Result<QByteArray> body = bodyOf(r, what);
        job->finish(body ? parseList(body.value(), directory, what) : Result<ListPage>(body.error()));
    });
    return job;
}

Result<ListPage> Gen1Client::parseList(const QByteArray &body, const QString &directory, const QString &what)
{
    const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    const json statuses = j.is_object() && j.contains("FileStatuses") && j["FileStatuses"].is_object() ? j["FileStatuses"] : json();
    if (!statuses.is_object() || !statuses.contains("FileStatus") || !statuses["FileStatus"].is_array())
        return ApiError::make(ApiError::Kind::Parse, u"gen1.bad_answer"_s, tr("%1: the answer has no FileStatuses.").arg(what));
    ListPage page;
    for (const json &s : statuses["FileStatus"]) {
        StorageEntry e = entryOf(s, directory);
        if (!e.name.isEmpty() && !e.name.contains(u'/') && e.name != u"."_s && e.name != u".."_s)
            page.entries.append(e);
    }
    // An empty continuationToken ends the listing; otherwise the last name continues it.
    page.nextToken = JsonValues::string(statuses, "continuationToken");
    return page;
}

PropertiesJob *Gen1Client::properties(const QString &path)
{
    auto *job = new PropertiesJob(this);
    const QString what = tr("Reading /%1").arg(path);
    HttpJob *http = call(path, {{u"op"_s, u"GETFILESTATUS"_s}});
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job, what](const Result<HttpResponse> &r) {
        const Result<QByteArray> body = bodyOf(r, what);
        if (!body) {
            job->finish(body.error());
            return;
        }
        const json j = json::parse(body.value().constData(), body.value().constData() + body.value().size(), nullptr, false);
        const json s = j.is_object() && j.contains("FileStatus") ? j["FileStatus"] : json();
        if (!s.is_object()) {
            job->finish(ApiError::make(ApiError::Kind::Parse, u"gen1.bad_answer"_s, tr("%1: the answer has no FileStatus.").arg(what)));
            return;
        }
        const StorageEntry e = entryOf(s, {});
        ObjectProperties p;
        p.size = e.size;
        p.lastModified = e.lastModified;
        p.kind = e.isDirectory ? u"DIRECTORY"_s : u"FILE"_s;
        job->finish(p);
    });
    return job;
}

ReadJob *Gen1Client::read(const QString &path, qint64 offset, qint64 length)
{
    auto *job = new ReadJob(this);
    const QString what = tr("Reading /%1").arg(path);
    // The size first: OPEN answers only bytes, and readers want the whole object's size.
    onFinished(properties(path), job, [this, job, path, offset, length, what](const Result<ObjectProperties> &p) {
        if (!p) {
            job->finish(p.error());
            return;
        }
        emit job->propertiesKnown(p.value());
        const qint64 size = p.value().size;
        const qint64 want = length < 0 ? std::max<qint64>(0, size - offset) : std::min(length, std::max<qint64>(0, size - offset));
        if (want == 0) {
            ReadResult empty;
            empty.offset = offset;
            empty.properties = p.value();
            job->finish(empty);
            return;
        }
        HttpJob *http = call(path, {{u"op"_s, u"OPEN"_s}, {u"read"_s, u"true"_s}, {u"offset"_s, QString::number(offset)}, {u"length"_s, QString::number(want)}},
                             want + 1);
        connect(job, &Job::cancelRequested, http, &Job::cancel);
        onFinished(http, job, [this, job, offset, want, what, props = p.value()](const Result<HttpResponse> &r) {
            const Result<QByteArray> body = bodyOf(r, what);
            if (!body) {
                job->finish(body.error());
                return;
            }
            if (body.value().size() > want) {
                job->finish(ApiError::make(ApiError::Kind::Parse, u"gen1.too_long"_s, tr("%1: more bytes came than were asked for.").arg(what)));
                return;
            }
            ReadResult out;
            out.data = body.value();
            out.offset = offset;
            out.length = out.data.size();
            out.properties = props;
            job->finish(out);
        });
    });
    return job;
}

VoidJob *Gen1Client::probe(bool)
{
    auto *job = new VoidJob(this);
    onFinished(list({}, {}, 1, false), job, [job](const Result<ListPage> &r) { job->finish(r ? VoidResult() : VoidResult(r.error())); });
    return job;
}

VoidJob *Gen1Client::change(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query, int status,
                            const QString &what, const FileRegion &body, bool idempotent, ApiError::Kind falseKind)
{
    auto *job = new VoidJob(this);
    HttpRequest request;
    request.method = method;
    request.url = HttpClient::compose(m_base, u'/' + path, query + QList<QPair<QString, QString>>{{u"api-version"_s, u"2018-09-01"_s}});
    request.idempotent = idempotent;
    if (!body.isNull()) {
        request.bodyFile = body;
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
    }
    HttpJob *http = m_http->send(request, bearerAuthorizer(m_tokens));
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    connect(http, &HttpJob::uploadProgress, job, &VoidJob::sent);
    onFinished(http, job, [this, job, status, what, falseKind](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        if (r.value().status != status) {
            job->finish(errorOf(r.value(), what));
            return;
        }
        const QByteArray &body = r.value().body;
        const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (j.is_object() && j.contains("boolean") && j["boolean"].is_boolean() && !j["boolean"].get<bool>()) {
            job->finish(ApiError::make(falseKind, falseKind == ApiError::Kind::NotFound ? u"gen1.not_found"_s : u"gen1.refused"_s,
                                       falseKind == ApiError::Kind::NotFound ? tr("%1: it does not exist.").arg(what)
                                                                             : tr("%1: the store did not do it.").arg(what)));
            return;
        }
        job->finish(VoidResult());
    });
    return job;
}

VoidJob *Gen1Client::remove(const QString &path)
{
    // A folder ("…/") goes with what is in it, as the browser asks only after saying so.
    const bool folder = path.endsWith(u'/');
    QString target = path;
    while (target.endsWith(u'/'))
        target.chop(1);
    return change("DELETE", target, {{u"op"_s, u"DELETE"_s}, {u"recursive"_s, folder ? u"true"_s : u"false"_s}}, 200,
                  tr("Deleting /%1").arg(path), {}, true, ApiError::Kind::NotFound);
}

VoidJob *Gen1Client::makeDirectory(const QString &path)
{
    QString target = path;
    while (target.endsWith(u'/'))
        target.chop(1);
    return change("PUT", target, {{u"op"_s, u"MKDIRS"_s}}, 200, tr("Creating the folder /%1").arg(target));
}

VoidJob *Gen1Client::beginUpload(const QString &path, qint64, const QString &)
{
    // CREATE makes the file visible at once: the upload goes to the staging name beside it.
    return change("PUT", stagingPath(path), {{u"op"_s, u"CREATE"_s}, {u"overwrite"_s, u"true"_s}, {u"write"_s, u"true"_s}}, 201,
                  tr("Creating /%1").arg(stagingPath(path)));
}

VoidJob *Gen1Client::uploadPart(const QString &path, int, qint64 offset, const FileRegion &part)
{
    // Not repeated on a dropped connection: the bytes may have been appended already, and an
    // append at the old offset would then be refused.
    return change("POST", stagingPath(path), {{u"op"_s, u"APPEND"_s}, {u"append"_s, u"true"_s}, {u"offset"_s, QString::number(offset)}}, 200,
                  tr("Appending to /%1 at %2").arg(path).arg(offset), part, false);
}

VoidJob *Gen1Client::commitUpload(const QString &path, int, qint64, const QString &, const QByteArray &)
{
    return change("PUT", stagingPath(path),
                  {{u"op"_s, u"RENAME"_s}, {u"destination"_s, u'/' + path}, {u"renameoptions"_s, u"OVERWRITE"_s}}, 200,
                  tr("Finishing /%1").arg(path), {}, false); // a repeat after one that landed would find no source
}

VoidJob *Gen1Client::abortUpload(const QString &path)
{
    auto *job = new VoidJob(this);
    onFinished(remove(stagingPath(path)), job, [job](const VoidResult &r) {
        job->finish(r || r.error().kind == ApiError::Kind::NotFound ? VoidResult() : r);
    });
    return job;
}
