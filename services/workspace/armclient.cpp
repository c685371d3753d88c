#include "services/workspace/armclient.h"

#include "services/auth/tokensource.h"
#include "services/workspace/azuremlmapping.h"

using namespace Qt::Literals::StringLiterals;

ArmClient::ArmClient(HttpClient *http, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_http(http), m_tokens(tokens)
{
}

HttpJob *ArmClient::send(const Call &call)
{
    auto *job = new HttpJob(this);
    attempt(job, call, false);
    return job;
}

void ArmClient::attempt(HttpJob *job, const Call &call, bool retriedAfter401)
{
    if (!m_http) {
        job->finish(ApiError::make(ApiError::Kind::Network, u"network.closed"_s, tr("%1: the connection was closed.").arg(call.what)));
        return;
    }
    HttpRequest request;
    request.method = call.method;
    request.url = call.url;
    request.idempotent = call.idempotent;
    request.maxBodyBytes = call.maxBodyBytes;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!call.body.is_null()) {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = QByteArray::fromStdString(call.body.dump());
    } else if (call.method == "POST" || call.method == "PUT") {
        request.headers.append({QByteArrayLiteral("Content-Length"), QByteArrayLiteral("0")});
    }
    HttpJob *inner = m_http->send(request, call.authorize ? bearerAuthorizer(m_tokens) : HttpAuthorizer());
    connect(job, &Job::cancelRequested, inner, &Job::cancel);
    onFinished(inner, job, [this, job, call, retriedAfter401](const Result<HttpResponse> &r) {
        if (!r) {
            ApiError e = r.error();
            if (e.kind != ApiError::Kind::Cancelled && !e.message.startsWith(call.what))
                e.message = tr("%1: %2").arg(call.what, e.message);
            job->finish(e);
            return;
        }
        const HttpResponse &response = r.value();
        if (response.status == 401 && call.authorize && !retriedAfter401 && m_tokens) {
            // The token was refused (expired early, revoked, rotated keys): one fresh try.
            ++m_unauthorizedRetries;
            m_tokens->invalidate();
            attempt(job, call, true);
            return;
        }
        if (response.status < 200 || response.status >= 300) {
            job->finish(AzureMlMapping::errorFrom(response, call.what));
            return;
        }
        job->finish(response);
    });
}
