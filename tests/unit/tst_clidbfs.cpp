// dsstudio with a DBFS datastore, as a user runs it: register with the Databricks workspace
// URL and a personal access token (kept in the keychain, checked against the test server
// that plays DBFS), then ls, cat, put and get; a refused token changes nothing.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "support/fakedbfsserver.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

class tst_CliDbfs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerBrowseAndTransfer();
    void aRefusedTokenChangesNothing();
    void updateCredentialsReplacesTheConnection();
    void unregisterForgetsTheConnection();
    void aProxyThatFailsIsNamed();

private:
    CliRun registerSpark(const QString &token, bool validate = true);
    std::unique_ptr<TestEnv> m_env;
    std::unique_ptr<FakeDbfsServer> m_server;
};

void tst_CliDbfs::init()
{
    m_env = std::make_unique<TestEnv>();
    m_server = std::make_unique<FakeDbfsServer>();
    QVERIFY(m_server->start());
    m_server->putFile(u"/mnt/raw/events.csv"_s, "a,b\n1,2\n");
    m_server->putFile(u"/mnt/raw/2026/jan.csv"_s, "x\n");
}

void tst_CliDbfs::cleanup()
{
    m_server.reset();
    m_env.reset();
}

CliRun tst_CliDbfs::registerSpark(const QString &token, bool validate)
{
    QStringList args = {u"datastore"_s, u"register"_s, u"--type"_s, u"dbfs"_s, u"--name"_s, u"spark"_s,
                        u"--databricks-url"_s, m_server->base(), u"--secret-stdin"_s};
    if (!validate)
        args << u"--skip-validation"_s;
    return m_env->cli(args, token.toUtf8() + '\n');
}

void tst_CliDbfs::registerBrowseAndTransfer()
{
    const CliRun reg = registerSpark(FakeDbfsServer::Token);
    QVERIFY2(reg.exitCode == 0, qPrintable(reg.err));
    QVERIFY(reg.out.contains(u"Registered datastore 'spark'"_s));
    QVERIFY(!reg.out.contains(u"not validated"_s));
    QVERIFY(m_server->http()->count("GET", u"/api/2.0/dbfs/list"_s) >= 1); // the check listed the root
    // The token is in the keychain only: no file holds it.
    for (const auto &[path, bytes] : m_env->allFiles())
        QVERIFY2(!bytes.contains(FakeDbfsServer::Token.toUtf8()), qPrintable(path));

    const CliRun ls = m_env->cli({u"ls"_s, u"spark/mnt/raw"_s});
    QVERIFY2(ls.exitCode == 0, qPrintable(ls.err));
    QVERIFY2(ls.out.contains(u"mnt/raw/2026/\t-"_s) && ls.out.contains(u"mnt/raw/events.csv\t8\t"_s), qPrintable(ls.out));
    const CliRun cat = m_env->cli({u"cat"_s, u"spark/mnt/raw/events.csv"_s});
    QCOMPARE(cat.exitCode, 0);
    QCOMPARE(cat.out, u"a,b\n1,2\n"_s);

    QTemporaryDir dir;
    const QString local = dir.filePath(u"model.txt"_s);
    QFile f(local);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1500 * 1024, 'm')); // two blocks
    f.close();
    const CliRun put = m_env->cli({u"put"_s, local, u"spark/mnt/models/model.txt"_s});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QCOMPARE(m_server->file(u"/mnt/models/model.txt"_s), QByteArray(1500 * 1024, 'm'));
    const QString back = dir.filePath(u"back.txt"_s);
    const CliRun get = m_env->cli({u"get"_s, u"spark/mnt/models/model.txt"_s, back});
    QVERIFY2(get.exitCode == 0, qPrintable(get.err));
    QFile b(back);
    QVERIFY(b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), QByteArray(1500 * 1024, 'm'));
}

void tst_CliDbfs::aRefusedTokenChangesNothing()
{
    const CliRun reg = registerSpark(u"dapi-not-valid"_s);
    QVERIFY(reg.exitCode != 0);
    QVERIFY2(reg.err.contains(u"token"_s), qPrintable(reg.err));
    QVERIFY(!reg.err.contains(u"dapi-not-valid"_s));
    QVERIFY(!m_env->cli({u"datastore"_s, u"list"_s}).out.contains(u"spark"_s));
    // Registered without a connection, browsing says what to do.
    QCOMPARE(m_env->cli({u"datastore"_s, u"register"_s, u"--type"_s, u"dbfs"_s, u"--name"_s, u"spark"_s, u"--skip-validation"_s}).exitCode, 0);
    const CliRun ls = m_env->cli({u"ls"_s, u"spark"_s});
    QVERIFY(ls.exitCode != 0);
    QVERIFY2(ls.err.contains(u"--databricks-url"_s), qPrintable(ls.err));
    // --databricks-url is refused for other types, and a plain-http URL off loopback.
    const CliRun http = m_env->cli({u"datastore"_s, u"update-credentials"_s, u"spark"_s, u"--databricks-url"_s,
                                    u"http://adb-1.azuredatabricks.net"_s, u"--secret-stdin"_s},
                                   "x\n");
    QCOMPARE(http.exitCode, 2);
    QVERIFY2(http.err.contains(u"https"_s), qPrintable(http.err));
}

void tst_CliDbfs::updateCredentialsReplacesTheConnection()
{
    QCOMPARE(registerSpark(u"old-token"_s, false).exitCode, 0);
    QVERIFY(m_env->cli({u"ls"_s, u"spark"_s}).exitCode != 0); // the old token is refused
    const CliRun bad = m_env->cli({u"datastore"_s, u"update-credentials"_s, u"spark"_s, u"--databricks-url"_s, m_server->base(),
                                   u"--secret-stdin"_s},
                                  "still-wrong\n");
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(u"Nothing was changed"_s), qPrintable(bad.err));
    const CliRun ok = m_env->cli({u"datastore"_s, u"update-credentials"_s, u"spark"_s, u"--databricks-url"_s, m_server->base(),
                                  u"--secret-stdin"_s},
                                 FakeDbfsServer::Token.toUtf8() + '\n');
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(u"Updated the Databricks connection"_s));
    const CliRun ls = m_env->cli({u"ls"_s, u"spark/mnt"_s});
    QVERIFY2(ls.exitCode == 0, qPrintable(ls.err));
    QVERIFY(ls.out.contains(u"mnt/raw/"_s));
}

void tst_CliDbfs::unregisterForgetsTheConnection()
{
    QCOMPARE(registerSpark(FakeDbfsServer::Token).exitCode, 0);
    QCOMPARE(m_env->cli({u"ls"_s, u"spark"_s}).exitCode, 0);
    const CliRun gone = m_env->cli({u"datastore"_s, u"unregister"_s, u"spark"_s});
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    // A new datastore of the same name does not inherit the old one's Databricks token.
    QCOMPARE(m_env->cli({u"datastore"_s, u"register"_s, u"--type"_s, u"dbfs"_s, u"--name"_s, u"spark"_s, u"--skip-validation"_s}).exitCode, 0);
    const CliRun ls = m_env->cli({u"ls"_s, u"spark"_s});
    QVERIFY(ls.exitCode != 0);
    QVERIFY2(ls.err.contains(u"--databricks-url"_s), qPrintable(ls.err));
}

void tst_CliDbfs::aProxyThatFailsIsNamed()
{
    // A workspace off this machine (loopback never goes through a proxy); the proxy answers
    // first, so the name need not resolve.
    const CliRun reg = m_env->cli({u"datastore"_s, u"register"_s, u"--type"_s, u"dbfs"_s, u"--name"_s, u"remote"_s, u"--databricks-url"_s,
                                   u"https://adb-1234567890123456.7.azuredatabricks.net"_s, u"--secret-stdin"_s, u"--skip-validation"_s},
                                  "dapi-token\n");
    QCOMPARE(reg.exitCode, 0);
    // The system's proxy settings are used: a proxy that is not there is named in the error.
    m_env->setEnv(u"https_proxy"_s, u"http://127.0.0.1:9"_s);
    m_env->unsetEnv(u"no_proxy"_s);
    const CliRun through = m_env->cli({u"ls"_s, u"remote"_s});
    QVERIFY(through.exitCode != 0);
    QVERIFY2(through.err.contains(u"the proxy 127.0.0.1:9"_s) && through.err.contains(u"no_proxy"_s), qPrintable(through.err));
    // no_proxy lists the host: tried directly (and, here, not found), no proxy in the way.
    m_env->setEnv(u"no_proxy"_s, u".azuredatabricks.net"_s);
    const CliRun direct = m_env->cli({u"ls"_s, u"remote"_s});
    QVERIFY(direct.exitCode != 0);
    QVERIFY2(!direct.err.contains(u"proxy"_s), qPrintable(direct.err));
}

QTEST_GUILESS_MAIN(tst_CliDbfs)
#include "tst_clidbfs.moc"
