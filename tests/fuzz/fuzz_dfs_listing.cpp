// ADLS Gen2 Path - List (JSON): the continuation is the header's, every entry has a path,
// a folder's ends in '/', a file's size is a byte count.
#include "fuzzcheck.h"

#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto page = ListingParsers::dfsPaths(fuzzBytes(data, size), u"next-token"_s);
    if (!page.ok()) {
        FUZZ_CHECK(page.error().kind == ApiError::Kind::Parse, page.error().toString());
        return 0;
    }
    FUZZ_CHECK(page.value().nextToken == u"next-token"_s, page.value().nextToken);
    for (const StorageEntry &e : page.value().entries) {
        FUZZ_CHECK(e.isDirectory == e.path.endsWith(u'/'), e.path);
        FUZZ_CHECK(e.isDirectory ? e.size == -1 : e.size >= 0, e.path);
    }
    return 0;
}
