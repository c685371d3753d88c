// What Microsoft Entra ID answers (token, device code and error answers) and what the Azure
// CLI's files hold (azureProfile.json, msal_token_cache.json): whatever comes, a token is a
// header-safe string, a device code's text is printable and its address https, an error is one
// printable line, and choosing from the CLI's files never crashes and gives a token or a reason.
#include "fuzzcheck.h"

#include "services/auth/azureclisession.h"
#include "services/auth/entra.h"
#include "services/core/printable.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray rest = fuzzBytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: {
        const json j = json::parse(rest.begin(), rest.end(), nullptr, false);
        const Result<Entra::TokenAnswer> t = Entra::tokenAnswer(j);
        if (t) {
            for (const QChar c : t.value().accessToken)
                FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f, t.value().accessToken);
            FUZZ_CHECK(t.value().expiresAt.isValid(), QString());
        }
        break;
    }
    case 1: {
        const json j = json::parse(rest.begin(), rest.end(), nullptr, false);
        const Result<Entra::DeviceCode> d = Entra::deviceCodeAnswer(j);
        if (d) {
            FUZZ_CHECK(Printable::isClean(d.value().userCode) && Printable::isClean(d.value().message), d.value().message);
            FUZZ_CHECK(d.value().verificationUri.scheme() == u"https"_s || d.value().verificationUri.scheme() == u"http"_s, d.value().verificationUri.toString());
            FUZZ_CHECK(d.value().intervalSeconds >= 0 && d.value().intervalSeconds <= 60, QString::number(d.value().intervalSeconds));
        }
        break;
    }
    case 2: {
        const json j = json::parse(rest.begin(), rest.end(), nullptr, false);
        const ApiError e = Entra::errorFrom(400 + data[0] / 4 % 100, j.is_discarded() ? json() : j, u"the test"_s);
        FUZZ_CHECK(e.isError(), QString());
        FUZZ_CHECK(Printable::isClean(e.message) && Printable::isClean(e.code) && Printable::isClean(e.detail), e.message);
        FUZZ_CHECK(e.message.size() <= 2000, QString::number(e.message.size()));
        break;
    }
    case 3: {
        // Profile and cache, split at the first NUL byte.
        const qsizetype nul = rest.indexOf('\0');
        const QByteArray profile = nul < 0 ? rest : rest.left(nul);
        const QByteArray cache = nul < 0 ? QByteArray() : rest.mid(nul + 1);
        const Result<AzureCliSession::Choice> c = AzureCliSession::choose(
            AzureCliSession::parseProfile(profile), json::parse(cache.begin(), cache.end(), nullptr, false), {}, u"https://management.azure.com/"_s,
            QDateTime::fromSecsSinceEpoch(1767000000, Qt::UTC));
        if (c)
            FUZZ_CHECK(!c.value().accessToken.isEmpty() || !c.value().refreshToken.isEmpty(), c.value().user);
        else
            FUZZ_CHECK(!c.error().message.isEmpty(), QString());
        break;
    }
    }
    return 0;
}
