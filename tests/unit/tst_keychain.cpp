// Runs inside tests/support/with-keyring.sh, once per keyring state (STUDIO_TEST_KEYRING_MODE):
// unlocked (a real gnome-keyring), locked, and none (a session bus without a Secret Service).
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void killedChangesLeaveRecordsAndKeychainInStep();
    // locked and none
    void everyOperationFailsWithItsReason();
    void cliRegistrationWritesNothing();

private:
    bool mode(const char *wanted) const { return m_mode == QLatin1StringView(wanted); }
    QString secretToolLookup(const QString &service, const QString &key) const;
    QStringList secretToolKeys(const QString &service) const;

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

// Every key the Secret Service holds for `service`, as another client sees them.
QStringList tst_Keychain::secretToolKeys(const QString &service) const
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, service});
    if (!p.waitForFinished(20000))
        return {u"<secret-tool timed out>"_s};
    // secret-tool prints the attributes on stderr and the secrets on stdout.
    const QString text = QString::fromUtf8(p.readAllStandardError() + '\n' + p.readAllStandardOutput());
    QStringList keys;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"attribute.user = "_s))
            keys.append(line.mid(17));
    }
    keys.sort();
    return keys;
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
    const QString key = ws.secretKey(u"events"_s, u"user_password"_s);
    QVERIFY(await(ws.unregisterDatastore(u"events"_s)));
    QCOMPARE(secretToolLookup(m_service, key), QString());
    QCOMPARE(secretToolKeys(m_service), QStringList());
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

// kill -9 at random moments while a process registers, overwrites, rotates and unregisters
// datastores against the real keyring: after each kill the file is intact, and once the next
// open has swept, the keyring holds exactly the entries the records name, each holding the
// secret of that very definition (never the old definition with the new key).
void tst_Keychain::killedChangesLeaveRecordsAndKeychainInStep()
{
    if (!mode("unlocked"))
        QSKIP("unlocked keyring only");
    TestEnv env;
    const QString path = env.root() + u"/crash.sqlite"_s;
    const QString child = qEnvironmentVariable("STUDIO_CRASHCHILD");
    QVERIFY(QFileInfo::exists(child));
    const QString service = m_service + u"-crash"_s;
    KeychainSecretStore store(service);
    int sweptEntries = 0;
    int datastoresSeen = 0;
    const QRegularExpression number(u"(\\d+)$"_s);
    const auto tail = [&](const QString &text) {
        const QRegularExpressionMatch m = number.match(text);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    for (int round = 0; round < 14; ++round) {
        QProcess p;
        p.start(child, {path, service});
        QVERIFY(p.waitForStarted());
        QVERIFY2(p.waitForReadyRead(30000), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QTest::qWait(int(QRandomGenerator::global()->bounded(5, 400)));
        QCOMPARE(p.state(), QProcess::Running); // still at work when killed
        p.kill();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        const QStringList before = secretToolKeys(service);
        auto db = LocalWorkspaceDb::open(path, LocalWorkspaceDb::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error().toString()));
        LocalWorkspace ws(u"crash"_s, db.takeValue(), &store, nullptr, SupportMatrix::builtin());
        const auto swept = await(ws.sweepOrphanedSecrets());
        QVERIFY2(swept, qPrintable(swept.error().toString()));
        const auto named = ws.secretEntries();
        QVERIFY(named);
        QStringList after = secretToolKeys(service);
        // A kill inside a keychain probe may leave its one fixed, secret-free entry, which the
        // next probe removes.
        if (after.removeAll(u"probe"_s) > 0) {
            QVERIFY(await(store.probe()));
            QVERIFY(!secretToolKeys(service).contains(u"probe"_s));
        }
        QCOMPARE(after, named.value());
        sweptEntries += int(before.size() - after.size());

        const auto list = await(ws.listDatastores());
        QVERIFY(list);
        datastoresSeen = std::max(datastoresSeen, int(list.value().size()));
        for (const Datastore &ds : list.value()) {
            if (ds.isSystem)
                continue;
            const auto secrets = await(ws.readSecrets(ds.name));
            QVERIFY2(secrets, qPrintable(ds.name + u": "_s + secrets.error().toString()));
            // The secret belongs to this definition: its number is the record's.
            int expected = -1;
            QString secret;
            switch (ds.type) {
            case StorageType::AzureBlob:
                expected = tail(ds.fields.value(u"container_name"_s));
                secret = secrets.value().value(u"sas_token"_s);
                break;
            case StorageType::AzurePostgreSql:
                expected = tail(ds.fields.value(u"server_name"_s));
                secret = secrets.value().value(u"user_password"_s);
                break;
            default:
                expected = tail(ds.fields.value(u"client_id"_s));
                secret = secrets.value().value(u"client_secret"_s);
                break;
            }
            QVERIFY2(expected >= 0 && tail(secret) == expected,
                     qPrintable(u"%1 is definition %2 but holds the secret of %3"_s.arg(ds.name).arg(expected).arg(tail(secret))));
        }
    }
    QVERIFY(datastoresSeen > 5); // the child really got work done before being killed
    qInfo("%d keychain entries left by killed processes were swept", sweptEntries);
    QVERIFY(await(store.remove(secretToolKeys(service)))); // leave the test keyring as found
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
