#include "services/storage/blobclient.h"

#include <QCoreApplication>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString q(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value));
}

} // namespace

ListJob *BlobClient::list(const QString &directory, const QString &pageToken, int pageSize, bool recursive)
{
    return listPrefix(directory, pageToken, pageSize, recursive);
}

ListJob *BlobClient::search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize)
{
    return listPrefix(directory + namePrefix, pageToken, pageSize, false);
}

ListJob *BlobClient::listPrefix(const QString &prefix, const QString &pageToken, int pageSize, bool recursive)
{
    auto *job = new ListJob(this);
    std::shared_ptr<ReadAhead> ahead;
    if (m_ahead && m_ahead->prefix == prefix && m_ahead->token == pageToken && m_ahead->pageSize == pageSize
        && m_ahead->recursive == recursive) {
        ahead = std::exchange(m_ahead, nullptr); // this page was asked for already
    } else {
        dropReadAhead();
        ahead = startPage(prefix, pageToken, pageSize, recursive);
    }
    connect(job, &Job::cancelRequested, this, [ahead] {
        if (ahead->http)
            ahead->http->cancel();
    });
    const auto deliver = [this, job, prefix, pageSize, recursive](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        if (r.value().status != 200) {
            job->finish(StorageHttp::errorFrom(r.value(), tr("Listing container %1").arg(m_location.container)));
            return;
        }
        if (m_readAhead) {
            // Ask for the next page before parsing this one: the parse then overlaps the round trip.
            const QByteArray &body = r.value().body;
            const qsizetype a = body.lastIndexOf("<NextMarker>");
            const qsizetype b = a < 0 ? -1 : body.indexOf("</NextMarker>", a);
            if (a >= 0 && b > a + 12) {
                QXmlStreamReader marker(body.mid(a, b + 13 - a));
                if (marker.readNextStartElement()) {
                    const QString next = marker.readElementText();
                    if (!next.isEmpty() && !job->isCancelled())
                        m_ahead = startPage(prefix, next, pageSize, recursive);
                }
            }
        }
        job->finish(located(ListingParsers::blobs(r.value().body), r.value(), tr("Listing container %1").arg(m_location.container)));
    };
    if (ahead->result)
        deliver(*ahead->result);
    else
        ahead->consumer = deliver;
    return job;
}

std::shared_ptr<BlobClient::ReadAhead> BlobClient::startPage(const QString &prefix, const QString &pageToken, int pageSize, bool recursive)
{
    auto ahead = std::make_shared<ReadAhead>();
    ahead->prefix = prefix;
    ahead->token = pageToken;
    ahead->pageSize = pageSize;
    ahead->recursive = recursive;
    QString query = u"restype=container&comp=list&maxresults="_s + QString::number(std::clamp(pageSize, 1, 5000));
    if (!prefix.isEmpty())
        query += u"&prefix="_s + q(prefix);
    if (!recursive)
        query += u"&delimiter=%2F"_s;
    if (!pageToken.isEmpty())
        query += u"&marker="_s + q(pageToken);
    ahead->http = send(make("GET", m_location.containerUrl(query)));
    const std::weak_ptr<ReadAhead> weak = ahead;
    onFinished(ahead->http.data(), this, [weak](const Result<HttpResponse> &r) {
        const auto a = weak.lock();
        if (!a)
            return; // dropped: nobody will ask for this page
        if (a->consumer)
            a->consumer(r);
        else
            a->result = r;
    });
    return ahead;
}

void BlobClient::dropReadAhead()
{
    if (m_ahead && m_ahead->http)
        m_ahead->http->cancel();
    m_ahead.reset();
}

VoidJob *BlobClient::remove(const QString &path)
{
    return simple(make("DELETE", m_location.objectUrl(path)), {200, 202}, tr("Deleting %1").arg(path), true);
}

VoidJob *BlobClient::makeDirectory(const QString &path)
{
    auto *job = new VoidJob(this);
    job->finish(ApiError::make(ApiError::Kind::Unsupported, u"blob.no_folders"_s,
                               tr("Blob containers have no real folders: '%1' appears as soon as you upload into it.").arg(path)));
    return job;
}

VoidJob *BlobClient::probe(bool createIfMissing)
{
    const QString c = m_location.container;
    return probeRoot({m_location.containerUrl(u"restype=container&comp=list&maxresults=1"_s), m_location.containerUrl(u"restype=container"_s),
                      tr("Checking container %1").arg(c), tr("Creating container %1").arg(c), tr("The container '%1'").arg(c),
                      u"storage.container_missing"_s},
                     createIfMissing);
}

QByteArray BlobClient::blockId(int index)
{
    // Equal length for every block of a blob: base64 of a fixed-width number.
    return QByteArray::number(index).rightJustified(6, '0').toBase64();
}

VoidJob *BlobClient::beginUpload(const QString &, qint64, const QString &)
{
    auto *job = new VoidJob(this);
    job->finish({});
    return job;
}

VoidJob *BlobClient::uploadPart(const QString &path, int index, qint64, const FileRegion &part)
{
    const QString query = u"comp=block&blockid="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(blockId(index))));
    HttpRequest request = make("PUT", m_location.objectUrl(path, query), {{"Content-Type", "application/octet-stream"}});
    request.bodyFile = part;
    return simple(request, {201}, tr("Uploading block %1 of %2").arg(index).arg(path));
}

VoidJob *BlobClient::uploadWhole(const QString &path, const QByteArray &data, const QString &contentType, const QByteArray &md5)
{
    HeaderList headers{{"x-ms-blob-type", "BlockBlob"}, {"Content-Type", "application/octet-stream"}};
    if (!contentType.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-blob-content-type"), QByteArray(contentType.toUtf8()));
    if (!md5.isEmpty()) {
        headers.emplaceBack(QByteArray("Content-MD5"), QByteArray(md5.toBase64()));           // checked by the service
        headers.emplaceBack(QByteArray("x-ms-blob-content-md5"), QByteArray(md5.toBase64())); // stored with the blob
    }
    return simple(make("PUT", m_location.objectUrl(path), headers, data), {201}, tr("Uploading %1").arg(path));
}

VoidJob *BlobClient::commitUpload(const QString &path, int parts, qint64, const QString &contentType, const QByteArray &md5)
{
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-blob-content-type"), QByteArray(contentType.toUtf8()));
    if (!md5.isEmpty())
        headers.emplaceBack(QByteArray("x-ms-blob-content-md5"), QByteArray(md5.toBase64()));
    if (parts == 0) { // an empty file: one Put Blob
        headers.emplaceBack(QByteArray("x-ms-blob-type"), QByteArray("BlockBlob"));
        headers.emplaceBack(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
        return simple(make("PUT", m_location.objectUrl(path), headers), {201}, tr("Uploading %1").arg(path));
    }
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
    for (int i = 0; i < parts; ++i)
        xml += "<Latest>" + blockId(i) + "</Latest>";
    xml += "</BlockList>";
    headers.emplaceBack(QByteArray("Content-Type"), QByteArray("application/xml"));
    return simple(make("PUT", m_location.objectUrl(path, u"comp=blocklist"_s), headers, xml), {201},
                  tr("Committing the blocks of %1").arg(path));
}
