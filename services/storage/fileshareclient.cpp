#include "services/storage/fileshareclient.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDateTime>

#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Where a recursive walk is: the directory being listed, its marker, the directories left.
struct Walk
{
    QString directory;
    QString marker;
    QStringList pending;

    QString encode() const
    {
        nlohmann::json j = {{"d", directory.toStdString()}, {"m", marker.toStdString()}, {"q", nlohmann::json::array()}};
        for (const QString &p : pending)
            j["q"].push_back(p.toStdString());
        return QString::fromLatin1(QByteArray::fromStdString(j.dump()).toBase64(QByteArray::Base64UrlEncoding));
    }
    static std::optional<Walk> decode(const QString &token)
    {
        const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        const auto j = nlohmann::json::parse(raw.begin(), raw.end(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return std::nullopt;
        Walk w;
        w.directory = QString::fromStdString(j.value("d", std::string()));
        w.marker = QString::fromStdString(j.value("m", std::string()));
        for (const auto &p : j.value("q", nlohmann::json::array()))
            w.pending.append(QString::fromStdString(p.get<std::string>()));
        return w;
    }
};

QString trimSlash(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QUrl FileShareClient::directoryUrl(const QString &directory, const QString &query) const
{
    const QString dir = trimSlash(directory);
    return dir.isEmpty() ? m_location.containerUrl(query) : m_location.objectUrl(dir, query);
}

ListJob *FileShareClient::list(const QString &directory, const QString &pageToken, int pageSize, bool recursive)
{
    auto *job = new ListJob(this);
    Walk walk;
    if (recursive && !pageToken.isEmpty()) {
        const auto decoded = Walk::decode(pageToken);
        if (!decoded) {
            job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"listing.token"_s, tr("The listing position is not valid.")));
            return job;
        }
        walk = *decoded;
    } else {
        walk.directory = directory;
        walk.marker = pageToken;
    }
    QString query = u"restype=directory&comp=list&maxresults="_s + QString::number(std::clamp(pageSize, 1, 5000));
    if (!walk.marker.isEmpty())
        query += u"&marker="_s + QString::fromUtf8(QUrl::toPercentEncoding(walk.marker));
    HttpJob *http = send(make("GET", directoryUrl(walk.directory, query)));
    connect(job, &Job::cancelRequested, http, &Job::cancel);
    onFinished(http, job, [this, job, walk, recursive](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        if (r.value().status != 200) {
            job->finish(StorageHttp::errorFrom(r.value(), tr("Listing %1 in share %2").arg(walk.directory.isEmpty() ? u"/"_s : walk.directory,
                                                                                           m_location.container)));
            return;
        }
        Result<ListPage> page = located(ListingParsers::files(r.value().body, walk.directory), r.value(),
                                        tr("Listing %1 in share %2").arg(walk.directory.isEmpty() ? u"/"_s : walk.directory, m_location.container));
        if (!page || !recursive) {
            job->finish(page);
            return;
        }
        Walk next = walk;
        for (const StorageEntry &e : page.value().entries) {
            if (e.isDirectory)
                next.pending.append(e.path);
        }
        next.marker = page.value().nextToken;
        if (next.marker.isEmpty()) {
            if (next.pending.isEmpty()) {
                page.value().nextToken.clear();
                job->finish(page);
                return;
            }
            next.directory = next.pending.takeFirst();
        }
        page.value().nextToken = next.encode();
        job->finish(page);
    });
    return job;
}

VoidJob *FileShareClient::remove(const QString &path)
{
    if (path.endsWith(u'/'))
        return simple(make("DELETE", directoryUrl(path, u"restype=directory"_s)), {202}, tr("Deleting directory %1").arg(path), true);
    return simple(make("DELETE", m_location.objectUrl(path)), {202}, tr("Deleting %1").arg(path), true);
}

VoidJob *FileShareClient::makeDirectory(const QString &path)
{
    // 409 ResourceAlreadyExists: the directory is there, which is what was asked.
    return simple(make("PUT", directoryUrl(path, u"restype=directory"_s)), {201, 409}, tr("Creating directory %1").arg(path));
}

VoidJob *FileShareClient::probe(bool createIfMissing)
{
    const QString share = m_location.container;
    return probeRoot({m_location.containerUrl(u"restype=directory&comp=list&maxresults=1"_s), m_location.containerUrl(u"restype=share"_s),
                      tr("Checking share %1").arg(share), tr("Creating share %1").arg(share), tr("The file share '%1'").arg(share),
                      u"storage.share_missing"_s},
                     createIfMissing);
}

VoidJob *FileShareClient::beginUpload(const QString &path, qint64 size, const QString &contentType)
{
    // Create File makes the file at full size, zero-filled, at once: under the final name a
    // reader would see zeros where ranges have not yet arrived, and an overwrite would lose
    // the old content before the new is there. So it is made under the staging name.
    HeaderList headers{{"x-ms-type", "file"}, {"x-ms-content-length", QByteArray::number(size)}};
    if (!contentType.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-content-type"), QByteArray(contentType.toUtf8()));
    return simple(make("PUT", m_location.objectUrl(stagingPath(path)), headers), {201}, tr("Creating %1").arg(stagingPath(path)));
}

VoidJob *FileShareClient::uploadPart(const QString &path, int, qint64 offset, const FileRegion &part)
{
    const HeaderList headers{{"x-ms-write", "update"},
                             {"x-ms-range", "bytes=" + QByteArray::number(offset) + '-' + QByteArray::number(offset + part.length - 1)},
                             {"Content-Type", "application/octet-stream"}};
    HttpRequest request = make("PUT", m_location.objectUrl(stagingPath(path), u"comp=range"_s), headers);
    request.bodyFile = part;
    return simple(request, {201}, tr("Writing %1 at %2").arg(path).arg(offset));
}

VoidJob *FileShareClient::abortUpload(const QString &path)
{
    return remove(stagingPath(path));
}

VoidJob *FileShareClient::commitUpload(const QString &path, int, qint64, const QString &contentType, const QByteArray &md5)
{
    auto *job = new VoidJob(this);
    const auto rename = [this, job, path] {
        // Rename File (2021-04-10+): the staged file replaces `path` in one step. The source is
        // named by its URL, with the SAS where the share is reached through one.
        const QByteArray source = renameSource(m_location.objectUrl(stagingPath(path)).toEncoded());
        const HeaderList headers{{"x-ms-file-rename-source", source}, {"x-ms-file-rename-replace-if-exists", "true"}};
        VoidJob *renamed = simple(make("PUT", m_location.objectUrl(path, u"comp=rename"_s), headers), {200}, tr("Finishing %1").arg(path),
                                  true); // a retry after a rename that landed finds no source: the check after commit decides
        connect(job, &Job::cancelRequested, renamed, &Job::cancel);
        onFinished(renamed, job, [job](const VoidResult &r) { job->finish(r); });
    };
    if (md5.isEmpty() && contentType.isEmpty()) {
        rename();
        return job;
    }
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-content-type"), QByteArray(contentType.toUtf8()));
    if (!md5.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-content-md5"), QByteArray(md5.toBase64()));
    VoidJob *props = simple(make("PUT", m_location.objectUrl(stagingPath(path), u"comp=properties"_s), headers), {200},
                            tr("Finishing %1").arg(path));
    connect(job, &Job::cancelRequested, props, &Job::cancel);
    onFinished(props, job, [job, rename](const VoidResult &r) {
        if (!r) {
            job->finish(r);
            return;
        }
        rename();
    });
    return job;
}
