// Connection strings: no error ever quotes the account key or the signature it was given;
// a string that parses gives, for every storage type, fields or an error, and the auth kind
// matches the secret it carries.
#include "fuzzcheck.h"

#include "services/core/connectionstring.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString valueOf(const QString &text, const QString &key)
{
    for (const QString &part : text.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0 && part.left(eq).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return part.mid(eq + 1).trimmed();
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const auto parsed = StorageConnectionString::parse(text);
    const QString key = valueOf(text, u"AccountKey"_s);
    const QString sas = valueOf(text, u"SharedAccessSignature"_s);
    // A secret counts only when its text is nowhere else in the input (else the message may
    // rightly quote that other part).
    const auto elsewhere = [&](const QString &secret) { return text.count(secret) > 1; };
    const auto quotesASecret = [&](const QString &message) {
        return (key.size() >= 8 && !elsewhere(key) && message.contains(key)) || (sas.size() >= 8 && !elsewhere(sas) && message.contains(sas));
    };
    if (!parsed.ok()) {
        FUZZ_CHECK(!quotesASecret(parsed.error().toString()), parsed.error().toString());
        return 0;
    }
    const StorageConnectionString &cs = parsed.value();
    FUZZ_CHECK(cs.authKind() == (cs.accountKey.isEmpty() ? AuthKind::Sas : AuthKind::AccountKey), text);
    for (const StorageType type : StorageTypes::allStorageTypes()) {
        const auto fields = cs.fieldsFor(type);
        if (!fields.ok()) {
            FUZZ_CHECK(!quotesASecret(fields.error().toString()), fields.error().toString());
            continue;
        }
        for (auto it = fields.value().begin(); it != fields.value().end(); ++it)
            FUZZ_CHECK(!quotesASecret(it.value()), it.key());
    }
    return 0;
}
