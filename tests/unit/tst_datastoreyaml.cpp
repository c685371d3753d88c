// az ml v2 datastore YAML, in and out (services/core/datastoreyaml): every type and credential
// kind the support matrix allows for the four types az ml knows round-trips; files written as
// Microsoft's examples write them are read; secrets stay out unless given; bad files are refused
// with the key and the line.
#include <QTest>

#include "services/core/datastoreyaml.h"
#include "services/core/fieldrules.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;
using Values = QMap<QString, QString>;

Q_DECLARE_METATYPE(Values)

class tst_DatastoreYaml : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryTypeAndCredentialKind_data();
    void roundTripsEveryTypeAndCredentialKind();
    void readsMicrosoftsExamples_data();
    void readsMicrosoftsExamples();
    void badFilesNameTheKeyAndTheLine_data();
    void badFilesNameTheKeyAndTheLine();
    void textThatLooksLikeAnotherTypeStaysText();
    void otherTypesHaveNoYaml();
};

namespace {

const SupportMatrix &matrix()
{
    return SupportMatrix::builtin();
}

Values sampleFields(StorageType type, AuthKind auth)
{
    Values v;
    switch (type) {
    case StorageType::AzureBlob: v = {{u"account_name"_s, u"contosoblob"_s}, {u"container_name"_s, u"raw-images"_s}}; break;
    case StorageType::AzureFile: v = {{u"account_name"_s, u"contosofiles"_s}, {u"file_share_name"_s, u"notebooks"_s}}; break;
    case StorageType::AzureDataLakeGen1: v = {{u"store_name"_s, u"contosolake"_s}}; break;
    case StorageType::AzureDataLakeGen2: v = {{u"account_name"_s, u"contosogen2"_s}, {u"filesystem"_s, u"curated"_s}}; break;
    default: break;
    }
    if (type != StorageType::AzureDataLakeGen1) {
        v.insert(u"endpoint"_s, u"core.usgovcloudapi.net"_s);
        v.insert(u"protocol"_s, type == StorageType::AzureBlob ? u"wasbs"_s : type == StorageType::AzureDataLakeGen2 ? u"abfss"_s : u"https"_s);
    }
    if (auth == AuthKind::ServicePrincipal) {
        v.insert(u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s);
        v.insert(u"client_id"_s, u"0d4c7c1e-1a2b-4c3d-8e9f-0123456789ab"_s);
        v.insert(u"authority_url"_s, u"https://login.microsoftonline.us"_s);
    }
    return v;
}

SecretMap sampleSecrets(AuthKind auth)
{
    switch (auth) {
    case AuthKind::AccountKey: return {{u"account_key"_s, u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s}};
    case AuthKind::Sas: return {{u"sas_token"_s, u"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=c2ln%3D"_s}};
    case AuthKind::ServicePrincipal: return {{u"client_secret"_s, u"Q~s3cret: with # and 'quotes'"_s}};
    default: return {};
    }
}

} // namespace

void tst_DatastoreYaml::roundTripsEveryTypeAndCredentialKind_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("auth");
    int rows = 0;
    for (const StorageTypeSpec &t : matrix().types()) {
        if (!DatastoreYaml::supports(t.type))
            continue;
        for (AuthKind k : t.authKinds()) {
            QTest::addRow("%s/%s", qPrintable(t.id), qPrintable(StorageTypes::id(k))) << int(t.type) << int(k);
            ++rows;
        }
    }
    QVERIFY(rows >= 6); // blob and file: key, SAS; gen1 and gen2: service principal
}

void tst_DatastoreYaml::roundTripsEveryTypeAndCredentialKind()
{
    QFETCH(int, type);
    QFETCH(int, auth);
    Datastore ds;
    ds.name = u"exported_store"_s;
    ds.type = StorageType(type);
    ds.auth = AuthKind(auth);
    ds.fields = sampleFields(ds.type, ds.auth);
    ds.description = u"Raw images: the team's \"landing\" zone, ünïcode and all"_s;
    ds.tags = {{u"team"_s, u"vision"_s}, {u"cost-center"_s, u"4711"_s}, {u"reviewed"_s, u"true"_s}};
    const SecretMap secrets = sampleSecrets(ds.auth);

    // With the secrets: everything comes back.
    const auto full = DatastoreYaml::write(matrix(), ds, secrets);
    QVERIFY2(full, qPrintable(full.error().message));
    const QString text = QString::fromUtf8(full.value().text);
    QVERIFY2(text.startsWith(u"$schema: "_s + DatastoreYaml::schemaUrl(ds.type)), qPrintable(text));
    QVERIFY2(text.contains(u"\ntype: "_s + DatastoreYaml::typeName(ds.type) + u'\n'), qPrintable(text));
    const auto back = DatastoreYaml::read(matrix(), full.value().text, u"store.yml"_s);
    QVERIFY2(back, qPrintable(back.error().message + u'\n' + text));
    const Datastore &r = back.value().datastore;
    QCOMPARE(r.name, ds.name);
    QCOMPARE(r.type, ds.type);
    QCOMPARE(r.auth, ds.auth);
    QCOMPARE(r.fields, ds.fields);
    QCOMPARE(r.description, ds.description);
    QCOMPARE(r.tags, ds.tags);
    QCOMPARE(back.value().secrets, secrets);
    // What is read is a datastore the studio accepts as it is.
    SecretMap normalizedSecrets = back.value().secrets;
    const auto normalized = FieldRules::normalize(matrix(), r, normalizedSecrets);
    QVERIFY2(normalized, qPrintable(normalized.error().message));

    // Without them: no secret in the file, a comment saying how to give it, the rest the same.
    const auto bare = DatastoreYaml::write(matrix(), ds, {});
    QVERIFY(bare);
    for (const QString &secret : secrets)
        QVERIFY2(!bare.value().text.contains(secret.toUtf8()), bare.value().text.constData());
    if (!secrets.isEmpty()) {
        QVERIFY2(bare.value().text.startsWith(QByteArray("# left out: ").append(secrets.firstKey().toUtf8())), bare.value().text.constData());
        QVERIFY(bare.value().text.contains(QByteArray("--auth ").append(StorageTypes::id(ds.auth).toUtf8())));
        QVERIFY(!bare.value().leftOut.isEmpty());
    }
    const auto bareBack = DatastoreYaml::read(matrix(), bare.value().text, u"store.yml"_s);
    QVERIFY(bareBack);
    QVERIFY(bareBack.value().secrets.isEmpty());
    QCOMPARE(bareBack.value().datastore.fields, ds.fields);
    QCOMPARE(bareBack.value().datastore.tags, ds.tags);
}

void tst_DatastoreYaml::readsMicrosoftsExamples_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("auth");
    QTest::addColumn<Values>("fields");
    QTest::addColumn<Values>("secrets");

    // As the "CLI (v2) … datastore YAML schema" pages write them (values shortened).
    QTest::newRow("blob account key") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\n"
                                                    "name: blob_example\n"
                                                    "type: azure_blob\n"
                                                    "description: Datastore pointing to a blob container.\n"
                                                    "account_name: mytestblobstore\n"
                                                    "container_name: data-container\n"
                                                    "credentials:\n"
                                                    "  account_key: XXXxxxXXXxXXXXxxXXXXXxXXXXXxXxxXxXXXxXXXxXXxxxXX\n")
                                      << int(StorageType::AzureBlob) << int(AuthKind::AccountKey)
                                      << Values{{u"account_name"_s, u"mytestblobstore"_s}, {u"container_name"_s, u"data-container"_s}}
                                      << Values{{u"account_key"_s, u"XXXxxxXXXxXXXXxxXXXXXxXXXXXxXxxXxXXXxXXXxXXxxxXX"_s}};
    QTest::newRow("blob sas") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\n"
                                            "name: blob_sas_example\n"
                                            "type: azure_blob\n"
                                            "description: Datastore pointing to a blob container using SAS token.\n"
                                            "account_name: mytestblobstore\n"
                                            "container_name: data-container\n"
                                            "credentials:\n"
                                            "  sas_token: ?xx=XXXX-XX-XX&xx=xxxx&xxx=xxx&xx=xxxxxxxxxxx&sig=XXxXX\n")
                              << int(StorageType::AzureBlob) << int(AuthKind::Sas)
                              << Values{{u"account_name"_s, u"mytestblobstore"_s}, {u"container_name"_s, u"data-container"_s}}
                              << Values{{u"sas_token"_s, u"?xx=XXXX-XX-XX&xx=xxxx&xxx=xxx&xx=xxxxxxxxxxx&sig=XXxXX"_s}};
    QTest::newRow("blob credential-less") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\n"
                                                        "name: blob_credless_example\n"
                                                        "type: azure_blob\n"
                                                        "description: Credential-less datastore pointing to a blob container.\n"
                                                        "account_name: mytestblobstore\n"
                                                        "container_name: data-container\n")
                                          << int(StorageType::AzureBlob) << int(AuthKind::None)
                                          << Values{{u"account_name"_s, u"mytestblobstore"_s}, {u"container_name"_s, u"data-container"_s}}
                                          << Values{};
    QTest::newRow("file account key") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureFile.schema.json\n"
                                                    "name: file_example\n"
                                                    "type: azure_file\n"
                                                    "description: Datastore pointing to an Azure File Share.\n"
                                                    "account_name: mytestfilestore\n"
                                                    "file_share_name: my-share\n"
                                                    "credentials:\n"
                                                    "  account_key: XXXxxxXXXxXXXXxxXXXXXxXXXXXxXxxXxXXXxXXXxXXxxxXX\n")
                                      << int(StorageType::AzureFile) << int(AuthKind::AccountKey)
                                      << Values{{u"account_name"_s, u"mytestfilestore"_s}, {u"file_share_name"_s, u"my-share"_s}}
                                      << Values{{u"account_key"_s, u"XXXxxxXXXxXXXXxxXXXXXxXXXXXxXxxXxXXXxXXXxXXxxxXX"_s}};
    QTest::newRow("gen1 service principal") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureDataLakeGen1.schema.json\n"
                                                          "name: adls_gen1_example\n"
                                                          "type: azure_data_lake_gen1\n"
                                                          "description: Datastore pointing to an Azure Data Lake Storage Gen1.\n"
                                                          "store_name: mytestdatalakegen1\n"
                                                          "credentials:\n"
                                                          "  tenant_id: XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n"
                                                          "  client_id: XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n"
                                                          "  client_secret: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n")
                                            << int(StorageType::AzureDataLakeGen1) << int(AuthKind::ServicePrincipal)
                                            << Values{{u"store_name"_s, u"mytestdatalakegen1"_s},
                                                      {u"tenant_id"_s, u"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"_s},
                                                      {u"client_id"_s, u"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"_s}}
                                            << Values{{u"client_secret"_s, u"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s}};
    QTest::newRow("gen2 service principal") << QByteArray("$schema: https://azuremlschemas.azureedge.net/latest/azureDataLakeGen2.schema.json\n"
                                                          "name: adls_gen2_example\n"
                                                          "type: azure_data_lake_gen2\n"
                                                          "description: Datastore pointing to an Azure Data Lake Storage Gen2.\n"
                                                          "account_name: mytestdatalakegen2\n"
                                                          "filesystem: my-gen2-container\n"
                                                          "credentials:\n"
                                                          "  tenant_id: XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n"
                                                          "  client_id: XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n"
                                                          "  client_secret: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n")
                                            << int(StorageType::AzureDataLakeGen2) << int(AuthKind::ServicePrincipal)
                                            << Values{{u"account_name"_s, u"mytestdatalakegen2"_s}, {u"filesystem"_s, u"my-gen2-container"_s},
                                                      {u"tenant_id"_s, u"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"_s},
                                                      {u"client_id"_s, u"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"_s}}
                                            << Values{{u"client_secret"_s, u"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s}};
}

void tst_DatastoreYaml::readsMicrosoftsExamples()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, type);
    QFETCH(int, auth);
    QFETCH(Values, fields);
    QFETCH(Values, secrets);
    const auto r = DatastoreYaml::read(matrix(), yaml, u"example.yml"_s);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(int(r.value().datastore.type), type);
    QCOMPARE(int(r.value().datastore.auth), auth);
    QCOMPARE(r.value().datastore.fields, fields);
    QCOMPARE(r.value().secrets, secrets);
    QVERIFY(r.value().datastore.description.startsWith(u"Datastore pointing"_s) || r.value().datastore.description.startsWith(u"Credential-less"_s));
    QCOMPARE(r.value().line(u"name"_s), 2);
}

void tst_DatastoreYaml::badFilesNameTheKeyAndTheLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("says");

    const QByteArray head = "name: raw\ntype: azure_blob\n";
    QTest::newRow("unknown key") << head + "account_name: a\nacount_name: b\n" << u"acount_name"_s << u"line 4: unknown key 'acount_name'"_s;
    QTest::newRow("list for text") << head + "container_name:\n  - a\n  - b\n" << u"container_name"_s << u"line 4: 'container_name' must be text"_s;
    QTest::newRow("tags not a mapping") << head + "tags: [a, b]\n" << u"tags"_s << u"line 3: 'tags' must be a mapping"_s;
    QTest::newRow("no type") << QByteArray("name: raw\naccount_name: a\n") << u"type"_s << u"'type' is missing"_s;
    QTest::newRow("sql type") << QByteArray("name: raw\ntype: azure_sql_database\n") << u"type"_s << u"line 2: 'type' is 'azure_sql_database'"_s;
    QTest::newRow("not yaml") << head + "credentials: {account_key: \"open\n" << QString() << u"not valid YAML"_s;
    QTest::newRow("unknown credential") << head + "credentials:\n  password: x\n" << u"credentials"_s << u"line 4: unknown key 'credentials.password'"_s;
    QTest::newRow("two kinds") << head + "credentials:\n  account_key: k\n  sas_token: s\n" << u"credentials"_s << u"mixes"_s;
    QTest::newRow("no name") << QByteArray("type: azure_file\n") << u"name"_s << u"'name' is missing"_s;
    QTest::newRow("a list") << QByteArray("- name: raw\n") << QString() << u"line 1: the file must hold one datastore"_s;
}

void tst_DatastoreYaml::badFilesNameTheKeyAndTheLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, key);
    QFETCH(QString, says);
    const auto r = DatastoreYaml::read(matrix(), yaml, u"bad.yml"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(r.error().field, key);
    QVERIFY2(r.error().message.startsWith(u"bad.yml"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
}

void tst_DatastoreYaml::textThatLooksLikeAnotherTypeStaysText()
{
    Datastore ds;
    ds.name = u"true"_s;
    ds.type = StorageType::AzureBlob;
    ds.auth = AuthKind::AccountKey;
    ds.fields = {{u"account_name"_s, u"0123"_s}, {u"container_name"_s, u"null"_s}};
    ds.description = u"- starts like a list: and has a colon # and a hash"_s;
    ds.tags = {{u"yes"_s, u"1e3"_s}, {u"empty"_s, QString()}};
    const auto w = DatastoreYaml::write(matrix(), ds, {{u"account_key"_s, u"~"_s}});
    QVERIFY(w);
    const auto r = DatastoreYaml::read(matrix(), w.value().text, u"x.yml"_s);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r.value().datastore.name, ds.name);
    QCOMPARE(r.value().datastore.fields, ds.fields);
    QCOMPARE(r.value().datastore.description, ds.description);
    QCOMPARE(r.value().datastore.tags, ds.tags);
    QCOMPARE(r.value().secrets.value(u"account_key"_s), u"~"_s);
}

void tst_DatastoreYaml::otherTypesHaveNoYaml()
{
    Datastore ds;
    ds.name = u"events"_s;
    ds.type = StorageType::AzurePostgreSql;
    ds.auth = AuthKind::Sql;
    const auto w = DatastoreYaml::write(matrix(), ds, {});
    QVERIFY(!w);
    QCOMPARE(w.error().kind, ApiError::Kind::Unsupported);
    QVERIFY(w.error().message.contains(u"Azure Blob, Azure File and ADLS Gen1 and Gen2"_s));
    // A Gen1 datastore's own endpoint (the studio's field) stays out of the file, and says so.
    Datastore gen1;
    gen1.name = u"oldlake"_s;
    gen1.type = StorageType::AzureDataLakeGen1;
    gen1.auth = AuthKind::ServicePrincipal;
    gen1.fields = {{u"store_name"_s, u"oldlake"_s}, {u"endpoint"_s, u"https://gen1.example.com/webhdfs/v1"_s},
                   {u"tenant_id"_s, u"t"_s}, {u"client_id"_s, u"c"_s}};
    const auto g = DatastoreYaml::write(matrix(), gen1, {});
    QVERIFY(g);
    QVERIFY(!g.value().text.contains("endpoint"));
    QVERIFY(g.value().leftOut.join(u' ').contains(u"'endpoint'"_s));
}

QTEST_GUILESS_MAIN(tst_DatastoreYaml)
#include "tst_datastoreyaml.moc"
