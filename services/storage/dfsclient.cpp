#include "services/storage/dfsclient.h"

#include <QCoreApplication>

#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString trimSlash(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

bool DfsClient::isNotDfs(const HttpResponse &response)
{
    return response.status == 400 && response.body.trimmed().isEmpty() && response.header("x-ms-error-code").isEmpty();
}

ListJob *DfsClient::list(const QString &directory, const QString &pageToken, int pageSize, bool recursive)
{
    auto *job = new ListJob(this);
    QString query = u"resource=filesystem&recursive="_s + (recursive ? u"true"_s : u"false"_s) + u"&maxResults="_s
        + QString::number(std::clamp(pageSize, 1, 5000));
    if (!trimSlash(directory).isEmpty())
        query += u"&directory="_s + QString::fromUtf8(QUrl::toPercentEncoding(trimSlash(directory)));
    if (!pageToken.isEmpty())
        query += u"&continuation="_s + QString::fromUtf8(QUrl::toPercentEncoding(pageToken));
    HttpJob *http = send(make("GET", m_location.containerUrl(query)));
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        if (r.value().status != 200) {
            ApiError e = StorageHttp::errorFrom(r.value(), tr("Listing filesystem %1").arg(m_location.container));
            if (isNotDfs(r.value()))
                e.code = u"dfs.unavailable"_s;
            job->finish(e);
            return;
        }
        job->finish(located(ListingParsers::dfsPaths(r.value().body, QString::fromUtf8(r.value().header("x-ms-continuation"))), r.value(),
                            tr("Listing filesystem %1").arg(m_location.container)));
    });
    return job;
}

VoidJob *DfsClient::remove(const QString &path)
{
    const bool dir = path.endsWith(u'/');
    return simple(make("DELETE", m_location.objectUrl(trimSlash(path), dir ? u"recursive=true"_s : QString())), {200, 202},
                  tr("Deleting %1").arg(path), true);
}

VoidJob *DfsClient::makeDirectory(const QString &path)
{
    return simple(make("PUT", m_location.objectUrl(trimSlash(path), u"resource=directory"_s)), {201}, tr("Creating directory %1").arg(path));
}

VoidJob *DfsClient::probe(bool createIfMissing)
{
    const QString fs = m_location.container;
    return probeRoot({m_location.containerUrl(u"resource=filesystem&recursive=false&maxResults=1"_s),
                      m_location.containerUrl(u"resource=filesystem"_s), tr("Checking filesystem %1").arg(fs),
                      tr("Creating filesystem %1").arg(fs), tr("The filesystem '%1'").arg(fs), u"storage.filesystem_missing"_s,
                      [](const HttpResponse &resp, ApiError &e) {
                          if (isNotDfs(resp))
                              e.code = u"dfs.unavailable"_s;
                      }},
                     createIfMissing);
}

VoidJob *DfsClient::beginUpload(const QString &path, qint64, const QString &contentType)
{
    // Create makes an empty file visible at once and replaces what was there: the upload is
    // made under the staging name and renamed onto `path` once flushed.
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-content-type"), QByteArray(contentType.toUtf8()));
    return simple(make("PUT", m_location.objectUrl(stagingPath(path), u"resource=file"_s), headers), {201},
                  tr("Creating %1").arg(stagingPath(path)));
}

VoidJob *DfsClient::uploadPart(const QString &path, int, qint64 offset, const FileRegion &part)
{
    HttpRequest request = make("PATCH", m_location.objectUrl(stagingPath(path), u"action=append&position="_s + QString::number(offset)),
                               {{"Content-Type", "application/octet-stream"}});
    request.bodyFile = part;
    return simple(request, {202}, tr("Appending to %1 at %2").arg(path).arg(offset));
}

VoidJob *DfsClient::abortUpload(const QString &path)
{
    return remove(stagingPath(path));
}

VoidJob *DfsClient::commitUpload(const QString &path, int, qint64 size, const QString &contentType, const QByteArray &md5)
{
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-content-type"), QByteArray(contentType.toUtf8()));
    if (!md5.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-content-md5"), QByteArray(md5.toBase64()));
    auto *job = new VoidJob(this);
    VoidJob *flushed = simple(make("PATCH", m_location.objectUrl(stagingPath(path), u"action=flush&position="_s + QString::number(size)), headers),
                              {200}, tr("Finishing %1").arg(path));
    connect(job, &Job::cancelRequested, flushed, &Job::cancel);
    onFinished(flushed, job, [this, job, path](const VoidResult &r) {
        if (!r) {
            job->finish(r);
            return;
        }
        // Create with x-ms-rename-source: the flushed staging file replaces `path` atomically.
        // The source is /{filesystem}/{path}, encoded, with the SAS where one is used.
        const QByteArray source =
            renameSource('/' + StorageLocation::encodePath(m_location.container) + '/' + StorageLocation::encodePath(stagingPath(path)));
        VoidJob *renamed = simple(make("PUT", m_location.objectUrl(path), {{"x-ms-rename-source", source}}), {201}, tr("Finishing %1").arg(path),
                                  true); // a retry after a rename that landed finds no source: the check after commit decides
        connect(job, &Job::cancelRequested, renamed, &Job::cancel);
        onFinished(renamed, job, [job](const VoidResult &done) { job->finish(done); });
    });
    return job;
}
