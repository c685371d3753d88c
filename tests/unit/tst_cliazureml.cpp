// dsstudio against an Azure ML workspace, as a user runs it: a real process, private XDG
// directories and a throwaway gnome-keyring, and the Azure ML test server (Entra ID, ARM and
// the v1 service) in this process. Every type × credential kind of the support matrix goes
// through connect → register → list → show → update-credentials → set-default → unregister.
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "services/core/supportmatrix.h"
#include "support/fakeazuremlserver.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString OtherTenant = u"11111111-2222-4333-8444-555555555555"_s;

json parse(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return json::parse(bytes.begin(), bytes.end(), nullptr, false);
}

// The arguments and stdin of a registration of one type and credential kind.
struct Sample
{
    QStringList args;
    QByteArray input;
};

Sample sampleFor(const StorageTypeSpec &type, const AuthSpec &auth, int variant)
{
    Sample s;
    s.args = {u"--type"_s, type.id, u"--auth"_s, StorageTypes::id(auth.kind)};
    for (const FieldSpec &f : type.fields + auth.fields) {
        if (f.secret) {
            QString value;
            switch (f.kind) {
            case FieldKind::AccountKey: value = Key; break;
            case FieldKind::Sas: value = u"sv=2022-11-02&ss=bf&srt=co&sp=rl&se=2031-01-01T00:00:00Z&sig=abc%1%3D"_s.arg(variant); break;
            default: value = u"secret-%1-%2"_s.arg(f.id).arg(variant);
            }
            s.input += value.toUtf8() + '\n';
            continue;
        }
        if (!f.required)
            continue;
        QString value;
        switch (f.kind) {
        case FieldKind::StorageAccount: value = u"contoso"_s; break;
        case FieldKind::Container:
        case FieldKind::Share: value = u"raw"_s; break;
        case FieldKind::StoreName: value = u"contosolake"_s; break;
        case FieldKind::Uuid: value = variant ? OtherTenant : FakeAzureMlServer::Tenant; break;
        case FieldKind::Server: value = u"contoso-db"_s; break;
        case FieldKind::Database: value = u"events"_s; break;
        case FieldKind::User: value = variant ? u"writer"_s : u"reader"_s; break;
        default: value = u"x"_s;
        }
        s.args << f.flag() << value;
    }
    return s;
}

} // namespace

class tst_CliAzureMl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectWithAServicePrincipal();
    void everyTypeAndCredentialThroughTheCli();
    void aWrongSecretConnectsNothing();
    void connectFromConfigJsonAndByDeviceCode();
    void discoverListsTheWorkspacesASignInCanSee();
    void badConnectInputNamesTheFlag_data();
    void badConnectInputNamesTheFlag();

private:
    CliRun connect(const QStringList &extra = {});
    QStringList where() const;

    std::unique_ptr<FakeAzureMlServer> m_server;
    std::unique_ptr<TestEnv> m_env;
};

void tst_CliAzureMl::init()
{
    if (TestEnv::keyringMode() != u"unlocked"_s)
        QSKIP("needs the unlocked test keyring (run through ctest)");
    m_server = std::make_unique<FakeAzureMlServer>();
    QVERIFY(m_server->start());
    m_env = std::make_unique<TestEnv>();
}

void tst_CliAzureMl::cleanup()
{
    m_env.reset();
    m_server.reset();
}

QStringList tst_CliAzureMl::where() const
{
    return {u"--arm-endpoint"_s, m_server->base(), u"--authority"_s, m_server->base()};
}

CliRun tst_CliAzureMl::connect(const QStringList &extra)
{
    return m_env->cli(QStringList{u"workspace"_s, u"connect"_s, u"--subscription"_s, FakeAzureMlServer::Subscription, u"--resource-group"_s,
                                  FakeAzureMlServer::ResourceGroup, u"--workspace"_s, FakeAzureMlServer::Workspace}
                          + where()
                          + QStringList{u"--auth"_s, u"service_principal"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant, u"--client-id"_s,
                                        FakeAzureMlServer::ClientId, u"--secret-stdin"_s}
                          + extra,
                      FakeAzureMlServer::ClientSecret.toUtf8() + '\n');
}

void tst_CliAzureMl::connectWithAServicePrincipal()
{
    const CliRun run = connect();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Connected to Azure ML workspace my-aml-workspace"_s));
    // Remembered, current, and no secret in any file.
    const CliRun list = m_env->cli({u"workspace"_s, u"list"_s, u"--json"_s});
    const json j = parse(list.out);
    bool found = false;
    for (const json &w : j) {
        if (w["kind"] == "azureml") {
            found = true;
            QVERIFY(w["current"].get<bool>());
            QVERIFY(w["resourceGroup"] == json(FakeAzureMlServer::ResourceGroup.toStdString()));
        }
    }
    QVERIFY2(found, qPrintable(list.out));
    for (const auto &[path, bytes] : m_env->allFiles())
        QVERIFY2(!bytes.contains(FakeAzureMlServer::ClientSecret.toUtf8()), qPrintable(path));
    // The next command opens it with the secret from the keychain, and goes straight to the
    // list: no new discovery, no GET of the workspace (it is remembered).
    const int discoveries = m_server->http()->count("GET", u"/discovery"_s);
    const int workspaceReads = m_server->http()->log().filter(QRegularExpression(u"^GET /subscriptions/[^?]*/workspaces/[^/?]*\\?"_s)).size();
    const CliRun datastores = m_env->cli({u"datastore"_s, u"list"_s, u"--json"_s});
    QCOMPARE(m_server->http()->count("GET", u"/discovery"_s), discoveries);
    QCOMPARE(m_server->http()->log().filter(QRegularExpression(u"^GET /subscriptions/[^?]*/workspaces/[^/?]*\\?"_s)).size(), workspaceReads);
    QVERIFY(workspaceReads >= 1);
    QVERIFY2(datastores.exitCode == 0, qPrintable(datastores.err));
    const json ds = parse(datastores.out);
    QVERIFY(ds.is_array() && ds.size() == 2);
    QVERIFY2(ds[0]["name"] == "workspaceblobstore" && ds[0]["api"] == "azureml-arm-v2" && ds[0]["default"] == true, qPrintable(datastores.out));
    QVERIFY2(!datastores.err.contains(u"warning"_s), qPrintable(datastores.err));
    // A datastore the studio cannot show is named on stderr; stdout stays the JSON list.
    m_server->seedV2Datastore(u"fabric_lake"_s, json{{"datastoreType", "OneLake"}, {"credentials", {{"credentialsType", "None"}}}});
    const CliRun withLake = m_env->cli({u"datastore"_s, u"list"_s, u"--json"_s});
    QVERIFY2(withLake.exitCode == 0, qPrintable(withLake.err));
    QCOMPARE(parse(withLake.out).size(), 2u);
    QVERIFY2(withLake.err.contains(u"dsstudio: warning: Not shown: "_s) && withLake.err.contains(u"'fabric_lake'"_s)
                 && withLake.err.contains(u"OneLake"_s),
             qPrintable(withLake.err));
    // --workspace takes the Azure workspace by name, the local one stays reachable.
    QCOMPARE(m_env->cli({u"--workspace"_s, FakeAzureMlServer::Workspace, u"datastore"_s, u"get-default"_s}).out.trimmed(), u"workspaceblobstore"_s);
    QCOMPARE(m_env->cli({u"--workspace"_s, u"default"_s, u"datastore"_s, u"list"_s, u"--json"_s}).exitCode, 0);
    // Disconnect forgets it and its secret.
    const CliRun gone = m_env->cli({u"workspace"_s, u"disconnect"_s, FakeAzureMlServer::Workspace});
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    const CliRun after = m_env->cli({u"--workspace"_s, FakeAzureMlServer::Workspace, u"datastore"_s, u"list"_s});
    QCOMPARE(after.exitCode, 3);
}

void tst_CliAzureMl::everyTypeAndCredentialThroughTheCli()
{
    QVERIFY2(connect().exitCode == 0, "connect");
    const SupportMatrix &matrix = SupportMatrix::builtin();
    int rounds = 0;
    for (const StorageTypeSpec &type : matrix.types()) {
        for (const AuthSpec &auth : type.auth) {
            const QString name = u"cli_%1_%2"_s.arg(type.id, StorageTypes::id(auth.kind));
            const QString what = type.id + u'/' + StorageTypes::id(auth.kind);
            const Sample first = sampleFor(type, auth, 0);
            QStringList args = QStringList{u"datastore"_s, u"register"_s, u"--name"_s, name, u"--skip-validation"_s} + first.args;
            if (!first.input.isEmpty())
                args << u"--secret-stdin"_s;
            const CliRun reg = m_env->cli(args, first.input);
            QVERIFY2(reg.exitCode == 0, qPrintable(what + u": "_s + reg.err));
            QVERIFY2(m_server->names().contains(name), qPrintable(what));
            // Shown with the API that holds it; no secret printed, and none read from the workspace.
            const int secretReads = m_server->http()->count("POST", u"/listSecrets"_s);
            const CliRun show = m_env->cli({u"datastore"_s, u"show"_s, name, u"--json"_s});
            QCOMPARE(m_server->http()->count("POST", u"/listSecrets"_s), secretReads);
            QVERIFY2(show.exitCode == 0, qPrintable(what + u": "_s + show.err));
            const json shown = parse(show.out);
            const bool v1 = type.v2Type.isEmpty();
            QVERIFY2(shown["api"] == (v1 ? "azureml-v1" : "azureml-arm-v2"), qPrintable(show.out));
            QVERIFY2(shown["auth"] == StorageTypes::id(auth.kind).toStdString(), qPrintable(show.out));
            for (const QByteArray &line : first.input.split('\n')) {
                if (!line.isEmpty())
                    QVERIFY2(!show.out.toUtf8().contains(line), qPrintable(what));
            }
            // New credentials.
            if (!first.input.isEmpty()) {
                const Sample second = sampleFor(type, auth, 1);
                QStringList update = {u"datastore"_s, u"update-credentials"_s, name, u"--skip-validation"_s, u"--secret-stdin"_s};
                for (qsizetype i = 0; i + 1 < second.args.size(); i += 2) {
                    if (second.args.at(i) != u"--type"_s && !type.field(second.args.at(i).mid(2).replace(u'-', u'_'), AuthKind::None))
                        update << second.args.at(i) << second.args.at(i + 1);
                }
                const CliRun updated = m_env->cli(update, second.input);
                QVERIFY2(updated.exitCode == 0, qPrintable(what + u": "_s + updated.err));
                const std::string stored = m_server->stored(name).dump();
                for (const QByteArray &line : second.input.split('\n')) {
                    if (!line.isEmpty())
                        QVERIFY2(stored.find(line.toStdString()) != std::string::npos, qPrintable(what + u": the new secret did not reach the workspace"_s));
                }
            }
            // The default, where the type may be one.
            const CliRun def = m_env->cli({u"datastore"_s, u"set-default"_s, name});
            if (type.canBeDefault) {
                QVERIFY2(def.exitCode == 0, qPrintable(what + u": "_s + def.err));
                QCOMPARE(m_server->defaultName(), name);
                QCOMPARE(m_env->cli({u"datastore"_s, u"get-default"_s}).out.trimmed(), name);
                QCOMPARE(m_env->cli({u"datastore"_s, u"set-default"_s, u"workspaceblobstore"_s}).exitCode, 0);
            } else {
                QCOMPARE(def.exitCode, 4);
                QCOMPARE(m_server->defaultName(), u"workspaceblobstore"_s);
            }
            const CliRun unreg = m_env->cli({u"datastore"_s, u"unregister"_s, name});
            QVERIFY2(unreg.exitCode == 0, qPrintable(what + u": "_s + unreg.err));
            QVERIFY(!m_server->names().contains(name));
            ++rounds;
        }
    }
    QVERIFY(rounds >= 10);
    // Nothing of the datastores' secrets is on disk: they live in the workspace.
    for (const auto &[path, bytes] : m_env->allFiles())
        QVERIFY2(!bytes.contains(Key.toUtf8()) && !bytes.contains("secret-"), qPrintable(path));
}

void tst_CliAzureMl::aWrongSecretConnectsNothing()
{
    const CliRun run = m_env->cli(QStringList{u"workspace"_s, u"connect"_s, u"--subscription"_s, FakeAzureMlServer::Subscription,
                                              u"--resource-group"_s, FakeAzureMlServer::ResourceGroup, u"--workspace"_s, FakeAzureMlServer::Workspace}
                                      + where()
                                      + QStringList{u"--auth"_s, u"service_principal"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant,
                                                    u"--client-id"_s, FakeAzureMlServer::ClientId, u"--secret-stdin"_s},
                                  "not-the-secret\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"AADSTS7000215"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"not-the-secret"_s));
    const json list = parse(m_env->cli({u"workspace"_s, u"list"_s, u"--json"_s}).out);
    for (const json &w : list)
        QVERIFY(w["kind"] != "azureml");
    // A workspace that is not there: ARM's answer, and nothing remembered.
    const CliRun missing = m_env->cli(QStringList{u"workspace"_s, u"connect"_s, u"--subscription"_s, FakeAzureMlServer::Subscription,
                                                  u"--resource-group"_s, FakeAzureMlServer::ResourceGroup, u"--workspace"_s, u"other-ws"_s}
                                          + where()
                                          + QStringList{u"--auth"_s, u"service_principal"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant,
                                                        u"--client-id"_s, FakeAzureMlServer::ClientId, u"--secret-stdin"_s},
                                      FakeAzureMlServer::ClientSecret.toUtf8() + '\n');
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(u"other-ws"_s) && missing.err.contains(u"client request id"_s), qPrintable(missing.err));
}

void tst_CliAzureMl::connectFromConfigJsonAndByDeviceCode()
{
    QFile config(m_env->root() + u"/config.json"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QByteArray::fromStdString(json{{"subscription_id", FakeAzureMlServer::Subscription.toStdString()},
                                                {"resource_group", FakeAzureMlServer::ResourceGroup.toStdString()},
                                                {"workspace_name", FakeAzureMlServer::Workspace.toStdString()}}
                                               .dump()));
    config.close();
    m_server->setDeviceCodeScript({u"authorization_pending"_s, u"ok"_s}, 0);
    const CliRun run = m_env->cli(QStringList{u"workspace"_s, u"connect"_s, u"--config"_s, config.fileName()} + where()
                                  + QStringList{u"--auth"_s, u"device_code"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"BXQ7-LMN4"_s) && run.err.contains(u"https://microsoft.com/devicelogin"_s), qPrintable(run.err));
    QCOMPARE(m_server->deviceCodesIssued(), 1);
    // The next command needs no new sign-in: the refresh token is in the keychain.
    const CliRun list = m_env->cli({u"datastore"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(u"workspaceblobstore"_s));
    QCOMPARE(m_server->deviceCodesIssued(), 1);
    QVERIFY(m_server->refreshGrants() >= 1);
    for (const auto &[path, bytes] : m_env->allFiles())
        QVERIFY2(!bytes.contains("rt-"), qPrintable(path)); // refresh tokens only in the keychain
    // A kept sign-in the service no longer honours: using the workspace says so; connecting
    // again signs in anew instead of failing on the stale one.
    m_server->revokeRefreshTokens();
    const CliRun stale = m_env->cli({u"datastore"_s, u"list"_s});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains(u"AADSTS700082"_s) && stale.err.contains(u"Sign in again"_s), qPrintable(stale.err));
    const CliRun again = m_env->cli(QStringList{u"workspace"_s, u"connect"_s, u"--config"_s, config.fileName()} + where()
                                    + QStringList{u"--auth"_s, u"device_code"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(m_server->deviceCodesIssued(), 2);
    QCOMPARE(m_env->cli({u"datastore"_s, u"list"_s}).exitCode, 0);
}

void tst_CliAzureMl::discoverListsTheWorkspacesASignInCanSee()
{
    const CliRun run = m_env->cli(QStringList{u"workspace"_s, u"discover"_s} + where()
                                      + QStringList{u"--auth"_s, u"service_principal"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant,
                                                    u"--client-id"_s, FakeAzureMlServer::ClientId, u"--secret-stdin"_s, u"--json"_s},
                                  FakeAzureMlServer::ClientSecret.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const json found = parse(run.out);
    QVERIFY2(found.is_array() && found.size() == 2, qPrintable(run.out)); // both pages; the disabled subscription left out
    QVERIFY(found[0]["workspace"] == "my-aml-workspace" && found[0]["resourceGroup"] == "test-rg");
    QVERIFY(found[1]["workspace"] == "other-workspace" && found[1]["resourceGroup"] == "other-rg" && found[1]["location"] == "westeurope");
    QVERIFY(found[0]["subscriptionName"] == "Test subscription");
    // A device code sign-in made for the picker serves the connection that follows.
    m_server->setDeviceCodeScript({u"ok"_s}, 0);
    const CliRun person = m_env->cli(QStringList{u"workspace"_s, u"discover"_s} + where()
                                     + QStringList{u"--auth"_s, u"device_code"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant});
    QVERIFY2(person.exitCode == 0 && person.out.contains(u"other-workspace"_s), qPrintable(person.err));
    QVERIFY(person.err.contains(u"BXQ7-LMN4"_s));
    const CliRun connected = m_env->cli(QStringList{u"workspace"_s, u"connect"_s, u"--subscription"_s, FakeAzureMlServer::Subscription,
                                                    u"--resource-group"_s, FakeAzureMlServer::ResourceGroup, u"--workspace"_s, FakeAzureMlServer::Workspace}
                                        + where() + QStringList{u"--auth"_s, u"device_code"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant});
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
    QCOMPARE(m_server->deviceCodesIssued(), 1);
    QVERIFY(!connected.err.contains(u"BXQ7-LMN4"_s));
}

void tst_CliAzureMl::badConnectInputNamesTheFlag_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("flag");
    const QStringList ws = {u"--subscription"_s, FakeAzureMlServer::Subscription, u"--resource-group"_s, FakeAzureMlServer::ResourceGroup,
                            u"--workspace"_s, FakeAzureMlServer::Workspace};
    const QStringList sp = {u"--auth"_s, u"service_principal"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant, u"--client-id"_s,
                            FakeAzureMlServer::ClientId, u"--secret-env"_s, u"client_secret=NOPE"_s};
    QTest::newRow("subscription") << (QStringList{u"--subscription"_s, u"not-a-guid"_s, u"--resource-group"_s, u"g"_s, u"--workspace"_s, u"wsx"_s} + sp) << u"--subscription"_s;
    QTest::newRow("resource group") << (QStringList{u"--subscription"_s, FakeAzureMlServer::Subscription, u"--resource-group"_s, u"bad/group"_s, u"--workspace"_s, u"wsx"_s} + sp) << u"--resource-group"_s;
    QTest::newRow("workspace name") << (QStringList{u"--subscription"_s, FakeAzureMlServer::Subscription, u"--resource-group"_s, u"g"_s, u"--workspace"_s, u"w"_s} + sp) << u"--workspace"_s;
    QTest::newRow("cloud") << (ws + QStringList{u"--cloud"_s, u"Mars"_s} + sp) << u"--cloud"_s;
    QTest::newRow("plain http off loopback") << (ws + QStringList{u"--arm-endpoint"_s, u"http://example.com"_s, u"--authority"_s, u"https://login.example.com"_s} + sp) << u"--arm-endpoint"_s;
    QTest::newRow("auth") << (ws + QStringList{u"--auth"_s, u"password"_s}) << u"--auth"_s;
    QTest::newRow("no client id") << (ws + QStringList{u"--auth"_s, u"service_principal"_s, u"--tenant-id"_s, FakeAzureMlServer::Tenant}) << u"--client-id"_s;
    QTest::newRow("secret on the command line") << (ws + QStringList{u"--client-secret"_s, u"x"_s}) << u"--client-secret"_s;
}

void tst_CliAzureMl::badConnectInputNamesTheFlag()
{
    QFETCH(QStringList, args);
    QFETCH(QString, flag);
    const CliRun run = m_env->cli(QStringList{u"workspace"_s, u"connect"_s} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(flag), qPrintable(run.err));
    QCOMPARE(m_server->http()->requests(), 0);
}

QTEST_GUILESS_MAIN(tst_CliAzureMl)
#include "tst_cliazureml.moc"
