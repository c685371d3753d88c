// What an Azure ML workspace answers (ARM v2 DatastoreResources, v1 DataStore DTOs, the
// secrets of listSecrets, ARM and v1 error bodies): whatever comes, a datastore read from it
// has a name the service could have made and only printable values, writing it back gives
// the same datastore, and an error is one printable line of bounded length.
#include "fuzzcheck.h"

#include "services/core/printable.h"
#include "services/core/supportmatrix.h"
#include "services/net/httpclient.h"
#include "services/workspace/azuremlmapping.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

void checkRecord(const Datastore &ds, const char *what)
{
    FUZZ_CHECK(AzureMlMapping::isServiceName(ds.name), QString::fromLatin1(what) + u": "_s + Printable::line(ds.name, 300));
    for (auto it = ds.fields.cbegin(); it != ds.fields.cend(); ++it) {
        FUZZ_CHECK(Printable::isClean(it.key()), it.key());
        FUZZ_CHECK(Printable::isClean(it.value()), Printable::line(it.value(), 300));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const SupportMatrix &matrix = SupportMatrix::builtin();
    const QByteArray rest = fuzzBytes(data + 1, size - 1);
    const json j = json::parse(rest.begin(), rest.end(), nullptr, false);
    switch (data[0] % 4) {
    case 0: {
        const Result<Datastore> ds = AzureMlMapping::fromArm(matrix, j);
        if (!ds)
            break;
        checkRecord(ds.value(), "v2");
        // Written back and read again, it is the same datastore.
        SecretMap secrets;
        for (const QString &field : ds.value().storedSecrets)
            secrets.insert(field, u"secret"_s);
        json again = AzureMlMapping::toArm(ds.value(), secrets);
        again["name"] = ds.value().name.toStdString();
        const Result<Datastore> back = AzureMlMapping::fromArm(matrix, again);
        FUZZ_CHECK(back, back ? QString() : back.error().toString());
        FUZZ_CHECK(back.value().type == ds.value().type && back.value().auth == ds.value().auth, ds.value().name);
        FUZZ_CHECK(back.value().fields == ds.value().fields, QString::fromStdString(again.dump()));
        break;
    }
    case 1: {
        SecretMap secrets;
        const Result<Datastore> ds = AzureMlMapping::fromV1(matrix, j, &secrets);
        if (!ds)
            break;
        checkRecord(ds.value(), "v1");
        const json again = AzureMlMapping::toV1(ds.value(), secrets, j);
        const Result<Datastore> back = AzureMlMapping::fromV1(matrix, again);
        FUZZ_CHECK(back, back ? QString() : back.error().toString());
        FUZZ_CHECK(back.value().type == ds.value().type && back.value().auth == ds.value().auth, ds.value().name);
        FUZZ_CHECK(back.value().fields == ds.value().fields, QString::fromStdString(again.dump()));
        break;
    }
    case 2: {
        static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 503};
        HttpResponse response;
        response.status = statuses[data[0] / 4 % std::size(statuses)];
        response.body = rest;
        response.requestId = "00000000-0000-0000-0000-000000000000";
        response.where = u"GET https://management.azure.com/subscriptions/s"_s;
        const ApiError e = AzureMlMapping::errorFrom(response, u"Listing the datastores of ws"_s);
        FUZZ_CHECK(e.isError(), e.toString());
        FUZZ_CHECK(Printable::isClean(e.message), e.message);
        FUZZ_CHECK(Printable::isClean(e.code), e.code);
        FUZZ_CHECK(e.message.size() <= 2000, QString::number(e.message.size()));
        break;
    }
    case 3: {
        Datastore ds;
        ds.name = u"ds"_s;
        ds.auth = static_cast<AuthKind>(data[0] / 4 % 5);
        const Result<SecretMap> secrets = AzureMlMapping::secretsFromArm(ds, j);
        if (secrets) {
            for (auto it = secrets.value().cbegin(); it != secrets.value().cend(); ++it)
                FUZZ_CHECK(!it.key().isEmpty(), QString());
        }
        break;
    }
    }
    return 0;
}
