#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>

#include <nlohmann/json.hpp>

#include "testhttpserver.h"

// A test server that plays Microsoft Entra ID and one Azure ML workspace, on one loopback
// port, from the wire formats of REFERENCE.md 2-5 and the 2025-12-01 ARM spec:
// - Entra ID: the client-credentials grant for one service principal
//   (POST /{tenant}/oauth2/v2.0/token), issuing tokens for the resource asked (the ARM
//   resource is this server's base URL + '/').
// - ARM: GET of the workspace (with discoveryUrl), the v2 datastores API (list paged through
//   nextLink in small pages, get, PUT, delete, listSecrets) at api-version 2025-12-01 only.
// - GET /discovery (no auth) naming this server as the "history" service.
// - The v1 datastore service: list (continuationToken), get (with secrets), POST / PUT,
//   delete, get default, set default.
// It rejects what the real service rejects: a missing, unknown, expired or wrong-audience
// bearer token (401), another api-version (400), a PUT body that does not match the spec's
// schema for its datastore and credential type (400 naming the member), a name off the
// pattern, deleting workspaceblobstore or the default (400), a v1 POST of a taken name. The
// workspace starts with workspaceblobstore (the default) and workspacefilestore. Access is
// checked on PUT / POST unless skipValidation=true, through storageCheck (default: all is
// reachable). Faults and latency come from the TestHttpServer underneath.
class FakeAzureMlServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAzureMlServer)

public:
    static inline const QString Subscription = QStringLiteral("00000000-1111-2222-3333-444444444444");
    static inline const QString ResourceGroup = QStringLiteral("test-rg");
    static inline const QString Workspace = QStringLiteral("my-aml-workspace");
    static inline const QString Tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    static inline const QString ClientId = QStringLiteral("3b5c1a3e-0c39-4a2b-9a55-0e2f3c6f7d11");
    static inline const QString ClientSecret = QStringLiteral("test~client~secret");

    explicit FakeAzureMlServer(QObject *parent = nullptr);
    ~FakeAzureMlServer() override;

    bool start();
    QString base() const { return m_http->base(); } // the ARM endpoint and the authority
    TestHttpServer *http() { return m_http.get(); }

    // The datastores as the service holds them (secrets included), by name.
    QStringList names() const;
    QString defaultName() const { return m_default; }
    // The stored v2 "properties" (or v1 DTO) of a datastore, secrets included.
    nlohmann::json stored(const QString &name) const;
    // Adds `count` blob datastores (name prefix + index) without going through the API.
    void seedBlobDatastores(const QString &prefix, int count);
    // Adds a v2 datastore with these "properties" as another tool made it (OneLake, a
    // certificate credential: kinds the studio's PUT bodies never carry), unchecked.
    void seedV2Datastore(const QString &name, const nlohmann::json &properties);
    void setPageSize(int size) { m_pageSize = size; }
    // Returns why the storage of a PUT / POST is unreachable, or empty when it is reachable.
    void setStorageCheck(std::function<QString(const nlohmann::json &body)> check) { m_storageCheck = std::move(check); }
    // Every token issued so far stops working (as if it had expired).
    void expireTokens();
    // The device code flow (any client id; tenant Tenant or "organizations"): each poll of a
    // code takes the next answer of `script` — "authorization_pending", "slow_down",
    // "authorization_declined", "expired_token" or "ok" (tokens, with a refresh token) — and
    // the last one repeats. `intervalSeconds` is the interval the code's answer asks for.
    void setDeviceCodeScript(const QStringList &script, int intervalSeconds = 1)
    {
        m_deviceScript = script;
        m_deviceInterval = intervalSeconds;
    }
    // A refresh token the server honours for `clientId` (as if a sign-in had made it).
    void addRefreshToken(const QString &token, const QString &clientId) { m_refreshTokens.insert(token, clientId); }
    // Every refresh token stops working (revoked; the next redeem gets invalid_grant).
    void revokeRefreshTokens() { m_refreshTokens.clear(); }
    QStringList refreshTokens() const { return m_refreshTokens.keys(); }
    int deviceCodesIssued() const { return m_deviceCodes.size(); }
    int refreshGrants() const { return m_refreshGrants; }
    // When each poll of the token endpoint with a device code came.
    QList<qint64> pollTimesMs() const { return m_pollTimes; }
    int tokensIssued() const { return m_tokensIssued; }
    // The resource a token this server issued is for ("https://storage.azure.com/"), while it
    // is valid; empty otherwise.
    QString audienceOf(const QByteArray &token) const
    {
        const auto it = m_tokens.constFind(token);
        return it == m_tokens.cend() || it->second < QDateTime::currentDateTimeUtc() ? QString() : it->first;
    }
    int rejectedTokens() const { return m_rejectedTokens; }
    // The 400 answers to PUT / POST bodies that broke the schema, with the reason.
    QStringList schemaRejections() const { return m_schemaRejections; }

private:
    using Request = TestHttpServer::Request;
    using Response = TestHttpServer::Response;
    struct Entry
    {
        bool v1 = false;
        nlohmann::json body; // v2: "properties"; v1: the DTO
        QDateTime created;
        QDateTime modified;
    };

    Response handle(const Request &r);
    Response token(const Request &r);
    Response arm(const Request &r, const QString &rest);
    Response v1(const Request &r, const QString &rest);
    Response armError(int status, const QString &code, const QString &message) const;
    Response v1Error(int status, const QString &code, const QString &message) const;
    // Empty when the bearer token is good for ARM, else why not.
    QString tokenProblem(const Request &r);
    QString checkV2Body(const nlohmann::json &body) const;
    QString checkV1Body(const nlohmann::json &dto) const;
    nlohmann::json v2Resource(const QString &name, const Entry &e) const;
    nlohmann::json v1Dto(const QString &name, const Entry &e, bool withSecrets) const;
    QString workspacePath() const;

    std::unique_ptr<TestHttpServer> m_http;
    QMap<QString, Entry> m_datastores;
    QString m_default;
    int m_pageSize = 2;
    std::function<QString(const nlohmann::json &)> m_storageCheck;
    Response issue(const QString &resource, bool withRefresh, const QString &clientId);
    QMap<QByteArray, QPair<QString, QDateTime>> m_tokens; // token -> audience, expiry
    QStringList m_deviceScript{QStringLiteral("ok")};
    int m_deviceInterval = 1;
    struct DeviceCodeState
    {
        QString clientId;
        QString resource;
        int polls = 0;
    };
    QMap<QString, DeviceCodeState> m_deviceCodes;
    QMap<QString, QString> m_refreshTokens; // token -> client id
    int m_refreshGrants = 0;
    int m_refreshIssued = 0;
    QList<qint64> m_pollTimes;
    int m_tokensIssued = 0;
    int m_rejectedTokens = 0;
    QStringList m_schemaRejections;
};
