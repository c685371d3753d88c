#include <QTest>

#include "services/core/connectionstring.h"
#include "services/core/fieldrules.h"

using namespace Qt::Literals::StringLiterals;
using Fields = QMap<QString, QString>;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;

Datastore make(StorageType type, AuthKind auth, const Fields &fields, const QString &name = u"ds1"_s)
{
    Datastore ds;
    ds.name = name;
    ds.type = type;
    ds.auth = auth;
    ds.fields = fields;
    return ds;
}

} // namespace

class tst_FieldRules : public QObject
{
    Q_OBJECT

private slots:
    void blobDefaultsFilled();
    void serviceContainersAreAccepted();
    void connectionStringErrorsQuoteNoSecret();
    void invalid_data();
    void invalid();
    void httpOnlyForLoopback_data();
    void httpOnlyForLoopback();
    void sasLeadingQuestionMarkStripped();
    void secretNeverQuoted();
    void credentialUpdateSwitchesAuthFields();
    void credentialUpdateRefusesLocationFields();
};

void tst_FieldRules::blobDefaultsFilled()
{
    SecretMap secrets{{u"account_key"_s, Key}};
    const auto r = FieldRules::normalize(SupportMatrix::builtin(),
                                         make(StorageType::AzureBlob, AuthKind::AccountKey,
                                              {{u"account_name"_s, u"acct"_s}, {u"container_name"_s, u"data"_s}}),
                                         secrets);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().field(u"endpoint"_s), u"core.windows.net"_s);
    QCOMPARE(r.value().field(u"protocol"_s), u"https"_s);
    QCOMPARE(r.value().storedSecrets, QStringList{u"account_key"_s});
    QVERIFY(!r.value().fields.contains(u"account_key"_s)); // secrets never become fields
}

// Issue 16, item 11: Azure's own containers ($root, the static website's $web, the
// analytics $logs) are real containers a datastore may point at; other '$' names are not.
void tst_FieldRules::serviceContainersAreAccepted()
{
    for (const QString &name : {u"$root"_s, u"$web"_s, u"$logs"_s, u"$other"_s, u"web"_s}) {
        SecretMap secrets{{u"account_key"_s, Key}};
        const auto r = FieldRules::normalize(SupportMatrix::builtin(),
                                             make(StorageType::AzureBlob, AuthKind::AccountKey,
                                                  {{u"account_name"_s, u"acct"_s}, {u"container_name"_s, name}}),
                                             secrets);
        QVERIFY2(r.ok() == (name != u"$other"_s), qPrintable(name));
        if (name == u"$other"_s)
            QCOMPARE(r.error().field, u"container_name"_s);
    }
}

// Found by fuzz_connection_string (issue 16): a part without a name (a key pasted on its own)
// was quoted in the error, and so was an endpoint's query (a SAS in a pasted URL).
void tst_FieldRules::connectionStringErrorsQuoteNoSecret()
{
    const auto bare = StorageConnectionString::parse(u"AccountName=contoso;"_s + Key.left(86) + u";EndpointSuffix=core.windows.net"_s); // the key without its "=="
    QVERIFY(!bare);
    QVERIFY2(bare.error().message.contains(u"Part 2"_s), qPrintable(bare.error().message));
    QVERIFY(!bare.error().toString().contains(Key.left(12)));
    const auto url = StorageConnectionString::parse(u"BlobEndpoint=ftp://contoso/?sv=2022&sig=SECRETSIGNATURE"_s);
    QVERIFY(!url);
    QVERIFY(!url.error().toString().contains(u"SECRETSIGNATURE"_s));
    QVERIFY2(url.error().message.contains(u"ftp://contoso/"_s), qPrintable(url.error().message));
}

void tst_FieldRules::invalid_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("auth");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<SecretMap>("secrets");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");

    const Fields blob{{u"account_name"_s, u"acct"_s}, {u"container_name"_s, u"data"_s}};
    const SecretMap key{{u"account_key"_s, Key}};
    const auto with = [](Fields f, const QString &k, const QString &v) {
        f.insert(k, v);
        return f;
    };
    const int Blob = int(StorageType::AzureBlob);
    const int AK = int(AuthKind::AccountKey);
    QTest::newRow("account too short") << Blob << AK << with(blob, u"account_name"_s, u"ab"_s) << key << u"account_name"_s << u"3 to 24"_s;
    QTest::newRow("account upper") << Blob << AK << with(blob, u"account_name"_s, u"Acct"_s) << key << u"account_name"_s << u"lowercase"_s;
    QTest::newRow("container double hyphen") << Blob << AK << with(blob, u"container_name"_s, u"a--b"_s) << key << u"container_name"_s << u"single hyphens"_s;
    QTest::newRow("container missing") << Blob << AK << Fields{{u"account_name"_s, u"acct"_s}} << key << u"container_name"_s << u"required"_s;
    QTest::newRow("unknown field") << Blob << AK << with(blob, u"file_share_name"_s, u"x"_s) << key << u"file_share_name"_s << u"no field"_s;
    QTest::newRow("secret given as field") << Blob << AK << with(blob, u"account_key"_s, Key) << key << u"account_key"_s << u"is a secret"_s;
    QTest::newRow("secret missing") << Blob << AK << blob << SecretMap{} << u"account_key"_s << u"required"_s;
    QTest::newRow("secret of another kind") << Blob << AK << blob << SecretMap{{u"account_key"_s, Key}, {u"sas_token"_s, u"sv=1&sig=2"_s}}
                                            << u"sas_token"_s << u"not a secret"_s;
    QTest::newRow("auth not allowed") << Blob << int(AuthKind::Sql) << blob << SecretMap{} << u"auth"_s << u"allowed: account_key, sas"_s;
    QTest::newRow("bad endpoint") << Blob << AK << with(blob, u"endpoint"_s, u"not a host"_s) << key << u"endpoint"_s << u"DNS suffix"_s;
    QTest::newRow("endpoint ftp") << Blob << AK << with(blob, u"endpoint"_s, u"ftp://127.0.0.1/x"_s) << key << u"endpoint"_s << u"http(s) URL"_s;
    // Issue 16, item 7: no credentials in the endpoint, and a real port.
    QTest::newRow("endpoint userinfo") << Blob << AK << with(blob, u"endpoint"_s, u"https://alice:s3cret@contoso.blob.core.windows.net"_s) << key
                                       << u"endpoint"_s << u"must not carry a user name or password"_s;
    QTest::newRow("endpoint user only") << Blob << AK << with(blob, u"endpoint"_s, u"http://alice@127.0.0.1:10000/devstoreaccount1"_s) << key
                                        << u"endpoint"_s << u"must not carry a user name or password"_s;
    QTest::newRow("endpoint port 0") << Blob << AK << with(blob, u"endpoint"_s, u"http://127.0.0.1:0/devstoreaccount1"_s) << key
                                     << u"endpoint"_s << u"port must be 1 to 65535"_s;
    const QString longSuffix = QString(QString(60, u'a') + u'.').repeated(10) + u"net"_s; // 613 characters, every label legal
    QTest::newRow("dns suffix 613") << Blob << AK << with(blob, u"endpoint"_s, longSuffix) << key << u"endpoint"_s << u"at most 253 characters"_s;
    QTest::newRow("endpoint host 613") << Blob << AK << with(blob, u"endpoint"_s, u"https://"_s + longSuffix) << key << u"endpoint"_s
                                       << u"at most 253 characters"_s;
    QTest::newRow("protocol") << Blob << AK << with(blob, u"protocol"_s, u"gopher"_s) << key << u"protocol"_s << u"https or http"_s;
    // az ml's Hadoop names, each for its own type only.
    QTest::newRow("abfss for blob") << Blob << AK << with(blob, u"protocol"_s, u"abfss"_s) << key << u"protocol"_s
                                    << u"'abfss' is a protocol of ADLS Gen2 datastores"_s;
    QTest::newRow("bad base64 key") << Blob << AK << blob << SecretMap{{u"account_key"_s, u"not base64!"_s}} << u"account_key"_s << u"base64"_s;
    // Issue 16, item 10: an account key is exactly 64 bytes of base64; a SAS token says each
    // parameter once and has a real expiry; no secret holds a NUL or a second line.
    const auto keyRow = [&](const char *name, const QString &value, const QString &mentions) {
        QTest::newRow(name) << Blob << AK << blob << SecretMap{{u"account_key"_s, value}} << u"account_key"_s << mentions;
    };
    keyRow("key abc", u"abc"_s, u"88 characters"_s);
    keyRow("key YQ==", u"YQ=="_s, u"this is 4 characters (1 bytes)"_s);
    keyRow("key 88 a", QString(88, u'a'), u"88 characters"_s);
    keyRow("key without ==", u"%1"_s.arg(u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw"_s), u"88 characters"_s);
    keyRow("key 96 bytes", QString::fromLatin1(QByteArray(96, 'k').toBase64()), u"this is 128 characters (96 bytes)"_s);
    keyRow("key with NUL", Key.left(40) + QChar(0) + Key.mid(40), u"NUL byte"_s);
    keyRow("key and a second line", Key + u"\nsecond"_s, u"line break"_s);
    const auto sasRow = [&](const char *name, const QString &value, const QString &mentions) {
        QTest::newRow(name) << Blob << int(AuthKind::Sas) << blob << SecretMap{{u"sas_token"_s, value}} << u"sas_token"_s << mentions;
    };
    sasRow("sas duplicated sig", u"sv=2022-11-02&sp=rl&sig=abc&sig=def"_s, u"'sig' appears more than once"_s);
    sasRow("sas duplicated sp", u"sv=2022-11-02&sp=rl&sp=rwdl&sig=abc"_s, u"'sp' appears more than once"_s);
    sasRow("sas expiry garbage", u"sv=2022-11-02&sp=rl&se=garbage&sig=abc"_s, u"se=garbage"_s);
    sasRow("sas without sv", u"sp=rl&se=2030-01-01&sig=abc"_s, u"sv="_s);
    QTest::newRow("sas without sig") << Blob << int(AuthKind::Sas) << blob << SecretMap{{u"sas_token"_s, u"sv=2021-01-01"_s}} << u"sas_token"_s << u"sig="_s;

    const Fields sp{{u"account_name"_s, u"acct"_s}, {u"filesystem"_s, u"raw"_s}, {u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s},
                    {u"client_id"_s, u"00000000-1111-2222-3333-444444444444"_s}};
    const SecretMap cs{{u"client_secret"_s, u"s3cr3t"_s}};
    const int Gen2 = int(StorageType::AzureDataLakeGen2);
    const int SP = int(AuthKind::ServicePrincipal);
    QTest::newRow("tenant not a guid") << Gen2 << SP << with(sp, u"tenant_id"_s, u"contoso.com"_s) << cs << u"tenant_id"_s << u"GUID"_s;
    QTest::newRow("authority not https") << Gen2 << SP << with(sp, u"authority_url"_s, u"http://login.example"_s) << cs << u"authority_url"_s << u"https URL"_s;

    const Fields pg{{u"server_name"_s, u"contoso-pg"_s}, {u"database_name"_s, u"events"_s}, {u"user_id"_s, u"reader"_s}};
    const SecretMap pw{{u"user_password"_s, u"pw"_s}};
    const int Pg = int(StorageType::AzurePostgreSql);
    const int Sql = int(AuthKind::Sql);
    QTest::newRow("port zero") << Pg << Sql << with(pg, u"port"_s, u"0"_s) << pw << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("port words") << Pg << Sql << with(pg, u"port"_s, u"http"_s) << pw << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("port 65536") << Pg << Sql << with(pg, u"port"_s, u"65536"_s) << pw << u"port"_s << u"1 to 65535"_s;
    QTest::newRow("enforce ssl yes") << Pg << Sql << with(pg, u"enforce_ssl"_s, u"yes"_s) << pw << u"enforce_ssl"_s << u"true or false"_s;
    QTest::newRow("server with space") << Pg << Sql << with(pg, u"server_name"_s, u"my server"_s) << pw << u"server_name"_s << u"host name"_s;
    QTest::newRow("user missing") << Pg << Sql << Fields{{u"server_name"_s, u"s"_s}, {u"database_name"_s, u"d"_s}} << pw << u"user_id"_s << u"required"_s;
    QTest::newRow("dbfs takes no fields") << int(StorageType::Dbfs) << int(AuthKind::None) << Fields{{u"endpoint"_s, u"x.y"_s}} << SecretMap{}
                                          << u"endpoint"_s << u"fields: none"_s;
}

void tst_FieldRules::invalid()
{
    QFETCH(int, type);
    QFETCH(int, auth);
    QFETCH(Fields, fields);
    QFETCH(SecretMap, secrets);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const auto r = FieldRules::normalize(SupportMatrix::builtin(), make(StorageType(type), AuthKind(auth), fields), secrets);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void tst_FieldRules::httpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("azurite 127.0.0.1") << u"http://127.0.0.1:10000/devstoreaccount1"_s << u"http"_s << true;
    QTest::newRow("localhost") << u"http://localhost:10000/devstoreaccount1"_s << u"http"_s << true;
    QTest::newRow("127.8.9.10") << u"http://127.8.9.10:10000/devstoreaccount1"_s << u"http"_s << true;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:10000/devstoreaccount1"_s << u"http"_s << true;
    QTest::newRow("private lan") << u"http://192.168.1.10:10000/acct"_s << u"http"_s << false;
    QTest::newRow("public host") << u"http://example.com/acct"_s << u"https"_s << false;
    QTest::newRow("suffix over http") << u"core.windows.net"_s << u"http"_s << false;
    QTest::newRow("private endpoint https") << u"https://acct.privatelink.blob.core.windows.net"_s << u"https"_s << true;
    QTest::newRow("sovereign suffix") << u"core.chinacloudapi.cn"_s << u"https"_s << true;
}

void tst_FieldRules::httpOnlyForLoopback()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, protocol);
    QFETCH(bool, accepted);
    SecretMap secrets{{u"account_key"_s, Key}};
    const auto r = FieldRules::normalize(SupportMatrix::builtin(),
                                         make(StorageType::AzureBlob, AuthKind::AccountKey,
                                              {{u"account_name"_s, u"acct"_s}, {u"container_name"_s, u"data"_s},
                                               {u"endpoint"_s, endpoint}, {u"protocol"_s, protocol}}),
                                         secrets);
    QCOMPARE(r.ok(), accepted);
    if (!accepted)
        QVERIFY2(r.error().code == u"field.insecure_http"_s, qPrintable(r.error().message));
}

void tst_FieldRules::sasLeadingQuestionMarkStripped()
{
    SecretMap secrets{{u"sas_token"_s, u"?sv=2021-10-04&ss=b&sig=abc%3D"_s}};
    const auto r = FieldRules::normalize(SupportMatrix::builtin(),
                                         make(StorageType::AzureFile, AuthKind::Sas,
                                              {{u"account_name"_s, u"acct"_s}, {u"file_share_name"_s, u"share1"_s}}),
                                         secrets);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(secrets.value(u"sas_token"_s), u"sv=2021-10-04&ss=b&sig=abc%3D"_s);
}

void tst_FieldRules::secretNeverQuoted()
{
    const QString sentinel = u"TOPSECRET value with spaces "_s;
    SecretMap secrets{{u"account_key"_s, sentinel}};
    const auto r = FieldRules::normalize(SupportMatrix::builtin(),
                                         make(StorageType::AzureBlob, AuthKind::AccountKey,
                                              {{u"account_name"_s, u"acct"_s}, {u"container_name"_s, u"data"_s}}),
                                         secrets);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, u"account_key"_s);
    QVERIFY(!r.error().toString().contains(u"TOPSECRET"_s));
}

void tst_FieldRules::credentialUpdateSwitchesAuthFields()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    SecretMap old{{u"client_secret"_s, u"x"_s}};
    auto existing = FieldRules::normalize(m,
                                          make(StorageType::AzureSqlDatabase, AuthKind::ServicePrincipal,
                                               {{u"server_name"_s, u"srv"_s}, {u"database_name"_s, u"db"_s},
                                                {u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s},
                                                {u"client_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}}),
                                          old);
    QVERIFY2(existing.ok(), qPrintable(existing.error().message));
    CredentialUpdate update;
    update.name = u"ds1"_s;
    update.auth = AuthKind::Sql;
    update.fields = {{u"user_id"_s, u"reader"_s}};
    SecretMap secrets{{u"user_password"_s, u"pw"_s}};
    const auto r = FieldRules::applyCredentialUpdate(m, existing.value(), update, secrets);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().auth, AuthKind::Sql);
    QVERIFY(!r.value().fields.contains(u"tenant_id"_s));
    QCOMPARE(r.value().field(u"user_id"_s), u"reader"_s);
    QCOMPARE(r.value().field(u"server_name"_s), u"srv"_s);
    QCOMPARE(r.value().storedSecrets, QStringList{u"user_password"_s});
}

void tst_FieldRules::credentialUpdateRefusesLocationFields()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    SecretMap old{{u"account_key"_s, Key}};
    auto existing = FieldRules::normalize(m, make(StorageType::AzureBlob, AuthKind::AccountKey,
                                                  {{u"account_name"_s, u"acct"_s}, {u"container_name"_s, u"data"_s}}),
                                          old);
    QVERIFY(existing.ok());
    CredentialUpdate update;
    update.name = u"ds1"_s;
    update.auth = AuthKind::AccountKey;
    update.fields = {{u"container_name"_s, u"other"_s}};
    SecretMap secrets{{u"account_key"_s, Key}};
    const auto r = FieldRules::applyCredentialUpdate(m, existing.value(), update, secrets);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, u"container_name"_s);
    QVERIFY(r.error().message.contains(u"not part of the credential"_s));
}

QTEST_GUILESS_MAIN(tst_FieldRules)
#include "tst_fieldrules.moc"
