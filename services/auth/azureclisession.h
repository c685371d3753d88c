#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "services/auth/tokensource.h"

class HttpClient;

// Reuses the session of `az login` (REFERENCE.md 2.5), read-only: the Azure CLI's profile
// (azureProfile.json: the default subscription's user and tenant) and its MSAL token cache
// (msal_token_cache.json). A cached access token for the resource and tenant that is good for
// five more minutes is used as is; otherwise the account's refresh token is redeemed with the
// CLI's client id (2.4) and what comes back is kept in memory only. The CLI's files are never
// written; an encrypted cache (.bin) or one kept in the system keyring (.sig) is reported as
// unreadable rather than guessed at. Main thread.
class AzureCliSession final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureCliSession)

public:
    static inline const QString CliClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

    // `configDir` empty: $AZURE_CONFIG_DIR, else ~/.azure. `tenant` empty: the tenant of the
    // CLI's default subscription.
    AzureCliSession(HttpClient *http, QString configDir, QUrl authority, QString tenant, QString resource, QObject *parent = nullptr);

    TokenJob *token() override;
    void invalidate() override { m_cached = {}; }
    QString configDir() const { return m_dir; }

    // What the CLI's files offer for `resource` in `tenant` (pure, for tests and fuzzing).
    struct Choice
    {
        QString user;
        QString tenant;
        QString accessToken;  // a usable cached one, or empty
        QDateTime expiresAt;
        QString refreshToken; // to redeem when there is no usable access token
    };
    static Result<Choice> choose(const nlohmann::json &profile, const nlohmann::json &cache, const QString &tenant,
                                 const QString &resource, const QDateTime &now);
    // azureProfile.json as the CLI writes it: a UTF-8 BOM first is allowed.
    static nlohmann::json parseProfile(const QByteArray &bytes);

private:
    QPointer<HttpClient> m_http;
    QString m_dir;
    QUrl m_authority;
    QString m_tenant;
    QString m_resource;
    QString m_refreshToken; // a redeemed one's successor, in memory only
    AccessToken m_cached;
};
