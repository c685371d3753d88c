// List Blobs: the byte scanner and the XML reader are held to the same result. On every body
// the XML reader accepts, the scanner (or, where it declines, the reader it falls back to)
// gives exactly the same page; every entry has a size that is -1 (a folder) or a byte count,
// and a folder's path ends in '/'. Known and accepted: the scanner reads only the elements it
// needs, so a body malformed elsewhere (a stray tag outside <Blobs>) may be read by it where
// the XML reader refuses the whole body; it never reads such a body differently.
#include "fuzzcheck.h"

#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = fuzzBytes(data, size);
    const auto fast = ListingParsers::blobs(xml);
    const auto full = ListingParsers::blobsXml(xml);
    if (!full.ok()) {
        FUZZ_CHECK(full.error().kind == ApiError::Kind::Parse, full.error().toString());
        return 0;
    }
    FUZZ_CHECK(fast.ok(), fast.error().toString());
    const ListPage &a = fast.value();
    const ListPage &b = full.value();
    FUZZ_CHECK(a.nextToken == b.nextToken, a.nextToken + u" vs "_s + b.nextToken);
    FUZZ_CHECK(a.entries.size() == b.entries.size(), QString::number(a.entries.size()) + u" vs "_s + QString::number(b.entries.size()));
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        const StorageEntry &x = a.entries.at(i);
        const StorageEntry &y = b.entries.at(i);
        FUZZ_CHECK(x.path == y.path && x.name == y.name && x.isDirectory == y.isDirectory, x.path + u" vs "_s + y.path);
        FUZZ_CHECK(x.size == y.size && x.etag == y.etag && x.contentType == y.contentType && x.accessTier == y.accessTier, x.path);
        FUZZ_CHECK(x.lastModified == y.lastModified, x.path);
        FUZZ_CHECK(x.size >= -1, x.path);
        FUZZ_CHECK(!x.isDirectory || x.path.endsWith(u'/'), x.path); // a blob may be named "dir/" itself
    }
    return 0;
}
