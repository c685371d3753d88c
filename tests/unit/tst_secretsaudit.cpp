// Secrets audit: register datastores of every type with sentinel secret values, run every
// command (debug logging on), then scan every file under the XDG data/config/cache/state
// directories and everything the CLI printed. The sentinels must appear nowhere but in the
// keyring, where they must be (or the audit proves nothing).
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

class tst_SecretsAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sentinelsAppearNowhere();

private:
    QString sentinel(const QString &what);
    CliRun run(const QStringList &args, const QByteArray &input = {});
    QString keyringDump() const;

    std::unique_ptr<TestEnv> m_env;
    QStringList m_sentinels;
    QStringList m_transcript;
    int m_runs = 0;
};

void tst_SecretsAudit::initTestCase()
{
    if (TestEnv::keyringMode() != u"unlocked"_s)
        QSKIP("needs the unlocked keyring of tests/support/with-keyring.sh (ctest provides it)");
    m_env = std::make_unique<TestEnv>();
    m_env->setEnv(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // logs must be clean too
}

QString tst_SecretsAudit::sentinel(const QString &what)
{
    const QString s = u"SNTL"_s + what + QString::number(QRandomGenerator::global()->generate64(), 36);
    m_sentinels.append(s);
    return s;
}

CliRun tst_SecretsAudit::run(const QStringList &args, const QByteArray &input)
{
    const CliRun r = m_env->cli(args, input);
    ++m_runs;
    m_transcript << r.out << r.err; // what dsstudio printed, not what we typed
    return r;
}

QString tst_SecretsAudit::keyringDump() const
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, u"datastore-studio"_s});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void tst_SecretsAudit::sentinelsAppearNowhere()
{
    const QString tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
    // An account key must be 64 bytes in base64: the sentinel is the key's text form, and the decoded
    // bytes carry a second sentinel that is scanned for as well.
    const QString keyInner = sentinel(u"KEYBYTES"_s);
    const QString key = QString::fromLatin1(QString(keyInner + u"-padding-"_s).leftJustified(64, u'!', true).toLatin1().toBase64());
    m_sentinels.append(key);
    const QString sas = u"sv=2022-11-02&ss=b&srt=co&sp=rl&sig="_s + sentinel(u"SAS"_s);
    const QString fileSas = u"sv=2022-11-02&ss=f&sig="_s + sentinel(u"FILESAS"_s);
    const QString gen1 = sentinel(u"GEN1"_s);
    const QString gen2 = sentinel(u"GEN2"_s);
    const QString sqlSp = sentinel(u"SQLSP"_s);
    const QString sqlPw = sentinel(u"SQLPW"_s);
    const QString pgPw = sentinel(u"PGPW"_s);
    const QString myPw = sentinel(u"MYPW"_s);
    m_env->setEnv(u"AUDIT_GEN2"_s, gen2);
    m_env->setEnv(u"AUDIT_MY"_s, myPw);

    const auto ok = [this](const QStringList &args, const QByteArray &input = {}) {
        const CliRun r = run(args, input);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u" -> "_s + r.err));
    };
    const QStringList reg{u"datastore"_s, u"register"_s, u"--skip-validation"_s};
    ok({u"workspace"_s, u"create"_s, u"audit"_s});
    ok({u"workspace"_s, u"use"_s, u"audit"_s});
    ok(reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"blob_key"_s, u"--auth"_s, u"account_key"_s, u"--account-name"_s, u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s}, key.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"blob_sas"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s, u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s, u"--set-default"_s}, sas.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_file"_s, u"--name"_s, u"files"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s, u"contoso"_s, u"--file-share-name"_s, u"share"_s, u"--secret-stdin"_s}, fileSas.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_data_lake_gen1"_s, u"--name"_s, u"gen1"_s, u"--store-name"_s, u"contosolake"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, tenant, u"--secret-stdin"_s}, gen1.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_data_lake_gen2"_s, u"--name"_s, u"gen2"_s, u"--account-name"_s, u"contoso"_s, u"--filesystem"_s, u"raw"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, tenant, u"--secret-env"_s, u"client_secret=AUDIT_GEN2"_s});
    ok(reg + QStringList{u"--type"_s, u"azure_sql_database"_s, u"--name"_s, u"sql_sp"_s, u"--auth"_s, u"service_principal"_s, u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"db"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, tenant, u"--secret-stdin"_s}, sqlSp.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_sql_database"_s, u"--name"_s, u"sql_pw"_s, u"--auth"_s, u"sql"_s, u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"db"_s, u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s}, sqlPw.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_postgresql"_s, u"--name"_s, u"pg"_s, u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"db"_s, u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s}, pgPw.toLatin1() + '\n');
    ok(reg + QStringList{u"--type"_s, u"azure_mysql"_s, u"--name"_s, u"my"_s, u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"db"_s, u"--user-id"_s, u"reader"_s, u"--secret-env"_s, u"user_password=AUDIT_MY"_s});
    ok(reg + QStringList{u"--type"_s, u"dbfs"_s, u"--name"_s, u"spark"_s});

    // Every other command, in text and JSON.
    const QStringList names{u"blob_key"_s, u"blob_sas"_s, u"files"_s, u"gen1"_s, u"gen2"_s, u"sql_sp"_s, u"sql_pw"_s, u"pg"_s, u"my"_s, u"spark"_s};
    ok({u"datastore"_s, u"list"_s});
    ok({u"datastore"_s, u"list"_s, u"--json"_s});
    for (const QString &n : names) {
        ok({u"datastore"_s, u"show"_s, n});
        ok({u"datastore"_s, u"show"_s, n, u"--json"_s});
    }
    ok({u"datastore"_s, u"get-default"_s});
    ok({u"datastore"_s, u"get-default"_s, u"--json"_s});
    ok({u"workspace"_s, u"list"_s, u"--json"_s});
    ok({u"types"_s});
    ok({u"datastore"_s, u"register"_s, u"--help"_s});
    const QString rotated = sentinel(u"ROTATED"_s);
    ok({u"datastore"_s, u"update-credentials"_s, u"pg"_s, u"--secret-stdin"_s, u"--skip-validation"_s, u"--json"_s}, rotated.toLatin1() + '\n');
    ok({u"datastore"_s, u"set-default"_s, u"files"_s});
    ok({u"datastore"_s, u"unregister"_s, u"blob_sas"_s});
    ok({u"datastore"_s, u"unregister"_s, u"sql_pw"_s});
    // Failures that carry a secret: the error must not repeat it.
    const QString refused = sentinel(u"CMDLINE"_s);
    QCOMPARE(run(reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"x"_s, u"--auth"_s, u"account_key"_s, u"--account-name"_s, u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--account-key"_s, refused}).exitCode, 2);
    const QString badKey = sentinel(u"BADKEY"_s) + u"!not base64"_s;
    QCOMPARE(run(reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"y"_s, u"--auth"_s, u"account_key"_s, u"--account-name"_s, u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s}, badKey.toLatin1() + '\n').exitCode, 2);
    const QString dup = sentinel(u"DUPLICATE"_s);
    QCOMPARE(run(reg + QStringList{u"--type"_s, u"azure_postgresql"_s, u"--name"_s, u"pg"_s, u"--server-name"_s, u"contoso"_s, u"--database-name"_s, u"db"_s, u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s}, dup.toLatin1() + '\n').exitCode, 4);
    const QString noValidation = sentinel(u"NOVALIDATION"_s);
    QVERIFY(run({u"datastore"_s, u"register"_s, u"--type"_s, u"azure_data_lake_gen1"_s, u"--name"_s, u"old_lake_audit"_s, u"--store-name"_s, u"contoso"_s, u"--endpoint"_s, u"http://127.0.0.1:1/webhdfs/v1"_s, u"--authority-url"_s, u"http://127.0.0.1:1"_s, u"--tenant-id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s, u"--client-id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s, u"--secret-stdin"_s}, noValidation.toLatin1() + '\n').exitCode != 0);
    // A SQL login refused by an unreachable server: the password is in no message.
    const QString sqlPassword = sentinel(u"SQLPASSWORD"_s);
    QVERIFY(run({u"datastore"_s, u"register"_s, u"--type"_s, u"azure_mysql"_s, u"--name"_s, u"my2"_s, u"--server-name"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s, u"--database-name"_s, u"db"_s, u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s}, sqlPassword.toLatin1() + '\n').exitCode != 0);
    // The secret checks of issue 16: refusals name the rule, never the secret.
    const QStringList blobSas = reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"z"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s,
                                                  u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s};
    const QStringList blobKey = reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"z"_s, u"--auth"_s, u"account_key"_s, u"--account-name"_s,
                                                  u"contoso"_s, u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s};
    QCOMPARE(run(blobSas, (u"sv=2022-11-02&sp=rl&sig="_s + sentinel(u"DUPSIGA"_s) + u"&sig="_s + sentinel(u"DUPSIGB"_s)).toLatin1() + '\n').exitCode, 2);
    QCOMPARE(run(blobSas, (u"sv=2022-11-02&sp=rl&se=garbage&sig="_s + sentinel(u"BADEXPIRY"_s)).toLatin1() + '\n').exitCode, 2);
    QCOMPARE(run(blobKey, QString::fromLatin1(sentinel(u"SHORTKEY"_s).toLatin1().toBase64()).toLatin1() + '\n').exitCode, 2);
    QByteArray nul = sentinel(u"NULKEY"_s).toLatin1();
    nul.insert(6, '\0');
    QCOMPARE(run(blobKey, nul + '\n').exitCode, 2);
    QCOMPARE(run(blobKey, key.toLatin1() + '\n' + sentinel(u"EXTRALINE"_s).toLatin1() + '\n').exitCode, 2);
    const QString writeOnly = u"sv=2022-11-02&sr=c&sp=w&se=2099-01-01T00:00:00Z&sig="_s + sentinel(u"WRITEONLY"_s);
    ok(reg + QStringList{u"--type"_s, u"azure_blob"_s, u"--name"_s, u"drop"_s, u"--auth"_s, u"sas"_s, u"--account-name"_s, u"contoso"_s,
                         u"--container-name"_s, u"raw"_s, u"--secret-stdin"_s}, writeOnly.toLatin1() + '\n'); // registered with a warning

    // The audit is only meaningful if the secrets really went to the keyring.
    const QString keyring = keyringDump();
    for (const QString &stored : {key, fileSas, gen1, gen2, sqlSp, rotated, myPw})
        QVERIFY2(keyring.contains(stored), qPrintable(u"not in the keyring: "_s + stored.left(12)));
    for (const QString &gone : {sas, sqlPw, pgPw})
        QVERIFY2(!keyring.contains(gone), qPrintable(u"still in the keyring after unregister/rotation: "_s + gone.left(12)));

    // Scan every file under the XDG directories, raw and as UTF-16, and every output.
    const auto files = m_env->allFiles();
    QVERIFY(files.size() >= 2); // the workspace file and the settings file exist
    QStringList needles = m_sentinels;
    for (const QString &s : std::as_const(m_sentinels))
        needles.append(QString::fromLatin1(QByteArray::fromBase64(s.toLatin1())).left(20)); // decoded key bytes
    needles.removeAll(QString());
    const QString transcript = m_transcript.join(u'\n');
    for (const QString &needle : std::as_const(needles)) {
        if (needle.size() < 12)
            continue;
        for (const auto &[path, bytes] : files) {
            QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(u"secret found in "_s + path));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2)),
                     qPrintable(u"secret (UTF-16) found in "_s + path));
        }
        QVERIFY2(!transcript.contains(needle), qPrintable(u"secret printed by dsstudio: "_s + needle.left(12)));
    }
    qInfo("audited %d dsstudio runs, %lld files, %lld sentinel values", m_runs, qlonglong(files.size()),
          qlonglong(needles.size()));
}

QTEST_GUILESS_MAIN(tst_SecretsAudit)
#include "tst_secretsaudit.moc"
