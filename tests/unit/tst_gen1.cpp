// ADLS Gen1 over WebHDFS, against a test endpoint that plays it and the test Entra ID: the
// client the factory builds from the datastore's record (endpoint, service principal,
// authority), paged listings, status, ranged reads, uploads through CREATE / APPEND / RENAME,
// folders and deletes, and the errors a user sees.
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include "services/net/storagehttp.h"
#include "services/storage/storageclient.h"
#include "services/storage/storageclientfactory.h"
#include "services/transfer/transfers.h"
#include "support/await.h"
#include "support/fakeazuremlserver.h"
#include "support/fakegen1server.h"

using namespace Qt::Literals::StringLiterals;

class tst_Gen1 : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsPagesAndReads();
    void errorsSayWhatFailed();
    void uploadsAppendInOrderAndReplaceOnlyAtTheEnd();
    void foldersAndDeletes();

private:
    Datastore datastore() const;
    StorageClient *client(const QString &secret = FakeAzureMlServer::ClientSecret);
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
    std::unique_ptr<FakeAzureMlServer> m_entra;
    std::unique_ptr<FakeGen1Server> m_gen1;
};

void tst_Gen1::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<StorageHttp>(m_network.get());
    m_entra = std::make_unique<FakeAzureMlServer>();
    QVERIFY(m_entra->start());
    m_gen1 = std::make_unique<FakeGen1Server>([this](const QByteArray &t) { return m_entra->audienceOf(t) == u"https://datalake.azure.net/"_s; });
    QVERIFY(m_gen1->start());
    for (int i = 0; i < 5; ++i)
        m_gen1->putFile(u"/raw/part-%1.csv"_s.arg(i), "n\n" + QByteArray::number(i) + '\n');
    m_gen1->putFile(u"/raw/2019/old file.txt"_s, "0123456789");
}

void tst_Gen1::cleanup()
{
    m_gen1.reset();
    m_entra.reset();
    m_http.reset();
    m_network.reset();
}

Datastore tst_Gen1::datastore() const
{
    Datastore ds;
    ds.name = u"oldlake"_s;
    ds.type = StorageType::AzureDataLakeGen1;
    ds.auth = AuthKind::ServicePrincipal;
    ds.fields = {{u"store_name"_s, u"oldlake"_s}, {u"endpoint"_s, m_gen1->endpoint()}, {u"tenant_id"_s, FakeAzureMlServer::Tenant},
                 {u"client_id"_s, FakeAzureMlServer::ClientId}, {u"authority_url"_s, m_entra->base()}};
    return ds;
}

StorageClient *tst_Gen1::client(const QString &secret)
{
    auto c = StorageClientFactory::create(datastore(), {{u"client_secret"_s, secret}}, m_http.get(), this);
    if (!c)
        qWarning() << c.error().message;
    return c ? c.value() : nullptr;
}

void tst_Gen1::listsPagesAndReads()
{
    QVERIFY(StorageClientFactory::validatesFromRecord(StorageType::AzureDataLakeGen1));
    StorageClient *c = client();
    QVERIFY(c);
    // Writes go one append after another (WebHDFS appends only at the end), and may be large.
    QVERIFY(c->capabilities().upload && c->capabilities().remove && c->capabilities().makeDirectories);
    QVERIFY(!c->capabilities().parallelParts);
    QVERIFY(c->capabilities().readOnlyReason.isEmpty());
    QVERIFY(await(c->probe(false)));
    // Pages of two, continued with listAfter until the token is empty.
    QStringList paths;
    QString token;
    int pages = 0;
    do {
        const auto page = await(c->list(u"raw/"_s, token, 2, false));
        QVERIFY2(page, qPrintable(page.error().message));
        QVERIFY(page.value().entries.size() <= 2);
        for (const StorageEntry &e : page.value().entries)
            paths << e.path;
        token = page.value().nextToken;
    } while (!token.isEmpty() && ++pages < 10);
    QCOMPARE(paths, (QStringList{u"raw/2019/"_s, u"raw/part-0.csv"_s, u"raw/part-1.csv"_s, u"raw/part-2.csv"_s, u"raw/part-3.csv"_s,
                                 u"raw/part-4.csv"_s}));
    QVERIFY(m_gen1->http()->log().filter(u"listAfter=part-0.csv"_s).size() == 1);
    const auto status = await(c->properties(u"raw/2019/old file.txt"_s));
    QVERIFY(status);
    QCOMPARE(status.value().size, 10);
    const auto range = await(c->read(u"raw/2019/old file.txt"_s, 3, 4));
    QVERIFY(range);
    QCOMPARE(range.value().data, QByteArray("3456"));
    QCOMPARE(range.value().properties.size, 10);
}

void tst_Gen1::uploadsAppendInOrderAndReplaceOnlyAtTheEnd()
{
    StorageClient *c = client();
    QVERIFY(c);
    QTemporaryDir dir;
    const QString local = dir.filePath(u"model.bin"_s);
    QByteArray data;
    for (int i = 0; data.size() < 9 * 1024 * 1024 + 321; ++i)
        data += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
    QFile f(local);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    m_gen1->putFile(u"/models/model.bin"_s, "the old version");
    const auto up = await(Transfers::upload(c, local, u"models/model.bin"_s), 60000);
    QVERIFY2(up, qPrintable(up.error().message));
    QVERIFY(m_gen1->file(u"/models/model.bin"_s) == data);
    QVERIFY(!m_gen1->exists(u"/models/model.bin.dsstudio-part"_s));
    QCOMPARE(m_gen1->http()->count("PUT", u"model.bin.dsstudio-part"_s), 2); // CREATE, then RENAME
    QCOMPARE(m_gen1->http()->count("POST", u"model.bin.dsstudio-part"_s), 3); // APPENDs of at most 4 MiB
    // A part the store refuses ends the upload with its reason; the old file is untouched and
    // the staging file is cleaned away.
    m_gen1->putFile(u"/models/small.bin"_s, "keep me");
    TestHttpServer::Fault refuse;
    refuse.method = "POST";
    refuse.pathContains = u"small.bin"_s;
    refuse.status = 403;
    m_gen1->http()->addFault(refuse);
    const auto failed = await(Transfers::upload(c, local, u"models/small.bin"_s), 60000);
    QVERIFY(!failed);
    QCOMPARE(m_gen1->file(u"/models/small.bin"_s), QByteArray("keep me"));
    QTRY_VERIFY(!m_gen1->exists(u"/models/small.bin.dsstudio-part"_s));
}

void tst_Gen1::foldersAndDeletes()
{
    StorageClient *c = client();
    QVERIFY(c);
    QVERIFY(await(c->makeDirectory(u"curated/2026"_s)));
    QVERIFY(m_gen1->exists(u"/curated/2026"_s));
    QVERIFY(await(c->remove(u"raw/part-0.csv"_s)));
    QVERIFY(!m_gen1->exists(u"/raw/part-0.csv"_s));
    const auto gone = await(c->remove(u"raw/part-0.csv"_s));
    QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
    QVERIFY(await(c->remove(u"raw/"_s))); // a folder goes with what is in it
    QVERIFY(!m_gen1->exists(u"/raw/2019/old file.txt"_s));
    QVERIFY(!m_gen1->exists(u"/raw"_s));
}

void tst_Gen1::errorsSayWhatFailed()
{
    StorageClient *bad = client(u"wrong secret"_s);
    const auto refused = await(bad->list({}, {}, 10, false));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"AADSTS7000215"_s), qPrintable(refused.error().message));
    StorageClient *c = client();
    const auto missing = await(c->properties(u"raw/none.csv"_s));
    QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    QVERIFY(missing.error().message.contains(u"does not exist"_s));
    Datastore offLoopback = datastore();
    offLoopback.fields[u"endpoint"_s] = u"http://oldlake.example.com/webhdfs/v1"_s;
    QCOMPARE(StorageClientFactory::create(offLoopback, {{u"client_secret"_s, u"x"_s}}, m_http.get(), this).error().code, u"field.insecure_http"_s);
}

QTEST_GUILESS_MAIN(tst_Gen1)
#include "tst_gen1.moc"
