#pragma once

#include <QByteArray>

#include "services/core/result.h"
#include "services/storage/storagetypes.h"

// Pure parsers from a listing response body to a page of entries (REFERENCE.md 9.2, 10.1,
// 11.1), so they can be tested from fixtures without a network.
namespace ListingParsers {

// List Blobs XML; `directory` is the listed prefix. Names with Encoded="true" are decoded;
// HNS directory blobs become directory entries (deduplicated against BlobPrefix).
// A byte scanner handles the usual shape of the response (several times faster than an XML
// reader, and without a UTF-16 copy of the body); anything unusual (encoded names, CDATA,
// unknown entities, an unexpected layout) goes to the full XML reader, blobsXml().
Result<ListPage> blobs(const QByteArray &xml);
Result<ListPage> blobsXml(const QByteArray &xml);
// List Directories and Files XML for the directory `directory` ("" or ending in '/').
Result<ListPage> files(const QByteArray &xml, const QString &directory);
// dfs Path - List JSON; the continuation comes from the response header.
Result<ListPage> dfsPaths(const QByteArray &json, const QString &continuation);

} // namespace ListingParsers
