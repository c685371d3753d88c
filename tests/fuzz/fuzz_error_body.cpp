// Storage error answers (x-ms-error-code and an XML or JSON body): whatever the server says,
// the error is one printable line of bounded length, never the server's control characters.
#include "fuzzcheck.h"

#include "services/core/printable.h"
#include "services/net/storagehttp.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = {400, 401, 403, 404, 409, 412, 416, 429, 500, 503, 200, 302};
    HttpResponse response;
    response.status = statuses[data[0] % std::size(statuses)];
    const QByteArray rest = fuzzBytes(data + 1, size - 1);
    const qsizetype newline = rest.indexOf('\n');
    if (newline >= 0) {
        response.headers.append({QByteArray("x-ms-error-code"), rest.left(newline)});
        response.body = rest.mid(newline + 1);
    } else {
        response.body = rest;
    }
    response.where = u"GET https://acct.blob.core.windows.net/data"_s;
    const ApiError e = StorageHttp::errorFrom(response, u"Listing container data"_s);
    FUZZ_CHECK(e.isError(), e.toString());
    FUZZ_CHECK(Printable::isClean(e.message), e.message);
    FUZZ_CHECK(Printable::isClean(e.code), e.code);
    FUZZ_CHECK(e.message.size() <= 2000, QString::number(e.message.size()));
    return 0;
}
