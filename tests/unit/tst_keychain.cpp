// Runs inside tests/support/with-keyring.sh, once per keyring state (STUDIO_TEST_KEYRING_MODE):
// unlocked (a real gnome-keyring), locked, and none (a session bus without a Secret Service).
#include <QProcess>
#include <QTest>
#include <QUuid>

#include "services/secrets/keychainsecretstore.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "support/await.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

class tst_Keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // unlocked
    void roundTripThroughTheRealKeyring();
    void localWorkspaceWithTheRealKeyring();
    void noSessionBusIsReportedAtOnce();
    // locked and none
    void everyOperationFailsWithItsReason();
    void cliRegistrationWritesNothing();

private:
    bool mode(const char *wanted) const { return m_mode == QLatin1StringView(wanted); }
    QString secretToolLookup(const QString &service, const QString &key) const;

    QString m_mode;
    QString m_service;
};

void tst_Keychain::initTestCase()
{
    m_mode = TestEnv::keyringMode();
    if (m_mode.isEmpty())
        QSKIP("run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    m_service = u"datastore-studio-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString tst_Keychain::secretToolLookup(const QString &service, const QString &key) const
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key});
    if (!p.waitForFinished(10000))
        return u"<secret-tool timed out>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void tst_Keychain::roundTripThroughTheRealKeyring()
{
    if (!mode("unlocked"))
        QSKIP("unlocked keyring only");
    KeychainSecretStore store(m_service);
    QVERIFY(await(store.probe()));
    const SecretMap entries{{u"ws/sales/account_key"_s, u"k3y+/=é✓ with spaces"_s}, {u"ws/pg/user_password"_s, QString(4000, u'x')}};
    QVERIFY(await(store.write(entries)));
    // The secret is really in the Secret Service (another client reads it back)...
    QCOMPARE(secretToolLookup(m_service, u"ws/sales/account_key"_s), entries.value(u"ws/sales/account_key"_s));
    // ...and reads back through the store.
    const auto read = await(store.read({u"ws/sales/account_key"_s, u"ws/pg/user_password"_s, u"ws/absent/key"_s}));
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read.value(), entries); // the absent key is simply missing
    const SecretMap replaced{{u"ws/sales/account_key"_s, u"rotated"_s}};
    QVERIFY(await(store.write(replaced)));
    QCOMPARE(await(store.read({u"ws/sales/account_key"_s})).value(), replaced);
    QVERIFY(await(store.remove({u"ws/sales/account_key"_s, u"ws/pg/user_password"_s, u"ws/never/was"_s})));
    QVERIFY(await(store.read({u"ws/sales/account_key"_s})).value().isEmpty());
    QCOMPARE(secretToolLookup(m_service, u"ws/sales/account_key"_s), QString());
}

void tst_Keychain::localWorkspaceWithTheRealKeyring()
{
    if (!mode("unlocked"))
        QSKIP("unlocked keyring only");
    TestEnv env;
    KeychainSecretStore store(m_service);
    auto db = LocalWorkspaceDb::open(env.root() + u"/ws.sqlite"_s, LocalWorkspaceDb::OpenMode::CreateIfMissing);
    QVERIFY(db);
    LocalWorkspace ws(u"kc"_s, db.takeValue(), &store, nullptr, SupportMatrix::builtin());
    RegistrationRequest r;
    r.datastore.name = u"events"_s;
    r.datastore.type = StorageType::AzureMySql;
    r.datastore.auth = AuthKind::Sql;
    r.datastore.fields = {{u"server_name"_s, u"contoso-my"_s}, {u"database_name"_s, u"crm"_s}, {u"user_id"_s, u"reader"_s}};
    r.secrets = {{u"user_password"_s, u"p@ss w0rd"_s}};
    r.options.skipValidation = true;
    QVERIFY(await(ws.registerDatastore(r)));
    QCOMPARE(secretToolLookup(m_service, ws.secretKey(u"events"_s, u"user_password"_s)), u"p@ss w0rd"_s);
    QCOMPARE(await(ws.readSecrets(u"events"_s)).value(), r.secrets);
    QVERIFY(await(ws.unregisterDatastore(u"events"_s)));
    QCOMPARE(secretToolLookup(m_service, ws.secretKey(u"events"_s, u"user_password"_s)), QString());
}

void tst_Keychain::noSessionBusIsReportedAtOnce()
{
    if (!mode("unlocked"))
        QSKIP("unlocked keyring only");
    TestEnv env;
    env.unsetEnv(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.setEnv(u"XDG_RUNTIME_DIR"_s, env.root() + u"/run"_s);
    env.setEnv(u"STUDIO_SENTINEL"_s, u"sv=2021-10-04&sig=abc"_s);
    const CliRun run = env.cli({u"datastore"_s, u"register"_s, u"--type"_s, u"azure_blob"_s, u"--name"_s, u"sales"_s, u"--auth"_s,
                                u"sas"_s, u"--account-name"_s, u"contoso"_s, u"--container-name"_s, u"raw"_s,
                                u"--secret-env"_s, u"sas_token=STUDIO_SENTINEL"_s, u"--skip-validation"_s});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(u"No Secret Service"_s) && run.err.contains(u"D-Bus"_s), qPrintable(run.err));
    QVERIFY(env.snapshot().isEmpty());
}

void tst_Keychain::everyOperationFailsWithItsReason()
{
    if (mode("unlocked"))
        QSKIP("locked and absent keyrings only");
    const QString code = mode("locked") ? u"secret.locked"_s : u"secret.no_service"_s;
    KeychainSecretStore store(m_service);
    const auto probe = await(store.probe());
    QCOMPARE(probe.error().code, code);
    QCOMPARE(await(store.write({{u"k"_s, u"v"_s}})).error().code, code);
    // Never "not found" or "deleted" when the store cannot answer truthfully.
    QCOMPARE(await(store.read({u"k"_s})).error().code, code);
    QCOMPARE(await(store.remove({u"k"_s})).error().code, code);
    const QString wording = mode("locked") ? u"keyring is locked"_s : u"No Secret Service"_s;
    QVERIFY2(probe.error().message.contains(wording), qPrintable(probe.error().message));
}

void tst_Keychain::cliRegistrationWritesNothing()
{
    if (mode("unlocked"))
        QSKIP("locked and absent keyrings only");
    const QString wording = mode("locked") ? u"keyring is locked"_s : u"No Secret Service"_s;
    const QStringList registerArgs{u"datastore"_s, u"register"_s, u"--type"_s, u"azure_sql_database"_s, u"--name"_s, u"sales"_s,
                                   u"--auth"_s, u"sql"_s, u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"sales"_s,
                                   u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s, u"--skip-validation"_s};
    // A fresh user: nothing at all may appear under the XDG directories.
    {
        TestEnv env;
        const CliRun run = env.cli(registerArgs, "pa55word\n");
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(wording), qPrintable(run.err));
        QVERIFY2(env.snapshot().isEmpty(), qPrintable(env.snapshot().keys().join(u", "_s)));
    }
    // An existing workspace: not one byte changes.
    {
        TestEnv env;
        QCOMPARE(env.cli({u"workspace"_s, u"create"_s, u"team-a"_s}).exitCode, 0);
        QCOMPARE(env.cli({u"workspace"_s, u"use"_s, u"team-a"_s}).exitCode, 0);
        const auto before = env.snapshot();
        QVERIFY(!before.isEmpty());
        const CliRun run = env.cli(registerArgs, "pa55word\n");
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(wording), qPrintable(run.err));
        QCOMPARE(env.snapshot(), before);
        // Commands that need no secret still work without a keychain.
        const CliRun list = env.cli({u"datastore"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"workspaceblobstore"_s));
        QVERIFY(!list.out.contains(u"sales"_s));
    }
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
