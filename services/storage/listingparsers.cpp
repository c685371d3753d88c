#include "services/storage/listingparsers.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError parseError(const QString &what, const QString &detail)
{
    return ApiError::make(ApiError::Kind::Parse, u"listing.parse"_s,
                          QCoreApplication::translate("ListingParsers", "The %1 listing could not be read.").arg(what), {}, detail);
}

QString leafOf(const QString &path)
{
    QString p = path;
    if (p.endsWith(u'/'))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(u'/');
    return slash < 0 ? p : p.mid(slash + 1);
}

// <Name Encoded="true">…</Name> carries a percent-encoded name.
QString readName(QXmlStreamReader &xml)
{
    const bool encoded = xml.attributes().value(u"Encoded"_s) == u"true"_s;
    const QString text = xml.readElementText();
    return encoded ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
}

void readBlobProperties(QXmlStreamReader &xml, StorageEntry &e, bool *isHnsDirectory)
{
    while (xml.readNextStartElement()) {
        const auto n = xml.name();
        if (n == u"Content-Length"_s)
            e.size = xml.readElementText().toLongLong();
        else if (n == u"Last-Modified"_s)
            e.lastModified = ListingParsers::parseHttpDate(xml.readElementText());
        else if (n == u"Content-Type"_s)
            e.contentType = xml.readElementText();
        else if (n == u"AccessTier"_s)
            e.accessTier = xml.readElementText();
        else if (n == u"Etag"_s)
            e.etag = xml.readElementText().remove(u'"');
        else if (n == u"ResourceType"_s)
            *isHnsDirectory = xml.readElementText() == u"directory"_s;
        else
            xml.skipCurrentElement();
    }
}

} // namespace

namespace ListingParsers {

QDateTime parseHttpDate(const QString &text)
{
    QDateTime t = QLocale::c().toDateTime(text.trimmed(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<ListPage> blobs(const QByteArray &body)
{
    ListPage page;
    QXmlStreamReader xml(body);
    QSet<QString> prefixes;
    QList<StorageEntry> hnsDirectories;
    if (!xml.readNextStartElement() || xml.name() != u"EnumerationResults"_s)
        return parseError(u"blob"_s, u"no EnumerationResults element"_s);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Blobs"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Blob"_s) {
                    StorageEntry e;
                    bool hnsDirectory = false;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"Name"_s)
                            e.path = readName(xml);
                        else if (xml.name() == u"Properties"_s)
                            readBlobProperties(xml, e, &hnsDirectory);
                        else
                            xml.skipCurrentElement();
                    }
                    if (hnsDirectory) {
                        e.isDirectory = true;
                        e.size = -1;
                        e.path += u'/';
                        hnsDirectories.append(e);
                        continue;
                    }
                    e.name = leafOf(e.path);
                    page.entries.append(e);
                } else if (xml.name() == u"BlobPrefix"_s) {
                    StorageEntry e;
                    e.isDirectory = true;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"Name"_s)
                            e.path = readName(xml);
                        else
                            xml.skipCurrentElement();
                    }
                    e.name = leafOf(e.path);
                    prefixes.insert(e.path);
                    page.entries.append(e);
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.name() == u"NextMarker"_s) {
            page.nextToken = xml.readElementText();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return parseError(u"blob"_s, xml.errorString());
    for (StorageEntry &d : hnsDirectories) {
        if (!prefixes.contains(d.path)) {
            d.name = leafOf(d.path);
            page.entries.append(d);
        }
    }
    return page;
}

Result<ListPage> files(const QByteArray &body, const QString &directory)
{
    ListPage page;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != u"EnumerationResults"_s)
        return parseError(u"file share"_s, u"no EnumerationResults element"_s);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Entries"_s) {
            while (xml.readNextStartElement()) {
                const bool dir = xml.name() == u"Directory"_s;
                if (!dir && xml.name() != u"File"_s) {
                    xml.skipCurrentElement();
                    continue;
                }
                StorageEntry e;
                e.isDirectory = dir;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"Name"_s) {
                        e.name = readName(xml);
                    } else if (xml.name() == u"Properties"_s) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"Content-Length"_s)
                                e.size = xml.readElementText().toLongLong();
                            else if (xml.name() == u"Last-Modified"_s || xml.name() == u"LastWriteTime"_s) {
                                const QDateTime t = parseHttpDate(xml.readElementText());
                                if (t.isValid())
                                    e.lastModified = t;
                            } else if (xml.name() == u"Etag"_s)
                                e.etag = xml.readElementText().remove(u'"');
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                e.path = directory + e.name + (dir ? u"/"_s : QString());
                if (dir)
                    e.size = -1;
                page.entries.append(e);
            }
        } else if (xml.name() == u"NextMarker"_s) {
            page.nextToken = xml.readElementText();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return parseError(u"file share"_s, xml.errorString());
    return page;
}

Result<ListPage> dfsPaths(const QByteArray &body, const QString &continuation)
{
    ListPage page;
    page.nextToken = continuation;
    const auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("paths") || !j["paths"].is_array())
        return parseError(u"Data Lake"_s, u"no paths array"_s);
    const auto str = [](const nlohmann::json &v) -> QString {
        if (v.is_string())
            return QString::fromStdString(v.get<std::string>());
        if (v.is_number_integer())
            return QString::number(v.get<qint64>());
        if (v.is_boolean())
            return v.get<bool>() ? u"true"_s : u"false"_s;
        return {};
    };
    for (const auto &p : j["paths"]) {
        if (!p.is_object() || !p.contains("name"))
            continue;
        StorageEntry e;
        e.isDirectory = p.contains("isDirectory") && str(p["isDirectory"]) == u"true"_s;
        e.path = str(p["name"]) + (e.isDirectory ? u"/"_s : QString());
        e.name = leafOf(e.path);
        e.size = e.isDirectory ? -1 : (p.contains("contentLength") ? str(p["contentLength"]).toLongLong() : 0);
        if (p.contains("lastModified"))
            e.lastModified = parseHttpDate(str(p["lastModified"]));
        if (p.contains("etag"))
            e.etag = str(p["etag"]).remove(u'"');
        page.entries.append(e);
    }
    return page;
}

} // namespace ListingParsers
