// List Directories and Files: every entry lies in the folder listed, has a name without a
// '/', and a size that is -1 (a folder) or a byte count.
#include "fuzzcheck.h"

#include "services/storage/listingparsers.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString directory = data[0] % 2 ? u"dir/sub/"_s : QString();
    const auto page = ListingParsers::files(fuzzBytes(data + 1, size - 1), directory);
    if (!page.ok()) {
        FUZZ_CHECK(page.error().kind == ApiError::Kind::Parse, page.error().toString());
        return 0;
    }
    for (const StorageEntry &e : page.value().entries) {
        FUZZ_CHECK(e.path.startsWith(directory), e.path);
        FUZZ_CHECK(e.size >= -1, e.path);
        FUZZ_CHECK(e.isDirectory == e.path.endsWith(u'/'), e.path);
    }
    return 0;
}
