// The Azure ML back end against its test server: what the contract suite cannot say because it
// is particular to a remote workspace — paging through nextLink, token refresh on a 401,
// throttling and dropped connections, the service's own validation, partial failures of the
// two-call register-and-set-default, and the wire shapes the spec defines.
#include <QElapsedTimer>
#include <QSet>
#include <QNetworkAccessManager>
#include <QTest>

#include "services/auth/tokensource.h"
#include "services/core/supportmatrix.h"
#include "services/net/httpclient.h"
#include "services/workspace/azuremlmapping.h"
#include "services/workspace/azuremlworkspace.h"
#include "support/await.h"
#include "support/datastorenames.h"
#include "support/fakeazuremlserver.h"
#include "support/fakedbfsserver.h"
#include "services/storage/dbfsclient.h"
#include "services/workspace/browseconnections.h"
#include "support/fakesecretstore.h"
#include "support/fakestorageserver.h"
#include "services/net/storagehttp.h"
#include "services/storage/storageclient.h"
#include "services/storage/storageclientfactory.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspacemanager.h"
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;

RegistrationRequest blob(const QString &name)
{
    RegistrationRequest r;
    r.datastore.name = name;
    r.datastore.type = StorageType::AzureBlob;
    r.datastore.auth = AuthKind::AccountKey;
    r.datastore.fields = {{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}};
    r.secrets = {{u"account_key"_s, Key}};
    r.options.skipValidation = true;
    return r;
}

} // namespace

// A workspace manager over a temporary catalog, signed in to the test server's workspace as
// its service principal, as Connect to Azure ML workspace… does (secrets in memory).
struct SignedIn
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    WorkspaceManager manager;
    CloudProfile cloud;
    WorkspaceRef ref;
    SignedIn(FakeAzureMlServer *server, HttpClient *http, const SupportMatrix &matrix)
        : manager(WorkspaceCatalog(dir.filePath(u"ws"_s), dir.filePath(u"settings.ini"_s)), &secrets, nullptr, matrix),
          cloud(CloudProfile::custom(QUrl(server->base()), QUrl(server->base())).value()),
          ref(WorkspaceRef::azure(cloud, FakeAzureMlServer::Subscription, FakeAzureMlServer::ResourceGroup, FakeAzureMlServer::Workspace,
                                  WorkspaceRef::SignIn::ServicePrincipal, FakeAzureMlServer::Tenant, FakeAzureMlServer::ClientId)
                  .value())
    {
        manager.setHttp(http);
    }
    bool connect() { return await(manager.connectAzure(ref, {{WorkspaceManager::ClientSecretField, FakeAzureMlServer::ClientSecret}})).ok(); }
};

class tst_AzureMlWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theListFollowsNextLinkWithoutPerDatastoreRequests();
    void pagesArriveBeforeTheWholeList();
    void v1TypesAreListedThroughV1AndSayWhichApi();
    void putBodiesAreTheSpecsSchema();
    void theTestServerRejectsBodiesOffTheSchema();
    void anExpiredTokenIsRenewedOnceAndTheCallRepeated();
    void throttlingWaitsForRetryAfter();
    void aDroppedConnectionIsRetriedOnlyWhereSafe();
    void theServicesValidationReasonAndRequestIdReachTheUser();
    void aFailedUpdateLeavesTheDatastoreAsItWas();
    void registeredButNotDefaultSaysWhy();
    void anotherApiVersionIsRefusedByTheService();
    void aWrongClientSecretGivesEntrasReason();
    void unknownDatastoreTypesDoNotBreakTheList();
    void datastoresTheStudioCannotShowAreNamedInTheListsNotes();
    void aGen1EndpointIsRefusedNotDropped();
    void anIdentityBasedDatastoreIsBrowsedWithTheUsersToken();
    void aPostgreSqlRecordWithoutEnableSslReadsAsItsDefault();
    void aDbfsDatastoreWithoutATokenIsBrowsedWithTheUsersDatabricksToken();

private:
    AzureMlWorkspace *open(const QString &secret = FakeAzureMlServer::ClientSecret);

    std::unique_ptr<FakeAzureMlServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ClientCredentialsTokenSource> m_tokens;
    std::unique_ptr<AzureMlWorkspace> m_ws;
    const SupportMatrix &m_matrix = SupportMatrix::builtin();
};

void tst_AzureMlWorkspace::init()
{
    m_server = std::make_unique<FakeAzureMlServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxAttempts = 4;
    m_http->setRetryPolicy(fast);
}

void tst_AzureMlWorkspace::cleanup()
{
    m_ws.reset();
    m_tokens.reset();
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

AzureMlWorkspace *tst_AzureMlWorkspace::open(const QString &secret)
{
    const auto cloud = CloudProfile::custom(QUrl(m_server->base()), QUrl(m_server->base()));
    const auto ref = WorkspaceRef::azure(cloud.value(), FakeAzureMlServer::Subscription, FakeAzureMlServer::ResourceGroup,
                                         FakeAzureMlServer::Workspace, WorkspaceRef::SignIn::ServicePrincipal, FakeAzureMlServer::Tenant,
                                         FakeAzureMlServer::ClientId);
    m_tokens = std::make_unique<ClientCredentialsTokenSource>(m_http.get(), cloud.value().authority, FakeAzureMlServer::Tenant,
                                                              FakeAzureMlServer::ClientId, secret, cloud.value().armResource);
    m_ws = std::make_unique<AzureMlWorkspace>(ref.value(), m_http.get(), m_tokens.get(), m_matrix);
    return m_ws.get();
}

void tst_AzureMlWorkspace::theListFollowsNextLinkWithoutPerDatastoreRequests()
{
    m_server->seedBlobDatastores(u"ds_"_s, 25); // 27 with the two system datastores
    m_server->setPageSize(4);
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    const int before = m_server->http()->requests();
    const auto list = await(ws->listDatastores());
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    QCOMPARE(list.value().size(), 27);
    QVERIFY(names(list.value()).contains(u"ds_00024"_s));
    // 7 v2 pages and 7 v1 pages of 4, nothing per datastore.
    QCOMPARE(m_server->http()->requests() - before, 14);
    QCOMPARE(m_server->http()->count("GET", u"/datastores/ds_"_s), 0);
    // The v1 list never asks for secrets (the service's default would include them).
    for (const QString &line : m_server->http()->log()) {
        if (line.contains(u"/datastore/v1.0/"_s) && line.endsWith(u"/datastores"_s) == false && line.contains(u"/datastores?"_s))
            QVERIFY2(line.contains(u"includeSecret=false"_s), qPrintable(line));
    }
}

void tst_AzureMlWorkspace::pagesArriveBeforeTheWholeList()
{
    m_server->seedBlobDatastores(u"ds_"_s, 23); // 25 with the system datastores: 5 pages of 5
    m_server->setPageSize(5);
    m_server->http()->setLatencyMs(30);
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    DatastoreListJob *job = ws->listDatastores();
    QList<int> pageSizes;
    bool finishedBeforeFirstPage = false;
    bool finished = false;
    QSet<QString> seen;
    connect(job, &DatastoreListJob::page, this, [&](const QList<Datastore> &page) {
        finishedBeforeFirstPage = finishedBeforeFirstPage || (pageSizes.isEmpty() && finished);
        pageSizes.append(int(page.size()));
        for (const Datastore &ds : page)
            seen.insert(ds.name);
    });
    connect(job, &DatastoreListJob::finished, this, [&] { finished = true; });
    const auto list = await(job);
    QVERIFY(list);
    QVERIFY(!finishedBeforeFirstPage);
    QCOMPARE(pageSizes, (QList<int>{5, 5, 5, 5, 5}));
    QCOMPARE(seen.size(), 25);
    QCOMPARE(list.value().size(), 25);
}

void tst_AzureMlWorkspace::v1TypesAreListedThroughV1AndSayWhichApi()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    RegistrationRequest pg;
    pg.datastore.name = u"events"_s;
    pg.datastore.type = StorageType::AzurePostgreSql;
    pg.datastore.auth = AuthKind::Sql;
    pg.datastore.fields = {{u"server_name"_s, u"contoso-pg"_s}, {u"database_name"_s, u"events"_s}, {u"user_id"_s, u"reader"_s}};
    pg.secrets = {{u"user_password"_s, u"pa55 word"_s}};
    pg.options.skipValidation = true;
    QVERIFY(await(ws->registerDatastore(pg)));
    QVERIFY(await(ws->registerDatastore(blob(u"lake"_s))));
    QCOMPARE(m_server->http()->count("POST", u"/datastore/v1.0/"_s), 1);
    QCOMPARE(m_server->http()->count("PUT", u"/datastores/lake"_s), 1);
    const auto list = await(ws->listDatastores());
    QVERIFY(list);
    for (const Datastore &ds : list.value()) {
        if (ds.name == u"events"_s)
            QCOMPARE(ds.origin, u"v1"_s);
        else
            QCOMPARE(ds.origin, u"arm"_s);
    }
    QVERIFY(names(list.value()).contains(u"events"_s));
    // The v1 record keeps the PostgreSQL section as the reference spells it.
    const json stored = m_server->stored(u"events"_s);
    QVERIFY2((stored["azurePostgreSqlSection"]["portNumber"]) == (json("5432")), (stored["azurePostgreSqlSection"]["portNumber"]).dump().c_str());
    QVERIFY2((stored["azurePostgreSqlSection"]["enableSsl"]) == (json(true)), (stored["azurePostgreSqlSection"]["enableSsl"]).dump().c_str());
    QVERIFY2((stored["azurePostgreSqlSection"]["userPassword"]) == (json("pa55 word")), (stored["azurePostgreSqlSection"]["userPassword"]).dump().c_str());
}

void tst_AzureMlWorkspace::putBodiesAreTheSpecsSchema()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    RegistrationRequest gen2;
    gen2.datastore.name = u"curated"_s;
    gen2.datastore.type = StorageType::AzureDataLakeGen2;
    gen2.datastore.auth = AuthKind::ServicePrincipal;
    gen2.datastore.fields = {{u"account_name"_s, u"contoso"_s}, {u"filesystem"_s, u"curated"_s},
                             {u"tenant_id"_s, FakeAzureMlServer::Tenant}, {u"client_id"_s, FakeAzureMlServer::ClientId}};
    gen2.secrets = {{u"client_secret"_s, u"s3cret"_s}};
    gen2.options.skipValidation = true;
    QVERIFY(await(ws->registerDatastore(gen2)));
    QVERIFY(m_server->schemaRejections().isEmpty());
    const json p = m_server->stored(u"curated"_s);
    // As the spec's AzureDataLakeGen2WServicePrincipal example composes it.
    QVERIFY2((p["datastoreType"]) == (json("AzureDataLakeGen2")), (p["datastoreType"]).dump().c_str());
    QVERIFY2((p["filesystem"]) == (json("curated")), (p["filesystem"]).dump().c_str());
    QVERIFY2((p["credentials"]["credentialsType"]) == (json("ServicePrincipal")), (p["credentials"]["credentialsType"]).dump().c_str());
    QVERIFY2((p["credentials"]["tenantId"]) == (json(FakeAzureMlServer::Tenant.toStdString())), (p["credentials"]["tenantId"]).dump().c_str());
    QVERIFY2((p["credentials"]["secrets"]) == ((json{{"secretsType", "ServicePrincipal"}, {"clientSecret", "s3cret"}})), (p["credentials"]["secrets"]).dump().c_str());
    QVERIFY(!p.contains("isDefault")); // read-only: never sent
    // An update resends the whole resource, keeping what the studio does not edit.
    m_server->stored(u"curated"_s); // (the server's copy is what the GET returns)
    CredentialUpdate update;
    update.name = u"curated"_s;
    update.auth = AuthKind::ServicePrincipal;
    update.fields = {{u"tenant_id"_s, FakeAzureMlServer::Tenant}, {u"client_id"_s, FakeAzureMlServer::ClientId}};
    update.secrets = {{u"client_secret"_s, u"rotated"_s}};
    update.skipValidation = true;
    QVERIFY(await(ws->updateCredentials(update)));
    QVERIFY2((m_server->stored(u"curated"_s)["credentials"]["secrets"]["clientSecret"]) == (json("rotated")), (m_server->stored(u"curated"_s)["credentials"]["secrets"]["clientSecret"]).dump().c_str());
    QVERIFY2((m_server->stored(u"curated"_s)["filesystem"]) == (json("curated")), (m_server->stored(u"curated"_s)["filesystem"]).dump().c_str());
    QVERIFY(m_server->schemaRejections().isEmpty());
}

void tst_AzureMlWorkspace::theTestServerRejectsBodiesOffTheSchema()
{
    // The server's schema check is what makes the round trips above mean something: it must
    // refuse what the spec does not allow.
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    QVERIFY(await(m_tokens->token()));
    const QByteArray bearer = "Bearer " + await(m_tokens->token()).value().token.toUtf8();
    const QString url = m_server->base() + u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces/%3/datastores/bad?api-version=2025-12-01"_s
                                               .arg(FakeAzureMlServer::Subscription, FakeAzureMlServer::ResourceGroup, FakeAzureMlServer::Workspace);
    const QList<std::pair<const char *, json>> bad = {
        {"unknown member", {{"properties", {{"datastoreType", "AzureBlob"}, {"accountname", "x"}, {"credentials", {{"credentialsType", "None"}}}}}}},
        {"missing credentials", {{"properties", {{"datastoreType", "AzureBlob"}}}}},
        {"file without share", {{"properties", {{"datastoreType", "AzureFile"}, {"accountName", "x"}, {"credentials", {{"credentialsType", "None"}}}}}}},
        {"tenant not a uuid", {{"properties", {{"datastoreType", "AzureDataLakeGen1"}, {"storeName", "x"},
                                               {"credentials", {{"credentialsType", "ServicePrincipal"}, {"tenantId", "contoso"}, {"clientId", FakeAzureMlServer::ClientId.toStdString()},
                                                                {"secrets", {{"secretsType", "ServicePrincipal"}, {"clientSecret", "s"}}}}}}}}},
        {"account key on gen1", {{"properties", {{"datastoreType", "AzureDataLakeGen1"}, {"storeName", "x"},
                                                 {"credentials", {{"credentialsType", "AccountKey"}, {"secrets", {{"secretsType", "AccountKey"}, {"key", "k"}}}}}}}}},
        {"secrets of another kind", {{"properties", {{"datastoreType", "AzureBlob"},
                                                     {"credentials", {{"credentialsType", "Sas"}, {"secrets", {{"secretsType", "AccountKey"}, {"key", "k"}}}}}}}}},
        {"isDefault sent", {{"properties", {{"datastoreType", "AzureBlob"}, {"isDefault", true}, {"credentials", {{"credentialsType", "None"}}}}}}},
    };
    for (const auto &[what, body] : bad) {
        HttpRequest put;
        put.method = "PUT";
        put.url = QUrl(url);
        put.headers = {{"Authorization", bearer}, {"Content-Type", "application/json"}};
        put.body = QByteArray::fromStdString(body.dump());
        const auto r = await(m_http->send(put));
        QVERIFY2(r, what);
        QVERIFY2(r.value().status == 400, what);
    }
    QCOMPARE(m_server->schemaRejections().size(), bad.size());
    QVERIFY(!m_server->names().contains(u"bad"_s));
}

void tst_AzureMlWorkspace::anExpiredTokenIsRenewedOnceAndTheCallRepeated()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    QCOMPARE(m_server->tokensIssued(), 1);
    m_server->expireTokens();
    const auto list = await(ws->listDatastores());
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    QCOMPARE(m_server->tokensIssued(), 2); // one new token, shared by both lists
    QVERIFY(m_server->rejectedTokens() >= 1);
    QVERIFY(await(ws->getDatastore(u"workspaceblobstore"_s)));
    QCOMPARE(m_server->tokensIssued(), 2); // the new one is cached
}

void tst_AzureMlWorkspace::throttlingWaitsForRetryAfter()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    TestHttpServer::Fault throttled;
    throttled.status = 429;
    throttled.retryAfterSeconds = 1;
    throttled.pathContains = u"/datastores/workspaceblobstore"_s;
    throttled.body = R"({"error":{"code":"TooManyRequests","message":"Rate limit exceeded."}})";
    m_server->http()->addFault(throttled);
    QElapsedTimer timer;
    timer.start();
    const auto got = await(ws->getDatastore(u"workspaceblobstore"_s));
    QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->http()->faultsInjected(), 1);
}

void tst_AzureMlWorkspace::aDroppedConnectionIsRetriedOnlyWhereSafe()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    TestHttpServer::Fault drop;
    drop.kind = TestHttpServer::Fault::Kind::Drop;
    drop.method = "GET";
    drop.pathContains = u"/datastores/workspacefilestore"_s;
    m_server->http()->addFault(drop);
    QVERIFY(await(ws->getDatastore(u"workspacefilestore"_s))); // a GET is sent again
    // A v1 create is not idempotent: a dropped answer is an honest error, never one more POST
    // from the studio. (Qt's HTTP layer itself resends a request whose connection closed
    // before any byte of an answer, up to twice; the studio adds nothing to that.)
    drop.method = "POST";
    drop.pathContains = u"/datastore/v1.0/"_s;
    drop.times = 3;
    m_server->http()->addFault(drop);
    RegistrationRequest dbfs;
    dbfs.datastore.name = u"dbfs_store"_s;
    dbfs.datastore.type = StorageType::Dbfs;
    dbfs.datastore.auth = AuthKind::None;
    dbfs.options.skipValidation = true;
    const auto r = await(ws->registerDatastore(dbfs));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"not safe to repeat"_s), qPrintable(r.error().message));
    // Had the studio sent it again, the third drop would have been spent and a fourth POST
    // would have created the datastore.
    QVERIFY(m_server->http()->count("POST", u"/datastore/v1.0/"_s) <= 2);
    QVERIFY(!m_server->names().contains(u"dbfs_store"_s));
}

void tst_AzureMlWorkspace::theServicesValidationReasonAndRequestIdReachTheUser()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    m_server->setStorageCheck([](const json &) { return u"This request is not authorized to perform this operation using this permission."_s; });
    RegistrationRequest r = blob(u"checked"_s);
    r.options.skipValidation = false;
    const auto refused = await(ws->registerDatastore(r));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"not authorized to perform this operation"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"client request id"_s), qPrintable(refused.error().message));
    QCOMPARE(refused.error().code, u"StorageAccessDenied"_s);
    QVERIFY(!m_server->names().contains(u"checked"_s));
    QVERIFY(m_server->http()->log().last().contains(u"skipValidation=false"_s));
    // Skipped, the service does not check.
    r.options.skipValidation = true;
    QVERIFY(await(ws->registerDatastore(r)));
}

void tst_AzureMlWorkspace::aFailedUpdateLeavesTheDatastoreAsItWas()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    QVERIFY(await(ws->registerDatastore(blob(u"lake"_s))));
    const json before = m_server->stored(u"lake"_s);
    TestHttpServer::Fault busy;
    busy.status = 503;
    busy.method = "PUT";
    busy.times = 10;
    m_server->http()->addFault(busy);
    CredentialUpdate update;
    update.name = u"lake"_s;
    update.auth = AuthKind::Sas;
    update.secrets = {{u"sas_token"_s, u"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=abc%3D"_s}};
    update.skipValidation = true;
    const auto r = await(ws->updateCredentials(update));
    QVERIFY(!r);
    QVERIFY2((m_server->stored(u"lake"_s)) == (before), (m_server->stored(u"lake"_s)).dump().c_str());
    QCOMPARE(await(ws->readSecrets(u"lake"_s)).value(), (SecretMap{{u"account_key"_s, Key}}));
}

void tst_AzureMlWorkspace::registeredButNotDefaultSaysWhy()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    TestHttpServer::Fault refused;
    refused.status = 403;
    refused.method = "PUT";
    refused.pathContains = u"/default/"_s;
    refused.body = R"({"error":{"code":"AuthorizationFailed","message":"The client does not have authorization to set the default datastore."}})";
    m_server->http()->addFault(refused);
    RegistrationRequest r = blob(u"outputs"_s);
    r.options.setDefault = true;
    const auto registered = await(ws->registerDatastore(r));
    QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().toString()));
    QVERIFY(!registered.value().isDefault);
    QCOMPARE(registered.value().notes.size(), 1);
    QVERIFY2(registered.value().notes.first().contains(u"not have authorization to set the default"_s), qPrintable(registered.value().notes.first()));
    QVERIFY(m_server->names().contains(u"outputs"_s));
    QCOMPARE(m_server->defaultName(), u"workspaceblobstore"_s);
}

void tst_AzureMlWorkspace::anotherApiVersionIsRefusedByTheService()
{
    AzureMlWorkspace *ws = open();
    ws->setApiVersion(u"2019-01-01"_s);
    const auto r = await(ws->connectToWorkspace());
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"NoRegisteredProviderFound"_s);
    QVERIFY(r.error().message.contains(u"2025-12-01"_s));
}

void tst_AzureMlWorkspace::aWrongClientSecretGivesEntrasReason()
{
    AzureMlWorkspace *ws = open(u"not the secret"_s);
    const auto r = await(ws->connectToWorkspace());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QVERIFY2(r.error().message.contains(u"AADSTS7000215"_s), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(u"not the secret"_s));
    QCOMPARE(m_server->http()->count({}, u"/subscriptions/"_s), 0); // no ARM call without a token
}

void tst_AzureMlWorkspace::unknownDatastoreTypesDoNotBreakTheList()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    QVERIFY(await(ws->registerDatastore(blob(u"lake"_s))));
    // A OneLake datastore made by another tool (not through the studio).
    const auto token = await(m_tokens->token());
    HttpRequest put;
    put.method = "PUT";
    put.url = QUrl(m_server->base() + u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces/%3/datastores/lakehouse?api-version=2025-12-01"_s
                                          .arg(FakeAzureMlServer::Subscription, FakeAzureMlServer::ResourceGroup, FakeAzureMlServer::Workspace));
    put.headers = {{"Authorization", "Bearer " + token.value().token.toUtf8()}, {"Content-Type", "application/json"}};
    put.body = QByteArray::fromStdString(json{{"properties", {{"datastoreType", "AzureBlob"}, {"credentials", {{"credentialsType", "None"}}}}}}.dump());
    QCOMPARE(await(m_http->send(put)).value().status, 201);
    const auto list = await(ws->listDatastores());
    QVERIFY(list);
    QVERIFY(names(list.value()).contains(u"lake"_s));
    QVERIFY(names(list.value()).contains(u"lakehouse"_s)); // identity-based: listed with credential kind none
}

void tst_AzureMlWorkspace::aGen1EndpointIsRefusedNotDropped()
{
    // The service keeps no endpoint for Gen1: registering one would lose it silently.
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    RegistrationRequest r;
    r.datastore.name = u"oldlake"_s;
    r.datastore.type = StorageType::AzureDataLakeGen1;
    r.datastore.auth = AuthKind::ServicePrincipal;
    r.datastore.fields = {{u"store_name"_s, u"oldlake"_s}, {u"endpoint"_s, u"https://gen1.example.com/webhdfs/v1"_s},
                          {u"tenant_id"_s, FakeAzureMlServer::Tenant}, {u"client_id"_s, FakeAzureMlServer::ClientId}};
    r.secrets = {{u"client_secret"_s, u"s"_s}};
    r.options.skipValidation = true;
    const auto refused = await(ws->registerDatastore(r));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"endpoint"_s);
    QVERIFY(!m_server->names().contains(u"oldlake"_s));
    r.datastore.fields.remove(u"endpoint"_s);
    QVERIFY(await(ws->registerDatastore(r)));
}

void tst_AzureMlWorkspace::datastoresTheStudioCannotShowAreNamedInTheListsNotes()
{
    AzureMlWorkspace *ws = open();
    QVERIFY(await(ws->connectToWorkspace()));
    m_server->setPageSize(2); // the two land on different pages
    m_server->seedV2Datastore(u"fabric_lake"_s, json{{"datastoreType", "OneLake"},
                                                     {"artifact", {{"artifactType", "LakeHouse"}, {"artifactName", "sales"}}},
                                                     {"oneLakeWorkspaceName", "analytics"},
                                                     {"credentials", {{"credentialsType", "None"}}}});
    m_server->seedV2Datastore(u"cert_blob"_s, json{{"datastoreType", "AzureBlob"},
                                                   {"accountName", "acct"},
                                                   {"containerName", "c"},
                                                   {"credentials",
                                                    {{"credentialsType", "Certificate"},
                                                     {"tenantId", FakeAzureMlServer::Tenant.toStdString()},
                                                     {"clientId", FakeAzureMlServer::ClientId.toStdString()},
                                                     {"thumbprint", "ABCDEF0123"}}}});
    QVERIFY(await(ws->registerDatastore(blob(u"plain"_s))));
    DatastoreListJob *job = ws->listDatastores();
    const auto list = await(job);
    QVERIFY(list);
    QVERIFY(names(list.value()).contains(u"plain"_s));
    QVERIFY(!names(list.value()).contains(u"fabric_lake"_s));
    QVERIFY(!names(list.value()).contains(u"cert_blob"_s));
    const QString notes = job->notes().join(u'\n');
    QCOMPARE(job->notes().size(), 2);
    QVERIFY2(notes.contains(u"fabric_lake"_s) && notes.contains(u"OneLake"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"cert_blob"_s) && notes.contains(u"Certificate"_s), qPrintable(notes));

    // A v1 type, which v2 lists without a type the studio reads, is shown (through v1), not noted.
    RegistrationRequest pg;
    pg.datastore.name = u"pg_sales"_s;
    pg.datastore.type = StorageType::AzurePostgreSql;
    pg.datastore.auth = AuthKind::Sql;
    pg.datastore.fields = {{u"server_name"_s, u"pgserver"_s}, {u"database_name"_s, u"sales"_s}, {u"user_id"_s, u"reader"_s}};
    pg.secrets = {{u"user_password"_s, u"pw"_s}};
    pg.options.skipValidation = true;
    QVERIFY(await(ws->registerDatastore(pg)));
    DatastoreListJob *again = ws->listDatastores();
    const auto second = await(again);
    QVERIFY(second);
    QVERIFY(names(second.value()).contains(u"pg_sales"_s));
    QCOMPARE(again->notes().size(), 2);
}

void tst_AzureMlWorkspace::anIdentityBasedDatastoreIsBrowsedWithTheUsersToken()
{
    // An ADLS Gen2 datastore registered without a credential (by another tool): the signed-in
    // identity's own storage token reaches the data, asked of the same sign-in.
    FakeStorageServer storage(FakeStorageServer::Flavor::Dfs, u"devstoreaccount1"_s, QByteArray::fromBase64(Key.toLatin1()));
    QVERIFY(storage.start());
    storage.createContainer(u"raw"_s);
    storage.putFile(u"raw"_s, u"events/day1.csv"_s, "a,b\n1,2\n");
    storage.trustTokens([this](const QByteArray &token) { return m_server->audienceOf(token) == u"https://storage.azure.com/"_s; });
    SignedIn signedIn(m_server.get(), m_http.get(), m_matrix);
    QVERIFY(signedIn.connect());
    WorkspaceManager &manager = signedIn.manager;
    const CloudProfile &cloud = signedIn.cloud;
    const WorkspaceRef &ref = signedIn.ref;
    HttpRequest put;
    put.method = "PUT";
    put.url = QUrl(m_server->base() + ref.armId() + u"/datastores/lake?api-version=2025-12-01&skipValidation=true"_s);
    ClientCredentialsTokenSource admin(m_http.get(), cloud.authority, FakeAzureMlServer::Tenant, FakeAzureMlServer::ClientId,
                                       FakeAzureMlServer::ClientSecret, cloud.armResource);
    put.headers = {{"Authorization", "Bearer " + await(admin.token()).value().token.toUtf8()}, {"Content-Type", "application/json"}};
    put.body = QByteArray::fromStdString(json{{"properties", {{"datastoreType", "AzureDataLakeGen2"}, {"accountName", "devstoreaccount1"},
                                                               {"filesystem", "raw"}, {"endpoint", storage.endpoint().toStdString()},
                                                               {"credentials", {{"credentialsType", "None"}}}}}}.dump());
    QCOMPARE(await(m_http->send(put)).value().status, 201);
    const auto ds = await(manager.current()->getDatastore(u"lake"_s));
    QVERIFY2(ds, qPrintable(ds ? QString() : ds.error().toString()));
    QCOMPARE(ds.value().auth, AuthKind::None);
    StorageHttp storageHttp(m_network.get());
    DatastoreConnector connector(&storageHttp, m_matrix);
    const auto client = await(connector.open(manager.current(), ds.value(), this));
    QVERIFY2(client, qPrintable(client ? QString() : client.error().toString()));
    const auto page = await(client.value()->list(u"events/"_s, {}, 100, false));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page.value().entries.size(), 1);
    QVERIFY(storage.bearerRequests() >= 1);
    // Without a signed-in identity (a local workspace) it says why it cannot.
    Datastore local = ds.value();
    QVERIFY(!StorageClientFactory::create(local, {}, &storageHttp, nullptr));
}

void tst_AzureMlWorkspace::aPostgreSqlRecordWithoutEnableSslReadsAsItsDefault()
{
    // Found by fuzz_azureml_answers (corpus finding-6a32f93dcdfc): a v1 PostgreSQL record
    // without enableSsl read as "not set", and writing it back (a credential update) added
    // enableSsl: true — a change nobody asked for. It reads as the service's default now.
    const json dto = {{"name", "pg_store"}, {"dataStoreType", "AzurePostgreSql"},
                      {"azurePostgreSqlSection", {{"serverName", "contoso-pg"}, {"databaseName", "events"}, {"userId", "reader"},
                                                  {"userPassword", "pw"}, {"portNumber", "5432"}, {"extraKey", 1}}}};
    SecretMap secrets;
    const auto ds = AzureMlMapping::fromV1(m_matrix, dto, &secrets);
    QVERIFY(ds);
    QCOMPARE(ds.value().field(u"enforce_ssl"_s), u"true"_s);
    const json again = AzureMlMapping::toV1(ds.value(), secrets, dto);
    QVERIFY(again["azurePostgreSqlSection"]["extraKey"] == 1); // unknown keys kept
    const auto back = AzureMlMapping::fromV1(m_matrix, again);
    QVERIFY(back);
    QCOMPARE(back.value().fields, ds.value().fields);
    QCOMPARE(secrets.value(u"user_password"_s), u"pw"_s);
    json off = dto;
    off["azurePostgreSqlSection"]["enableSsl"] = false;
    QCOMPARE(AzureMlMapping::fromV1(m_matrix, off).value().field(u"enforce_ssl"_s), u"false"_s);
}

QTEST_GUILESS_MAIN(tst_AzureMlWorkspace)
void tst_AzureMlWorkspace::aDbfsDatastoreWithoutATokenIsBrowsedWithTheUsersDatabricksToken()
{
    // A DBFS connection of a URL alone: the signed-in identity's Entra token for the Databricks
    // resource (AzureDatabricks' application id) reaches DBFS, for the check at registration
    // and for browsing; a token for any other audience (ARM's, storage's) is refused there.
    FakeDbfsServer dbfs;
    QVERIFY(dbfs.start());
    dbfs.putFile(u"/mnt/raw/events.csv"_s, "a,b\n1,2\n");
    QStringList audiences;
    dbfs.setAcceptToken([this, &audiences](const QByteArray &token) {
        audiences << m_server->audienceOf(token);
        return m_server->audienceOf(token).startsWith(DbfsClient::Resource);
    });
    SignedIn signedIn(m_server.get(), m_http.get(), m_matrix);
    QVERIFY(signedIn.connect());
    WorkspaceManager &manager = signedIn.manager;
    FakeSecretStore &secrets = signedIn.secrets;
    const CloudProfile &cloud = signedIn.cloud;
    StorageHttp storageHttp(m_network.get());
    DatastoreConnector connector(&storageHttp, m_matrix);
    connector.setSecretStore(&secrets);
    const SecretMap connection = {{BrowseConnections::UrlField, dbfs.base()}};
    QVERIFY(!connector.connectionProblem(manager.current(), connection)); // nobody needs a token typed in

    RegistrationRequest request;
    request.datastore.name = u"spark"_s;
    request.datastore.type = StorageType::Dbfs;
    request.datastore.auth = AuthKind::None;
    const auto registered = await(connector.registerWithConnection(manager.current(), request, connection), 60000);
    QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().toString()));
    QVERIFY(dbfs.http()->count("GET", u"/api/2.0/dbfs/list"_s) >= 1); // checked with the user's token
    const auto client = await(connector.open(manager.current(), registered.value(), this));
    QVERIFY2(client, qPrintable(client ? QString() : client.error().toString()));
    const auto page = await(client.value()->list(u"mnt/raw/"_s, {}, 100, false));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page.value().entries.size(), 1);
    QCOMPARE(page.value().entries.first().name, u"events.csv"_s);
    QVERIFY(!audiences.isEmpty());
    for (const QString &audience : std::as_const(audiences))
        QVERIFY2(audience.startsWith(DbfsClient::Resource), qPrintable(audience));
    // No keychain entry holds a token: only the URL was kept.
    for (auto it = secrets.entries().cbegin(); it != secrets.entries().cend(); ++it)
        QVERIFY2(!it.key().endsWith(BrowseConnections::TokenField), qPrintable(it.key()));

    // The fake checks the audience as Databricks does: an ARM token is refused, and said so.
    dbfs.setAcceptToken([this](const QByteArray &token) { return m_server->audienceOf(token).startsWith(DbfsClient::Resource); });
    ClientCredentialsTokenSource arm(m_http.get(), cloud.authority, FakeAzureMlServer::Tenant, FakeAzureMlServer::ClientId,
                                     FakeAzureMlServer::ClientSecret, cloud.armResource);
    DbfsClient wrong(m_http.get(), QUrl(dbfs.base()), {}, &arm);
    const auto refused = await(wrong.list({}, {}, 100, false));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::Auth);
}

#include "tst_azuremlworkspace.moc"
