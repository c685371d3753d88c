// The WorkspaceService contract: what every workspace back end must do, asserted only through
// the interface, so the same suite runs unchanged against each back end (a row per back end;
// the Azure ML back end joins as a row on its test server). Every type × credential kind of
// the support matrix makes the round trip register → list → get → secrets → update
// credentials → set default (or the refusal) → unregister.
#include <functional>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/auth/tokensource.h"
#include "services/core/supportmatrix.h"
#include "services/net/httpclient.h"
#include "services/workspace/azuremlworkspace.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "services/workspace/workspacerules.h"
#include "support/await.h"
#include "support/datastorenames.h"
#include "support/fakeazuremlserver.h"
#include "support/fakesecretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString OtherKey = u"KbUPJvYr5M8lvYt1Hd7XPcUjL4Kx1xL6bGXo4ZdlB8Q8mXfMXA1EqgVQ2TUxNzfFxZsbWK6C1T5Ve7Ujxg9rSw=="_s;

// A value each field kind accepts; `variant` gives a second, different one.
QString sample(const FieldSpec &f, int variant)
{
    switch (f.kind) {
    case FieldKind::StorageAccount: return variant ? u"contoso2"_s : u"contoso"_s;
    case FieldKind::Container:
    case FieldKind::Share: return u"raw"_s;
    case FieldKind::StoreName: return u"contosolake"_s;
    case FieldKind::Uuid: return variant ? u"22222222-2222-4222-8222-222222222222"_s : u"11111111-1111-4111-8111-111111111111"_s;
    case FieldKind::Server: return u"contoso-db"_s;
    case FieldKind::Database: return u"events"_s;
    case FieldKind::User: return u"reader"_s;
    case FieldKind::Port: return u"5432"_s;
    case FieldKind::Endpoint: return u"core.windows.net"_s;
    case FieldKind::Protocol: return u"https"_s;
    case FieldKind::Bool: return u"true"_s;
    case FieldKind::HttpsUrl: return f.defaultValue.isEmpty() ? u"https://login.microsoftonline.com"_s : f.defaultValue;
    case FieldKind::AccountKey: return variant ? OtherKey : Key;
    case FieldKind::Sas:
        return u"sv=2022-11-02&ss=b&srt=co&sp=rl&se=203%1-01-01T00:00:00Z&sig=dGVzdHNpZ25hdHVyZQ%3D%3D"_s.arg(variant);
    case FieldKind::Text: return variant ? u"second secret"_s : u"first secret"_s;
    }
    return {};
}

RegistrationRequest requestFor(const StorageTypeSpec &type, const AuthSpec &auth, const QString &name)
{
    RegistrationRequest r;
    r.datastore.name = name;
    r.datastore.type = type.type;
    r.datastore.auth = auth.kind;
    for (const FieldSpec &f : type.fields + auth.fields) {
        // A Gen1 WebHDFS endpoint is the studio's own (for retired-service look-alikes); the
        // Azure ML service has no field for it and refuses it (tst_azuremlworkspace).
        if (type.type == StorageType::AzureDataLakeGen1 && f.id == u"endpoint"_s)
            continue;
        if (f.secret)
            r.secrets.insert(f.id, sample(f, 0));
        else if (f.required || f.defaultValue.isEmpty())
            r.datastore.fields.insert(f.id, sample(f, 0));
    }
    r.options.skipValidation = true;
    return r;
}

// One back end under test: makes a fresh, empty workspace.
struct Backend
{
    std::function<WorkspaceService *()> open;
};

} // namespace

class tst_WorkspaceContract : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aNewWorkspaceHasTheSystemDatastores_data() { backends(); }
    void aNewWorkspaceHasTheSystemDatastores();
    void everyTypeAndCredentialRoundTrips_data() { backends(); }
    void everyTypeAndCredentialRoundTrips();
    void namesFollowTheRule_data() { backends(); }
    void namesFollowTheRule();
    void aTakenNameNeedsOverwrite_data() { backends(); }
    void aTakenNameNeedsOverwrite();
    void theWorkspaceRulesHold_data() { backends(); }
    void theWorkspaceRulesHold();
    void registerAndSetDefaultInOneStep_data() { backends(); }
    void registerAndSetDefaultInOneStep();
    void unknownNamesAreNotFound_data() { backends(); }
    void unknownNamesAreNotFound();

private:
    void backends();
    WorkspaceService *workspace();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<WorkspaceService> m_ws;
    // The Azure ML row: its test server and the client stack in front of it.
    std::unique_ptr<FakeAzureMlServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ClientCredentialsTokenSource> m_tokens;
    const SupportMatrix &m_matrix = SupportMatrix::builtin();
};

void tst_WorkspaceContract::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("local") << u"local"_s;
    QTest::newRow("azureml") << u"azureml"_s;
}

void tst_WorkspaceContract::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
}

void tst_WorkspaceContract::cleanup()
{
    m_ws.reset();
    m_tokens.reset();
    m_http.reset();
    m_network.reset();
    m_server.reset();
    m_secrets.reset();
    m_dir.reset();
}

WorkspaceService *tst_WorkspaceContract::workspace()
{
    QFETCH(QString, backend);
    if (!m_ws && backend == u"local"_s) {
        auto db = LocalWorkspaceDb::open(m_dir->filePath(u"contract.sqlite"_s), LocalWorkspaceDb::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        m_ws = std::make_unique<LocalWorkspace>(u"contract"_s, db.takeValue(), m_secrets.get(), nullptr, m_matrix);
    }
    if (!m_ws && backend == u"azureml"_s) {
        m_server = std::make_unique<FakeAzureMlServer>();
        if (!m_server->start())
            qFatal("the Azure ML test server did not start");
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_network.get());
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        m_http->setRetryPolicy(fast);
        const auto cloud = CloudProfile::custom(QUrl(m_server->base()), QUrl(m_server->base()));
        const auto ref = WorkspaceRef::azure(cloud.value(), FakeAzureMlServer::Subscription, FakeAzureMlServer::ResourceGroup,
                                             FakeAzureMlServer::Workspace, WorkspaceRef::SignIn::ServicePrincipal,
                                             FakeAzureMlServer::Tenant, FakeAzureMlServer::ClientId);
        if (!ref)
            qFatal("%s", qPrintable(ref.error().toString()));
        m_tokens = std::make_unique<ClientCredentialsTokenSource>(m_http.get(), cloud.value().authority, FakeAzureMlServer::Tenant,
                                                                  FakeAzureMlServer::ClientId, FakeAzureMlServer::ClientSecret,
                                                                  cloud.value().armResource);
        auto ws = std::make_unique<AzureMlWorkspace>(ref.value(), m_http.get(), m_tokens.get(), m_matrix);
        const auto connected = await(ws->connectToWorkspace());
        if (!connected)
            qFatal("%s", qPrintable(connected.error().toString()));
        m_ws = std::move(ws);
    }
    return m_ws.get();
}

void tst_WorkspaceContract::aNewWorkspaceHasTheSystemDatastores()
{
    WorkspaceService *ws = workspace();
    const auto list = await(ws->listDatastores());
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    QVERIFY(names(list.value()).contains(WorkspaceRules::BlobStoreName));
    QVERIFY(names(list.value()).contains(WorkspaceRules::FileStoreName));
    const auto def = await(ws->defaultDatastore());
    QVERIFY(def);
    QCOMPARE(def.value().name, WorkspaceRules::BlobStoreName);
    QVERIFY(def.value().isDefault);
}

void tst_WorkspaceContract::everyTypeAndCredentialRoundTrips()
{
    WorkspaceService *ws = workspace();
    QSignalSpy changed(ws, &WorkspaceService::datastoresChanged);
    int round = 0;
    for (const StorageTypeSpec &type : m_matrix.types()) {
        for (const AuthSpec &auth : type.auth) {
            const QString name = u"ds_%1_%2"_s.arg(type.id, StorageTypes::id(auth.kind));
            const QString what = type.id + u" / "_s + StorageTypes::id(auth.kind);
            const RegistrationRequest request = requestFor(type, auth, name);
            const qsizetype changesBefore = changed.size();
            const auto registered = await(ws->registerDatastore(request));
            QVERIFY2(registered, qPrintable(what + u": "_s + (registered ? QString() : registered.error().toString())));
            QVERIFY2(changed.size() > changesBefore, qPrintable(what + u": views were not told"_s));
            ++round;

            // Listed and read back with its fields; the secrets are named, never in the record.
            const auto list = await(ws->listDatastores());
            QVERIFY(list && names(list.value()).contains(name));
            const auto got = await(ws->getDatastore(name));
            QVERIFY2(got, qPrintable(what));
            QCOMPARE(got.value().type, type.type);
            QCOMPARE(got.value().auth, auth.kind);
            for (auto it = request.datastore.fields.cbegin(); it != request.datastore.fields.cend(); ++it)
                QVERIFY2(got.value().field(it.key()) == it.value(), qPrintable(what + u": "_s + it.key()));
            QStringList stored = got.value().storedSecrets;
            QStringList asked = request.secrets.keys();
            stored.sort();
            asked.sort();
            QCOMPARE(stored, asked);
            for (const QString &value : request.secrets) {
                for (const QString &field : got.value().fields)
                    QVERIFY2(!field.contains(value), qPrintable(what + u": a secret is in the record"_s));
            }
            const auto secrets = await(ws->readSecrets(name));
            QVERIFY2(secrets, qPrintable(what));
            QCOMPARE(secrets.value(), request.secrets);

            // A new credential replaces the old one.
            if (!request.secrets.isEmpty()) {
                CredentialUpdate update;
                update.name = name;
                update.auth = auth.kind;
                update.skipValidation = true;
                for (const FieldSpec &f : auth.fields) {
                    if (f.secret)
                        update.secrets.insert(f.id, sample(f, 1));
                    else if (f.required || f.defaultValue.isEmpty())
                        update.fields.insert(f.id, sample(f, 1));
                }
                const auto updated = await(ws->updateCredentials(update));
                QVERIFY2(updated, qPrintable(what + u": "_s + (updated ? QString() : updated.error().toString())));
                QCOMPARE(await(ws->readSecrets(name)).value(), update.secrets);
                for (auto it = update.fields.cbegin(); it != update.fields.cend(); ++it)
                    QCOMPARE(await(ws->getDatastore(name)).value().field(it.key()), it.value());
            }

            // The default: taken where the type may be one, else refused with the rule.
            const auto madeDefault = await(ws->setDefaultDatastore(name));
            if (type.canBeDefault) {
                QVERIFY2(madeDefault, qPrintable(what));
                QCOMPARE(await(ws->defaultDatastore()).value().name, name);
                QVERIFY(await(ws->setDefaultDatastore(WorkspaceRules::BlobStoreName)));
            } else {
                QVERIFY2(!madeDefault, qPrintable(what));
                QCOMPARE(madeDefault.error().code, u"default.not_allowed"_s);
                QCOMPARE(await(ws->defaultDatastore()).value().name, WorkspaceRules::BlobStoreName);
            }

            QVERIFY(await(ws->unregisterDatastore(name)));
            QVERIFY(!names(await(ws->listDatastores()).value()).contains(name));
            const auto gone = await(ws->readSecrets(name));
            QVERIFY(!gone);
            QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        }
    }
    qInfo("%d type × credential combinations made the round trip", round);
    QVERIFY(round >= 10); // the matrix has more than one credential kind for several types
}

void tst_WorkspaceContract::namesFollowTheRule()
{
    WorkspaceService *ws = workspace();
    const StorageTypeSpec &blob = m_matrix.type(StorageType::AzureBlob);
    for (const QString &bad : {u"Upper"_s, u"with-dash"_s, u"with space"_s, u""_s, u"_leading"_s, QString(256, u'a')}) {
        const auto r = await(ws->registerDatastore(requestFor(blob, blob.auth.first(), bad)));
        QVERIFY2(!r, qPrintable(bad));
        QCOMPARE(r.error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(r.error().field, u"name"_s);
        QVERIFY2(!r.error().message.isEmpty(), qPrintable(bad));
    }
    QVERIFY(await(ws->registerDatastore(requestFor(blob, blob.auth.first(), u"ok_name_9"_s))));
}

void tst_WorkspaceContract::aTakenNameNeedsOverwrite()
{
    WorkspaceService *ws = workspace();
    const StorageTypeSpec &blob = m_matrix.type(StorageType::AzureBlob);
    RegistrationRequest first = requestFor(blob, blob.auth.first(), u"lake"_s);
    QVERIFY(await(ws->registerDatastore(first)));
    RegistrationRequest second = first;
    second.datastore.fields[u"container_name"_s] = u"curated"_s;
    const auto refused = await(ws->registerDatastore(second));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(await(ws->getDatastore(u"lake"_s)).value().field(u"container_name"_s), u"raw"_s); // nothing lost
    second.options.overwrite = true;
    QVERIFY(await(ws->registerDatastore(second)));
    QCOMPARE(await(ws->getDatastore(u"lake"_s)).value().field(u"container_name"_s), u"curated"_s);
}

void tst_WorkspaceContract::theWorkspaceRulesHold()
{
    WorkspaceService *ws = workspace();
    const auto builtin = await(ws->unregisterDatastore(WorkspaceRules::BlobStoreName));
    QVERIFY(!builtin);
    QCOMPARE(builtin.error().code, u"datastore.builtin"_s);
    const StorageTypeSpec &blob = m_matrix.type(StorageType::AzureBlob);
    QVERIFY(await(ws->registerDatastore(requestFor(blob, blob.auth.first(), u"lake"_s))));
    QVERIFY(await(ws->setDefaultDatastore(u"lake"_s)));
    const auto isDefault = await(ws->unregisterDatastore(u"lake"_s));
    QVERIFY(!isDefault);
    QCOMPARE(isDefault.error().code, u"datastore.is_default"_s);
    // The built-in blob datastore can be re-registered only as a blob datastore.
    const StorageTypeSpec &pg = m_matrix.type(StorageType::AzurePostgreSql);
    RegistrationRequest asPostgres = requestFor(pg, pg.auth.first(), WorkspaceRules::FileStoreName);
    asPostgres.options.overwrite = true;
    const auto retyped = await(ws->registerDatastore(asPostgres));
    QVERIFY(!retyped);
    QCOMPARE(retyped.error().code, u"datastore.system_type"_s);
    QVERIFY(await(ws->unregisterDatastore(WorkspaceRules::FileStoreName))); // only workspaceblobstore is protected
}

void tst_WorkspaceContract::registerAndSetDefaultInOneStep()
{
    WorkspaceService *ws = workspace();
    const StorageTypeSpec &blob = m_matrix.type(StorageType::AzureBlob);
    RegistrationRequest r = requestFor(blob, blob.auth.first(), u"outputs"_s);
    r.options.setDefault = true;
    const auto registered = await(ws->registerDatastore(r));
    QVERIFY(registered);
    QVERIFY(registered.value().isDefault);
    QCOMPARE(await(ws->defaultDatastore()).value().name, u"outputs"_s);
    const StorageTypeSpec &pg = m_matrix.type(StorageType::AzurePostgreSql);
    RegistrationRequest notDefault = requestFor(pg, pg.auth.first(), u"events"_s);
    notDefault.options.setDefault = true;
    const auto refused = await(ws->registerDatastore(notDefault));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"default.not_allowed"_s);
    QVERIFY(!names(await(ws->listDatastores()).value()).contains(u"events"_s)); // refused before anything was written
}

void tst_WorkspaceContract::unknownNamesAreNotFound()
{
    WorkspaceService *ws = workspace();
    const auto got = await(ws->getDatastore(u"nothing_here"_s));
    QVERIFY(!got);
    QCOMPARE(got.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(await(ws->setDefaultDatastore(u"nothing_here"_s)).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(await(ws->unregisterDatastore(u"nothing_here"_s)).error().kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(tst_WorkspaceContract)
#include "tst_workspacecontract.moc"
