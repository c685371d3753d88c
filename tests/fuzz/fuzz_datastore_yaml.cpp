// az ml datastore YAML as `dsstudio datastore register --file` and the studio's Import read it:
// any input is read or refused with a message naming where; what is read, written back and
// read again, is the same datastore (name, type, credential kind, fields, description, tags,
// secrets).
#include "fuzzcheck.h"

#include "services/core/datastoreyaml.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QMap<QString, QString> nonEmpty(QMap<QString, QString> m)
{
    m.removeIf([](const auto &it) { return it.value().isEmpty(); });
    return m;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SupportMatrix &matrix = SupportMatrix::builtin();
    const auto first = DatastoreYaml::read(matrix, fuzzBytes(data, size), u"fuzz.yml"_s);
    if (!first) {
        FUZZ_CHECK(first.error().message.startsWith(u"fuzz.yml"_s), first.error().message);
        return 0;
    }
    const Datastore &ds = first.value().datastore;
    FUZZ_CHECK(DatastoreYaml::supports(ds.type) && !ds.name.isEmpty(), ds.name);
    const auto written = DatastoreYaml::write(matrix, ds, first.value().secrets);
    FUZZ_CHECK(written, written.error().message);
    const auto second = DatastoreYaml::read(matrix, written.value().text, u"again.yml"_s);
    FUZZ_CHECK(second, second.error().message + u"\n"_s + QString::fromUtf8(written.value().text));
    const Datastore &back = second.value().datastore;
    FUZZ_CHECK(back.name == ds.name && back.type == ds.type && back.description == ds.description, QString::fromUtf8(written.value().text));
    FUZZ_CHECK(back.tags == ds.tags, QString::fromUtf8(written.value().text));
    FUZZ_CHECK(nonEmpty(back.fields) == nonEmpty(ds.fields), QString::fromUtf8(written.value().text));
    FUZZ_CHECK(nonEmpty(second.value().secrets) == nonEmpty(first.value().secrets), u"the secrets changed"_s);
    // A credential kind read is written back (with what it needs in the file).
    if (!first.value().secrets.isEmpty() || ds.auth == AuthKind::None)
        FUZZ_CHECK(back.auth == ds.auth, QString::fromUtf8(written.value().text));
    return 0;
}
