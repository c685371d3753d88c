#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "services/core/jobs.h"
#include "services/net/httpclient.h"

struct AccessToken
{
    QString token;
    QDateTime expiresAt; // UTC
};

class TokenJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenJob)

public:
    using ResultType = Result<AccessToken>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const Result<AccessToken> &result);
};

// Where bearer tokens for one resource come from. The Azure ML back end feeds user tokens
// (device code, az login) through this; storage clients of ADLS Gen2 service principals use
// ClientCredentialsTokenSource. Implementations cache and renew; callers just ask each time.
class TokenSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSource)

public:
    using QObject::QObject;
    virtual TokenJob *token() = 0;
    // Forgets a cached token the service has refused (a 401), so the next token() asks anew.
    virtual void invalidate() { }

protected:
    // A token that is good for five minutes more.
    static bool usable(const AccessToken &token);
    // Every asker waits for the one request in flight: true when `job` is the first, and the
    // caller starts that request.
    bool queue(TokenJob *job);
    // Answers every asker waiting, and ends the request in flight.
    void answer(const Result<AccessToken> &result);

private:
    QList<QPointer<TokenJob>> m_waiting;
    bool m_inFlight = false;
};

// An HttpAuthorizer that puts a fresh "Authorization: Bearer" from `tokens` on every attempt.
HttpAuthorizer bearerAuthorizer(TokenSource *tokens);

// The OAuth 2.0 client-credentials grant of Microsoft Entra ID (REFERENCE.md 2.2):
// POST {authority}/{tenant}/oauth2/v2.0/token with client_id, client_secret,
// scope={resource}/.default and grant_type=client_credentials. The token is cached until five
// minutes before it expires; concurrent askers share one request. Entra errors come back as
// Auth errors carrying the service's error_description (the AADSTS code), never the secret.
// The authority must be https, or http on a loopback host (test servers). Requests go through
// the generic HttpClient: retried with backoff on 429/5xx and dropped connections (asking for
// a token twice is harmless), deadlines, a size cap on the answer, no redirects.
class ClientCredentialsTokenSource final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsTokenSource)

public:
    ClientCredentialsTokenSource(HttpClient *http, QUrl authority, QString tenantId, QString clientId,
                                 QString clientSecret, QString resource, QObject *parent = nullptr);

    TokenJob *token() override;
    void invalidate() override { m_cached = {}; }
    int requestsMade() const { return m_requests; }

private:
    void request();

    QPointer<HttpClient> m_http;
    QUrl m_authority;
    QString m_tenant;
    QString m_clientId;
    QString m_secret;
    QString m_scope;
    AccessToken m_cached;
    int m_requests = 0;
};
