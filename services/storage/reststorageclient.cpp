#include "services/storage/reststorageclient.h"

#include <QCoreApplication>

#include "services/core/sastoken.h"
#include "services/net/headervalues.h"
#include "services/net/httpdate.h"
#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

RestStorageClient::RestStorageClient(StorageHttp *http, StorageLocation location, StorageAuth auth, QObject *parent)
    : StorageClient(parent), m_http(http), m_location(std::move(location)), m_auth(std::move(auth))
{
}

HttpRequest RestStorageClient::make(const QByteArray &method, const QUrl &url, const HeaderList &headers, const QByteArray &body,
                                    bool idempotent)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.headers = headers;
    r.body = body;
    r.idempotent = idempotent;
    return r;
}

QByteArray RestStorageClient::renameSource(QByteArray source) const
{
    if (m_auth.kind == StorageAuth::Kind::Sas && !m_auth.sas.isEmpty())
        source += '?' + (m_auth.sas.startsWith(u'?') ? m_auth.sas.mid(1) : m_auth.sas).toUtf8();
    return source;
}

HttpJob *RestStorageClient::send(const HttpRequest &request)
{
    return m_http->send(request, m_auth);
}

VoidJob *RestStorageClient::simple(const HttpRequest &request, QList<int> ok, const QString &what, bool notFoundIsOk)
{
    auto *job = new VoidJob(this);
    HttpJob *http = send(request);
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    connect(http, &HttpJob::uploadProgress, job, &VoidJob::sent);
    onFinished(http, job, [job, ok, what, notFoundIsOk](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        const int status = r.value().status;
        if (ok.contains(status) || (notFoundIsOk && status == 404 && r.value().attempts > 1))
            job->finish({});
        else
            job->finish(StorageHttp::errorFrom(r.value(), what));
    });
    return job;
}

Result<ListPage> RestStorageClient::located(Result<ListPage> page, const HttpResponse &response, const QString &what)
{
    if (page)
        return page;
    ApiError e = page.error();
    e.message = tr("%1: %2").arg(what, e.message);
    if (!e.detail.isEmpty())
        e.message += u" ("_s + e.detail + u')';
    e.detail = response.where;
    return e;
}

ObjectProperties RestStorageClient::propertiesFrom(const HttpResponse &response)
{
    ObjectProperties p;
    // The size, strictly: a value that is not a byte count leaves it unknown (-1), which a
    // download reports rather than reading as 0 or as a negative length.
    const QByteArray range = response.header("Content-Range"); // bytes a-b/total
    if (!range.isEmpty())
        p.size = HeaderValues::contentRange(range).total;
    else if (!response.header("x-ms-content-length").isEmpty())
        p.size = HeaderValues::byteCount(response.header("x-ms-content-length"));
    else
        p.size = HeaderValues::byteCount(response.header("Content-Length"));
    p.contentType = QString::fromLatin1(response.header("Content-Type"));
    p.etag = HeaderValues::etag(response.header("ETag"));
    p.lastModified = HttpDate::parse(QString::fromLatin1(response.header("Last-Modified")));
    const QByteArray md5 = response.header("x-ms-blob-content-md5").isEmpty() ? response.header("Content-MD5")
                                                                                : response.header("x-ms-blob-content-md5");
    // On a ranged read Content-MD5 is the range's; only a whole-object one is kept.
    if (range.isEmpty() || !response.header("x-ms-blob-content-md5").isEmpty())
        p.contentMd5 = QByteArray::fromBase64(md5);
    p.accessTier = QString::fromLatin1(response.header("x-ms-access-tier"));
    p.kind = QString::fromLatin1(!response.header("x-ms-blob-type").isEmpty() ? response.header("x-ms-blob-type")
                                 : !response.header("x-ms-resource-type").isEmpty() ? response.header("x-ms-resource-type")
                                                                                     : response.header("x-ms-type"));
    for (const auto &[k, v] : response.headers) {
        if (k.toLower().startsWith("x-ms-meta-"))
            p.metadata.insert(QString::fromUtf8(k.mid(10)), QString::fromUtf8(v));
    }
    return p;
}

ReadJob *RestStorageClient::read(const QString &path, qint64 offset, qint64 length)
{
    return get(path, offset, length, nullptr);
}

ReadJob *RestStorageClient::readToFile(const QString &path, qint64 offset, qint64 length, QFileDevice *file, const QString &ifMatch,
                                       WriteObserver onWrite)
{
    return get(path, offset, length, file, ifMatch, std::move(onWrite));
}

ReadJob *RestStorageClient::get(const QString &path, qint64 offset, qint64 length, QFileDevice *sink, const QString &ifMatch,
                                WriteObserver onWrite)
{
    auto *job = new ReadJob(this);
    HeaderList headers;
    if (offset > 0 || length >= 0) {
        const QByteArray end = length >= 0 ? QByteArray::number(offset + length - 1) : QByteArray();
        headers.emplaceBack(QByteArray("Range"), QByteArray("bytes=" + QByteArray::number(offset) + '-' + end));
    }
    if (!ifMatch.isEmpty() && conditionalReads())
        headers.emplaceBack(QByteArray("If-Match"), '"' + ifMatch.toLatin1() + '"');
    HttpRequest request = make("GET", m_location.objectUrl(path), headers);
    request.maxBodyBytes = length >= 0 ? length + 1024 : request.maxBodyBytes;
    request.sink = sink;
    request.sinkOffset = offset;
    request.onSinkWrite = std::move(onWrite);
    HttpJob *http = send(request);
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    connect(http, &HttpJob::headersReceived, job, [job, offset, ifMatch](const HttpResponse &headers) {
        // Only a reply that is the range asked for, of the version asked for, tells the truth.
        const bool ranged = headers.status == 206 || (headers.status == 200 && offset == 0);
        if (ranged && (ifMatch.isEmpty() || HeaderValues::etag(headers.header("ETag")) == ifMatch))
            emit job->propertiesKnown(propertiesFrom(headers));
    });
    onFinished(http, job, [job, path, offset, length, sink, ifMatch](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        const HttpResponse &resp = r.value();
        if (!ifMatch.isEmpty() && (resp.status == 412 || ((resp.status == 200 || resp.status == 206) && !resp.header("ETag").isEmpty()
                                                          && QString::fromLatin1(resp.header("ETag")).remove(u'"') != ifMatch))) {
            job->finish(changedError(path, ifMatch));
            return;
        }
        if (resp.status == 416) { // a range past the end: an empty read
            ReadResult empty;
            empty.offset = offset;
            empty.properties.size = offset;
            job->finish(empty);
            return;
        }
        if (resp.status != 200 && resp.status != 206) {
            job->finish(StorageHttp::errorFrom(resp, QCoreApplication::translate("StorageClient", "Reading %1").arg(path)));
            return;
        }
        ReadResult out;
        out.offset = offset;
        out.properties = propertiesFrom(resp);
        if (resp.status == 200 && sink && (offset > 0 || (length >= 0 && resp.sunkBytes > length))) {
            // The server ignored Range and streamed everything from our offset on: not usable.
            job->finish(ApiError::make(ApiError::Kind::Network, u"http.no_range"_s,
                                       QCoreApplication::translate("StorageClient", "Reading %1: the server ignored the byte range.").arg(path)));
            return;
        }
        // A server that ignores Range answers 200 with everything: cut to what was asked.
        out.data = resp.status == 200 && (offset > 0 || length >= 0) ? resp.body.mid(offset, length) : resp.body;
        out.length = sink ? resp.sunkBytes : out.data.size();
        job->finish(out);
    });
    return job;
}

PropertiesJob *RestStorageClient::properties(const QString &path)
{
    auto *job = new PropertiesJob(this);
    HttpJob *http = send(make("HEAD", m_location.objectUrl(path)));
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [job, path](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        if (r.value().status != 200) {
            job->finish(StorageHttp::errorFrom(r.value(), QCoreApplication::translate("StorageClient", "Reading the properties of %1").arg(path)));
            return;
        }
        job->finish(propertiesFrom(r.value()));
    });
    return job;
}

VoidJob *RestStorageClient::probeRoot(const ProbeSpec &spec, bool createIfMissing)
{
    auto *job = new VoidJob(this);
    HttpJob *http = send(make("GET", spec.listOne));
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job, spec, createIfMissing](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        const HttpResponse &resp = r.value();
        if (resp.status == 200) {
            job->finish({});
            return;
        }
        ApiError e = StorageHttp::errorFrom(resp, spec.checking);
        if (spec.adjust)
            spec.adjust(resp, e);
        if (resp.status == 404 && createIfMissing) {
            onFinished(simple(make("PUT", spec.create), {201, 409}, spec.creating), job,
                       [job](const VoidResult &created) { job->finish(created); });
            return;
        }
        if (resp.status == 404) {
            e.message = tr("%1 does not exist in account %2 (%3).").arg(spec.subject, m_location.account, e.code);
            e.code = spec.missingCode;
        } else if (resp.status == 403 || resp.status == 401) {
            e.message = refusedMessage(spec.subject, e);
        }
        job->finish(e);
    });
    return job;
}

QString RestStorageClient::refusedMessage(const QString &what, const ApiError &serviceError) const
{
    QString reason;
    if (m_auth.kind == StorageAuth::Kind::Sas) {
        const SasTokenInfo sas = SasTokenInfo::analyse(m_auth.sas);
        if (sas.expired(QDateTime::currentDateTimeUtc()))
            reason = tr("The SAS token expired on %1.").arg(sas.expiry.toString(Qt::ISODate));
        else if (sas.valid && !sas.permissions.contains(u'l'))
            reason = tr("The SAS token grants '%1' but not the list (l) permission that browsing needs.").arg(sas.permissions);
        else
            reason = tr("The SAS token was refused: check that it was signed for account %1 and is not revoked.").arg(m_location.account);
    } else if (m_auth.kind == StorageAuth::Kind::SharedKey) {
        reason = tr("The account key was refused: check that it is the current key of account %1.").arg(m_location.account);
    } else {
        reason = tr("The credential was refused or lacks the permission to list.");
    }
    return tr("%1 could not be listed with this credential (%2). %3").arg(what, serviceError.message.isEmpty() ? serviceError.code : serviceError.message, reason);
}
