#include "services/auth/entra.h"

#include <QCoreApplication>
#include <QObject>

#include "services/core/fieldrules.h"
#include "services/core/jsonvalues.h"
#include "services/core/printable.h"
#include "services/net/httpclient.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace Entra {

namespace {

// The texts of the code below that is not a member of Entra, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entra)
};

QString text(const json &j, const char *name, qsizetype max = 16384)
{
    return JsonValues::string(j, name).left(max);
}

// expires_in and interval come as numbers, or as strings of digits from some endpoints.
std::optional<qint64> seconds(const json &j, const char *name)
{
    if (!j.is_object() || !j.contains(name))
        return std::nullopt;
    const json &v = j[name];
    if (v.is_number_integer())
        return v.get<qint64>();
    if (v.is_number())
        return qint64(v.get<double>());
    if (v.is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(v.get<std::string>()).toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

ApiError badAnswer(const QString &what)
{
    return ApiError::make(ApiError::Kind::Parse, u"auth.bad_answer"_s, Text::tr("Microsoft Entra ID answered something that is not %1.").arg(what));
}

} // namespace

std::optional<ApiError> checkAuthority(const QUrl &authority, const QString &field)
{
    const bool secure = authority.scheme() == u"https"_s || (authority.scheme() == u"http"_s && FieldRules::isLoopbackHost(authority.host()));
    if (authority.isValid() && !authority.host().isEmpty() && secure && authority.userInfo().isEmpty())
        return std::nullopt;
    return ApiError::make(ApiError::Kind::InvalidInput, u"auth.authority"_s,
                          Text::tr("Authority URL: '%1' must be an https URL (plain http only on a loopback host).")
                              .arg(Printable::line(authority.toString(QUrl::RemoveUserInfo), 200)),
                          field);
}

QUrl endpoint(const QUrl &authority, const QString &tenant, const QString &leaf)
{
    QUrl url = authority;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + tenant + u"/oauth2/v2.0/"_s + leaf);
    url.setQuery(QString());
    return url;
}

QString defaultScope(const QString &resource)
{
    if (resource.endsWith(u"/.default"_s))
        return resource;
    if (!resource.contains(u"://"_s))
        return resource + u"/.default"_s; // an application id (Databricks)
    // ADLS Gen1 is registered as "https://datalake.azure.net/", slash included: "//.default"
    // (REFERENCE.md 15.9). Other resources take one slash.
    if (resource == u"https://datalake.azure.net/"_s || resource == u"https://datalake.azure.net"_s)
        return u"https://datalake.azure.net//.default"_s;
    return (resource.endsWith(u'/') ? resource : resource + u'/') + u".default"_s;
}

Result<TokenAnswer> tokenAnswer(const json &answer)
{
    const QString access = text(answer, "access_token");
    if (access.isEmpty())
        return badAnswer(Text::tr("a token (no access_token)"));
    // A token is a header value: anything that could end the header or hide in a log is refused.
    for (const QChar c : access) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return badAnswer(Text::tr("a token (the access_token holds characters a token cannot)"));
    }
    TokenAnswer t;
    t.accessToken = access;
    t.refreshToken = text(answer, "refresh_token");
    t.idToken = text(answer, "id_token");
    const qint64 expiresIn = std::clamp<qint64>(seconds(answer, "expires_in").value_or(3599), 0, 24 * 3600 * 7);
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return t;
}

Result<DeviceCode> deviceCodeAnswer(const json &answer)
{
    DeviceCode d;
    d.deviceCode = text(answer, "device_code");
    d.userCode = Printable::line(text(answer, "user_code", 64), 64);
    d.verificationUri = QUrl(text(answer, "verification_uri", 2048));
    d.message = Printable::line(text(answer, "message", 1000), 1000);
    const bool secureUri = d.verificationUri.scheme() == u"https"_s
        || (d.verificationUri.scheme() == u"http"_s && FieldRules::isLoopbackHost(d.verificationUri.host()));
    if (d.deviceCode.isEmpty() || d.userCode.isEmpty() || !d.verificationUri.isValid() || !secureUri)
        return badAnswer(Text::tr("a device code (device_code, user_code and an https verification_uri)"));
    d.expiresAt = QDateTime::currentDateTimeUtc().addSecs(std::clamp<qint64>(seconds(answer, "expires_in").value_or(900), 1, 3600));
    d.intervalSeconds = int(std::clamp<qint64>(seconds(answer, "interval").value_or(5), 0, 60));
    return d;
}

ApiError errorFrom(int status, const json &answer, const QString &who)
{
    QString code = Printable::line(text(answer, "error", 100), 100);
    if (code.isEmpty())
        code = u"auth.failed"_s;
    QString description = Printable::line(text(answer, "error_description").section(u'\n', 0, 0).trimmed(), 500);
    if (description.isEmpty())
        description = Text::tr("HTTP %1").arg(status);
    ApiError e = ApiError::make(ApiError::Kind::Auth, code, Text::tr("Microsoft Entra ID refused %1 (%2): %3").arg(who, code, description));
    const QString trace = Printable::line(text(answer, "trace_id", 64), 64);
    const QString correlation = Printable::line(text(answer, "correlation_id", 64), 64);
    if (!trace.isEmpty() || !correlation.isEmpty())
        e.detail = Text::tr("trace id %1, correlation id %2").arg(trace, correlation);
    e.httpStatus = status;
    return e;
}

void post(HttpClient *http, const QUrl &url, const QList<QPair<QString, QString>> &form, const QString &who, const QObject *context,
          std::function<void(const Result<json> &)> done)
{
    if (auto bad = checkAuthority(url)) {
        done(*bad);
        return;
    }
    const auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    QStringList parts;
    for (const auto &[k, v] : form)
        parts.append(enc(k) + u'=' + enc(v));
    HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                   {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    req.body = parts.join(u'&').toUtf8();
    req.idempotent = true; // a second token request is harmless
    req.maxBodyBytes = 64 * 1024;
    QObject::connect(http->send(req), &HttpJob::finished, context, [url, who, done](const Result<HttpResponse> &r) {
        if (!r) {
            ApiError e = r.error();
            e.message = Text::tr("Could not reach Microsoft Entra ID at %1: %2").arg(url.host(), e.message);
            done(e);
            return;
        }
        const QByteArray &body = r.value().body;
        const json j = json::parse(body.begin(), body.end(), nullptr, false);
        if (r.value().status != 200) {
            done(errorFrom(r.value().status, j.is_discarded() ? json() : j, who));
            return;
        }
        if (j.is_discarded() || !j.is_object()) {
            done(badAnswer(Text::tr("JSON")));
            return;
        }
        done(j);
    });
}

void redeem(HttpClient *http, const QUrl &authority, const QString &tenant, const QString &clientId, const QString &refreshToken,
            const QString &resource, const QString &who, const QString &againHint, const QObject *context,
            std::function<void(const Result<TokenAnswer> &)> done)
{
    post(http, endpoint(authority, tenant, u"token"_s),
         {{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, clientId}, {u"refresh_token"_s, refreshToken},
          {u"scope"_s, defaultScope(resource) + u" offline_access"_s}},
         who, context, [againHint, done](const Result<json> &r) {
             if (!r) {
                 ApiError e = r.error();
                 if (e.code == u"invalid_grant"_s)
                     e.message += u' ' + againHint;
                 done(e);
                 return;
             }
             done(tokenAnswer(r.value()));
         });
}

} // namespace Entra
