#include "services/storage/dbfsclient.h"

#include <nlohmann/json.hpp>

#include "services/auth/tokensource.h"
#include "services/core/fieldrules.h"
#include "services/core/jsonvalues.h"
#include "services/core/printable.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

DbfsClient::DbfsClient(HttpClient *http, QUrl workspace, QString personalToken, TokenSource *tokens, QObject *parent)
    : StorageClient(parent), m_http(http), m_workspace(std::move(workspace)), m_token(std::move(personalToken)), m_tokens(tokens)
{
}

std::optional<ApiError> DbfsClient::checkWorkspaceUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const auto bad = [](const QString &message) { return ApiError::make(ApiError::Kind::InvalidInput, u"field.databricks_url"_s, message, u"databricks_url"_s); };
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return bad(tr("The Databricks workspace URL must be an https URL such as https://adb-1234567890123456.7.azuredatabricks.net, not '%1'.")
                       .arg(Printable::line(text, 200)));
    if (scheme == u"http"_s && !FieldRules::isLoopbackHost(url.host()))
        return bad(tr("Plain http is used only for loopback hosts; the Databricks workspace URL must use https."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return bad(tr("The Databricks workspace URL must carry no user name, password, query or fragment (the token goes in the secret)."));
    return std::nullopt;
}

BrowseCapabilities DbfsClient::capabilities() const
{
    BrowseCapabilities c;
    c.parallelParts = false; // add-block appends: one after the other
    c.maxPartBytes = BlockBytes;
    c.versionPinning = false; // DBFS has no ETags: a file changed mid-download is not detected
    return c;
}

QString DbfsClient::absolute(const QString &path)
{
    QString p = path;
    while (p.endsWith(u'/'))
        p.chop(1);
    return u'/' + p;
}

QUrl DbfsClient::url(const QString &path) const
{
    QUrl u(u"dbfs:"_s + absolute(path));
    return u;
}

HttpJob *DbfsClient::call(const QByteArray &method, const QString &endpoint, const QList<QPair<QString, QString>> &query,
                          const QByteArray &jsonBody, bool idempotent)
{
    HttpRequest request;
    request.method = method;
    request.url = HttpClient::compose(m_workspace, u"/api/2.0/dbfs/"_s + endpoint, query);
    request.idempotent = idempotent;
    request.maxBodyBytes = 4 * MaxReadBytes; // a 1 MiB chunk as base64, with room
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (method == "POST") {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = jsonBody.isEmpty() ? QByteArray("{}") : jsonBody;
    }
    HttpAuthorizer authorize;
    if (m_tokens) {
        authorize = bearerAuthorizer(m_tokens);
    } else {
        const QByteArray header = "Bearer " + m_token.toUtf8();
        authorize = [header](QObject *, OutgoingRequest out, std::function<void(const Result<OutgoingRequest> &)> ready) {
            out.headers.append({QByteArrayLiteral("Authorization"), header});
            ready(out);
        };
    }
    return m_http->send(request, authorize);
}

Result<json> DbfsClient::answer(const Result<HttpResponse> &r, const QString &what) const
{
    if (!r) {
        ApiError e = r.error();
        if (e.kind != ApiError::Kind::Cancelled)
            e.message = tr("%1: %2").arg(what, e.message);
        return e;
    }
    const HttpResponse &response = r.value();
    json j = json::parse(response.body.constData(), response.body.constData() + response.body.size(), nullptr, false);
    if (response.status >= 200 && response.status < 300) {
        if (j.is_discarded() || !j.is_object())
            return ApiError::make(ApiError::Kind::Parse, u"dbfs.bad_answer"_s, tr("%1: the answer of Databricks could not be read.").arg(what));
        return j;
    }
    const QString code = JsonValues::string(j, "error_code");
    const QString message = Printable::line(JsonValues::string(j, "message"), 500);
    ApiError::Kind kind = ApiError::Kind::Http;
    if (code == u"RESOURCE_DOES_NOT_EXIST"_s || response.status == 404)
        kind = ApiError::Kind::NotFound;
    else if (code == u"RESOURCE_ALREADY_EXISTS"_s)
        kind = ApiError::Kind::Conflict;
    else if (code == u"PERMISSION_DENIED"_s || response.status == 401 || response.status == 403)
        kind = ApiError::Kind::Auth;
    else if (code == u"INVALID_PARAMETER_VALUE"_s || code == u"MAX_READ_SIZE_EXCEEDED"_s)
        kind = ApiError::Kind::InvalidInput;
    QString text = message.isEmpty() ? tr("HTTP %1").arg(response.status) : message;
    if (response.status == 401)
        text = tr("Databricks refused the token (HTTP 401): check the personal access token or the sign-in. %1").arg(message);
    ApiError e = ApiError::make(kind, code.isEmpty() ? u"dbfs.http_%1"_s.arg(response.status) : u"dbfs."_s + code.toLower(),
                                tr("%1: %2").arg(what, text));
    e.httpStatus = response.status;
    e.detail = QString::fromLatin1(response.requestId);
    return e;
}

ListJob *DbfsClient::list(const QString &directory, const QString &, int, bool)
{
    // One answer holds the whole directory (the API has no paging).
    auto *job = new ListJob(this);
    const QString what = tr("Listing %1").arg(absolute(directory));
    HttpJob *http = call("GET", u"list"_s, {{u"path"_s, absolute(directory)}});
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job, directory, what](const Result<HttpResponse> &r) {
        const Result<json> j = answer(r, what);
        if (!j) {
            job->finish(j.error());
            return;
        }
        job->finish(parseList(j.value(), directory, what));
    });
    return job;
}

Result<ListPage> DbfsClient::parseList(const json &answer, const QString &directory, const QString &what)
{
    ListPage page;
    const json files = answer.is_object() && answer.contains("files") ? answer["files"] : json::array();
    if (!files.is_array())
        return ApiError::make(ApiError::Kind::Parse, u"dbfs.bad_answer"_s, tr("%1: \"files\" is not a list.").arg(what));
    const QString base = absolute(directory) == u"/"_s ? u"/"_s : absolute(directory) + u'/';
    for (const json &f : files) {
        const QString full = JsonValues::string(f, "path");
        if (!full.startsWith(base) || full.size() <= base.size())
            continue; // a file path lists that one file; anything outside the directory is not its entry
        StorageEntry e;
        e.name = full.mid(base.size());
        if (e.name.contains(u'/') || e.name == u"."_s || e.name == u".."_s)
            continue;
        e.isDirectory = f.contains("is_dir") && f["is_dir"].is_boolean() && f["is_dir"].get<bool>();
        e.kind = e.isDirectory ? EntryKind::Folder : EntryKind::File;
        e.path = directory + e.name + (e.isDirectory ? u"/"_s : QString());
        if (!e.isDirectory && f.contains("file_size") && f["file_size"].is_number_integer())
            e.size = f["file_size"].get<qint64>();
        if (f.contains("modification_time") && f["modification_time"].is_number_integer() && f["modification_time"].get<qint64>() > 0)
            e.lastModified = QDateTime::fromMSecsSinceEpoch(f["modification_time"].get<qint64>(), Qt::UTC);
        page.entries.append(e);
    }
    std::sort(page.entries.begin(), page.entries.end(), [](const StorageEntry &a, const StorageEntry &b) { return a.name < b.name; });
    return page;
}

PropertiesJob *DbfsClient::properties(const QString &path)
{
    auto *job = new PropertiesJob(this);
    const QString what = tr("Reading %1").arg(absolute(path));
    HttpJob *http = call("GET", u"get-status"_s, {{u"path"_s, absolute(path)}});
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job, what](const Result<HttpResponse> &r) {
        const Result<json> j = answer(r, what);
        if (!j) {
            job->finish(j.error());
            return;
        }
        ObjectProperties p;
        const json &f = j.value();
        const bool dir = f.contains("is_dir") && f["is_dir"].is_boolean() && f["is_dir"].get<bool>();
        p.kind = dir ? u"directory"_s : u"file"_s;
        if (f.contains("file_size") && f["file_size"].is_number_integer())
            p.size = dir ? -1 : f["file_size"].get<qint64>();
        if (f.contains("modification_time") && f["modification_time"].is_number_integer())
            p.lastModified = QDateTime::fromMSecsSinceEpoch(f["modification_time"].get<qint64>(), Qt::UTC);
        job->finish(p);
    });
    return job;
}

// The size first (a read past the end answers 0 bytes, and the caller wants the total), then
// `go` with the properties and the end of the range; a directory or an empty range finishes
// `job` here.
void DbfsClient::withSize(ReadJob *job, const QString &path, qint64 offset, qint64 length,
                          std::function<void(const ObjectProperties &, qint64 end)> go)
{
    PropertiesJob *head = properties(path);
    connect(job, &Job::cancelRequested, head, &Job::cancel);
    onFinished(head, job, [job, path, offset, length, go = std::move(go)](const Result<ObjectProperties> &p) {
        if (!p) {
            job->finish(p.error());
            return;
        }
        if (p.value().kind == u"directory"_s) {
            job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"dbfs.is_directory"_s, tr("%1 is a directory.").arg(absolute(path))));
            return;
        }
        const qint64 size = p.value().size;
        const qint64 end = length < 0 ? size : std::min(size, offset + length);
        emit job->propertiesKnown(p.value());
        if (offset >= end) {
            ReadResult empty;
            empty.offset = offset;
            empty.properties = p.value();
            job->finish(empty);
            return;
        }
        go(p.value(), end);
    });
}

ReadJob *DbfsClient::read(const QString &path, qint64 offset, qint64 length)
{
    auto *job = new ReadJob(this);
    withSize(job, path, offset, length, [this, job, path, offset](const ObjectProperties &props, qint64 end) {
        auto data = std::make_shared<QByteArray>();
        data->reserve(end - offset);
        readChunks(job, path, offset, end, [data](qint64, const QByteArray &bytes) {
            data->append(bytes);
            return std::optional<ApiError>();
        }, [job, data, offset, props] {
            ReadResult out;
            out.offset = offset;
            out.data = *data;
            out.length = out.data.size();
            out.properties = props;
            job->finish(out);
        });
    });
    return job;
}

// Each chunk goes into the file as it comes (in order, so that `onWrite` hears of them as the
// contract says): the range is never held whole, only the chunks of its read window.
ReadJob *DbfsClient::readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch,
                                WriteObserver onWrite)
{
    auto *job = new ReadJob(this);
    QPointer<QFileDevice> sink(file);
    withSize(job, path, offset, length, [this, job, path, offset, sink, ifMatch, onWrite](const ObjectProperties &props, qint64 end) {
        if (!ifMatch.isEmpty() && props.etag != ifMatch) { // DBFS has no ETags: nothing can be pinned
            job->finish(changedError(path, ifMatch));
            return;
        }
        auto written = std::make_shared<qint64>(0);
        readChunks(job, path, offset, end, [sink, onWrite, written](qint64 at, const QByteArray &bytes) -> std::optional<ApiError> {
            if (auto failed = writeAt(sink, at, bytes))
                return failed;
            *written += bytes.size();
            if (onWrite)
                onWrite(at, bytes);
            return std::nullopt;
        }, [job, written, offset, props] {
            ReadResult out;
            out.offset = offset;
            out.length = *written;
            out.properties = props;
            job->finish(out);
        });
    });
    return job;
}

// One read in progress: [offset, end) of a file in chunks of MaxReadBytes.
struct DbfsClient::ChunkRead
{
    QPointer<ReadJob> job;
    QString path, what;
    qint64 offset = 0, end = 0;
    int count = 0, next = 0, delivered = 0;
    bool failed = false;
    QMap<int, QByteArray> ready; // read, waiting for the chunks before them
    QList<QPointer<HttpJob>> running;
    ChunkSink sink;
    std::function<void()> done;
};

void DbfsClient::readChunks(ReadJob *job, const QString &path, qint64 offset, qint64 end, ChunkSink sink, std::function<void()> done)
{
    auto r = std::make_shared<ChunkRead>();
    r->job = job;
    r->path = path;
    r->what = tr("Reading %1").arg(absolute(path));
    r->offset = offset;
    r->end = end;
    r->count = int((end - offset + MaxReadBytes - 1) / MaxReadBytes);
    r->sink = std::move(sink);
    r->done = std::move(done);
    m_reads.append(r);
    connect(job, &Job::cancelRequested, this, [this, weak = std::weak_ptr<ChunkRead>(r)] {
        if (auto read = weak.lock())
            failRead(read, std::nullopt);
    });
    pumpReads();
}

void DbfsClient::failRead(const std::shared_ptr<ChunkRead> &r, const std::optional<ApiError> &error)
{
    if (r->failed)
        return;
    r->failed = true;
    r->ready.clear();
    m_reads.removeOne(r);
    for (const QPointer<HttpJob> &http : std::as_const(r->running))
        if (http)
            http->cancel();
    if (error && r->job)
        r->job->finish(*error);
}

// Starts chunks while fewer than ReadsInFlight of this client's reads run (however many reads
// are in progress: a download's parallel ranges share them, first come first served), each
// read at most ReadsInFlight chunks ahead of the first it has not handed on.
void DbfsClient::pumpReads()
{
    for (qsizetype k = 0; k < m_reads.size() && m_readsRunning < ReadsInFlight; ++k) {
        const std::shared_ptr<ChunkRead> r = m_reads.at(k);
        while (m_readsRunning < ReadsInFlight && r->next < r->count && r->next - r->delivered < ReadsInFlight) {
            const int i = r->next++;
            const qint64 at = r->offset + i * MaxReadBytes;
            const qint64 len = std::min(MaxReadBytes, r->end - at);
            ++m_readsRunning;
            HttpJob *http = call("GET", u"read"_s, {{u"path"_s, absolute(r->path)}, {u"offset"_s, QString::number(at)}, {u"length"_s, QString::number(len)}});
            r->running.append(http);
            onFinished(http, this, [this, r, i, at, len, http](const Result<HttpResponse> &reply) {
                --m_readsRunning;
                r->running.removeAll(http);
                chunkRead(r, i, at, len, reply);
                pumpReads();
            });
        }
    }
}

void DbfsClient::chunkRead(const std::shared_ptr<ChunkRead> &r, int i, qint64 at, qint64 len, const Result<HttpResponse> &reply)
{
    if (r->failed)
        return;
    if (!r->job) { // gone without a cancel: nobody wants the rest
        failRead(r, std::nullopt);
        return;
    }
    const Result<json> j = answer(reply, r->what);
    if (!j) {
        failRead(r, j.error());
        return;
    }
    // Decoded from the parsed string itself (no UTF-16 round trip of a 1.4 MB string).
    const auto data = j.value().find("data");
    QByteArray bytes;
    if (data != j.value().end() && data->is_string()) {
        const std::string &text = data->get_ref<const std::string &>();
        bytes = QByteArray::fromBase64(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    }
    const qint64 said = j.value().contains("bytes_read") && j.value()["bytes_read"].is_number_integer() ? j.value()["bytes_read"].get<qint64>() : -1;
    // A chunk short of the range's end is as wrong as one too long: the file changed, or the
    // answer is not what was asked for.
    if (said != bytes.size() || bytes.size() != len) {
        failRead(r, ApiError::make(ApiError::Kind::Parse, u"dbfs.bad_read"_s,
                                   tr("%1: asked for %2 bytes at %3; Databricks said %4 and sent %5.")
                                       .arg(r->what)
                                       .arg(len)
                                       .arg(at)
                                       .arg(said)
                                       .arg(bytes.size())));
        return;
    }
    r->ready.insert(i, std::move(bytes));
    while (!r->failed && r->ready.contains(r->delivered)) {
        const int d = r->delivered++;
        const QByteArray chunk = r->ready.take(d);
        if (const std::optional<ApiError> e = r->sink(r->offset + d * MaxReadBytes, chunk)) {
            failRead(r, *e);
            return;
        }
    }
    if (r->delivered == r->count) {
        m_reads.removeOne(r);
        r->done();
    }
}

VoidJob *DbfsClient::makeDirectory(const QString &path)
{
    auto *job = new VoidJob(this);
    const QString what = tr("Creating %1").arg(absolute(path));
    onFinished(call("POST", u"mkdirs"_s, {}, QByteArray::fromStdString(json{{"path", absolute(path).toStdString()}}.dump())), job,
               [this, job, what](const Result<HttpResponse> &r) {
                   const Result<json> j = answer(r, what);
                   job->finish(j ? VoidResult() : VoidResult(j.error()));
               });
    return job;
}

VoidJob *DbfsClient::remove(const QString &path)
{
    auto *job = new VoidJob(this);
    const QString what = tr("Deleting %1").arg(absolute(path));
    const QByteArray body = QByteArray::fromStdString(json{{"path", absolute(path).toStdString()}, {"recursive", path.endsWith(u'/')}}.dump());
    onFinished(call("POST", u"delete"_s, {}, body), job, [this, job, what](const Result<HttpResponse> &r) {
        const Result<json> j = answer(r, what);
        job->finish(j ? VoidResult() : VoidResult(j.error()));
    });
    return job;
}

VoidJob *DbfsClient::probe(bool)
{
    // The token works and the root can be listed.
    auto *job = new VoidJob(this);
    onFinished(list({}, {}, 1, false), job, [job](const Result<ListPage> &r) { job->finish(r ? VoidResult() : VoidResult(r.error())); });
    return job;
}

VoidJob *DbfsClient::beginUpload(const QString &path, qint64, const QString &)
{
    auto *job = new VoidJob(this);
    const QString staging = stagingPath(path);
    const QString what = tr("Uploading %1").arg(absolute(path));
    const QByteArray body = QByteArray::fromStdString(json{{"path", absolute(staging).toStdString()}, {"overwrite", true}}.dump());
    onFinished(call("POST", u"create"_s, {}, body, false), job, [this, job, path, what](const Result<HttpResponse> &r) {
        const Result<json> j = answer(r, what);
        if (!j) {
            job->finish(j.error());
            return;
        }
        if (!j.value().contains("handle") || !j.value()["handle"].is_number_integer()) {
            job->finish(ApiError::make(ApiError::Kind::Parse, u"dbfs.bad_answer"_s, tr("%1: no handle in the answer.").arg(what)));
            return;
        }
        m_handles.insert(path, j.value()["handle"].get<qint64>());
        job->finish({});
    });
    return job;
}

VoidJob *DbfsClient::uploadPart(const QString &path, int, qint64, const FileRegion &part)
{
    auto *job = new VoidJob(this);
    const QString what = tr("Uploading %1").arg(absolute(path));
    if (!m_handles.contains(path)) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"dbfs.no_upload"_s, tr("%1: the upload was not begun.").arg(what)));
        return job;
    }
    // A block is small (1 MiB at most) and goes as base64 inside JSON: read it whole.
    FileRegionDevice device(part);
    const QByteArray bytes = device.open(QIODevice::ReadOnly) ? device.readAll() : QByteArray();
    if (bytes.size() != part.length) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"transfer.local_read"_s,
                                   tr("Could not read %1: %2").arg(part.path, device.fileErrorString())));
        return job;
    }
    const std::optional<QByteArray> data = bytes;
    if (data.value().size() > BlockBytes) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"dbfs.block"_s, tr("%1: a block is at most 1 MiB.").arg(what)));
        return job;
    }
    const QByteArray body = QByteArray::fromStdString(
        json{{"handle", m_handles.value(path)}, {"data", data.value().toBase64().toStdString()}}.dump());
    // Not repeated on a dropped connection: the block may have been appended already.
    onFinished(call("POST", u"add-block"_s, {}, body, false), job, [this, job, what, n = data.value().size()](const Result<HttpResponse> &r) {
        const Result<json> j = answer(r, what);
        if (j)
            emit job->sent(n, n);
        job->finish(j ? VoidResult() : VoidResult(j.error()));
    });
    return job;
}

VoidJob *DbfsClient::commitUpload(const QString &path, int, qint64, const QString &, const QByteArray &)
{
    auto *job = new VoidJob(this);
    const QString what = tr("Uploading %1").arg(absolute(path));
    const qint64 handle = m_handles.take(path);
    onFinished(call("POST", u"close"_s, {}, QByteArray::fromStdString(json{{"handle", handle}}.dump()), false), job,
               [this, job, path, what](const Result<HttpResponse> &r) {
                   const Result<json> closed = answer(r, what);
                   if (!closed) {
                       job->finish(closed.error());
                       return;
                   }
                   // The staging file becomes the file: the old one (if any) goes first, as move
                   // does not replace.
                   onFinished(remove(path), job, [this, job, path, what](const VoidResult &gone) {
                       if (!gone && gone.error().kind != ApiError::Kind::NotFound) {
                           job->finish(gone.error());
                           return;
                       }
                       const QByteArray body = QByteArray::fromStdString(json{{"source_path", absolute(stagingPath(path)).toStdString()},
                                                                              {"destination_path", absolute(path).toStdString()}}
                                                                             .dump());
                       onFinished(call("POST", u"move"_s, {}, body, false), job, [this, job, what](const Result<HttpResponse> &moved) {
                           const Result<json> j = answer(moved, what);
                           job->finish(j ? VoidResult() : VoidResult(j.error()));
                       });
                   });
               });
    return job;
}

VoidJob *DbfsClient::abortUpload(const QString &path)
{
    m_handles.remove(path);
    auto *job = new VoidJob(this);
    onFinished(remove(stagingPath(path)), job, [job](const VoidResult &r) {
        job->finish(r || r.error().kind == ApiError::Kind::NotFound ? VoidResult() : r);
    });
    return job;
}
