// The listing answers of DBFS (Databricks API 2.0) and ADLS Gen1 (WebHDFS): whatever comes,
// every entry is directly under the folder listed, named without '/', its path is the
// folder's plus its name (a folder's with a trailing '/'), and nothing crashes.
#include "fuzzcheck.h"

#include <nlohmann/json.hpp>

#include "services/storage/dbfsclient.h"
#include "services/storage/gen1client.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void checkPage(const Result<ListPage> &page, const QString &directory)
{
    if (!page) {
        FUZZ_CHECK(page.error().kind == ApiError::Kind::Parse, page.error().message);
        return;
    }
    for (const StorageEntry &e : page.value().entries) {
        FUZZ_CHECK(!e.name.isEmpty() && !e.name.contains(u'/'), e.name);
        FUZZ_CHECK(e.path == directory + e.name + (e.isDirectory ? u"/"_s : QString()), e.path);
        FUZZ_CHECK(e.kind == (e.isDirectory ? EntryKind::Folder : EntryKind::File), e.path);
        FUZZ_CHECK(!e.isDirectory || e.size == -1, e.path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QString directory = u"mnt/raw/"_s;
    checkPage(Gen1Client::parseList(bytes, directory, u"fuzz"_s), directory);
    const nlohmann::json j = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!j.is_discarded()) {
        checkPage(DbfsClient::parseList(j, directory, u"fuzz"_s), directory);
        checkPage(DbfsClient::parseList(j, QString(), u"fuzz"_s), QString());
    }
    return 0;
}
