#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>

#include "services/auth/entra.h"
#include "services/auth/tokensource.h"

class HttpClient;
class SecretStore;

// A person signs in with the device code flow of Microsoft Entra ID (REFERENCE.md 2.3): the
// studio or the CLI shows the code and the address (prompt()), polls at the interval the
// service gives (slow_down adds 5 s; authorization_pending keeps waiting; a decline or an
// expired code ends it), and keeps the refresh token in the keychain under `keychainKey`, so
// the next start needs no new sign-in (restore()). Access tokens come from redeeming the
// refresh token for the resource (2.4); a rotated refresh token replaces the stored one. No
// token is written anywhere but the keychain, and none is logged. Main thread.
class DeviceCodeSignIn final : public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignIn)

public:
    // The Azure CLI's public client, used when the user names no application of their own: it
    // is allowed in every tenant without an app registration (REFERENCE.md 2.3, 2.5).
    static inline const QString AzureCliClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    static inline const QString RefreshTokenField = QStringLiteral("refresh_token");

    DeviceCodeSignIn(HttpClient *http, QUrl authority, QString tenant, QString clientId, QString resource, SecretStore *secrets,
                     QString keychainKey, QObject *parent = nullptr);

    // Reads a refresh token kept by an earlier sign-in: fails with signin.required if none.
    VoidJob *restore();
    // The interactive flow; finishes once signed in (the refresh token kept), or with
    // authorization_declined / expired_token / the service's error. Cancel stops polling.
    VoidJob *signIn();
    TokenJob *token() override;
    void invalidate() override { m_cached = {}; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // The same sign-in's tokens for another resource (storage, Databricks): the refresh token
    // redeemed for that resource (REFERENCE.md 2.4), kept with this one.
    DeviceCodeSignIn *forResource(const QString &resource, QObject *parent);
    // Tests: how long one second of the service's polling interval lasts.
    void setSecondMs(int ms) { m_secondMs = ms; }
    int polls() const { return m_polls; }

signals:
    void prompt(const QString &message, const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);

private:
    void poll(VoidJob *job, const Entra::DeviceCode &code, int intervalSeconds);
    void redeem();
    // Keeps a new refresh token: in memory at once, in the keychain as soon as it answers.
    void keep(const QString &refreshToken, const QObject *context, std::function<void(const VoidResult &)> done);
    QString who() const;

    QPointer<HttpClient> m_http;
    QUrl m_authority;
    QString m_tenant;
    QString m_clientId;
    QString m_resource;
    QPointer<SecretStore> m_secrets;
    QString m_keychainKey;
    QString m_refreshToken;
    AccessToken m_cached;
    int m_secondMs = 1000;
    int m_polls = 0;
};
