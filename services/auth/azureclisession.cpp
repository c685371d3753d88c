#include "services/auth/azureclisession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "services/auth/entra.h"
#include "services/core/jsonvalues.h"
#include "services/core/printable.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

QString text(const json &j, const char *name)
{
    return JsonValues::string(j, name);
}

// The hosts a token for `resource` may name in its target: ARM tokens of the CLI are for the
// classic management.core.windows.net, which ARM accepts as well (REFERENCE.md 2.1).
QStringList acceptedHosts(const QString &resource)
{
    const QString host = QUrl(resource).host().toLower();
    QStringList hosts{host.isEmpty() ? resource.toLower() : host};
    if (host.startsWith(u"management."_s))
        hosts.append(u"management.core.windows.net"_s);
    return hosts;
}

ApiError unusable(const QString &why)
{
    return ApiError::make(ApiError::Kind::Auth, u"azcli.unusable"_s, why);
}

} // namespace

AzureCliSession::AzureCliSession(HttpClient *http, QString configDir, QUrl authority, QString tenant, QString resource, QObject *parent)
    : TokenSource(parent), m_http(http), m_authority(std::move(authority)), m_tenant(std::move(tenant)), m_resource(std::move(resource))
{
    if (configDir.isEmpty())
        configDir = qEnvironmentVariable("AZURE_CONFIG_DIR");
    if (configDir.isEmpty())
        configDir = QDir::homePath() + u"/.azure"_s;
    m_dir = configDir;
}

json AzureCliSession::parseProfile(const QByteArray &bytes)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    return json::parse(b.begin(), b.end(), nullptr, false);
}

Result<AzureCliSession::Choice> AzureCliSession::choose(const json &profile, const json &cache, const QString &tenant, const QString &resource,
                                                       const QDateTime &now)
{
    if (!profile.is_object() || !profile.contains("subscriptions") || !profile["subscriptions"].is_array())
        return unusable(QObject::tr("The Azure CLI's profile lists no subscriptions: run 'az login' first."));
    // The signed-in user: the default subscription's, or one in the tenant asked for.
    const json *chosen = nullptr;
    for (const json &sub : profile["subscriptions"]) {
        if (!sub.is_object())
            continue;
        const bool isDefault = sub.contains("isDefault") && sub["isDefault"].is_boolean() && sub["isDefault"].get<bool>();
        if (tenant.isEmpty() ? isDefault : text(sub, "tenantId").compare(tenant, Qt::CaseInsensitive) == 0) {
            chosen = &sub;
            if (isDefault || !tenant.isEmpty())
                break;
        }
    }
    if (!chosen)
        return unusable(tenant.isEmpty() ? QObject::tr("The Azure CLI has no default subscription: run 'az login' first.")
                                         : QObject::tr("The Azure CLI is not signed in to tenant %1: run 'az login --tenant %1'.").arg(tenant));
    Choice c;
    c.tenant = text(*chosen, "tenantId");
    const json user = chosen->contains("user") ? (*chosen)["user"] : json();
    c.user = Printable::line(text(user, "name"), 200);
    if (text(user, "type") == u"servicePrincipal"_s)
        return unusable(QObject::tr("The Azure CLI is signed in as a service principal (%1); connect with that service principal instead.").arg(c.user));
    if (!cache.is_object())
        return unusable(QObject::tr("The Azure CLI's token cache cannot be read."));
    // The account: the user's, in that tenant.
    QString home;
    if (cache.contains("Account") && cache["Account"].is_object()) {
        for (const auto &[key, account] : cache["Account"].items()) {
            if (text(account, "username").compare(c.user, Qt::CaseInsensitive) == 0
                && (text(account, "realm").compare(c.tenant, Qt::CaseInsensitive) == 0 || home.isEmpty()))
                home = text(account, "home_account_id");
        }
    }
    if (home.isEmpty())
        return unusable(QObject::tr("The Azure CLI's token cache holds no account for %1: run 'az login' again.").arg(c.user));
    const QStringList hosts = acceptedHosts(resource);
    if (cache.contains("AccessToken") && cache["AccessToken"].is_object()) {
        for (const auto &[key, at] : cache["AccessToken"].items()) {
            if (text(at, "home_account_id") != home || text(at, "realm").compare(c.tenant, Qt::CaseInsensitive) != 0)
                continue;
            const QString target = text(at, "target").toLower();
            bool forResource = false;
            for (const QString &h : hosts)
                forResource = forResource || target.contains(h);
            bool ok = false;
            const qint64 expires = text(at, "expires_on").toLongLong(&ok);
            if (!forResource || !ok || expires - now.toSecsSinceEpoch() <= 300)
                continue;
            const QString secret = text(at, "secret");
            if (secret.isEmpty())
                continue;
            c.accessToken = secret;
            c.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
            return c;
        }
    }
    if (cache.contains("RefreshToken") && cache["RefreshToken"].is_object()) {
        for (const auto &[key, rt] : cache["RefreshToken"].items()) {
            if (text(rt, "home_account_id") == home && (text(rt, "client_id") == CliClientId || text(rt, "family_id") == u"1"_s)
                && !text(rt, "secret").isEmpty()) {
                c.refreshToken = text(rt, "secret");
                return c;
            }
        }
    }
    return unusable(QObject::tr("The Azure CLI's session for %1 has no token the studio can use: run 'az login' again.").arg(c.user));
}

TokenJob *AzureCliSession::token()
{
    auto *job = new TokenJob(this);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (usable(m_cached)) {
        job->finish(m_cached);
        return job;
    }
    if (!queue(job))
        return job;
    const QDir dir(m_dir);
    if (!QFileInfo::exists(dir.filePath(u"msal_token_cache.json"_s))) {
        if (QFileInfo::exists(dir.filePath(u"msal_token_cache.bin"_s)))
            answer(unusable(tr("The Azure CLI's token cache in %1 is encrypted (msal_token_cache.bin); the studio cannot read it.").arg(m_dir)));
        else if (QFileInfo::exists(dir.filePath(u"msal_token_cache.sig"_s)))
            answer(unusable(tr("The Azure CLI keeps its tokens in the system keyring (msal_token_cache.sig); the studio cannot read them.")));
        else
            answer(unusable(tr("There is no Azure CLI session in %1: run 'az login' first.").arg(m_dir)));
        return job;
    }
    QFile profileFile(dir.filePath(u"azureProfile.json"_s));
    QFile cacheFile(dir.filePath(u"msal_token_cache.json"_s));
    if (!profileFile.open(QIODevice::ReadOnly) || !cacheFile.open(QIODevice::ReadOnly)) {
        answer(unusable(tr("The Azure CLI's files in %1 cannot be read.").arg(m_dir)));
        return job;
    }
    const QByteArray cacheBytes = cacheFile.read(32 * 1024 * 1024);
    const Result<Choice> choice = choose(parseProfile(profileFile.read(8 * 1024 * 1024)),
                                         json::parse(cacheBytes.begin(), cacheBytes.end(), nullptr, false), m_tenant, m_resource, now);
    if (!choice) {
        answer(choice.error());
        return job;
    }
    if (!choice.value().accessToken.isEmpty()) {
        m_cached = {choice.value().accessToken, choice.value().expiresAt};
        answer(m_cached);
        return job;
    }
    const QString refresh = m_refreshToken.isEmpty() ? choice.value().refreshToken : m_refreshToken;
    const QString tenant = choice.value().tenant;
    Entra::redeem(m_http, m_authority, tenant, CliClientId, refresh, m_resource, tr("the Azure CLI session of %1").arg(choice.value().user),
                  tr("Run 'az login' again."), this, [this](const Result<Entra::TokenAnswer> &t) {
                    if (!t) {
                        answer(t.error());
                        return;
                    }
                    if (!t.value().refreshToken.isEmpty())
                        m_refreshToken = t.value().refreshToken; // in memory only: the CLI's files are its own
                    m_cached = {t.value().accessToken, t.value().expiresAt};
                    answer(m_cached);
                });
    return job;
}
