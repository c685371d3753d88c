#include "services/auth/tokensource.h"


#include <nlohmann/json.hpp>

#include "services/auth/entra.h"
#include "services/net/httpclient.h"

using namespace Qt::Literals::StringLiterals;

void TokenJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

bool TokenSource::usable(const AccessToken &token)
{
    return !token.token.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(token.expiresAt) > 300;
}

bool TokenSource::queue(TokenJob *job)
{
    m_waiting.append(job);
    return !std::exchange(m_inFlight, true);
}

void TokenSource::answer(const Result<AccessToken> &result)
{
    m_inFlight = false;
    for (const QPointer<TokenJob> &waiting : std::exchange(m_waiting, {}))
        if (waiting)
            waiting->finish(result);
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
    m_scope = Entra::defaultScope(resource.isEmpty() ? u"https://storage.azure.com/"_s : resource);
}

TokenJob *ClientCredentialsTokenSource::token()
{
    auto *job = new TokenJob(this);
    if (usable(m_cached)) {
        job->finish(m_cached);
        return job;
    }
    if (queue(job))
        request();
    return job;
}

void ClientCredentialsTokenSource::request()
{
    if (!m_http) {
        answer(ApiError::make(ApiError::Kind::Network, u"network.closed"_s, tr("No network access for signing in.")));
        return;
    }
    ++m_requests;
    Entra::post(m_http, Entra::endpoint(m_authority, m_tenant, u"token"_s),
                {{u"client_id"_s, m_clientId}, {u"scope"_s, m_scope}, {u"client_secret"_s, m_secret}, {u"grant_type"_s, u"client_credentials"_s}},
                tr("the service principal %1 in tenant %2").arg(m_clientId, m_tenant), this, [this](const Result<nlohmann::json> &r) {
                    if (!r) {
                        answer(r.error());
                        return;
                    }
                    const Result<Entra::TokenAnswer> t = Entra::tokenAnswer(r.value());
                    if (!t) {
                        answer(t.error());
                        return;
                    }
                    m_cached = {t.value().accessToken, t.value().expiresAt};
                    answer(m_cached);
                });
}
