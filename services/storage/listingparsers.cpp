#include "services/storage/listingparsers.h"

#include "services/core/printable.h"
#include "services/net/headervalues.h"
#include "services/net/httpdate.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>
#include <optional>

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

// The rest of the document after the root element, so that what follows it (a second root,
// a stray tag) is the error it is rather than ignored.
void readToTheEnd(QXmlStreamReader &xml)
{
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
}

// A <Content-Length> that is not a byte count is an error of the listing, never a size of 0.
qint64 readSize(QXmlStreamReader &xml)
{
    const QString text = xml.readElementText();
    const qint64 size = HeaderValues::byteCount(text);
    if (size < 0 && !xml.hasError())
        xml.raiseError(QCoreApplication::translate("ListingParsers", "Content-Length '%1' is not a byte count").arg(Printable::line(text, 40)));
    return size;
}

void readBlobProperties(QXmlStreamReader &xml, StorageEntry &e, bool *isHnsDirectory)
{
    // A property given twice (never by the service) is read once, the first time, as the byte
    // scanner reads it (found by fuzz_blob_listing: a repeated Content-Type read differently).
    QSet<QString> seen;
    while (xml.readNextStartElement()) {
        const auto n = xml.name();
        if (seen.contains(n.toString())) {
            xml.skipCurrentElement();
            continue;
        }
        seen.insert(n.toString());
        if (n == u"Content-Length"_s)
            e.size = readSize(xml);
        else if (n == u"Last-Modified"_s)
            e.lastModified = HttpDate::parse(xml.readElementText());
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

// Text content with the five XML entities and character references decoded; nullopt for
// anything else.
std::optional<QString> xmlText(QByteArrayView raw)
{
    if (!raw.contains('&'))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '&') {
            out += c;
            continue;
        }
        const qsizetype semi = raw.indexOf(';', i);
        if (semi < 0 || semi - i > 10)
            return std::nullopt;
        const QByteArrayView entity = raw.sliced(i + 1, semi - i - 1);
        if (entity == "amp")
            out += '&';
        else if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "quot")
            out += '"';
        else if (entity == "apos")
            out += '\'';
        else if (entity.startsWith('#')) {
            bool ok = false;
            const uint code = entity.size() > 1 && (entity.at(1) == 'x' || entity.at(1) == 'X') ? entity.sliced(2).toUInt(&ok, 16)
                                                                                                 : entity.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF)
                return std::nullopt;
            const char32_t ch = char32_t(code);
            out += QString::fromUcs4(&ch, 1).toUtf8();
        } else {
            return std::nullopt;
        }
        i = semi;
    }
    return QString::fromUtf8(out);
}

// Where `needle` first occurs in [from, to) of `v` (to < 0: the end), or -1. memmem: Qt 6.4's
// indexOf sets up a Boyer-Moore table on every call into a long haystack, which made the
// searches of a 5,000-entry page most of a listing's CPU.
qsizetype findIn(QByteArrayView v, QByteArrayView needle, qsizetype from, qsizetype to = -1)
{
    if (to < 0 || to > v.size())
        to = v.size();
    if (from < 0 || from > to || to - from < needle.size() || needle.isEmpty())
        return -1; // (memmem must not see the null data of an empty view)
    const void *hit = memmem(v.data() + from, size_t(to - from), needle.data(), size_t(needle.size()));
    return hit ? static_cast<const char *>(hit) - v.data() : -1;
}

// The text of the first <tag>…</tag> inside [from, to) of `v`; an absent element is an empty
// optional string, a malformed one nullopt.
std::optional<QString> childText(QByteArrayView v, qsizetype from, qsizetype to, QByteArrayView tag, bool *present = nullptr)
{
    char open[48];
    char close[48];
    Q_ASSERT(tag.size() + 3 <= qsizetype(sizeof close));
    open[0] = '<';
    close[0] = '<';
    close[1] = '/';
    std::memcpy(open + 1, tag.data(), size_t(tag.size()));
    std::memcpy(close + 2, tag.data(), size_t(tag.size()));
    open[tag.size() + 1] = '>';
    close[tag.size() + 2] = '>';
    const QByteArrayView openTag(open, tag.size() + 2);
    const QByteArrayView closeTag(close, tag.size() + 3);
    const qsizetype a = findIn(v, openTag, from, to);
    if (present)
        *present = a >= 0;
    if (a < 0)
        return QString();
    const qsizetype b = findIn(v, closeTag, a + openTag.size(), to);
    if (b < 0)
        return std::nullopt;
    return xmlText(v.sliced(a + openTag.size(), b - a - openTag.size()));
}

// True when every tag of `v` has the plain form the scanner matches byte for byte (<Name>,
// </Name>, <Name/>, <Name />): no attributes or spaces in a tag but the XML declaration's and the root
// element's, no comments, processing instructions or declarations. A body that differs is
// valid XML the scanner could misread (<NextMarker >, a marker inside a comment) and goes to
// the XML reader.
bool plainTags(QByteArrayView v)
{
    bool rootSeen = false;
    for (qsizetype at = findIn(v, "<", 0); at >= 0; at = findIn(v, "<", at + 1)) {
        if (at + 1 >= v.size())
            return false;
        const char next = v.at(at + 1);
        if (next == '?') { // only the declaration, at the very start
            if (at != 0)
                return false;
            continue;
        }
        if (next == '!')
            return false;
        qsizetype end = at + 1 + (next == '/' ? 1 : 0);
        while (end < v.size() && v.at(end) != '>' && v.at(end) != '/' && v.at(end) != ' ' && v.at(end) != '\t' && v.at(end) != '\n')
            ++end;
        if (end >= v.size())
            return false;
        const char stop = v.at(end);
        const bool root = next != '/' && v.sliced(at + 1, end - at - 1) == "EnumerationResults";
        if (root) { // the root is one, and holds the listing: an empty <EnumerationResults/> is the XML reader's to refuse
            const qsizetype close = findIn(v, ">", end);
            if (rootSeen || close < 0 || v.at(close - 1) == '/')
                return false;
            rootSeen = true; // its attributes (ServiceEndpoint, ContainerName) are not read
            at = close;
            continue;
        }
        if (stop == '>' || (stop == '/' && next != '/' && end + 1 < v.size() && v.at(end + 1) == '>'))
            continue;
        // <Content-Encoding /> (as the service writes an empty element): spaces, then "/>"
        qsizetype after = end;
        while (after < v.size() && (v.at(after) == ' ' || v.at(after) == '\t' || v.at(after) == '\n'))
            ++after;
        if (next != '/' && after + 1 < v.size() && v.at(after) == '/' && v.at(after + 1) == '>')
            continue;
        return false;
    }
    return true;
}

// The fast path of ListingParsers::blobs (see the header).
std::optional<ListPage> scanBlobs(const QByteArray &body)
{
    const QByteArrayView v(body);
    // Bytes no XML document may hold (C0 controls but tab and line feed) are refused by the
    // XML reader with a reason; a carriage return it reads as a line feed (XML's line-end
    // rule). Either way the scanner leaves such a body to it.
    if (std::any_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n'; }))
        return std::nullopt;
    if (findIn(v, "<EnumerationResults", 0) < 0 || !plainTags(v))
        return std::nullopt; // (CDATA starts "<!", <Name Encoded="true"> has an attribute: plainTags declines both)
    ListPage page;
    QSet<QString> prefixes;
    QList<StorageEntry> hnsDirectories;
    qsizetype pos = findIn(v, "<Blobs>", 0);
    if (pos < 0) {
        if (!v.contains("<Blobs />") && !v.contains("<Blobs/>"))
            return std::nullopt;
    } else {
        const qsizetype end = findIn(v, "</Blobs>", pos);
        if (end < 0 || findIn(v, "<Blobs", end) >= 0)
            return std::nullopt; // (a second Blobs section, which the service never sends: the reader reads both)
        pos += 7;
        for (;;) {
            while (pos < end && (v.at(pos) == ' ' || v.at(pos) == '\n' || v.at(pos) == '\r' || v.at(pos) == '\t'))
                ++pos;
            if (pos >= end)
                break;
            const bool blob = v.sliced(pos).startsWith("<Blob>");
            const bool prefix = !blob && v.sliced(pos).startsWith("<BlobPrefix>");
            if (!blob && !prefix)
                return std::nullopt;
            const QByteArrayView close = blob ? QByteArrayView("</Blob>") : QByteArrayView("</BlobPrefix>");
            const qsizetype elementEnd = findIn(v, close, pos, end);
            if (elementEnd < 0 || elementEnd > end)
                return std::nullopt;
            const qsizetype inner = pos + (blob ? 6 : 12);
            if (!v.sliced(inner).startsWith("<Name>"))
                return std::nullopt; // Name is the first child in the schema
            const std::optional<QString> name = childText(v, inner, elementEnd, "Name");
            if (!name || name->isEmpty())
                return std::nullopt;
            StorageEntry e;
            e.path = *name;
            if (prefix) {
                e.isDirectory = true;
                if (!e.path.endsWith(u'/'))
                    e.path += u'/'; // a prefix is a folder, whatever delimiter the server thought of
                e.name = leafOf(e.path);
                prefixes.insert(e.path);
                page.entries.append(e);
            } else {
                const qsizetype props = findIn(v, "<Properties>", inner, elementEnd);
                bool hnsDirectory = false;
                if (props >= 0) {
                    const qsizetype propsEnd = findIn(v, "</Properties>", props, elementEnd);
                    if (propsEnd < 0)
                        return std::nullopt;
                    bool hasLength = false;
                    const auto length = childText(v, props, propsEnd, "Content-Length", &hasLength);
                    const auto modified = childText(v, props, propsEnd, "Last-Modified");
                    const auto type = childText(v, props, propsEnd, "Content-Type");
                    const auto tier = childText(v, props, propsEnd, "AccessTier");
                    const auto etag = childText(v, props, propsEnd, "Etag");
                    const auto resource = childText(v, props, propsEnd, "ResourceType");
                    if (!length || !modified || !type || !tier || !etag || !resource)
                        return std::nullopt;
                    if (hasLength && (e.size = HeaderValues::byteCount(*length)) < 0)
                        return std::nullopt; // the XML reader says what is wrong
                    if (!modified->isEmpty())
                        e.lastModified = HttpDate::parse(*modified);
                    e.contentType = *type;
                    e.accessTier = *tier;
                    e.etag = QString(*etag).remove(u'"');
                    hnsDirectory = *resource == u"directory"_s;
                }
                if (hnsDirectory) {
                    e.isDirectory = true;
                    e.size = -1;
                    e.path += u'/';
                    hnsDirectories.append(e);
                } else {
                    e.name = leafOf(e.path);
                    page.entries.append(e);
                }
            }
            pos = elementEnd + close.size();
        }
    }
    const qsizetype marker = v.lastIndexOf("<NextMarker>");
    if (marker >= 0) {
        const qsizetype markerEnd = v.indexOf("</NextMarker>", marker);
        if (markerEnd < 0)
            return std::nullopt;
        const std::optional<QString> next = xmlText(v.sliced(marker + 12, markerEnd - marker - 12));
        if (!next)
            return std::nullopt;
        page.nextToken = *next;
    }
    for (StorageEntry &d : hnsDirectories) {
        if (!prefixes.contains(d.path)) {
            d.name = leafOf(d.path);
            page.entries.append(d);
        }
    }
    return page;
}

} // namespace

namespace ListingParsers {

Result<ListPage> blobs(const QByteArray &body)
{
    if (std::optional<ListPage> page = scanBlobs(body))
        return *page;
    return blobsXml(body);
}

Result<ListPage> blobsXml(const QByteArray &body)
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
                    if (e.path.isEmpty()) {
                        if (!xml.hasError())
                            xml.raiseError(QCoreApplication::translate("ListingParsers", "a BlobPrefix has no name"));
                        break;
                    }
                    if (!e.path.endsWith(u'/'))
                        e.path += u'/'; // as the scanner does
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
    readToTheEnd(xml);
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
                                e.size = readSize(xml);
                            else if (xml.name() == u"Last-Modified"_s || xml.name() == u"LastWriteTime"_s) {
                                const QDateTime t = HttpDate::parse(xml.readElementText());
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
                // A file or folder of a share has a name, and no '/' in it (it is one level).
                if (e.name.isEmpty() || e.name.contains(u'/')) {
                    if (!xml.hasError())
                        xml.raiseError(QCoreApplication::translate("ListingParsers", "an entry's name '%1' is empty or holds a '/'")
                                           .arg(Printable::line(e.name, 200)));
                    break;
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
    readToTheEnd(xml);
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
        const QString name = str(p["name"]);
        if (name.isEmpty() || name.endsWith(u'/'))
            return parseError(u"Data Lake"_s, QCoreApplication::translate("ListingParsers", "a path's name '%1' is empty or ends in '/'")
                                                  .arg(Printable::line(name, 200)));
        e.path = name + (e.isDirectory ? u"/"_s : QString());
        e.name = leafOf(e.path);
        e.size = e.isDirectory ? -1 : (p.contains("contentLength") ? HeaderValues::byteCount(str(p["contentLength"])) : 0);
        if (!e.isDirectory && e.size < 0)
            return parseError(u"Data Lake"_s, QCoreApplication::translate("ListingParsers", "the contentLength of %1 is not a byte count")
                                                  .arg(Printable::line(e.path, 200)));
        if (p.contains("lastModified"))
            e.lastModified = HttpDate::parse(str(p["lastModified"]));
        if (p.contains("etag"))
            e.etag = str(p["etag"]).remove(u'"');
        page.entries.append(e);
    }
    return page;
}

} // namespace ListingParsers
