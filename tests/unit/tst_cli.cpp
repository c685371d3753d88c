// dsstudio end to end, as a user runs it: a real process, real files under private XDG
// directories, and a real (throwaway) gnome-keyring.
#include <nlohmann/json.hpp>

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString Tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;

QStringList reg(const QStringList &extra)
{
    return QStringList{u"datastore"_s, u"register"_s} + extra;
}

// A valid registration of each type (name, args, stdin).
struct Sample
{
    QString type;
    QStringList args;
    QByteArray input;
    QString account;
    QString container;
};

QList<Sample> samples()
{
    return {
        {u"azure_blob"_s, {u"--auth"_s, u"account_key"_s, u"--account-name"_s, u"contoso"_s, u"--container-name"_s, u"raw"_s}, Key.toLatin1() + '\n', u"contoso"_s, u"raw"_s},
        {u"azure_file"_s, {u"--auth"_s, u"sas"_s, u"--account-name"_s, u"contoso"_s, u"--file-share-name"_s, u"share1"_s, u"--endpoint"_s, u"core.chinacloudapi.cn"_s}, "?sv=2022-11-02&ss=f&sig=abc%3D\n", u"contoso"_s, u"share1"_s},
        {u"azure_data_lake_gen1"_s, {u"--store-name"_s, u"contosolake"_s, u"--tenant-id"_s, Tenant, u"--client-id"_s, Tenant}, "gen1-secret\n", u"contosolake"_s, QString()},
        {u"azure_data_lake_gen2"_s, {u"--account-name"_s, u"contosogen2"_s, u"--filesystem"_s, u"curated"_s, u"--tenant-id"_s, Tenant, u"--client-id"_s, Tenant}, "gen2-secret\n", u"contosogen2"_s, u"curated"_s},
        {u"azure_sql_database"_s, {u"--auth"_s, u"sql"_s, u"--server-name"_s, u"contoso-sql"_s, u"--database-name"_s, u"sales"_s, u"--user-id"_s, u"reader"_s}, "sqlpw\n", u"contoso-sql"_s, u"sales"_s},
        {u"azure_postgresql"_s, {u"--server-name"_s, u"contoso-pg"_s, u"--database-name"_s, u"events"_s, u"--user-id"_s, u"reader"_s, u"--port"_s, u"6432"_s, u"--enforce-ssl"_s, u"false"_s}, "pgpw\n", u"contoso-pg"_s, u"events"_s},
        {u"azure_mysql"_s, {u"--server-name"_s, u"contoso-my"_s, u"--database-name"_s, u"crm"_s, u"--user-id"_s, u"reader"_s}, "mypw\n", u"contoso-my"_s, u"crm"_s},
        {u"dbfs"_s, {}, {}, QString(), QString()},
    };
}

json parse(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return json::parse(bytes.begin(), bytes.end(), nullptr, false);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpAndVersion();
    void workspaces();
    void registerEveryType();
    void secretsFromEnvironment();
    void showNeverPrintsSecrets();
    void defaultAndUnregister();
    void updateCredentials();
    void secretsFromStandardInputAreTakenWhole();
    void workspaceFilesArePrivate();
    void anOldEndpointWithCredentialsIsShownWithout();
    void validationNotAvailable();
    void badInput_data();
    void badInput();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}) { return m_env->cli(args, input); }
    std::unique_ptr<TestEnv> m_env;
};

void tst_Cli::initTestCase()
{
    if (TestEnv::keyringMode() != u"unlocked"_s)
        QSKIP("needs the unlocked keyring of tests/support/with-keyring.sh (ctest provides it)");
    QVERIFY(QFileInfo::exists(TestEnv::dsstudioPath()));
}

void tst_Cli::init()
{
    m_env = std::make_unique<TestEnv>();
}

void tst_Cli::helpAndVersion()
{
    const CliRun help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"datastore register"_s));
    const CliRun reg = run({u"datastore"_s, u"register"_s, u"--help"_s});
    QCOMPARE(reg.exitCode, 0);
    QVERIFY2(reg.out.contains(u"--auth service_principal: --tenant-id (required)  --client-id (required)"_s), qPrintable(reg.out));
    QVERIFY(reg.out.contains(u"secret lines: account_key"_s));
    QVERIFY(reg.out.contains(u"note: In the original Azure ML SDK a MySQL datastore"_s));
    QVERIFY(run({u"--version"_s}).out.startsWith(u"dsstudio "_s));
    QCOMPARE(run({}).exitCode, 2);
    const CliRun types = run({u"types"_s, u"--json"_s});
    QVERIFY((parse(types.out).size()) == (8u));
}

void tst_Cli::workspaces()
{
    QCOMPARE(run({u"workspace"_s, u"create"_s, u"team-a"_s}).exitCode, 0);
    QCOMPARE(run({u"workspace"_s, u"create"_s, u"team-b"_s}).exitCode, 0);
    const CliRun dup = run({u"workspace"_s, u"create"_s, u"team-a"_s});
    QCOMPARE(dup.exitCode, 4);
    QVERIFY(dup.err.contains(u"already exists"_s));
    // Register into team-a by override, then make team-b current.
    QCOMPARE(run(reg({u"--workspace"_s, u"team-a"_s, u"--type"_s, u"dbfs"_s, u"--name"_s, u"spark"_s, u"--skip-validation"_s})).exitCode, 0);
    QCOMPARE(run({u"workspace"_s, u"use"_s, u"team-b"_s}).exitCode, 0);
    const json list = parse(run({u"workspace"_s, u"list"_s, u"--json"_s}).out);
    QVERIFY(list.is_array());
    bool currentIsB = false;
    for (const json &w : list)
        currentIsB = currentIsB || (w["name"] == "team-b" && w["current"] == true);
    QVERIFY(currentIsB);
    QVERIFY(!run({u"datastore"_s, u"list"_s}).out.contains(u"spark"_s));
    QVERIFY(run({u"--workspace=team-a"_s, u"datastore"_s, u"list"_s}).out.contains(u"spark"_s));
    QVERIFY(run({u"workspace"_s, u"list"_s}).out.contains(u"*        team-b"_s));
    const CliRun missing = run({u"--workspace"_s, u"nowhere"_s, u"datastore"_s, u"list"_s});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(u"dsstudio workspace create nowhere"_s));
    QCOMPARE(run({u"workspace"_s, u"use"_s, u"nowhere"_s}).exitCode, 3);
}

void tst_Cli::registerEveryType()
{
    for (const Sample &s : samples()) {
        const QString name = s.type + u"_ds"_s;
        QStringList args = reg({u"--type"_s, s.type, u"--name"_s, name, u"--skip-validation"_s});
        args += s.args;
        if (!s.input.isEmpty())
            args << u"--secret-stdin"_s;
        const CliRun r = run(args, s.input);
        QVERIFY2(r.exitCode == 0, qPrintable(s.type + u": "_s + r.err));
        QVERIFY(r.out.contains(u"Registered datastore '%1'"_s.arg(name)));
        QVERIFY(r.out.contains(u"Access was not validated"_s));
    }
    const json list = parse(run({u"datastore"_s, u"list"_s, u"--json"_s}).out);
    QCOMPARE(list.size(), 10u); // 8 + the two built-in ones
    for (const Sample &s : samples()) {
        const std::string name = QString(s.type + u"_ds"_s).toStdString();
        const auto it = std::find_if(list.begin(), list.end(), [&](const json &j) { return j["name"] == name; });
        QVERIFY(it != list.end());
        QVERIFY((QString::fromStdString((*it)["type"].get<std::string>())) == (s.type));
        QVERIFY((QString::fromStdString((*it)["account"].get<std::string>())) == (s.account));
        QVERIFY((QString::fromStdString((*it)["container"].get<std::string>())) == (s.container));
        QVERIFY(((*it)["default"]) == (false));
    }
    const CliRun text = run({u"datastore"_s, u"list"_s});
    QVERIFY(text.out.startsWith(u"NAME"_s));
    QVERIFY(text.out.contains(u"workspaceblobstore"_s));
    const json pg = parse(run({u"datastore"_s, u"show"_s, u"azure_postgresql_ds"_s, u"--json"_s}).out);
    QVERIFY((pg["fields"]["port"]) == ("6432"));
    QVERIFY((pg["fields"]["enforce_ssl"]) == ("false"));
    QVERIFY((pg["fields"]["endpoint"]) == ("postgres.database.azure.com"));
    QVERIFY((pg["secretsStored"]) == (json::array({"user_password"})));
    const json file = parse(run({u"datastore"_s, u"show"_s, u"azure_file_ds"_s, u"--json"_s}).out);
    QVERIFY((file["auth"]) == ("sas"));
    QVERIFY((file["uri"]) == ("azureml://datastores/azure_file_ds"));
    const json my = parse(run({u"datastore"_s, u"show"_s, u"azure_mysql_ds"_s, u"--json"_s}).out);
    QVERIFY(QString::fromStdString(my["note"].get<std::string>()).contains(u"pipeline data transfer"_s));
}

void tst_Cli::secretsFromEnvironment()
{
    m_env->setEnv(u"MY_SP_SECRET"_s, u"from-env"_s);
    const CliRun r = run(reg({u"--type"_s, u"azure_sql_database"_s, u"--name"_s, u"sql_sp"_s, u"--auth"_s, u"service_principal"_s,
                              u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"db"_s, u"--tenant-id"_s, Tenant,
                              u"--client-id"_s, Tenant, u"--secret-env"_s, u"client-secret=MY_SP_SECRET"_s, u"--skip-validation"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json j = parse(run({u"datastore"_s, u"show"_s, u"sql_sp"_s, u"--json"_s}).out);
    QVERIFY((j["secretsStored"]) == (json::array({"client_secret"})));
    QVERIFY((j["fields"]["resource_url"]) == ("https://database.windows.net/"));
}

void tst_Cli::showNeverPrintsSecrets()
{
    QCOMPARE(run(reg({u"--type"_s, u"azure_blob"_s, u"--name"_s, u"sales"_s, u"--auth"_s, u"account_key"_s, u"--account-name"_s,
                      u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s, u"--skip-validation"_s}),
                 Key.toLatin1() + '\n')
                 .exitCode,
             0);
    const CliRun show = run({u"datastore"_s, u"show"_s, u"sales"_s});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(QRegularExpression(u"\\nsecrets in the keychain: +account_key\\n"_s)), qPrintable(show.out));
    QVERIFY(!show.out.contains(Key));
    const CliRun builtin = run({u"datastore"_s, u"show"_s, u"workspaceblobstore"_s});
    QVERIFY2(builtin.out.contains(QRegularExpression(u"\\nsecrets missing: +account_key\\n"_s)), qPrintable(builtin.out));
    QCOMPARE(run({u"datastore"_s, u"show"_s, u"nope"_s}).exitCode, 3);
}

void tst_Cli::defaultAndUnregister()
{
    QCOMPARE(run({u"datastore"_s, u"get-default"_s}).out.trimmed(), u"workspaceblobstore"_s);
    QCOMPARE(run(reg({u"--type"_s, u"azure_data_lake_gen2"_s, u"--name"_s, u"lake"_s, u"--account-name"_s, u"contoso"_s,
                      u"--filesystem"_s, u"raw"_s, u"--tenant-id"_s, Tenant, u"--client-id"_s, Tenant, u"--secret-stdin"_s,
                      u"--skip-validation"_s, u"--set-default"_s}),
                 "s\n")
                 .exitCode,
             0);
    QVERIFY((parse(run({u"datastore"_s, u"get-default"_s, u"--json"_s}).out)["name"]) == ("lake"));
    const CliRun refuse = run({u"datastore"_s, u"unregister"_s, u"lake"_s});
    QCOMPARE(refuse.exitCode, 4);
    QVERIFY(refuse.err.contains(u"make another datastore the default first"_s));
    const CliRun never = run({u"datastore"_s, u"unregister"_s, u"workspaceblobstore"_s});
    QCOMPARE(never.exitCode, 4);
    QCOMPARE(run({u"datastore"_s, u"set-default"_s, u"ghost"_s}).exitCode, 3);
    QCOMPARE(run({u"datastore"_s, u"set-default"_s, u"workspaceblobstore"_s}).exitCode, 0);
    const CliRun gone = run({u"datastore"_s, u"unregister"_s, u"lake"_s});
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    QVERIFY(!run({u"datastore"_s, u"list"_s}).out.contains(u"lake"_s));
    QCOMPARE(run({u"datastore"_s, u"unregister"_s, u"lake"_s}).exitCode, 3);
}

// Issue 16, item 10: a NUL byte, or more lines than there are secrets, is refused with the
// rule named and nothing stored; a SAS token that cannot browse is registered with a warning.
void tst_Cli::secretsFromStandardInputAreTakenWhole()
{
    const QStringList blob = reg({u"--type"_s, u"azure_blob"_s, u"--name"_s, u"sales"_s, u"--auth"_s, u"account_key"_s, u"--account-name"_s,
                                  u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s, u"--skip-validation"_s});
    QByteArray nul = Key.toLatin1();
    nul.insert(20, '\0');
    const CliRun withNul = run(blob, nul + '\n');
    QCOMPARE(withNul.exitCode, 2);
    QVERIFY2(withNul.err.contains(u"account_key contains a NUL byte"_s), qPrintable(withNul.err));
    const CliRun extra = run(blob, Key.toLatin1() + "\nsomething else\n");
    QCOMPARE(extra.exitCode, 2);
    QVERIFY2(extra.err.contains(u"more followed"_s), qPrintable(extra.err));
    QCOMPARE(run({u"datastore"_s, u"show"_s, u"sales"_s}).exitCode, 3);
    const CliRun trailingBlank = run(blob, Key.toLatin1() + "\n\n");
    QVERIFY2(trailingBlank.exitCode == 0, qPrintable(trailingBlank.err));

    const CliRun writeOnly = run(reg({u"--type"_s, u"azure_blob"_s, u"--name"_s, u"drop"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s,
                                      u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s, u"--skip-validation"_s}),
                                 "sv=2022-11-02&sr=c&sp=w&se=2099-01-01T00:00:00Z&sig=abc\n");
    QVERIFY2(writeOnly.exitCode == 0, qPrintable(writeOnly.err));
    QVERIFY2(writeOnly.err.contains(u"warning: sas_token: The token lacks the list and read permission(s)"_s), qPrintable(writeOnly.err));
    QVERIFY(!writeOnly.err.contains(u"sig=abc"_s));
}

// Issue 16, item 11: a workspace file is 0600 in a 0700 folder, from its first byte; one
// left 0644 by an older version is made private when it is opened.
void tst_Cli::workspaceFilesArePrivate()
{
    QCOMPARE(run({u"workspace"_s, u"create"_s, u"private-ws"_s}).exitCode, 0);
    QStringList found;
    QDirIterator it(m_env->root(), {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    QVERIFY2(!found.isEmpty(), "no workspace file was created");
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &path : std::as_const(found)) {
        QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & others, QFile::Permissions());
    }
    QVERIFY(QFile::setPermissions(found.first(), QFileInfo(found.first()).permissions() | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(run({u"--workspace"_s, QFileInfo(found.first()).completeBaseName(), u"datastore"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(QFileInfo(found.first()).permissions() & others, QFile::Permissions());
}

// Issue 16, item 7: an endpoint stored with user:password@ by a version before the rule is
// shown, and printed as JSON, without them.
void tst_Cli::anOldEndpointWithCredentialsIsShownWithout()
{
    QCOMPARE(run(reg({u"--type"_s, u"azure_blob"_s, u"--name"_s, u"old"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s, u"devstoreaccount1"_s,
                      u"--container-name"_s, u"raw"_s, u"--endpoint"_s, u"http://127.0.0.1:10000/devstoreaccount1"_s, u"--secret-stdin"_s,
                      u"--skip-validation"_s}),
                 "sv=2022-11-02&sp=rl&se=2099-01-01&sig=x\n")
                 .exitCode,
             0);
    QDirIterator it(m_env->root(), {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString file = it.next();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plant"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"UPDATE datastore_field SET value = 'http://alice:s3cret@127.0.0.1:10000/devstoreaccount1' WHERE field = 'endpoint' AND datastore_id = (SELECT id FROM datastore WHERE name = 'old')"_s),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plant"_s);
    for (const QStringList &args : {QStringList{u"datastore"_s, u"show"_s, u"old"_s}, QStringList{u"datastore"_s, u"show"_s, u"old"_s, u"--json"_s},
                                    QStringList{u"datastore"_s, u"list"_s, u"--json"_s}}) {
        const CliRun show = run(args);
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY2(!show.out.contains(u"s3cret"_s) && !show.out.contains(u"alice"_s), qPrintable(show.out));
    }
    QVERIFY(run({u"datastore"_s, u"show"_s, u"old"_s}).out.contains(u"http://127.0.0.1:10000/devstoreaccount1"_s));
}

void tst_Cli::updateCredentials()
{
    QCOMPARE(run(reg({u"--type"_s, u"azure_sql_database"_s, u"--name"_s, u"sales"_s, u"--auth"_s, u"sql"_s, u"--server-name"_s,
                      u"contoso"_s, u"--database-name"_s, u"db"_s, u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s,
                      u"--skip-validation"_s}),
                 "old\n")
                 .exitCode,
             0);
    // The new credential is checked against the server (here unreachable): the old one stays.
    const CliRun unchecked = run({u"datastore"_s, u"update-credentials"_s, u"sales"_s, u"--secret-stdin"_s}, "new\n");
    QVERIFY(unchecked.exitCode != 0);
    QVERIFY2(unchecked.err.contains(u"contoso.database.windows.net"_s) || unchecked.err.contains(u"ODBC"_s), qPrintable(unchecked.err));
    const CliRun toSp = run({u"datastore"_s, u"update-credentials"_s, u"sales"_s, u"--auth"_s, u"service_principal"_s,
                             u"--tenant-id"_s, Tenant, u"--client-id"_s, Tenant, u"--secret-stdin"_s, u"--skip-validation"_s},
                            "sp-secret\n");
    QVERIFY2(toSp.exitCode == 0, qPrintable(toSp.err));
    const json j = parse(run({u"datastore"_s, u"show"_s, u"sales"_s, u"--json"_s}).out);
    QVERIFY((j["auth"]) == ("service_principal"));
    QVERIFY((j["secretsStored"]) == (json::array({"client_secret"})));
    QVERIFY(!j["fields"].contains("user_id"));
    const CliRun location = run({u"datastore"_s, u"update-credentials"_s, u"sales"_s, u"--server-name"_s, u"other"_s,
                                 u"--secret-stdin"_s, u"--skip-validation"_s},
                                "x\n");
    QCOMPARE(location.exitCode, 2);
    QVERIFY(location.err.contains(u"--server-name"_s));
}

void tst_Cli::validationNotAvailable()
{
    // DBFS is checked through the Databricks connection: without one, registration says to
    // give it (or to skip the check), and nothing is registered.
    const CliRun r = run(reg({u"--type"_s, u"dbfs"_s, u"--name"_s, u"spark"_s}));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(u"--databricks-url"_s) && r.err.contains(u"--skip-validation"_s), qPrintable(r.err));
    QVERIFY(!run({u"datastore"_s, u"list"_s}).out.contains(u"spark"_s));
    // ADLS Gen1 is checked where its endpoint answers; here none does: an honest failure.
    const CliRun gen1 = run(reg({u"--type"_s, u"azure_data_lake_gen1"_s, u"--name"_s, u"lake1"_s, u"--store-name"_s, u"oldlake"_s,
                                 u"--endpoint"_s, u"http://127.0.0.1:1/webhdfs/v1"_s, u"--authority-url"_s, u"http://127.0.0.1:1"_s,
                                 u"--tenant-id"_s, Tenant, u"--client-id"_s, Tenant, u"--secret-stdin"_s}),
                            "sp-secret\n");
    QVERIFY2(gen1.exitCode != 0 && gen1.exitCode != 6, qPrintable(gen1.err));
    QVERIFY(!run({u"datastore"_s, u"list"_s}).out.contains(u"lake1"_s));
    // A SQL datastore is checked: an unreachable server is an honest failure, not "validated".
    const CliRun pg = run(reg({u"--type"_s, u"azure_postgresql"_s, u"--name"_s, u"pg"_s, u"--server-name"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s,
                               u"--database-name"_s, u"d"_s, u"--user-id"_s, u"u"_s, u"--secret-stdin"_s}),
                          "pw\n");
    QVERIFY(pg.exitCode != 0 && pg.exitCode != 6);
    QVERIFY2(pg.err.contains(u"could not be reached"_s), qPrintable(pg.err));
    QVERIFY(!run({u"datastore"_s, u"list"_s}).out.contains(u"pg "_s));
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");

    const QStringList blob{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"ok_name"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s,
                           u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--skip-validation"_s};
    const QByteArray sas = "sv=2021&sig=x\n";
    const QStringList gen2{u"--type"_s, u"azure_data_lake_gen2"_s, u"--name"_s, u"ok_name"_s, u"--account-name"_s, u"contoso"_s,
                           u"--filesystem"_s, u"raw"_s, u"--tenant-id"_s, Tenant, u"--client-id"_s, Tenant, u"--skip-validation"_s,
                           u"--secret-stdin"_s};
    const QStringList pg{u"--type"_s, u"azure_postgresql"_s, u"--name"_s, u"ok_name"_s, u"--server-name"_s, u"srv"_s,
                         u"--database-name"_s, u"db"_s, u"--user-id"_s, u"u"_s, u"--skip-validation"_s, u"--secret-stdin"_s};
    const auto replace = [](QStringList args, const QString &flag, const QString &value) {
        const qsizetype i = args.indexOf(flag);
        if (i >= 0)
            args[i + 1] = value;
        else
            args << flag << value;
        return args;
    };
    const auto row = [&](const char *tag, const QStringList &args, const QByteArray &input, int code, const QString &mentions) {
        QTest::newRow(tag) << (QStringList{u"datastore"_s, u"register"_s} + args) << input << code << mentions;
    };
    row("--type missing", QStringList{u"--name"_s, u"x"_s}, {}, 2, u"--type is required"_s);
    row("--type unknown", replace(blob, u"--type"_s, u"azure_table"_s), sas, 2, u"--type: unknown storage type 'azure_table'"_s);
    row("--name missing", QStringList{u"--type"_s, u"dbfs"_s}, {}, 2, u"--name is required"_s);
    row("--name upper case", replace(blob, u"--name"_s, u"Sales"_s), sas, 2, u"--name: The datastore name has 'S' at position 1"_s);
    row("--name space", replace(blob, u"--name"_s, u"my data"_s), sas, 2, u"a space (U+0020) at position 3"_s);
    row("--name 256", replace(blob, u"--name"_s, QString(256, u'a')), sas, 2, u"256 characters"_s);
    row("--auth not allowed", replace(blob, u"--auth"_s, u"service_principal"_s), sas, 2, u"--auth: 'service_principal' is not allowed for azure_blob"_s);
    row("--auth missing for blob", QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"x"_s}, {}, 2, u"--auth is required for azure_blob"_s);
    row("--account-name", replace(blob, u"--account-name"_s, u"Contoso!"_s), sas, 2, u"--account-name: Storage account (account_name)"_s);
    row("--container-name", replace(blob, u"--container-name"_s, u"a"_s), sas, 2, u"--container-name: Container (container_name)"_s);
    row("--file-share-name on blob", replace(blob, u"--file-share-name"_s, u"share"_s), sas, 2, u"--file-share-name does not apply to azure_blob"_s);
    row("--file-share-name", QStringList{u"--type"_s, u"azure_file"_s, u"--name"_s, u"f"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s, u"contoso"_s,
                                         u"--file-share-name"_s, u"-bad-"_s, u"--skip-validation"_s, u"--secret-stdin"_s}, sas, 2, u"--file-share-name: File share"_s);
    row("--filesystem", replace(gen2, u"--filesystem"_s, u"UPPER"_s), "s\n", 2, u"--filesystem: File system (filesystem)"_s);
    row("--store-name", QStringList{u"--type"_s, u"azure_data_lake_gen1"_s, u"--name"_s, u"g"_s, u"--store-name"_s, u"no"_s, u"--tenant-id"_s, Tenant,
                                    u"--client-id"_s, Tenant, u"--skip-validation"_s, u"--secret-stdin"_s}, "s\n", 2, u"--store-name: Data Lake store"_s);
    row("--tenant-id", replace(gen2, u"--tenant-id"_s, u"contoso.onmicrosoft.com"_s), "s\n", 2, u"--tenant-id: Tenant ID (tenant_id)"_s);
    row("--client-id", replace(gen2, u"--client-id"_s, u"123"_s), "s\n", 2, u"--client-id: Client ID (client_id)"_s);
    row("--resource-url", replace(gen2, u"--resource-url"_s, u"http://storage.azure.com/"_s), "s\n", 2, u"--resource-url: Resource URL"_s);
    row("--authority-url", replace(gen2, u"--authority-url"_s, u"login"_s), "s\n", 2, u"--authority-url: Authority URL"_s);
    row("--server-name", replace(pg, u"--server-name"_s, u"-srv"_s), "pw\n", 2, u"--server-name: Server (server_name)"_s);
    row("--database-name", replace(pg, u"--database-name"_s, QString(129, u'd')), "pw\n", 2, u"--database-name: Database (database_name)"_s);
    row("--port", replace(pg, u"--port"_s, u"70000"_s), "pw\n", 2, u"--port: Port (port): '70000' must be a whole number from 1 to 65535"_s);
    row("--user-id missing", QStringList{u"--type"_s, u"azure_mysql"_s, u"--name"_s, u"m"_s, u"--server-name"_s, u"s"_s, u"--database-name"_s, u"d"_s,
                                         u"--skip-validation"_s, u"--secret-stdin"_s}, "pw\n", 2, u"--user-id: User (user_id): a value is required"_s);
    row("--enforce-ssl", replace(pg, u"--enforce-ssl"_s, u"yes"_s), "pw\n", 2, u"--enforce-ssl: Require TLS"_s);
    row("--endpoint", replace(blob, u"--endpoint"_s, u"http://example.com/acct"_s), sas, 2, u"--endpoint: Endpoint (endpoint): plain http is accepted only for loopback hosts"_s);
    row("--protocol", replace(blob, u"--protocol"_s, u"http"_s), sas, 2, u"--protocol: Protocol (protocol): plain http is accepted only for loopback hosts"_s);
    row("--account-key on the command line", blob + QStringList{u"--account-key"_s, u"abc"_s}, {}, 2, u"--account-key: secrets are never accepted on the command line"_s);
    row("--sas-token on the command line", blob + QStringList{u"--sas-token=sv=1&sig=2"_s}, {}, 2, u"--sas-token: secrets are never accepted"_s);
    row("--client-secret on the command line", gen2 + QStringList{u"--client-secret"_s, u"x"_s}, {}, 2, u"--client-secret: secrets are never accepted"_s);
    row("--user-password on the command line", pg + QStringList{u"--user-password"_s, u"x"_s}, {}, 2, u"--user-password: secrets are never accepted"_s);
    row("--password on the command line", pg + QStringList{u"--password"_s, u"x"_s}, {}, 2, u"--password: secrets are never accepted"_s);
    row("no secret given", blob, {}, 2, u"needs its secret(s) sas_token"_s);
    row("--secret-stdin empty", blob + QStringList{u"--secret-stdin"_s}, {}, 2, u"--secret-stdin: expected 1 line(s)"_s);
    row("--secret-stdin bad sas", blob + QStringList{u"--secret-stdin"_s}, "not-a-sas\n", 2, u"--sas-token: SAS token (sas_token)"_s);
    row("--secret-env malformed", blob + QStringList{u"--secret-env"_s, u"sas_token"_s}, {}, 2, u"--secret-env takes FIELD=VARIABLE"_s);
    row("--secret-env wrong field", blob + QStringList{u"--secret-env"_s, u"account_key=HOME"_s}, {}, 2, u"--secret-env: 'account_key' is not a secret of azure_blob with sas"_s);
    row("--secret-env unset variable", blob + QStringList{u"--secret-env"_s, u"sas_token=STUDIO_NOT_SET_ANYWHERE"_s}, {}, 2, u"STUDIO_NOT_SET_ANYWHERE (for sas_token) is not set"_s);
    row("--secret-env with --secret-stdin", blob + QStringList{u"--secret-stdin"_s, u"--secret-env"_s, u"sas_token=HOME"_s}, sas, 2, u"cannot be combined"_s);
    row("--secret-stdin for dbfs", QStringList{u"--type"_s, u"dbfs"_s, u"--name"_s, u"d"_s, u"--secret-stdin"_s, u"--skip-validation"_s}, "x\n", 2, u"has no secret to give"_s);
    row("--create-if-not-exists on postgres", pg + QStringList{u"--create-if-not-exists"_s}, "pw\n", 2, u"--create-if-not-exists: Create-if-not-exists applies only to"_s);
    row("--set-default on postgres", pg + QStringList{u"--set-default"_s}, "pw\n", 2, u"--set-default: Azure Database for PostgreSQL datastores cannot be the workspace default"_s);
    row("--overwrite given a value", blob + QStringList{u"--overwrite=yes"_s}, sas, 2, u"--overwrite takes no value"_s);
    row("--json given a value", blob + QStringList{u"--json=1"_s}, sas, 2, u"--json takes no value"_s);
    row("unknown option", blob + QStringList{u"--colour"_s, u"red"_s}, sas, 2, u"unknown option --colour"_s);
    row("option twice", blob + QStringList{u"--account-name"_s, u"other"_s}, sas, 2, u"--account-name is given twice"_s);
    row("option without value", QStringList{u"--type"_s, u"dbfs"_s, u"--name"_s}, {}, 2, u"--name needs a value"_s);
    row("--workspace bad name", QStringList{u"--workspace"_s, u"a/b"_s}, {}, 2, u"--workspace: The workspace name"_s);

    QTest::newRow("get to an empty LOCAL") << QStringList{u"get"_s, u"workspaceblobstore/a.txt"_s, QString()} << QByteArray() << 2
                                           << u"get: LOCAL is empty"_s;
    QTest::newRow("put from an empty LOCAL") << QStringList{u"put"_s, QString(), u"workspaceblobstore/a.txt"_s} << QByteArray() << 2
                                             << u"put: LOCAL is empty"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << QByteArray() << 2 << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"datastore"_s, u"delete"_s, u"x"_s} << QByteArray() << 2 << u"unknown subcommand 'datastore delete'"_s;
    QTest::newRow("show without name") << QStringList{u"datastore"_s, u"show"_s} << QByteArray() << 2 << u"missing argument"_s;
    QTest::newRow("show two names") << QStringList{u"datastore"_s, u"show"_s, u"a"_s, u"b"_s} << QByteArray() << 2 << u"unexpected argument 'b'"_s;
    QTest::newRow("workspace create bad") << QStringList{u"workspace"_s, u"create"_s, u"x"_s} << QByteArray() << 2 << u"3 to 33 characters"_s;
    QTest::newRow("update-credentials bad auth") << QStringList{u"datastore"_s, u"update-credentials"_s, u"workspaceblobstore"_s, u"--auth"_s, u"sql"_s}
                                                 << QByteArray() << 2 << u"--auth: 'sql' is not allowed for azure_blob"_s;
    QTest::newRow("update-credentials unknown datastore") << QStringList{u"datastore"_s, u"update-credentials"_s, u"ghost"_s, u"--secret-stdin"_s}
                                                          << QByteArray("x\n") << 3 << u"no datastore named 'ghost'"_s;
    QTest::newRow("update-credentials secret on command line") << QStringList{u"datastore"_s, u"update-credentials"_s, u"workspaceblobstore"_s, u"--account-key"_s, u"k"_s}
                                                               << QByteArray() << 2 << u"--account-key: secrets are never accepted"_s;
}

void tst_Cli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const auto before = m_env->snapshot();
    const CliRun r = run(args, input);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(u"dsstudio: error: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Bad input loses nothing and registers nothing.
    const auto after = m_env->snapshot();
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    const CliRun list = run({u"datastore"_s, u"list"_s, u"--json"_s});
    QVERIFY((parse(list.out).size()) == (2u));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
