// dsstudio and az ml v2 datastore YAML, as a user keeps datastore definitions in git:
// register --file from files written as Microsoft's examples write them, export (secrets only
// when asked, then mode 0600 and a warning), and back again unchanged; bad files name the key
// and the line and register nothing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

} // namespace

class tst_CliYaml : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerExportAndBackUnchanged_data();
    void registerExportAndBackUnchanged();
    void aSecretLeftOutIsAskedFor();
    void badFilesNameTheKeyAndTheLine();
    void exportNeverReplacesAFileUnasked();

private:
    QString write(const QString &name, const QByteArray &text);
    QJsonObject show(const QString &name);
    std::unique_ptr<TestEnv> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliYaml::init()
{
    m_env = std::make_unique<TestEnv>();
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_CliYaml::cleanup()
{
    m_env.reset();
    m_dir.reset();
}

QString tst_CliYaml::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject tst_CliYaml::show(const QString &name)
{
    const CliRun r = m_env->cli({u"datastore"_s, u"show"_s, name, u"--json"_s});
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    o.remove(u"createdAt"_s);
    o.remove(u"modifiedAt"_s);
    return o;
}

void tst_CliYaml::registerExportAndBackUnchanged_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("blob account key") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\n"
                                                    "name: blob_example\n"
                                                    "type: azure_blob\n"
                                                    "description: Datastore pointing to a blob container.\n"
                                                    "account_name: mytestblobstore\n"
                                                    "container_name: data-container\n"
                                                    "credentials:\n"
                                                    "  account_key: ") + Key + "\n"
                                      "tags:\n  team: vision\n  cost_center: 4711\n"
                                      << u"blob_example"_s << Key;
    QTest::newRow("file sas") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureFile.schema.json\n"
                                            "name: file_sas_example\n"
                                            "type: azure_file\n"
                                            "description: Datastore pointing to an Azure File Share using SAS token.\n"
                                            "account_name: mytestfilestore\n"
                                            "file_share_name: my-share\n"
                                            "credentials:\n"
                                            "  sas_token: sv=2022-11-02&ss=f&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=c2lnbmF0dXJl\n")
                              << u"file_sas_example"_s << QByteArray("sig=c2lnbmF0dXJl");
    QTest::newRow("gen2 service principal") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureDataLakeGen2.schema.json\n"
                                                          "name: adls_gen2_example\n"
                                                          "type: azure_data_lake_gen2\n"
                                                          "description: Datastore pointing to an Azure Data Lake Storage Gen2.\n"
                                                          "account_name: mytestdatalakegen2\n"
                                                          "filesystem: my-gen2-container\n"
                                                          "credentials:\n"
                                                          "  tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n"
                                                          "  client_id: 0d4c7c1e-1a2b-4c3d-8e9f-0123456789ab\n"
                                                          "  client_secret: Q~gen2-client-secret-value\n")
                                            << u"adls_gen2_example"_s << QByteArray("Q~gen2-client-secret-value");
    QTest::newRow("gen1 service principal") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureDataLakeGen1.schema.json\n"
                                                          "name: adls_gen1_example\n"
                                                          "type: azure_data_lake_gen1\n"
                                                          "store_name: mytestdatalakegen1\n"
                                                          "credentials:\n"
                                                          "  tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n"
                                                          "  client_id: 0d4c7c1e-1a2b-4c3d-8e9f-0123456789ab\n"
                                                          "  client_secret: Q~gen1-client-secret-value\n")
                                            << u"adls_gen1_example"_s << QByteArray("Q~gen1-client-secret-value");
}

void tst_CliYaml::registerExportAndBackUnchanged()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, name);
    QFETCH(QByteArray, secret);
    const CliRun reg = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, write(u"in.yml"_s, yaml), u"--skip-validation"_s});
    QVERIFY2(reg.exitCode == 0, qPrintable(reg.err));
    QVERIFY2(reg.out.contains(u"Registered datastore '%1'"_s.arg(name)), qPrintable(reg.out));
    const QJsonObject before = show(name);
    QVERIFY(!before.isEmpty());
    if (yaml.contains("description:"))
        QVERIFY2(before.value(u"description"_s).toString().startsWith(u"Datastore pointing"_s), QJsonDocument(before).toJson().constData());
    if (yaml.contains("tags:"))
        QCOMPARE(before.value(u"tags"_s).toObject().value(u"cost_center"_s).toString(), u"4711"_s);
    QVERIFY(!before.value(u"secretsStored"_s).toArray().isEmpty());

    // Without --include-secrets the secret stays out, and the file says how to give it.
    const CliRun bare = m_env->cli({u"datastore"_s, u"export"_s, name});
    QVERIFY2(bare.exitCode == 0, qPrintable(bare.err));
    QVERIFY(!bare.out.toUtf8().contains(secret));
    QVERIFY2(bare.out.startsWith(u"# left out: "_s), qPrintable(bare.out));
    QVERIFY(bare.out.contains(u"\nname: "_s + name + u'\n'));

    // With it: the file holds the secret, is its owner's only, and the command says so.
    const QString file = m_dir->filePath(u"out.yml"_s);
    const CliRun full = m_env->cli({u"datastore"_s, u"export"_s, name, u"--file"_s, file, u"--include-secrets"_s});
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    QVERIFY2(full.err.contains(u"holds the secret"_s) && full.err.contains(u"0600"_s), qPrintable(full.err));
    QVERIFY(!full.out.toUtf8().contains(secret));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray exported = f.readAll();
    QVERIFY(exported.contains(secret));

    // Unregistered and registered again from the export: the same datastore, the same file.
    QCOMPARE(m_env->cli({u"datastore"_s, u"unregister"_s, name}).exitCode, 0);
    const CliRun again = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, file, u"--skip-validation"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(show(name), before);
    const CliRun second = m_env->cli({u"datastore"_s, u"export"_s, name, u"--include-secrets"_s});
    QCOMPARE(second.out.toUtf8(), exported);
}

void tst_CliYaml::aSecretLeftOutIsAskedFor()
{
    const QByteArray yaml = "name: raw\ntype: azure_blob\naccount_name: contoso\ncontainer_name: raw\n";
    const QString path = write(u"raw.yml"_s, yaml);
    // Which kind of secret is not in the file: the command says what to give.
    const CliRun noKind = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, path, u"--skip-validation"_s});
    QCOMPARE(noKind.exitCode, 2);
    QVERIFY2(noKind.err.contains(u"--auth account_key|sas"_s), qPrintable(noKind.err));
    const CliRun noSecret = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, path, u"--auth"_s, u"account_key"_s, u"--skip-validation"_s});
    QCOMPARE(noSecret.exitCode, 2);
    QVERIFY2(noSecret.err.contains(u"--secret-stdin"_s), qPrintable(noSecret.err));
    // Given on stdin, with a flag that overrides the file.
    const CliRun ok = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, path, u"--auth"_s, u"account_key"_s, u"--container-name"_s,
                                  u"curated"_s, u"--secret-stdin"_s, u"--skip-validation"_s},
                                 Key + '\n');
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(show(u"raw"_s).value(u"fields"_s).toObject().value(u"container_name"_s).toString(), u"curated"_s);
    const CliRun exported = m_env->cli({u"datastore"_s, u"export"_s, u"raw"_s, u"--include-secrets"_s});
    QVERIFY(exported.out.toUtf8().contains(Key));
}

void tst_CliYaml::badFilesNameTheKeyAndTheLine()
{
    const QString path = write(u"typo.yml"_s, "name: raw\ntype: azure_blob\naccount_name: contoso\ncontainer: raw\n");
    const CliRun typo = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, path, u"--skip-validation"_s});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains(u"typo.yml, line 4"_s) && typo.err.contains(u"unknown key 'container'"_s), qPrintable(typo.err));
    // A value that breaks a field rule: the rule, and where the file has it.
    const QString bad = write(u"bad.yml"_s, "name: raw\ntype: azure_blob\naccount_name: Not_An_Account\ncontainer_name: raw\n"
                                             "credentials:\n  account_key: " + Key + "\n");
    const CliRun rule = m_env->cli({u"datastore"_s, u"register"_s, u"--file"_s, bad, u"--skip-validation"_s});
    QCOMPARE(rule.exitCode, 2);
    QVERIFY2(rule.err.contains(u"account_name"_s) && rule.err.contains(u"bad.yml, line 3"_s), qPrintable(rule.err));
    QVERIFY(!m_env->cli({u"datastore"_s, u"list"_s}).out.contains(u"raw"_s));
}

void tst_CliYaml::exportNeverReplacesAFileUnasked()
{
    QVERIFY(m_env->cli({u"datastore"_s, u"register"_s, u"--type"_s, u"azure_postgresql"_s, u"--name"_s, u"events"_s, u"--server-name"_s,
                        u"pg1"_s, u"--database-name"_s, u"ev"_s, u"--user-id"_s, u"reader"_s, u"--secret-stdin"_s, u"--skip-validation"_s},
                       "pw\n")
                .exitCode == 0);
    const CliRun sql = m_env->cli({u"datastore"_s, u"export"_s, u"events"_s});
    QCOMPARE(sql.exitCode, 6);
    QVERIFY2(sql.err.contains(u"no az ml YAML"_s), qPrintable(sql.err));
    const QString path = write(u"keep.yml"_s, "mine\n");
    const CliRun refused = m_env->cli({u"datastore"_s, u"export"_s, u"workspaceblobstore"_s, u"--file"_s, path});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine\n"));
    const CliRun forced = m_env->cli({u"datastore"_s, u"export"_s, u"workspaceblobstore"_s, u"--file"_s, path, u"--force"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
}

QTEST_GUILESS_MAIN(tst_CliYaml)
#include "tst_cliyaml.moc"
