// Signing in to Microsoft Entra ID as a person, against the test server: the device code flow
// (the prompt, pending, slow_down, decline, expiry), the refresh token kept in the keychain so
// the next start needs no new sign-in, its rotation and revocation; and reusing an `az login`
// session read-only.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/auth/azureclisession.h"
#include "services/auth/devicecodesignin.h"
#include "services/net/httpclient.h"
#include "support/await.h"
#include "support/fakeazuremlserver.h"
#include "support/fakesecretstore.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QString Key = u"signin/127.0.0.1/tenant/client"_s;

QByteArray digestOf(const QString &dir)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        QFile f(dir + u'/' + name);
        if (f.open(QIODevice::ReadOnly)) {
            h.addData(name.toUtf8());
            h.addData(f.readAll());
        }
    }
    return h.result();
}

} // namespace

class tst_SignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theDeviceCodeFlowPollsAsTheServiceSays();
    void aDeclinedOrExpiredCodeSignsNobodyIn();
    void theNextStartNeedsNoNewSignIn();
    void aRevokedSignInAsksForANewOne();
    void aCachedAzureCliTokenIsUsedAsIs();
    void anExpiredAzureCliTokenIsRenewedWithoutTouchingTheCliFiles();
    void unreadableAzureCliSessionsSayWhy();

private:
    DeviceCodeSignIn *deviceCode(FakeSecretStore *store);
    void writeCli(const QString &dir, qint64 accessExpiresOn, bool bom = true, const char *userType = "user");

    std::unique_ptr<FakeAzureMlServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeSecretStore> m_store;
    std::vector<std::unique_ptr<QObject>> m_owned;
};

void tst_SignIn::init()
{
    m_server = std::make_unique<FakeAzureMlServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    m_http->setRetryPolicy(fast);
    m_store = std::make_unique<FakeSecretStore>();
}

void tst_SignIn::cleanup()
{
    m_owned.clear();
    m_store.reset();
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

DeviceCodeSignIn *tst_SignIn::deviceCode(FakeSecretStore *store)
{
    auto *s = new DeviceCodeSignIn(m_http.get(), QUrl(m_server->base()), FakeAzureMlServer::Tenant, {}, m_server->base() + u'/', store, Key);
    s->setSecondMs(40);
    m_owned.emplace_back(s);
    return s;
}

void tst_SignIn::theDeviceCodeFlowPollsAsTheServiceSays()
{
    m_server->setDeviceCodeScript({u"authorization_pending"_s, u"slow_down"_s, u"authorization_pending"_s, u"ok"_s}, 1);
    DeviceCodeSignIn *signIn = deviceCode(m_store.get());
    QSignalSpy prompt(signIn, &DeviceCodeSignIn::prompt);
    const auto r = await(signIn->signIn());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    // The person saw the code and where to enter it, once.
    QCOMPARE(prompt.size(), 1);
    QCOMPARE(prompt.first().at(1).toString(), u"BXQ7-LMN4"_s);
    QCOMPARE(prompt.first().at(2).toUrl(), QUrl(u"https://microsoft.com/devicelogin"_s));
    QVERIFY(prompt.first().at(0).toString().contains(u"BXQ7-LMN4"_s));
    // Four polls; after slow_down the interval grew by five "seconds" (40 ms each here).
    const QList<qint64> times = m_server->pollTimesMs();
    QCOMPARE(times.size(), 4);
    QVERIFY2(times.at(2) - times.at(1) >= 6 * 40 - 10, qPrintable(QString::number(times.at(2) - times.at(1))));
    QVERIFY2(times.at(1) - times.at(0) < 6 * 40 - 10, qPrintable(QString::number(times.at(1) - times.at(0))));
    // The refresh token is in the keychain, and the access token works for ARM.
    QVERIFY(m_store->entries().contains(Key + u"/refresh_token"_s));
    QVERIFY(m_server->refreshTokens().contains(m_store->entries().value(Key + u"/refresh_token"_s)));
    const auto token = await(signIn->token());
    QVERIFY(token);
    QVERIFY(token.value().token.startsWith(u"aml-test-token-"_s));
}

void tst_SignIn::aDeclinedOrExpiredCodeSignsNobodyIn()
{
    for (const QString &end : {u"authorization_declined"_s, u"expired_token"_s}) {
        m_server->setDeviceCodeScript({u"authorization_pending"_s, end});
        DeviceCodeSignIn *signIn = deviceCode(m_store.get());
        const auto r = await(signIn->signIn());
        QVERIFY2(!r, qPrintable(end));
        QCOMPARE(r.error().code, end);
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY(m_store->entries().isEmpty());
        QVERIFY(!signIn->hasRefreshToken());
        QCOMPARE(await(signIn->token()).error().code, u"signin.required"_s);
    }
    // Cancel stops the polling.
    m_server->setDeviceCodeScript({u"authorization_pending"_s});
    DeviceCodeSignIn *signIn = deviceCode(m_store.get());
    VoidJob *job = signIn->signIn();
    QTimer::singleShot(150, job, &Job::cancel);
    const auto cancelled = await(job);
    QCOMPARE(cancelled.error().kind, ApiError::Kind::Cancelled);
    const qsizetype polls = m_server->pollTimesMs().size();
    QTest::qWait(200);
    QCOMPARE(m_server->pollTimesMs().size(), polls);
}

void tst_SignIn::theNextStartNeedsNoNewSignIn()
{
    QVERIFY(await(deviceCode(m_store.get())->signIn()));
    const QString first = m_store->entries().value(Key + u"/refresh_token"_s);
    QCOMPARE(m_server->deviceCodesIssued(), 1);
    // A new process: only the keychain remains.
    DeviceCodeSignIn *again = deviceCode(m_store.get());
    QVERIFY(await(again->restore()));
    const auto token = await(again->token());
    QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
    QCOMPARE(m_server->deviceCodesIssued(), 1); // no new sign-in
    QCOMPARE(m_server->refreshGrants(), 1);
    // Rotation: the refresh token that came back replaced the stored one.
    QTRY_VERIFY(m_store->entries().value(Key + u"/refresh_token"_s) != first);
    QVERIFY(m_server->refreshTokens().contains(m_store->entries().value(Key + u"/refresh_token"_s)));
    // A second ask is served from the cache.
    QVERIFY(await(again->token()));
    QCOMPARE(m_server->refreshGrants(), 1);
}

void tst_SignIn::aRevokedSignInAsksForANewOne()
{
    QVERIFY(await(deviceCode(m_store.get())->signIn()));
    m_server->revokeRefreshTokens();
    DeviceCodeSignIn *again = deviceCode(m_store.get());
    QVERIFY(await(again->restore()));
    const auto token = await(again->token());
    QVERIFY(!token);
    QCOMPARE(token.error().code, u"invalid_grant"_s);
    QVERIFY2(token.error().message.contains(u"Sign in again"_s), qPrintable(token.error().message));
    QVERIFY(token.error().message.contains(u"AADSTS700082"_s));
    // No keychain, no sign-in kept: said so, and nothing else written.
    FakeSecretStore none;
    none.setState(FakeSecretStore::State::NoService);
    QCOMPARE(await(deviceCode(&none)->restore()).error().kind, ApiError::Kind::Secret);
}

void tst_SignIn::writeCli(const QString &dir, qint64 accessExpiresOn, bool bom, const char *userType)
{
    const std::string tid = FakeAzureMlServer::Tenant.toStdString();
    const std::string home = "1111." + tid;
    const json profile = {{"installationId", "x"},
                          {"subscriptions", {{{"id", FakeAzureMlServer::Subscription.toStdString()}, {"name", "Test"}, {"state", "Enabled"},
                                              {"tenantId", tid}, {"isDefault", true}, {"environmentName", "AzureCloud"},
                                              {"user", {{"name", "test@contoso.com"}, {"type", userType}}}}}}};
    const std::string env = "127.0.0.1";
    const std::string target = QString(m_server->base() + u"/user_impersonation "_s + m_server->base() + u"/.default"_s).toStdString();
    json cache = {
        {"AccessToken", {{home + "-" + env + "-accesstoken-" + AzureCliSession::CliClientId.toStdString() + "-" + tid + "-x",
                          {{"credential_type", "AccessToken"}, {"secret", "cli-cached-access-token"}, {"home_account_id", home},
                           {"environment", env}, {"client_id", AzureCliSession::CliClientId.toStdString()}, {"realm", tid},
                           {"target", target}, {"token_type", "Bearer"}, {"cached_at", "1767000000"},
                           {"expires_on", std::to_string(accessExpiresOn)}}}}},
        {"RefreshToken", {{home + "-" + env + "-refreshtoken-" + AzureCliSession::CliClientId.toStdString() + "--",
                           {{"credential_type", "RefreshToken"}, {"secret", "cli-refresh-token"}, {"home_account_id", home},
                            {"environment", env}, {"client_id", AzureCliSession::CliClientId.toStdString()}, {"family_id", "1"}}}}},
        {"Account", {{home + "-" + env + "-" + tid, {{"home_account_id", home}, {"environment", env}, {"realm", tid},
                                                    {"username", "test@contoso.com"}, {"authority_type", "MSSTS"}}}}},
        {"AppMetadata", json::object()}};
    QFile p(dir + u"/azureProfile.json"_s);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write((bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + QByteArray::fromStdString(profile.dump()));
    QFile c(dir + u"/msal_token_cache.json"_s);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(QByteArray::fromStdString(cache.dump(2)));
}

void tst_SignIn::aCachedAzureCliTokenIsUsedAsIs()
{
    QTemporaryDir dir;
    writeCli(dir.path(), QDateTime::currentSecsSinceEpoch() + 3000);
    AzureCliSession session(m_http.get(), dir.path(), QUrl(m_server->base()), {}, m_server->base() + u'/');
    const auto token = await(session.token());
    QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
    QCOMPARE(token.value().token, u"cli-cached-access-token"_s);
    QCOMPARE(m_server->http()->requests(), 0);
}

void tst_SignIn::anExpiredAzureCliTokenIsRenewedWithoutTouchingTheCliFiles()
{
    QTemporaryDir dir;
    writeCli(dir.path(), QDateTime::currentSecsSinceEpoch() + 60); // less than five minutes left
    m_server->addRefreshToken(u"cli-refresh-token"_s, AzureCliSession::CliClientId);
    const QByteArray before = digestOf(dir.path());
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    AzureCliSession session(m_http.get(), dir.path(), QUrl(m_server->base()), {}, m_server->base() + u'/');
    const auto token = await(session.token());
    QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
    QVERIFY(token.value().token.startsWith(u"aml-test-token-"_s));
    QCOMPARE(m_server->refreshGrants(), 1);
    QCOMPARE(digestOf(dir.path()), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no lock file, no new cache
    // The renewed token is kept in memory: the next ask makes no request.
    QVERIFY(await(session.token()));
    QCOMPARE(m_server->refreshGrants(), 1);
}

void tst_SignIn::unreadableAzureCliSessionsSayWhy()
{
    QTemporaryDir empty;
    AzureCliSession none(m_http.get(), empty.path(), QUrl(m_server->base()), {}, m_server->base() + u'/');
    QVERIFY(await(none.token()).error().message.contains(u"az login"_s));
    QTemporaryDir encrypted;
    QFile bin(encrypted.path() + u"/msal_token_cache.bin"_s);
    QVERIFY(bin.open(QIODevice::WriteOnly));
    bin.write("\x01\x00\x00\x00");
    bin.close();
    AzureCliSession dpapi(m_http.get(), encrypted.path(), QUrl(m_server->base()), {}, m_server->base() + u'/');
    QVERIFY(await(dpapi.token()).error().message.contains(u"encrypted"_s));
    QTemporaryDir principal;
    writeCli(principal.path(), QDateTime::currentSecsSinceEpoch() + 3000, false, "servicePrincipal");
    AzureCliSession sp(m_http.get(), principal.path(), QUrl(m_server->base()), {}, m_server->base() + u'/');
    QVERIFY(await(sp.token()).error().message.contains(u"service principal"_s));
    QTemporaryDir other;
    writeCli(other.path(), QDateTime::currentSecsSinceEpoch() + 3000);
    AzureCliSession otherTenant(m_http.get(), other.path(), QUrl(m_server->base()), u"11111111-2222-3333-4444-555555555555"_s, m_server->base() + u'/');
    QVERIFY(await(otherTenant.token()).error().message.contains(u"az login --tenant"_s));
    QCOMPARE(m_server->http()->requests(), 0);
}

QTEST_GUILESS_MAIN(tst_SignIn)
#include "tst_signin.moc"
