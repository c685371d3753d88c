#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "services/auth/tokensource.h"
#include "services/net/httpclient.h"

// JSON calls to Azure Resource Manager and the Azure ML v1 service over the generic
// HttpClient (retries, Retry-After, caps, deadlines, a client request id per attempt): each
// attempt carries a fresh bearer token from `tokens`; a 401 makes the token source forget its
// token and the call is sent once more with a new one; any other status >= 300 becomes an
// ApiError (AzureMlMapping::errorFrom) carrying the service's code and message and the client
// request id. Request and response bodies are never logged (a PUT carries a credential, a
// listSecrets answer is one). Main thread.
class ArmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmClient)

public:
    ArmClient(HttpClient *http, TokenSource *tokens, QObject *parent = nullptr);

    struct Call
    {
        QByteArray method = "GET";
        QUrl url;
        nlohmann::json body;        // sent as JSON unless null
        bool idempotent = true;
        bool authorize = true;      // false: no token (the discovery document)
        QString what;               // for messages: "Listing the datastores of W"
        qint64 maxBodyBytes = 8LL * 1024 * 1024;
    };
    // Finishes with the 2xx response, or the error.
    HttpJob *send(const Call &call);
    void setTokenSource(TokenSource *tokens) { m_tokens = tokens; }
    TokenSource *tokenSource() const { return m_tokens; }
    int unauthorizedRetries() const { return m_unauthorizedRetries; }

private:
    void attempt(HttpJob *job, const Call &call, bool retriedAfter401);

    QPointer<HttpClient> m_http;
    QPointer<TokenSource> m_tokens;
    int m_unauthorizedRetries = 0;
};
