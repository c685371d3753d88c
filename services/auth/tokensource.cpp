#include "services/auth/tokensource.h"


#include <nlohmann/json.hpp>

#include "services/core/fieldrules.h"
#include "services/core/printable.h"
#include "services/net/httpclient.h"

using namespace Qt::Literals::StringLiterals;

void TokenJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

HttpAuthorizer bearerAuthorizer(TokenSource *tokens)
{
    QPointer<TokenSource> source(tokens);
    return [source](QObject *context, OutgoingRequest out, std::function<void(const Result<OutgoingRequest> &)> ready) {
        if (!source) {
            ready(ApiError::make(ApiError::Kind::Auth, u"auth.signed_out"_s, QObject::tr("Signed out: no token for this request.")));
            return;
        }
        onFinished(source->token(), context, [out, ready](const Result<AccessToken> &token) mutable {
            if (!token) {
                ready(token.error());
                return;
            }
            out.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.value().token.toUtf8()});
            ready(out);
        });
    };
}

ClientCredentialsTokenSource::ClientCredentialsTokenSource(HttpClient *http, QUrl authority, QString tenantId,
                                                           QString clientId, QString clientSecret, QString resource, QObject *parent)
    : TokenSource(parent), m_http(http), m_authority(std::move(authority)), m_tenant(std::move(tenantId)),
      m_clientId(std::move(clientId)), m_secret(std::move(clientSecret))
{
    // scope = {resource}/.default; "https://storage.azure.com/" → "https://storage.azure.com/.default"
    QString r = resource.isEmpty() ? u"https://storage.azure.com/"_s : resource;
    if (!r.endsWith(u'/'))
        r += u'/';
    m_scope = r + u".default"_s;
}

TokenJob *ClientCredentialsTokenSource::token()
{
    auto *job = new TokenJob(this);
    if (!m_cached.token.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(m_cached.expiresAt) > 300) {
        job->finish(m_cached);
        return job;
    }
    m_waiting.append(job);
    if (!m_inFlight)
        request();
    return job;
}

void ClientCredentialsTokenSource::request()
{
    const auto failAll = [this](const ApiError &error) {
        m_inFlight = false;
        for (const QPointer<TokenJob> &waiting : std::exchange(m_waiting, {}))
            if (waiting)
                waiting->finish(error);
    };
    const bool secure = m_authority.scheme() == u"https"_s || (m_authority.scheme() == u"http"_s && FieldRules::isLoopbackHost(m_authority.host()));
    if (!m_http || !m_authority.isValid() || !secure) {
        failAll(ApiError::make(ApiError::Kind::InvalidInput, u"auth.authority"_s,
                               tr("Authority URL: '%1' must be an https URL (plain http only on a loopback host).").arg(m_authority.toString())));
        return;
    }
    m_inFlight = true;
    ++m_requests;
    QUrl url = m_authority;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + m_tenant + u"/oauth2/v2.0/token"_s);
    const auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.headers = {{QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")}};
    req.body = (u"client_id="_s + enc(m_clientId) + u"&scope="_s + enc(m_scope) + u"&client_secret="_s + enc(m_secret)
                + u"&grant_type=client_credentials"_s)
                   .toUtf8();
    req.idempotent = true; // a second token request is harmless
    req.maxBodyBytes = 64 * 1024;
    onFinished(m_http->send(req), this, [this, failAll](const Result<HttpResponse> &r) {
        if (!r) {
            ApiError e = r.error();
            e.message = tr("Could not get a token from %1: %2").arg(m_authority.host(), e.message);
            failAll(e);
            return;
        }
        const int status = r.value().status;
        const QByteArray &data = r.value().body;
        const auto j = nlohmann::json::parse(data.begin(), data.end(), nullptr, false);
        if (status != 200 || j.is_discarded() || !j.is_object() || !j.contains("access_token") || !j["access_token"].is_string()) {
            QString code = u"auth.failed"_s;
            QString description;
            if (!j.is_discarded() && j.is_object()) {
                if (j.contains("error") && j["error"].is_string())
                    code = Printable::line(QString::fromStdString(j["error"].get<std::string>()), 100);
                if (j.contains("error_description") && j["error_description"].is_string())
                    description = Printable::line(QString::fromStdString(j["error_description"].get<std::string>()).section(u'\n', 0, 0).trimmed(), 500);
            }
            ApiError e = ApiError::make(ApiError::Kind::Auth, code,
                                        tr("Microsoft Entra ID refused the service principal %1 in tenant %2 (%3): %4")
                                            .arg(m_clientId, m_tenant, code, description.isEmpty() ? tr("HTTP %1").arg(status) : description));
            e.httpStatus = status;
            failAll(e);
            return;
        }
        m_cached.token = QString::fromStdString(j["access_token"].get<std::string>());
        qint64 expiresIn = 3599;
        if (j.contains("expires_in")) {
            if (j["expires_in"].is_number())
                expiresIn = j["expires_in"].get<qint64>();
            else if (j["expires_in"].is_string())
                expiresIn = QString::fromStdString(j["expires_in"].get<std::string>()).toLongLong();
        }
        m_cached.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        m_inFlight = false;
        for (const QPointer<TokenJob> &waiting : std::exchange(m_waiting, {}))
            if (waiting)
                waiting->finish(m_cached);
    });
}
