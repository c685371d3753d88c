#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "services/core/fieldrules.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "services/workspace/workspacecatalog.h"
#include "support/await.h"
#include "support/datastorenames.h"
#include "support/fakesecretstore.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;

RegistrationRequest blob(const QString &name, AuthKind auth = AuthKind::AccountKey, const QString &secret = Key)
{
    RegistrationRequest r;
    r.datastore.name = name;
    r.datastore.type = StorageType::AzureBlob;
    r.datastore.auth = auth;
    r.datastore.fields = {{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}};
    r.secrets = {{auth == AuthKind::Sas ? u"sas_token"_s : u"account_key"_s, secret}};
    r.options.skipValidation = true;
    return r;
}

RegistrationRequest postgres(const QString &name)
{
    RegistrationRequest r;
    r.datastore.name = name;
    r.datastore.type = StorageType::AzurePostgreSql;
    r.datastore.auth = AuthKind::Sql;
    r.datastore.fields = {{u"server_name"_s, u"contoso-pg"_s}, {u"database_name"_s, u"events"_s}, {u"user_id"_s, u"reader"_s}};
    r.secrets = {{u"user_password"_s, u"pw"_s}};
    r.options.skipValidation = true;
    return r;
}

} // namespace

class tst_LocalWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newWorkspaceHasBuiltInDatastores();
    void registerStoresSecretsOnlyInTheSecretStore();
    void duplicateNameWithoutOverwriteIsAnError();
    void overwriteReplacesRecordAndSecrets();
    void builtInBlobStoreCanNeverBeUnregistered();
    void defaultCannotBeUnregistered();
    void unregisterDeletesSecrets();
    void setDefault();
    void setDefaultRefusals();
    void validationNotAvailableRegistersNothing();
    void createIfNotExists();
    void noSecretServiceWritesNothing();
    void failedSecretWriteKeepsPreviousCredential();
    void updateCredentials();
    void updateCredentialsNeedsValidationOrSkip();
    void readSecrets();
    void cancelledRegistrationLeavesNothing();
    void stateSurvivesReopen();
    void migratesFromSchemaVersion1();
    void refusesNewerSchema();
    void crashDuringRegistrationsLeavesConsistentFile();
    void killAtEveryKeychainStepLeavesOldOrNew_data();
    void killAtEveryKeychainStepLeavesOldOrNew();
    void sweepTakesOnlyWhatDeadProcessesLeft();
    void secretsOfOlderVersionsAreReadAndReplaced();
    void catalog();

private:
    std::unique_ptr<LocalWorkspace> open(const QString &path = {});
    // Runs SQL on the workspace file through a connection of its own.
    bool execOnFile(const QString &sql);
    Datastore get(const QString &name);
    // The keychain holds exactly the entries the records name: nothing orphaned, nothing missing.
    bool keychainMatchesRecords() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalWorkspace> m_ws;
};

void tst_LocalWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
    m_ws = open();
    QVERIFY(m_ws);
}

void tst_LocalWorkspace::cleanup()
{
    m_ws.reset();
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<LocalWorkspace> tst_LocalWorkspace::open(const QString &path)
{
    auto db = LocalWorkspaceDb::open(path.isEmpty() ? m_dir->filePath(u"ws.sqlite"_s) : path,
                                     LocalWorkspaceDb::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning() << db.error().toString();
        return nullptr;
    }
    return std::make_unique<LocalWorkspace>(u"test"_s, db.takeValue(), m_secrets.get(), nullptr, SupportMatrix::builtin());
}

Datastore tst_LocalWorkspace::get(const QString &name)
{
    const auto r = await(m_ws->getDatastore(name));
    return r ? r.value() : Datastore{};
}

bool tst_LocalWorkspace::execOnFile(const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"side"_s);
        db.setDatabaseName(m_dir->filePath(u"ws.sqlite"_s));
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"side"_s);
    return ok;
}

namespace {

// The pid of a process that has exited.
qint64 deadPid()
{
    QProcess p;
    p.start(u"true"_s, QStringList());
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace

bool tst_LocalWorkspace::keychainMatchesRecords() const
{
    const auto named = m_ws->secretEntries();
    if (!named)
        return false;
    QStringList held = m_secrets->entries().keys();
    held.sort();
    if (held != named.value())
        qWarning() << "keychain" << held << "records" << named.value();
    return held == named.value();
}

void tst_LocalWorkspace::newWorkspaceHasBuiltInDatastores()
{
    const auto list = await(m_ws->listDatastores());
    QVERIFY(list);
    QCOMPARE(names(list.value()), (QStringList{u"workspaceblobstore"_s, u"workspacefilestore"_s}));
    QVERIFY(list.value().at(0).isDefault);
    QVERIFY(list.value().at(0).isSystem);
    QVERIFY(!list.value().at(1).isDefault);
    QCOMPARE(list.value().at(1).type, StorageType::AzureFile);
    const auto def = await(m_ws->defaultDatastore());
    QVERIFY(def);
    QCOMPARE(def.value().name, u"workspaceblobstore"_s);
}

void tst_LocalWorkspace::registerStoresSecretsOnlyInTheSecretStore()
{
    const auto r = await(m_ws->registerDatastore(blob(u"sales"_s)));
    QVERIFY2(r, qPrintable(r.error().toString()));
    QCOMPARE(r.value().storedSecrets, QStringList{u"account_key"_s});
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"account_key"_s)), Key);
    QVERIFY(m_secrets->entries().size() == 1);
    // The workspace file holds the record, not the secret.
    QFile file(m_dir->filePath(u"ws.sqlite"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("contoso"));
    QVERIFY(!bytes.contains(Key.toLatin1()));
    QVERIFY(!bytes.contains(QByteArray::fromBase64(Key.toLatin1())));
}

void tst_LocalWorkspace::duplicateNameWithoutOverwriteIsAnError()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    RegistrationRequest again = blob(u"sales"_s, AuthKind::Sas, u"sv=1&sig=2"_s);
    const auto r = await(m_ws->registerDatastore(again));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::Conflict);
    QVERIFY(r.error().message.contains(u"'sales'"_s));
    QCOMPARE(get(u"sales"_s).auth, AuthKind::AccountKey);
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"account_key"_s)), Key);
    QVERIFY(!m_secrets->entries().contains(m_ws->secretKey(u"sales"_s, u"sas_token"_s)));
    // The built-in names are taken too.
    QCOMPARE(await(m_ws->registerDatastore(blob(u"workspaceblobstore"_s))).error().kind, ApiError::Kind::Conflict);
}

void tst_LocalWorkspace::overwriteReplacesRecordAndSecrets()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    RegistrationRequest again = blob(u"sales"_s, AuthKind::Sas, u"sv=1&sig=2"_s);
    again.options.overwrite = true;
    const auto r = await(m_ws->registerDatastore(again));
    QVERIFY2(r, qPrintable(r.error().toString()));
    QCOMPARE(r.value().auth, AuthKind::Sas);
    QCOMPARE(r.value().storedSecrets, QStringList{u"sas_token"_s});
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"sas_token"_s)), u"sv=1&sig=2"_s);
    QVERIFY(keychainMatchesRecords()); // the account key is gone
    // A built-in datastore may be re-registered, but only as its own type.
    RegistrationRequest builtin = postgres(u"workspacefilestore"_s);
    builtin.options.overwrite = true;
    const auto refused = await(m_ws->registerDatastore(builtin));
    QCOMPARE(refused.error().kind, ApiError::Kind::Refused);
}

void tst_LocalWorkspace::builtInBlobStoreCanNeverBeUnregistered()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    QVERIFY(await(m_ws->setDefaultDatastore(u"sales"_s)));
    const auto r = await(m_ws->unregisterDatastore(u"workspaceblobstore"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::Refused);
    QVERIFY(r.error().message.contains(u"never"_s));
    QCOMPARE(get(u"workspaceblobstore"_s).name, u"workspaceblobstore"_s);
    // workspacefilestore is built in but may go.
    QVERIFY(await(m_ws->unregisterDatastore(u"workspacefilestore"_s)));
}

void tst_LocalWorkspace::defaultCannotBeUnregistered()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    QVERIFY(await(m_ws->setDefaultDatastore(u"sales"_s)));
    const auto r = await(m_ws->unregisterDatastore(u"sales"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"datastore.is_default"_s);
    QVERIFY(r.error().message.contains(u"make another datastore the default first"_s));
    QVERIFY(get(u"sales"_s).isDefault);
}

void tst_LocalWorkspace::unregisterDeletesSecrets()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    QVERIFY(await(m_ws->unregisterDatastore(u"sales"_s)));
    QVERIFY(m_secrets->entries().isEmpty());
    QCOMPARE(await(m_ws->getDatastore(u"sales"_s)).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(await(m_ws->unregisterDatastore(u"sales"_s)).error().kind, ApiError::Kind::NotFound);
    // Without a keychain the record stays and so do the secrets (nothing is orphaned).
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    m_secrets->setState(FakeSecretStore::State::Locked);
    QCOMPARE(await(m_ws->unregisterDatastore(u"sales"_s)).error().code, u"secret.locked"_s);
    QCOMPARE(get(u"sales"_s).name, u"sales"_s);
}

void tst_LocalWorkspace::setDefault()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    QSignalSpy changed(m_ws.get(), &WorkspaceService::datastoresChanged);
    QVERIFY(await(m_ws->setDefaultDatastore(u"sales"_s)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(await(m_ws->defaultDatastore()).value().name, u"sales"_s);
    const auto list = await(m_ws->listDatastores()).value();
    QCOMPARE(std::count_if(list.begin(), list.end(), [](const Datastore &d) { return d.isDefault; }), 1);
    RegistrationRequest other = blob(u"other"_s);
    other.options.setDefault = true;
    QVERIFY(await(m_ws->registerDatastore(other)).value().isDefault);
    QVERIFY(!get(u"sales"_s).isDefault);
}

void tst_LocalWorkspace::setDefaultRefusals()
{
    const auto unknown = await(m_ws->setDefaultDatastore(u"nope"_s));
    QCOMPARE(unknown.error().kind, ApiError::Kind::NotFound);
    QVERIFY(unknown.error().message.contains(u"'nope'"_s));
    QVERIFY(await(m_ws->registerDatastore(postgres(u"events"_s))));
    const auto pg = await(m_ws->setDefaultDatastore(u"events"_s));
    QCOMPARE(pg.error().code, u"default.not_allowed"_s);
    RegistrationRequest asDefault = postgres(u"events2"_s);
    asDefault.options.setDefault = true;
    QCOMPARE(await(m_ws->registerDatastore(asDefault)).error().field, u"set_default"_s);
    QCOMPARE(await(m_ws->defaultDatastore()).value().name, u"workspaceblobstore"_s);
}

void tst_LocalWorkspace::validationNotAvailableRegistersNothing()
{
    RegistrationRequest r = blob(u"sales"_s);
    r.options.skipValidation = false;
    const auto result = await(m_ws->registerDatastore(r));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ApiError::Kind::Unsupported);
    QVERIFY(result.error().message.contains(u"not available yet"_s));
    QVERIFY(result.error().message.contains(u"Azure Blob container"_s));
    QCOMPARE(await(m_ws->getDatastore(u"sales"_s)).error().kind, ApiError::Kind::NotFound);
    QVERIFY(m_secrets->entries().isEmpty());
    QCOMPARE(m_secrets->writeCalls(), 0);
}

void tst_LocalWorkspace::createIfNotExists()
{
    RegistrationRequest pg = postgres(u"events"_s);
    pg.options.createIfNotExists = true;
    const auto notApplicable = await(m_ws->registerDatastore(pg));
    QCOMPARE(notApplicable.error().code, u"create.not_applicable"_s);
    RegistrationRequest b = blob(u"sales"_s);
    b.options.createIfNotExists = true;
    const auto unavailable = await(m_ws->registerDatastore(b));
    QCOMPARE(unavailable.error().code, u"create.unavailable"_s);
    QCOMPARE(await(m_ws->getDatastore(u"sales"_s)).error().kind, ApiError::Kind::NotFound);
}

void tst_LocalWorkspace::noSecretServiceWritesNothing()
{
    m_secrets->setState(FakeSecretStore::State::NoService);
    const auto r = await(m_ws->registerDatastore(blob(u"sales"_s)));
    QCOMPARE(r.error().code, u"secret.no_service"_s);
    QCOMPARE(await(m_ws->getDatastore(u"sales"_s)).error().kind, ApiError::Kind::NotFound);
    // A datastore without secrets does not need the keychain.
    RegistrationRequest dbfs;
    dbfs.datastore.name = u"spark"_s;
    dbfs.datastore.type = StorageType::Dbfs;
    dbfs.datastore.auth = AuthKind::None;
    dbfs.options.skipValidation = true;
    QVERIFY(await(m_ws->registerDatastore(dbfs)));
}

void tst_LocalWorkspace::failedSecretWriteKeepsPreviousCredential()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    RegistrationRequest again = blob(u"sales"_s, AuthKind::AccountKey, u"bmV3IGtleSBtYXRlcmlhbCwgc2l4dHktZm91ciBieXRlcyBsb25nOiAwMTIzNDU2Nzg5YWJjZGVmZ2hpaiEhIQ=="_s);
    again.options.overwrite = true;
    m_secrets->failWritesAfter(0);
    const auto r = await(m_ws->registerDatastore(again));
    QCOMPARE(r.error().code, u"secret.failed"_s);
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"account_key"_s)), Key);
    QCOMPARE(get(u"sales"_s).storedSecrets, QStringList{u"account_key"_s});
    QVERIFY(keychainMatchesRecords());
}

void tst_LocalWorkspace::updateCredentials()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    CredentialUpdate u;
    u.name = u"sales"_s;
    u.auth = AuthKind::Sas;
    u.secrets = {{u"sas_token"_s, u"?sv=2022&sig=new"_s}};
    u.skipValidation = true;
    const auto r = await(m_ws->updateCredentials(u));
    QVERIFY2(r, qPrintable(r.error().toString()));
    QCOMPARE(r.value().auth, AuthKind::Sas);
    QCOMPARE(r.value().field(u"container_name"_s), u"raw"_s);
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"sas_token"_s)), u"sv=2022&sig=new"_s);
    QVERIFY(keychainMatchesRecords());
    u.name = u"ghost"_s;
    QCOMPARE(await(m_ws->updateCredentials(u)).error().kind, ApiError::Kind::NotFound);
    // A failed write keeps the old credential.
    u.name = u"sales"_s;
    u.secrets = {{u"sas_token"_s, u"sv=2023&sig=newer"_s}};
    m_secrets->failWritesAfter(0);
    QVERIFY(!await(m_ws->updateCredentials(u)));
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"sas_token"_s)), u"sv=2022&sig=new"_s);
}

void tst_LocalWorkspace::updateCredentialsNeedsValidationOrSkip()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    CredentialUpdate u;
    u.name = u"sales"_s;
    u.auth = AuthKind::AccountKey;
    u.secrets = {{u"account_key"_s, u"bmV3IGtleSBtYXRlcmlhbCwgc2l4dHktZm91ciBieXRlcyBsb25nOiAwMTIzNDU2Nzg5YWJjZGVmZ2hpaiEhIQ=="_s}};
    const auto r = await(m_ws->updateCredentials(u));
    QCOMPARE(r.error().code, u"validation.unavailable"_s);
    QCOMPARE(m_secrets->entries().value(m_ws->secretKey(u"sales"_s, u"account_key"_s)), Key);
}

void tst_LocalWorkspace::readSecrets()
{
    QVERIFY(await(m_ws->registerDatastore(postgres(u"events"_s))));
    const auto r = await(m_ws->readSecrets(u"events"_s));
    QVERIFY(r);
    QCOMPARE(r.value(), (SecretMap{{u"user_password"_s, u"pw"_s}}));
    m_secrets->entries().clear(); // removed behind our back
    const auto missing = await(m_ws->readSecrets(u"events"_s));
    QCOMPARE(missing.error().code, u"secret.missing"_s);
    QCOMPARE(await(m_ws->readSecrets(u"workspaceblobstore"_s)).value(), SecretMap{});
}

void tst_LocalWorkspace::cancelledRegistrationLeavesNothing()
{
    DatastoreJob *job = m_ws->registerDatastore(blob(u"sales"_s));
    job->cancel();
    const auto r = await(job);
    QCOMPARE(r.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(await(m_ws->getDatastore(u"sales"_s)).error().kind, ApiError::Kind::NotFound);
    QTRY_VERIFY(m_secrets->entries().isEmpty());
}

void tst_LocalWorkspace::stateSurvivesReopen()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    QVERIFY(await(m_ws->setDefaultDatastore(u"sales"_s)));
    const QString id = m_ws->id();
    m_ws.reset();
    m_ws = open();
    QCOMPARE(m_ws->id(), id);
    QVERIFY(get(u"sales"_s).isDefault);
    QCOMPARE(get(u"sales"_s).field(u"account_name"_s), u"contoso"_s);
}

void tst_LocalWorkspace::migratesFromSchemaVersion1()
{
    const QString path = m_dir->filePath(u"v1.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QFile sql(TestEnv::testDataDir() + u"/workspace-v1.sql"_s);
        QVERIFY(sql.open(QIODevice::ReadOnly | QIODevice::Text));
        while (!sql.atEnd()) {
            const QString line = QString::fromUtf8(sql.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u"--"_s))
                continue;
            QSqlQuery q(db);
            QVERIFY2(q.exec(line), qPrintable(line));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);

    auto db = LocalWorkspaceDb::open(path, LocalWorkspaceDb::OpenMode::OpenExisting);
    QVERIFY2(db, qPrintable(db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), LocalWorkspaceDb::CurrentSchemaVersion);
    QCOMPARE(db.value()->workspaceId(), u"0b5c7a38-5d0e-4c36-9d54-7f1f4a2b9c11"_s);
    const auto list = db.value()->list();
    QVERIFY(list);
    QCOMPARE(names(list.value()), (QStringList{u"events_pg"_s, u"old_default"_s, u"sales_blob"_s, u"workspaceblobstore"_s,
                                               u"workspacefilestore"_s}));
    const Datastore &pg = list.value().at(0);
    QCOMPARE(pg.type, StorageType::AzurePostgreSql);
    QCOMPARE(pg.field(u"port"_s), u"5432"_s);
    QCOMPARE(pg.field(u"user_id"_s), u"reader"_s);
    QCOMPARE(pg.storedSecrets, QStringList{u"user_password"_s});
    QCOMPARE(pg.createdAt, QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
    // v1 allowed two rows flagged default; the first registered one wins, and only one remains.
    QCOMPARE(db.value()->defaultName().value(), u"sales_blob"_s);
    QVERIFY(list.value().at(3).isSystem);
    QVERIFY(!list.value().at(2).isSystem);
    // Every migrated record passes today's field rules.
    for (const Datastore &ds : list.value()) {
        SecretMap secrets;
        for (const QString &f : ds.storedSecrets)
            secrets.insert(f, f == u"sas_token"_s ? u"sv=1&sig=2"_s : Key);
        Datastore copy = ds;
        if (ds.storedSecrets.isEmpty())
            continue;
        QVERIFY2(FieldRules::normalize(SupportMatrix::builtin(), copy, secrets), qPrintable(ds.name));
    }
}

void tst_LocalWorkspace::refusesNewerSchema()
{
    const QString path = m_dir->filePath(u"future.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    const auto db = LocalWorkspaceDb::open(path, LocalWorkspaceDb::OpenMode::OpenExisting);
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.too_new"_s);
}

void tst_LocalWorkspace::crashDuringRegistrationsLeavesConsistentFile()
{
    const QString path = m_dir->filePath(u"crash.sqlite"_s);
    const QString child = qEnvironmentVariable("STUDIO_CRASHCHILD");
    QVERIFY(QFileInfo::exists(child));
    const SupportMatrix &matrix = SupportMatrix::builtin();
    int datastoresSeen = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess p;
        p.start(child, {path});
        QVERIFY(p.waitForStarted());
        QVERIFY2(p.waitForReadyRead(20000), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QTest::qWait(int(QRandomGenerator::global()->bounded(10, 250)));
        QCOMPARE(p.state(), QProcess::Running); // still registering when killed
        p.kill(); // SIGKILL: no chance to finish a transaction
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!q.next());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        auto db = LocalWorkspaceDb::open(path, LocalWorkspaceDb::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error().toString()));
        const auto list = db.value()->list();
        QVERIFY(list);
        bool defaultFound = false;
        for (const Datastore &ds : list.value()) {
            // Complete: every field the type needs, and the secret names its auth kind needs.
            SecretMap secrets;
            const AuthSpec *auth = matrix.type(ds.type).authSpec(ds.auth);
            QVERIFY(auth);
            QStringList wanted;
            for (const FieldSpec &f : auth->secretFields()) {
                wanted.append(f.id);
                secrets.insert(f.id, f.id == u"sas_token"_s ? u"sv=1&sig=2"_s : Key);
            }
            if (!ds.isSystem) {
                QCOMPARE(ds.storedSecrets, wanted);
                const auto check = FieldRules::normalize(matrix, ds, secrets);
                QVERIFY2(check, qPrintable(ds.name + u": "_s + check.error().message));
                QCOMPARE(check.value().fields, ds.fields);
            }
            defaultFound = defaultFound || ds.isDefault;
        }
        QVERIFY2(defaultFound, "the default points at a datastore that is gone");
        datastoresSeen = std::max(datastoresSeen, int(list.value().size()));
    }
    QVERIFY(datastoresSeen > 5); // the child really got work done before being killed
}

// A kill at each keychain step of an overwrite, a credential update and an unregister (the
// fake store freezes at that call, before or after it takes effect, and the workspace is
// dropped as a killed process would be): after the next open's sweep the datastore is either
// the old definition with the old secret or the new one with the new, and the keychain holds
// exactly what the records name.
void tst_LocalWorkspace::killAtEveryKeychainStepLeavesOldOrNew_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("call");
    QTest::addColumn<bool>("applied");
    for (const QString &change : {u"overwrite"_s, u"update"_s, u"unregister"_s}) {
        // overwrite/update: write the new entries, remove the old; unregister: probe, remove.
        for (int call = 0; call < 2; ++call) {
            for (bool applied : {false, true})
                QTest::addRow("%s call %d %s", qPrintable(change), call, applied ? "done" : "not done") << change << call << applied;
        }
    }
}

void tst_LocalWorkspace::killAtEveryKeychainStepLeavesOldOrNew()
{
    QFETCH(QString, change);
    QFETCH(int, call);
    QFETCH(bool, applied);
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    const QString sas = u"sv=1&sig=2"_s;
    m_secrets->freezeAt(call, applied);
    if (change == u"overwrite"_s) {
        RegistrationRequest again = blob(u"sales"_s, AuthKind::Sas, sas);
        again.options.overwrite = true;
        m_ws->registerDatastore(again);
    } else if (change == u"update"_s) {
        CredentialUpdate u;
        u.name = u"sales"_s;
        u.auth = AuthKind::Sas;
        u.secrets = {{u"sas_token"_s, sas}};
        u.skipValidation = true;
        m_ws->updateCredentials(u);
    } else {
        m_ws->unregisterDatastore(u"sales"_s);
    }
    QTRY_VERIFY(m_secrets->frozen());
    QTest::qWait(20);
    m_ws.reset(); // killed
    QVERIFY(execOnFile(u"UPDATE secret_intent SET pid = %1"_s.arg(deadPid())));
    m_secrets->thaw();

    m_ws = open();
    QVERIFY(m_ws);
    QVERIFY(await(m_ws->sweepOrphanedSecrets()));
    QVERIFY(keychainMatchesRecords());
    const auto found = await(m_ws->getDatastore(u"sales"_s));
    if (!found) {
        QCOMPARE(change, u"unregister"_s);
        QVERIFY(m_secrets->entries().isEmpty());
    } else {
        const auto secrets = await(m_ws->readSecrets(u"sales"_s));
        QVERIFY2(secrets, qPrintable(secrets.error().toString()));
        if (found.value().auth == AuthKind::AccountKey)
            QCOMPARE(secrets.value(), (SecretMap{{u"account_key"_s, Key}}));
        else
            QCOMPARE(secrets.value(), (SecretMap{{u"sas_token"_s, sas}}));
    }
    // Nothing is left for a later sweep.
    auto db = LocalWorkspaceDb::open(m_dir->filePath(u"ws.sqlite"_s), LocalWorkspaceDb::OpenMode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(db.value()->secretIntents().value().size(), 0);
}

void tst_LocalWorkspace::sweepTakesOnlyWhatDeadProcessesLeft()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    const QString inUse = m_ws->secretKey(u"sales"_s, u"account_key"_s);
    const QString prefix = m_ws->id() + u"/sales/account_key@"_s;
    m_secrets->entries().insert(prefix + u"dead0000dead0000"_s, u"left by a killed writer"_s);
    m_secrets->entries().insert(prefix + u"live0000live0000"_s, u"being written right now"_s);
    const qint64 dead = deadPid();
    const qint64 live = QCoreApplication::applicationPid();
    QVERIFY(execOnFile(u"INSERT INTO secret_intent (entry, pid, created_at) VALUES ('%1', %2, ''), ('%3', %2, ''), ('%4', %5, '')"_s
                           .arg(prefix + u"dead0000dead0000"_s)
                           .arg(dead)
                           .arg(inUse, prefix + u"live0000live0000"_s)
                           .arg(live)));
    QVERIFY(await(m_ws->sweepOrphanedSecrets()));
    // The dead writer's entry goes; the one a record names stays; a live process's is left alone.
    QVERIFY(!m_secrets->entries().contains(prefix + u"dead0000dead0000"_s));
    QCOMPARE(m_secrets->entries().value(inUse), Key);
    QVERIFY(m_secrets->entries().contains(prefix + u"live0000live0000"_s));
    auto db = LocalWorkspaceDb::open(m_dir->filePath(u"ws.sqlite"_s), LocalWorkspaceDb::OpenMode::OpenExisting);
    QVERIFY(db);
    const auto intents = db.value()->secretIntents();
    QVERIFY(intents);
    QCOMPARE(intents.value().size(), 1);
    QCOMPARE(intents.value().first().entry, prefix + u"live0000live0000"_s);

    // A keychain that cannot be reached keeps the intents for the next open.
    QVERIFY(execOnFile(u"UPDATE secret_intent SET pid = %1"_s.arg(dead)));
    m_secrets->setState(FakeSecretStore::State::Locked);
    QVERIFY(!await(m_ws->sweepOrphanedSecrets()));
    QCOMPARE(db.value()->secretIntents().value().size(), 1);
    m_secrets->setState(FakeSecretStore::State::Available);
    QVERIFY(await(m_ws->sweepOrphanedSecrets()));
    QCOMPARE(db.value()->secretIntents().value().size(), 0);
    QVERIFY(keychainMatchesRecords());
}

// Records saved before secret generations name their entries without "@": still read, and
// replaced cleanly by the next change.
void tst_LocalWorkspace::secretsOfOlderVersionsAreReadAndReplaced()
{
    QVERIFY(await(m_ws->registerDatastore(blob(u"sales"_s))));
    const QString current = m_ws->secretKey(u"sales"_s, u"account_key"_s);
    const QString legacy = m_ws->id() + u"/sales/account_key"_s;
    QVERIFY(current.startsWith(legacy + u'@'));
    m_secrets->entries().insert(legacy, m_secrets->entries().take(current));
    QVERIFY(execOnFile(u"UPDATE datastore SET secret_gen = '' WHERE name = 'sales'"_s));
    QCOMPARE(m_ws->secretKey(u"sales"_s, u"account_key"_s), legacy);
    QCOMPARE(await(m_ws->readSecrets(u"sales"_s)).value(), (SecretMap{{u"account_key"_s, Key}}));
    RegistrationRequest again = blob(u"sales"_s, AuthKind::Sas, u"sv=1&sig=2"_s);
    again.options.overwrite = true;
    QVERIFY(await(m_ws->registerDatastore(again)));
    QVERIFY(!m_secrets->entries().contains(legacy));
    QVERIFY(keychainMatchesRecords());
}

void tst_LocalWorkspace::catalog()
{
    const WorkspaceCatalog catalog(m_dir->filePath(u"workspaces"_s), m_dir->filePath(u"config/settings.ini"_s));
    QCOMPARE(catalog.currentWorkspace(), u"default"_s);
    QVERIFY(catalog.localWorkspaces().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"config/settings.ini"_s))); // nothing written by reading
    QVERIFY(catalog.create(u"team-a"_s));
    QCOMPARE(catalog.create(u"team-a"_s).error().kind, ApiError::Kind::Conflict);
    QCOMPARE(catalog.create(u"x"_s).error().field, u"workspace"_s);
    QCOMPARE(catalog.setCurrentWorkspace(u"nope"_s).error().kind, ApiError::Kind::NotFound);
    QVERIFY(catalog.setCurrentWorkspace(u"team-a"_s));
    QCOMPARE(catalog.currentWorkspace(), u"team-a"_s);
    QCOMPARE(catalog.localWorkspaces(), QStringList{u"team-a"_s});
}

QTEST_GUILESS_MAIN(tst_LocalWorkspace)
#include "tst_localworkspace.moc"
