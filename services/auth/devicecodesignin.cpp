#include "services/auth/devicecodesignin.h"

#include <QLoggingCategory>
#include <QTimer>

#include "services/net/httpclient.h"
#include "services/secrets/secretstore.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDeviceCode, "studio.services.auth", QtWarningMsg)

DeviceCodeSignIn::DeviceCodeSignIn(HttpClient *http, QUrl authority, QString tenant, QString clientId, QString resource, SecretStore *secrets,
                                   QString keychainKey, QObject *parent)
    : TokenSource(parent), m_http(http), m_authority(std::move(authority)), m_tenant(tenant.isEmpty() ? u"organizations"_s : std::move(tenant)),
      m_clientId(clientId.isEmpty() ? AzureCliClientId : std::move(clientId)), m_resource(std::move(resource)), m_secrets(secrets),
      m_keychainKey(std::move(keychainKey))
{
}

DeviceCodeSignIn *DeviceCodeSignIn::forResource(const QString &resource, QObject *parent)
{
    auto *other = new DeviceCodeSignIn(m_http, m_authority, m_tenant, m_clientId, resource, m_secrets, m_keychainKey, parent);
    other->m_refreshToken = m_refreshToken;
    other->m_secondMs = m_secondMs;
    return other;
}

QString DeviceCodeSignIn::who() const
{
    return tr("the sign-in of application %1 in tenant %2").arg(m_clientId, m_tenant);
}

VoidJob *DeviceCodeSignIn::restore()
{
    auto *job = new VoidJob(this);
    if (!m_secrets) {
        job->finish(ApiError::make(ApiError::Kind::Secret, u"secret.no_service"_s, tr("No keychain to read the sign-in from.")));
        return job;
    }
    const QString key = m_keychainKey + u'/' + RefreshTokenField;
    onFinished(m_secrets->read({key}), job, [this, job, key](const Result<SecretMap> &read) {
        if (!read) {
            job->finish(read.error());
            return;
        }
        if (read.value().value(key).isEmpty()) {
            job->finish(ApiError::make(ApiError::Kind::Auth, u"signin.required"_s,
                                       tr("Nobody is signed in for this workspace yet: sign in with a device code first.")));
            return;
        }
        m_refreshToken = read.value().value(key);
        job->finish({});
    });
    return job;
}

VoidJob *DeviceCodeSignIn::signIn()
{
    auto *job = new VoidJob(this);
    const QString scope = Entra::defaultScope(m_resource) + u" offline_access openid profile"_s;
    Entra::post(m_http, Entra::endpoint(m_authority, m_tenant, u"devicecode"_s), {{u"client_id"_s, m_clientId}, {u"scope"_s, scope}}, who(), job,
                [this, job](const Result<nlohmann::json> &r) {
                    if (!r) {
                        job->finish(r.error());
                        return;
                    }
                    const Result<Entra::DeviceCode> code = Entra::deviceCodeAnswer(r.value());
                    if (!code) {
                        job->finish(code.error());
                        return;
                    }
                    const Entra::DeviceCode &c = code.value();
                    const QString message = c.message.isEmpty()
                        ? tr("To sign in, open %1 in a web browser and enter the code %2.").arg(c.verificationUri.toString(), c.userCode)
                        : c.message;
                    emit prompt(message, c.userCode, c.verificationUri, c.expiresAt);
                    poll(job, c, c.intervalSeconds);
                });
    return job;
}

void DeviceCodeSignIn::poll(VoidJob *job, const Entra::DeviceCode &code, int intervalSeconds)
{
    QTimer::singleShot(std::max(0, intervalSeconds) * m_secondMs, job, [this, job, code, intervalSeconds] {
        if (job->isCancelled()) {
            job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Sign-in cancelled.")));
            return;
        }
        if (QDateTime::currentDateTimeUtc() > code.expiresAt) {
            job->finish(ApiError::make(ApiError::Kind::Auth, u"expired_token"_s, tr("The sign-in code %1 expired before it was used; start again.").arg(code.userCode)));
            return;
        }
        ++m_polls;
        Entra::post(m_http, Entra::endpoint(m_authority, m_tenant, u"token"_s),
                    {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"client_id"_s, m_clientId}, {u"device_code"_s, code.deviceCode}},
                    who(), job, [this, job, code, intervalSeconds](const Result<nlohmann::json> &r) {
                        if (!r) {
                            const QString error = r.error().code;
                            if (error == u"authorization_pending"_s) {
                                poll(job, code, intervalSeconds);
                            } else if (error == u"slow_down"_s) {
                                poll(job, code, intervalSeconds + 5); // RFC 8628 3.5
                            } else if (error == u"authorization_declined"_s) {
                                job->finish(ApiError::make(ApiError::Kind::Auth, error, tr("The sign-in was declined in the browser; nobody is signed in.")));
                            } else if (error == u"expired_token"_s) {
                                job->finish(ApiError::make(ApiError::Kind::Auth, error, tr("The sign-in code %1 expired before it was used; start again.").arg(code.userCode)));
                            } else {
                                job->finish(r.error());
                            }
                            return;
                        }
                        const Result<Entra::TokenAnswer> t = Entra::tokenAnswer(r.value());
                        if (!t) {
                            job->finish(t.error());
                            return;
                        }
                        m_cached = {t.value().accessToken, t.value().expiresAt};
                        if (t.value().refreshToken.isEmpty()) {
                            job->finish(ApiError::make(ApiError::Kind::Auth, u"signin.no_refresh_token"_s,
                                                       tr("Signed in, but Microsoft Entra ID gave no refresh token, so the next start would ask again.")));
                            return;
                        }
                        keep(t.value().refreshToken, job, [job](const VoidResult &kept) { job->finish(kept); });
                    });
    });
}

void DeviceCodeSignIn::keep(const QString &refreshToken, const QObject *context, std::function<void(const VoidResult &)> done)
{
    m_refreshToken = refreshToken;
    if (!m_secrets) {
        done(ApiError::make(ApiError::Kind::Secret, u"secret.no_service"_s, tr("No keychain to keep the sign-in in.")));
        return;
    }
    onFinished(m_secrets->write({{m_keychainKey + u'/' + RefreshTokenField, refreshToken}}), context, [done](const Result<SecretMap> &written) {
        if (!written)
            done(written.error());
        else
            done({});
    });
}

TokenJob *DeviceCodeSignIn::token()
{
    auto *job = new TokenJob(this);
    if (usable(m_cached)) {
        job->finish(m_cached);
        return job;
    }
    if (m_refreshToken.isEmpty()) {
        job->finish(ApiError::make(ApiError::Kind::Auth, u"signin.required"_s, tr("Nobody is signed in: sign in with a device code first.")));
        return job;
    }
    if (queue(job))
        redeem();
    return job;
}

void DeviceCodeSignIn::redeem()
{
    Entra::redeem(m_http, m_authority, m_tenant, m_clientId, m_refreshToken, m_resource, who(),
                  tr("Sign in again (the sign-in has expired, was revoked, or needs multi-factor authentication)."), this,
                  [this](const Result<Entra::TokenAnswer> &t) {
                    if (!t) {
                        answer(t.error());
                        return;
                    }
                    m_cached = {t.value().accessToken, t.value().expiresAt};
                    if (!t.value().refreshToken.isEmpty() && t.value().refreshToken != m_refreshToken) {
                        // Rotation: the new one replaces the stored one (the old may stop working).
                        keep(t.value().refreshToken, this, [](const VoidResult &kept) {
                            if (!kept)
                                qCWarning(lcDeviceCode) << "the renewed sign-in could not be kept in the keychain:" << kept.error().code;
                        });
                    }
                    answer(m_cached);
                });
}
