// Field rules: a datastore definition (type, auth, fields, secrets from the input's lines)
// that normalizes is a fixed point (normalizing it again gives it back), keeps no secret in
// its fields, and names only its real secrets; a refusal names a field and quotes no secret.
#include "fuzzcheck.h"

#include "services/core/fieldrules.h"
#include "services/core/names.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const QList<StorageType> types = StorageTypes::allStorageTypes();
    const QList<AuthKind> kinds = StorageTypes::allAuthKinds();
    Datastore ds;
    ds.type = types.at(data[0] % types.size());
    ds.auth = kinds.at(data[1] % kinds.size());
    const SupportMatrix &matrix = SupportMatrix::builtin();
    const StorageTypeSpec &type = matrix.type(ds.type);
    SecretMap secrets;
    const QStringList lines = QString::fromUtf8(fuzzBytes(data + 2, size - 2)).split(u'\n');
    ds.name = lines.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype eq = lines.at(i).indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString id = lines.at(i).left(eq);
        const FieldSpec *f = type.field(id, ds.auth);
        (f && f->secret ? secrets : ds.fields).insert(id, lines.at(i).mid(eq + 1));
    }
    const SecretMap given = secrets;
    const auto nameError = Names::checkDatastoreName(ds.name);
    const auto normalized = FieldRules::normalize(matrix, ds, secrets);
    if (!normalized.ok()) {
        FUZZ_CHECK(!normalized.error().field.isEmpty() || normalized.error().kind != ApiError::Kind::InvalidInput,
                   normalized.error().toString());
        const QString input = QString::fromUtf8(fuzzBytes(data + 2, size - 2));
        for (const QString &secret : given) {
            if (secret.size() < 8 || input.count(secret) != 1 || !normalized.error().toString().contains(secret))
                continue; // (a secret also typed into another field may rightly be quoted there)
            // The same text may come from elsewhere (a default value): it is quoting only when
            // the message changes with the secret.
            SecretMap other = given;
            for (auto it = other.begin(); it != other.end(); ++it) {
                if (it.value() == secret)
                    it.value() = QString(secret.size(), u'Z');
            }
            const auto changed = FieldRules::normalize(matrix, ds, other);
            FUZZ_CHECK(changed.ok() || changed.error().toString().contains(secret), normalized.error().toString());
        }
        return 0;
    }
    FUZZ_CHECK(!nameError, ds.name);
    const Datastore &out = normalized.value();
    for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
        const FieldSpec *f = type.field(it.key(), out.auth);
        FUZZ_CHECK(f && !f->secret, it.key());
    }
    for (const QString &id : out.storedSecrets)
        FUZZ_CHECK(!secrets.value(id).isEmpty(), id);
    SecretMap again = secrets;
    const auto twice = FieldRules::normalize(matrix, out, again);
    FUZZ_CHECK(twice.ok(), twice.ok() ? QString() : twice.error().toString());
    FUZZ_CHECK(twice.value().fields == out.fields && twice.value().storedSecrets == out.storedSecrets && again == secrets, out.name);
    return 0;
}
