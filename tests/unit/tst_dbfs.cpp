// DBFS through the Databricks REST API 2.0, against the test server that plays it
// (tests/support/fakedbfsserver): listing, status, reads in 1 MiB chunks, uploads through
// create / add-block / close into a staging file moved onto its name, deletes, and the errors
// a user sees (a refused token, a missing path, throttling).
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include "services/net/httpclient.h"
#include "services/storage/dbfsclient.h"
#include "services/transfer/transfers.h"
#include "support/await.h"
#include "support/fakedbfsserver.h"

using namespace Qt::Literals::StringLiterals;

class tst_Dbfs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndReadsStatus();
    void readsInChunksOfAtMostOneMebibyte();
    void uploadsThroughAStagingFile();
    void downloadsThroughTheTransferEngine();
    void aDownloadKeepsFourReadsInFlightAndWritesThemInOrder();
    void errorsSayWhatHappened();
    void workspaceUrlRule();

private:
    DbfsClient *client(const QString &token = FakeDbfsServer::Token);
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeDbfsServer> m_server;
    QByteArray m_big;
};

void tst_Dbfs::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_server = std::make_unique<FakeDbfsServer>();
    QVERIFY(m_server->start());
    m_server->putFile(u"/mnt/raw/events.csv"_s, "a,b\n1,2\n");
    m_server->putFile(u"/mnt/raw/2026/jan.parquet"_s, "PAR1");
    m_server->makeDir(u"/mnt/empty"_s);
    m_big.clear();
    for (int i = 0; m_big.size() < 3 * 1024 * 1024 + 12345; ++i)
        m_big += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
    m_server->putFile(u"/mnt/raw/big.bin"_s, m_big);
}

void tst_Dbfs::cleanup()
{
    m_server.reset();
    m_http.reset();
    m_network.reset();
}

DbfsClient *tst_Dbfs::client(const QString &token)
{
    return new DbfsClient(m_http.get(), QUrl(m_server->base()), token, nullptr, this);
}

void tst_Dbfs::listsAndReadsStatus()
{
    DbfsClient *c = client();
    const auto root = await(c->list({}, {}, 100, false));
    QVERIFY2(root, qPrintable(root.error().message));
    QCOMPARE(root.value().entries.size(), 1);
    QCOMPARE(root.value().entries.at(0).path, u"mnt/"_s);
    QVERIFY(root.value().entries.at(0).isDirectory);
    const auto raw = await(c->list(u"mnt/raw/"_s, {}, 100, false));
    QVERIFY(raw);
    QStringList paths;
    for (const StorageEntry &e : raw.value().entries)
        paths << e.path;
    QCOMPARE(paths, (QStringList{u"mnt/raw/2026/"_s, u"mnt/raw/big.bin"_s, u"mnt/raw/events.csv"_s}));
    QCOMPARE(raw.value().entries.at(2).size, 8);
    QVERIFY(raw.value().entries.at(2).lastModified.isValid());
    QVERIFY(raw.value().nextToken.isEmpty());
    const auto empty = await(c->list(u"mnt/empty/"_s, {}, 100, false)); // "files" absent
    QVERIFY(empty);
    QVERIFY(empty.value().entries.isEmpty());
    const auto status = await(c->properties(u"mnt/raw/events.csv"_s));
    QVERIFY(status);
    QCOMPARE(status.value().size, 8);
    QCOMPARE(status.value().kind, u"file"_s);
    QVERIFY(!c->capabilities().parallelParts);
    QCOMPARE(c->capabilities().maxPartBytes, DbfsClient::BlockBytes);
}

void tst_Dbfs::readsInChunksOfAtMostOneMebibyte()
{
    DbfsClient *c = client();
    const int before = m_server->http()->count("GET", u"/api/2.0/dbfs/read"_s);
    const auto all = await(c->read(u"mnt/raw/big.bin"_s, 0, -1));
    QVERIFY2(all, qPrintable(all.error().message));
    QCOMPARE(all.value().data.size(), m_big.size());
    QVERIFY(all.value().data == m_big);
    QCOMPARE(all.value().properties.size, m_big.size());
    QCOMPARE(m_server->http()->count("GET", u"/api/2.0/dbfs/read"_s) - before, 4); // 3 MiB + a bit: four chunks
    // A range across a chunk boundary, and one past the end.
    const auto range = await(c->read(u"mnt/raw/big.bin"_s, 1024 * 1024 - 10, 20));
    QVERIFY(range);
    QVERIFY(range.value().data == m_big.mid(1024 * 1024 - 10, 20));
    const auto past = await(c->read(u"mnt/raw/big.bin"_s, m_big.size() + 5, 10));
    QVERIFY(past);
    QVERIFY(past.value().data.isEmpty());
}

void tst_Dbfs::uploadsThroughAStagingFile()
{
    DbfsClient *c = client();
    QTemporaryDir dir;
    const QString local = dir.filePath(u"model.bin"_s);
    QFile f(local);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray data = m_big.left(2 * 1024 * 1024 + 777);
    f.write(data);
    f.close();
    m_server->putFile(u"/mnt/out/model.bin"_s, "the old version");
    const auto up = await(Transfers::upload(c, local, u"mnt/out/model.bin"_s), 60000);
    QVERIFY2(up, qPrintable(up.error().message));
    QVERIFY(m_server->file(u"/mnt/out/model.bin"_s) == data);
    QVERIFY(!m_server->exists(u"/mnt/out/model.bin.dsstudio-part"_s));
    QCOMPARE(m_server->openHandles(), 0);
    QCOMPARE(m_server->http()->count("POST", u"/api/2.0/dbfs/add-block"_s), 3); // 1 MiB blocks, one after the other
    // Folders and deletes.
    QVERIFY(await(c->makeDirectory(u"mnt/out/new"_s)));
    QVERIFY(m_server->exists(u"/mnt/out/new"_s));
    QVERIFY(await(c->remove(u"mnt/out/model.bin"_s)));
    QVERIFY(!m_server->exists(u"/mnt/out/model.bin"_s));
    QVERIFY(await(c->remove(u"mnt/raw/"_s))); // a folder goes with what is in it
    QVERIFY(!m_server->exists(u"/mnt/raw/events.csv"_s));
}

void tst_Dbfs::downloadsThroughTheTransferEngine()
{
    DbfsClient *c = client();
    QTemporaryDir dir;
    const QString local = dir.filePath(u"big.bin"_s);
    const auto down = await(Transfers::download(c, u"mnt/raw/big.bin"_s, local), 60000);
    QVERIFY2(down, qPrintable(down.error().message));
    QFile f(local);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == m_big);
}

void tst_Dbfs::aDownloadKeepsFourReadsInFlightAndWritesThemInOrder()
{
    // 20 MiB: the transfer engine reads it in parallel ranges, and every range's chunks share
    // the client's four reads in flight (Databricks throttles a client that asks for more).
    // The first chunk is answered last of its window: the chunks after it wait, and the file
    // still gets every byte in its place.
    QByteArray data;
    for (int i = 0; data.size() < 20 * 1024 * 1024 + 999; ++i)
        data += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
    m_server->putFile(u"/mnt/raw/huge.bin"_s, data);
    m_server->http()->setLatencyMs(20);
    TestHttpServer::Fault slow;
    slow.kind = TestHttpServer::Fault::Kind::Slow;
    slow.method = "GET";
    slow.pathContains = u"/dbfs/read"_s;
    slow.delayMs = 400;
    m_server->http()->addFault(slow);
    DbfsClient *c = client();
    QTemporaryDir dir;
    const QString local = dir.filePath(u"huge.bin"_s);
    TransferOptions options;
    options.parallel = 4;
    const auto down = await(Transfers::download(c, u"mnt/raw/huge.bin"_s, local, options), 120000);
    QVERIFY2(down, qPrintable(down.error().message));
    QFile f(local);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == data);
    QCOMPARE(m_server->http()->count("GET", u"/api/2.0/dbfs/read"_s), 21); // 1 MiB each, none read twice
    QCOMPARE(m_server->http()->maxConcurrent(u"/api/2.0/dbfs/read"_s), DbfsClient::ReadsInFlight);
}

void tst_Dbfs::errorsSayWhatHappened()
{
    {
        DbfsClient *bad = client(u"dapi-wrong"_s);
        const auto r = await(bad->list({}, {}, 10, false));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY2(r.error().message.contains(u"token"_s), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u"dapi-wrong"_s));
        QCOMPARE(await(bad->probe(false)).error().kind, ApiError::Kind::Auth);
    }
    DbfsClient *c = client();
    const auto missing = await(c->properties(u"mnt/nope.csv"_s));
    QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(missing.error().code, u"dbfs.resource_does_not_exist"_s);
    QVERIFY(missing.error().message.contains(u"/mnt/nope.csv"_s));
    // Throttled: 429 with Retry-After, then the answer.
    TestHttpServer::Fault busy;
    busy.status = 429;
    busy.retryAfterSeconds = 1;
    busy.pathContains = u"/dbfs/list"_s;
    busy.body = R"({"error_code":"REQUEST_LIMIT_EXCEEDED","message":"Too many requests"})";
    m_server->http()->addFault(busy);
    const auto again = await(c->list(u"mnt/raw/"_s, {}, 10, false));
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(m_server->http()->faultsInjected(), 1);
    QCOMPARE(await(c->read(u"mnt/raw/"_s, 0, 10)).error().code, u"dbfs.is_directory"_s);
}

void tst_Dbfs::workspaceUrlRule()
{
    QVERIFY(!DbfsClient::checkWorkspaceUrl(u"https://adb-1234567890123456.7.azuredatabricks.net"_s));
    QVERIFY(!DbfsClient::checkWorkspaceUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(DbfsClient::checkWorkspaceUrl(u"http://adb-1.azuredatabricks.net"_s)->field, u"databricks_url"_s);
    QVERIFY(DbfsClient::checkWorkspaceUrl(u"https://user:pw@adb-1.azuredatabricks.net"_s));
    QVERIFY(DbfsClient::checkWorkspaceUrl(u"adb-1.azuredatabricks.net"_s));
}

QTEST_GUILESS_MAIN(tst_Dbfs)
#include "tst_dbfs.moc"
