// SAS tokens: a token the field rule accepts is one the analysis reads as valid and without
// errors; neither ever quotes the signature.
#include "fuzzcheck.h"

#include <algorithm>

#include <QUrlQuery>

#include "services/core/fieldrules.h"
#include "services/core/sastoken.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString token = QString::fromUtf8(fuzzBytes(data, size));
    const SasTokenInfo info = SasTokenInfo::analyse(token, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    const QString sig = QUrlQuery(token.startsWith(u'?') ? token.mid(1) : token).queryItemValue(u"sig"_s, QUrl::FullyDecoded);
    // The signature counts only when its text is nowhere else in the token.
    const auto quotesSig = [&](const QStringList &texts) {
        return sig.size() >= 8 && token.count(sig) == 1 && std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(sig); });
    };
    FUZZ_CHECK(!quotesSig(info.errors) && !quotesSig(info.warnings), token);
    const SupportMatrix &matrix = SupportMatrix::builtin();
    const FieldSpec *field = matrix.type(StorageType::AzureBlob).field(u"sas_token"_s, AuthKind::Sas);
    FUZZ_CHECK(field != nullptr, u"the matrix has no sas_token"_s);
    const auto refused = FieldRules::check(*field, token);
    if (refused) {
        FUZZ_CHECK(!quotesSig({refused->message}), refused->message);
        FUZZ_CHECK(refused->field == u"sas_token"_s, refused->field);
    } else {
        FUZZ_CHECK(info.valid && info.errors.isEmpty(), token);
    }
    return 0;
}
