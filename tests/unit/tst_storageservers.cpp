// The Azure Files and ADLS Gen2 (dfs) clients against the project's test server, which checks
// Shared Key signatures as the service does and injects faults.
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimer>
#include <QTest>

#include <sys/stat.h>

#include "services/net/storagehttp.h"
#include "services/storage/dfsclient.h"
#include "services/storage/gen2client.h"
#include "services/storage/storageaccessvalidator.h"
#include "services/storage/storageclientfactory.h"
#include "services/storage/fileshareclient.h"
#include "services/transfer/transfers.h"
#include "support/await.h"
#include "support/fakestorageserver.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Key = QByteArray::fromBase64("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

QStringList hostileNames()
{
    return {u"plain.txt"_s,          u"with space.txt"_s,     u"unicode \u00fc\u00f1\u00ee \u00a9 \u65e5\u672c.csv"_s,
            u"100%.txt"_s,           u"a+b=c&d.txt"_s,        u"q?x#y.txt"_s,
            u"semi;colon,comma.txt"_s, u"quote'\"s.txt"_s,    u"tilde~brackets[1](2){3}.txt"_s,
            u"emoji \U0001F600.json"_s, QString(200, u'n') + u".bin"_s, u"dir with space/nested %2F/leaf +.txt"_s};
}

QList<StorageEntry> listEverything(StorageClient *client, const QString &dir, bool recursive, int pageSize, ApiError *error)
{
    QList<StorageEntry> all;
    QString token;
    do {
        const auto page = await(client->list(dir, token, pageSize, recursive), 120000);
        if (!page) {
            *error = page.error();
            return all;
        }
        all += page.value().entries;
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return all;
}

} // namespace

class tst_StorageServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void credentialsInTheEndpointAreNeverSent_data() { flavors(); }
    void credentialsInTheEndpointAreNeverSent();
    void listsWithPaging_data() { flavors(); }
    void listsWithPaging();
    void hostileNamesRoundTrip_data() { flavors(); }
    void hostileNamesRoundTrip();
    void transfersVerifyAndLeaveNoPartialFile_data() { flavors(); }
    void transfersVerifyAndLeaveNoPartialFile();
    void downloadsNeverWriteThroughWhatIsInTheWay_data() { flavors(); }
    void downloadsNeverWriteThroughWhatIsInTheWay();
    void corruptObjectIsNotDelivered_data() { flavors(); }
    void corruptObjectIsNotDelivered();
    void objectChangedDuringDownloadIsNotDelivered_data() { flavors(); }
    void objectChangedDuringDownloadIsNotDelivered();
    void smallDownloadsTakeOneRequest_data() { flavors(); }
    void smallDownloadsTakeOneRequest();
    void uploadsAreSplitOverTheConnections_data() { flavors(); }
    void uploadsAreSplitOverTheConnections();
    void aCutShortRangeResumesWhereItStopped_data() { flavors(); }
    void aCutShortRangeResumesWhereItStopped();
    void theRestIsSplitOverTheConnections_data() { flavors(); }
    void theRestIsSplitOverTheConnections();
    void otherRangesStartWhileTheFirstArrives_data() { flavors(); }
    void otherRangesStartWhileTheFirstArrives();
    void preconnectOpensTheConnectionTheFirstRequestUses_data() { flavors(); }
    void preconnectOpensTheConnectionTheFirstRequestUses();
    void overwriteIsInvisibleUntilCommitted_data() { flavors(); }
    void overwriteIsInvisibleUntilCommitted();
    void failedOverwriteKeepsTheOldObject_data() { flavors(); }
    void failedOverwriteKeepsTheOldObject();
    void fileChangedDuringUploadIsNotCommitted_data() { flavors(); }
    void fileChangedDuringUploadIsNotCommitted();
    void wrongKeyIsRefusedWithTheServiceReason_data() { flavors(); }
    void wrongKeyIsRefusedWithTheServiceReason();
    void probeSaysWhichFailed_data() { flavors(); }
    void probeSaysWhichFailed();
    void listingUnderFaultsIsExact_data() { flavors(); }
    void listingUnderFaultsIsExact();
    void persistentFaultsGiveAnHonestError_data() { flavors(); }
    void persistentFaultsGiveAnHonestError();
    void servicePrincipalGetsAndReusesTokens_data();
    void servicePrincipalGetsAndReusesTokens();

private:
    void flavors();
    StorageClient *client(const QByteArray &key = Key, const QString &container = u"data"_s);
    // Stores `bytes` as data/`name` and returns a client that has settled on its endpoint (a
    // Gen2 client probes first), so that its next request is the one a test counts.
    StorageClient *settledOn(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
    std::unique_ptr<FakeStorageServer> m_server;
};

// `size` bytes counting up modulo `period`: a prime keeps ranges and parts from lining up with it.
static QByteArray patterned(qsizetype size, int period)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i % period);
    return bytes;
}

StorageClient *tst_StorageServers::settledOn(const QString &name, const QByteArray &bytes)
{
    m_server->putFile(u"data"_s, name, bytes);
    StorageClient *c = client();
    await(c->properties(name));
    return c;
}

void tst_StorageServers::flavors()
{
    QTest::addColumn<int>("flavor");
    QTest::newRow("files") << int(FakeStorageServer::Flavor::Files);
    QTest::newRow("dfs") << int(FakeStorageServer::Flavor::Dfs);
}

void tst_StorageServers::initTestCase()
{
    // One network manager for the whole run, as in the application.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<StorageHttp>(m_network.get());
    RetryPolicy fast;
    fast.baseDelayMs = 5; // keep the fault tests quick; the schedule is the same
    fast.maxDelayMs = 100;
    m_http->setRetryPolicy(fast);
}

void tst_StorageServers::init()
{
    QFETCH(int, flavor);
    m_server = std::make_unique<FakeStorageServer>(FakeStorageServer::Flavor(flavor), u"devstoreaccount1"_s, Key);
    QVERIFY(m_server->start());
    m_server->createContainer(u"data"_s);
}

void tst_StorageServers::cleanup()
{
    m_server.reset();
}

StorageClient *tst_StorageServers::client(const QByteArray &key, const QString &container)
{
    StorageLocation loc;
    loc.serviceUrl = QUrl(m_server->endpoint());
    loc.account = u"devstoreaccount1"_s;
    loc.container = container;
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::SharedKey;
    auth.account = loc.account;
    auth.key = key;
    QFETCH(int, flavor);
    if (FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files)
        return new FileShareClient(m_http.get(), loc, auth, m_http.get());
    return new DfsClient(m_http.get(), loc, auth, m_http.get());
}

// Issue 16, item 7: an endpoint stored with user:password@ (before the field rule refused it)
// is not used, so Qt never answers a challenge with those credentials.
void tst_StorageServers::credentialsInTheEndpointAreNeverSent()
{
    m_server->putFile(u"data"_s, u"a.txt"_s, "x");
    StorageLocation loc;
    QUrl endpoint(m_server->endpoint());
    endpoint.setUserInfo(u"alice:s3cret"_s);
    loc.serviceUrl = endpoint;
    loc.account = u"devstoreaccount1"_s;
    loc.container = u"data"_s;
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::SharedKey;
    auth.account = loc.account;
    auth.key = Key;
    QFETCH(int, flavor);
    std::unique_ptr<StorageClient> c(FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files
                                         ? static_cast<StorageClient *>(new FileShareClient(m_http.get(), loc, auth))
                                         : new DfsClient(m_http.get(), loc, auth));
    const int before = m_server->requests();
    const auto r = await(c->properties(u"a.txt"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"storage.userinfo"_s);
    QVERIFY2(!r.error().message.contains(u"s3cret"_s), qPrintable(r.error().message));
    QCOMPARE(m_server->requests(), before); // nothing went out
}

void tst_StorageServers::listsWithPaging()
{
    for (int i = 0; i < 12; ++i)
        m_server->putFile(u"data"_s, u"f%1.txt"_s.arg(i, 2, 10, QLatin1Char('0')), QByteArray(i, 'x'));
    m_server->putFile(u"data"_s, u"sub/inner.txt"_s, "inner");
    ApiError error;
    StorageClient *c = client();
    const QList<StorageEntry> root = listEverything(c, {}, false, 5, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(root.size(), 13);
    QCOMPARE(root.last().path, u"sub/"_s);
    QVERIFY(root.last().isDirectory);
    QCOMPARE(root.at(3).path, u"f03.txt"_s);
    QCOMPARE(root.at(3).size, 3);
    QVERIFY(root.at(3).lastModified.isValid());
    const QList<StorageEntry> deep = listEverything(c, {}, true, 4, &error);
    QVERIFY(!error.isError());
    QSet<QString> paths;
    for (const StorageEntry &e : deep)
        paths.insert(e.path);
    QVERIFY(paths.contains(u"sub/inner.txt"_s));
    QCOMPARE(paths.size(), 14);
    const QList<StorageEntry> sub = listEverything(c, u"sub/"_s, false, 10, &error);
    QCOMPARE(sub.size(), 1);
    QCOMPARE(sub.first().name, u"inner.txt"_s);
}

void tst_StorageServers::hostileNamesRoundTrip()
{
    QTemporaryDir dir;
    StorageClient *c = client();
    for (const QString &name : hostileNames()) {
        const QByteArray content = "content of " + name.toUtf8();
        QFile local(dir.filePath(u"src.bin"_s));
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write(content);
        local.close();
        const auto up = await(Transfers::upload(c, local.fileName(), name));
        QVERIFY2(up, qPrintable(name + u": "_s + up.error().toString()));
        QCOMPARE(m_server->file(u"data"_s, name), content); // the server decoded the same name
        const auto read = await(c->read(name, 0, -1));
        QVERIFY2(read, qPrintable(name + u": "_s + read.error().toString()));
        QCOMPARE(read.value().data, content);
        const auto down = await(Transfers::download(c, name, dir.filePath(u"back.bin"_s)));
        QVERIFY2(down, qPrintable(down.error().toString()));
        QFile back(dir.filePath(u"back.bin"_s));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), content);
    }
    ApiError error;
    QSet<QString> listed;
    for (const StorageEntry &e : listEverything(c, {}, true, 3, &error))
        listed.insert(e.path);
    for (const QString &name : hostileNames())
        QVERIFY2(listed.contains(name), qPrintable(name));
    QVERIFY(await(c->remove(u"a+b=c&d.txt"_s)));
    QVERIFY(!m_server->hasFile(u"data"_s, u"a+b=c&d.txt"_s));
}

void tst_StorageServers::transfersVerifyAndLeaveNoPartialFile()
{
    QTemporaryDir dir;
    QByteArray big(10 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    QFile src(dir.filePath(u"big.bin"_s));
    QVERIFY(src.open(QIODevice::WriteOnly));
    src.write(big);
    src.close();
    StorageClient *c = client();
    QList<qint64> progress;
    TransferOptions md5;
    md5.verifyMd5 = true; // the upload stores the file's Content-MD5, the download checks it
    TransferJob *up = Transfers::upload(c, src.fileName(), u"deep/er/big.bin"_s, md5);
    connect(up, &TransferJob::progress, this, [&progress](qint64 done, qint64) { progress.append(done); });
    const auto uploaded = await(up);
    QVERIFY2(uploaded, qPrintable(uploaded.error().toString()));
    QVERIFY(uploaded.value().md5Verified);
    QCOMPARE(m_server->file(u"data"_s, u"deep/er/big.bin"_s), big);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last(), big.size());
    const auto partial = await(c->read(u"deep/er/big.bin"_s, 1000, 64));
    QCOMPARE(partial.value().data, big.mid(1000, 64));
    QCOMPARE(partial.value().properties.size, big.size());
    const auto down = await(Transfers::download(c, u"deep/er/big.bin"_s, dir.filePath(u"out/big.bin"_s), md5));
    QVERIFY2(down, qPrintable(down.error().toString()));
    QVERIFY(down.value().md5Verified);
    QFile out(dir.filePath(u"out/big.bin"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(out.readAll(), QCryptographicHash::Md5), QCryptographicHash::hash(big, QCryptographicHash::Md5));
    // Ranges stream straight into the file; a range cut off mid-body is fetched again and
    // overwrites its own bytes, so the result is still exact.
    TransferOptions small;
    small.downloadRangeBytes = 1024 * 1024;
    m_server->addFault({FakeStorageServer::Fault::Kind::Reset, "GET", {}, 0, -1, 0, 2, 3});
    m_server->addFault({FakeStorageServer::Fault::Kind::Truncate, "GET", {}, 0, -1, 0, 2, 4});
    const int before = m_server->faultsInjected();
    const auto faulty = await(Transfers::download(c, u"deep/er/big.bin"_s, dir.filePath(u"faulty.bin"_s), small), 60000);
    QVERIFY2(faulty, qPrintable(faulty.error().toString()));
    QCOMPARE(m_server->faultsInjected() - before, 4);
    QFile again(dir.filePath(u"faulty.bin"_s));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.size(), big.size());
    QCOMPARE(QCryptographicHash::hash(again.readAll(), QCryptographicHash::Md5), QCryptographicHash::hash(big, QCryptographicHash::Md5));
    m_server->clearFaults();
    // A download that fails half way leaves nothing under the final name, nor a part file.
    m_server->addFault({FakeStorageServer::Fault::Kind::Status, "GET", {}, 500, -1, 0, 1000, 1});
    const auto failed = await(Transfers::download(c, u"deep/er/big.bin"_s, dir.filePath(u"fail.bin"_s)), 60000);
    QVERIFY(!failed);
    QVERIFY(!QFile::exists(dir.filePath(u"fail.bin"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"fail.bin.dsstudio-part"_s)));
}

// Issue 16, item 6: a symbolic link planted at the part file's name is not written through,
// and a named pipe, device or link at the destination is not replaced; a stale part file of
// an interrupted run is.
void tst_StorageServers::downloadsNeverWriteThroughWhatIsInTheWay()
{
    QTemporaryDir dir;
    m_server->putFile(u"data"_s, u"a.txt"_s, "fresh bytes");
    StorageClient *c = client();
    const QString victim = dir.filePath(u"victim.txt"_s);
    QFile v(victim);
    QVERIFY(v.open(QIODevice::WriteOnly));
    v.write("precious");
    v.close();
    auto contents = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    };

    QVERIFY(QFile::link(victim, dir.filePath(u"out.txt.dsstudio-part"_s)));
    const auto planted = await(Transfers::download(c, u"a.txt"_s, dir.filePath(u"out.txt"_s)));
    QVERIFY(!planted);
    QVERIFY2(planted.error().message.contains(u"symbolic link"_s), qPrintable(planted.error().toString()));
    QCOMPARE(contents(victim), QByteArray("precious"));
    QVERIFY(QFileInfo(dir.filePath(u"out.txt.dsstudio-part"_s)).isSymLink()); // refused, not removed
    QVERIFY(!QFile::exists(dir.filePath(u"out.txt"_s)));

    QVERIFY(QFile::link(victim, dir.filePath(u"link.txt"_s)));
    const auto throughLink = await(Transfers::download(c, u"a.txt"_s, dir.filePath(u"link.txt"_s)));
    QVERIFY(!throughLink);
    QVERIFY2(throughLink.error().message.contains(u"symbolic link"_s), qPrintable(throughLink.error().toString()));
    QCOMPARE(contents(victim), QByteArray("precious"));
    QVERIFY(QFileInfo(dir.filePath(u"link.txt"_s)).isSymLink());

    const QByteArray fifo = QFile::encodeName(dir.filePath(u"pipe.txt"_s));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    const auto toPipe = await(Transfers::download(c, u"a.txt"_s, dir.filePath(u"pipe.txt"_s)));
    QVERIFY(!toPipe);
    QVERIFY2(toPipe.error().message.contains(u"named pipe"_s), qPrintable(toPipe.error().toString()));
    struct stat st {};
    QCOMPARE(::lstat(fifo.constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    QVERIFY(!QFile::exists(dir.filePath(u"pipe.txt.dsstudio-part"_s)));

    QFile stale(dir.filePath(u"s.txt.dsstudio-part"_s));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("left by a run that was killed, and longer than the object");
    stale.close();
    const auto resumed = await(Transfers::download(c, u"a.txt"_s, dir.filePath(u"s.txt"_s)));
    QVERIFY2(resumed, qPrintable(resumed.error().toString()));
    QCOMPARE(contents(dir.filePath(u"s.txt"_s)), QByteArray("fresh bytes"));
    QVERIFY(!QFile::exists(stale.fileName()));
}

void tst_StorageServers::corruptObjectIsNotDelivered()
{
    QTemporaryDir dir;
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 5);
    QTemporaryFile src;
    QVERIFY(src.open());
    src.write(big);
    src.close();
    StorageClient *c = client();
    TransferOptions md5;
    md5.verifyMd5 = true; // stores the file's Content-MD5
    QVERIFY(await(Transfers::upload(c, src.fileName(), u"c.bin"_s, md5)));
    // One flipped byte far into the second range: every range arrives whole and the length is
    // right; only the MD5, hashed while the ranges stream in, can tell.
    m_server->corrupt(u"data"_s, u"c.bin"_s, 2 * 1024 * 1024 + 5);
    TransferOptions small;
    small.downloadRangeBytes = 1024 * 1024;
    small.verifyMd5 = true;
    const auto down = await(Transfers::download(c, u"c.bin"_s, dir.filePath(u"c.bin"_s), small), 60000);
    QVERIFY(!down);
    QCOMPARE(down.error().code, u"transfer.md5"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"c.bin"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"c.bin.dsstudio-part"_s)));
    // Checked by length only (the default), the same download is delivered, and says it was
    // not MD5-verified.
    small.verifyMd5 = false;
    const auto byLength = await(Transfers::download(c, u"c.bin"_s, dir.filePath(u"c.bin"_s), small), 60000);
    QVERIFY2(byLength, qPrintable(byLength.error().toString()));
    QVERIFY(!byLength.value().md5Verified);
    QCOMPARE(QFileInfo(dir.filePath(u"c.bin"_s)).size(), big.size());
}

void tst_StorageServers::smallDownloadsTakeOneRequest()
{
    // Checked by length, a file that fits in one range is one GET: its reply tells the size and
    // version. An empty file too (the service answers its range with 416). A larger one is that
    // GET plus the other ranges, pinned to the version the first one read.
    QTemporaryDir dir;
    m_server->putFile(u"data"_s, u"small.csv"_s, "a,b\n1,2\n");
    m_server->putFile(u"data"_s, u"empty.txt"_s, {});
    const QByteArray three = patterned(3 * 1024 * 1024 + 5, 241);
    m_server->putFile(u"data"_s, u"three.bin"_s, three);
    TransferOptions small;
    small.downloadRangeBytes = 1024 * 1024;
    const struct
    {
        QString name;
        QByteArray content;
        int requests;
    } cases[] = {{u"small.csv"_s, "a,b\n1,2\n", 1}, {u"empty.txt"_s, {}, 1}, {u"three.bin"_s, three, 4}};
    for (const auto &c : cases) {
        const int before = m_server->requests();
        const auto down = await(Transfers::download(client(), c.name, dir.filePath(c.name), small), 60000);
        QVERIFY2(down, qPrintable(c.name + u": "_s + down.error().toString()));
        QCOMPARE(down.value().bytes, c.content.size());
        QCOMPARE(m_server->requests() - before, c.requests);
        QFile got(dir.filePath(c.name));
        QVERIFY2(got.open(QIODevice::ReadOnly), qPrintable(c.name));
        QCOMPARE(got.readAll(), c.content);
    }
    // A missing object fails with the service's reason and leaves no file behind.
    const auto missing = await(Transfers::download(client(), u"nothere.csv"_s, dir.filePath(u"nothere.csv"_s), small), 60000);
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
    QVERIFY(!QFile::exists(dir.filePath(u"nothere.csv"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"nothere.csv.dsstudio-part"_s)));
}

void tst_StorageServers::uploadsAreSplitOverTheConnections()
{
    // A large file goes up in parts shared evenly by the parallel connections, no larger than
    // the maximum nor than the service takes (Azure Files: 4 MiB per Put Range), each read from
    // the file as it is sent; progress moves within the parts, not only when one completes.
    QFETCH(int, flavor);
    const bool files = FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files;
    const QByteArray method = files ? "PUT" : "PATCH";
    const QString part = files ? u"comp=range"_s : u"action=append"_s;
    QTemporaryDir dir;
    const QString local = dir.filePath(u"ten.bin"_s);
    const QByteArray ten = patterned(10 * 1024 * 1024, 229);
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ten);
    }
    TransferOptions options;
    options.parallel = 4;
    options.chunkBytes = 1024 * 1024;
    const struct
    {
        qint64 maxChunk;
        int parts;
    } cases[] = {{64 * 1024 * 1024, 4},    // four parts of 2.5 MiB
                 {2 * 1024 * 1024, 5},     // 2 MiB each
                 {512 * 1024, 10}};        // never below chunkBytes: 1 MiB each
    for (const auto &k : cases) {
        options.maxChunkBytes = k.maxChunk;
        const int before = m_server->requestsLike(method, part);
        TransferJob *job = Transfers::upload(client(), local, u"up/ten.bin"_s, options);
        QList<qint64> progress;
        connect(job, &TransferJob::progress, this, [&progress](qint64 done, qint64) { progress.append(done); });
        const auto up = await(job, 60000);
        QVERIFY2(up, qPrintable(up.error().toString()));
        QCOMPARE(m_server->requestsLike(method, part) - before, k.parts);
        QCOMPARE(m_server->file(u"data"_s, u"up/ten.bin"_s), ten);
        QCOMPARE(progress.last(), ten.size());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        const qint64 partBytes = (ten.size() + k.parts - 1) / k.parts;
        QVERIFY2(std::any_of(progress.cbegin(), progress.cend(), [&](qint64 p) { return p > 0 && p < ten.size() && p % partBytes != 0; }),
                 "progress moved only when parts completed");
    }
}

void tst_StorageServers::aCutShortRangeResumesWhereItStopped()
{
    // A range whose body is cut short is retried for the bytes still missing, not from its
    // start, and only from the same version of the object.
    QTemporaryDir dir;
    const QByteArray two = patterned(2 * 1024 * 1024, 227);
    StorageClient *c = settledOn(u"two.bin"_s, two);
    TransferOptions options;
    options.downloadRangeBytes = 4 * 1024 * 1024; // one range
    FakeStorageServer::Fault cut;
    cut.kind = FakeStorageServer::Fault::Kind::Truncate; // half the body, then the connection closes
    cut.method = "GET";
    m_server->addFault(cut);
    const auto down = await(Transfers::download(c, u"two.bin"_s, dir.filePath(u"two.bin"_s), options), 60000);
    QVERIFY2(down, qPrintable(down.error().toString()));
    QCOMPARE(m_server->faultsInjected(), 1);
    // The cut range, then the rest of it. (Qt itself may send the cut request once more on a
    // new connection, whose answer nobody reads.)
    const QList<QByteArray> asked = m_server->rangesAsked();
    QVERIFY2(asked.size() >= 2 && asked.first() == "bytes=0-4194303" && asked.contains("bytes=1048576-4194303"),
             asked.join(' ').constData());
    QFile got(dir.filePath(u"two.bin"_s));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), two);
    got.close();

    // The object is replaced between the cut and the retry: the rest would be another
    // version's bytes. Even a read pinned to no version (as a download's first range is) fails
    // as a change rather than join them, and a download keeps nothing.
    QByteArray other = two;
    other[two.size() - 1] = 'X';
    m_server->addFault(cut, [this, other] { m_server->putFile(u"data"_s, u"two.bin"_s, other); });
    QFile sink(dir.filePath(u"read.bin"_s));
    QVERIFY(sink.open(QIODevice::ReadWrite));
    const auto read = await(c->readToFile(u"two.bin"_s, 0, two.size(), &sink), 60000);
    QVERIFY(!read);
    QCOMPARE(read.error().code, u"storage.changed"_s);
    m_server->putFile(u"data"_s, u"two.bin"_s, two);
    m_server->addFault(cut, [this, other] { m_server->putFile(u"data"_s, u"two.bin"_s, other); });
    QVERIFY(QFile::remove(dir.filePath(u"two.bin"_s)));
    const auto changed = await(Transfers::download(c, u"two.bin"_s, dir.filePath(u"two.bin"_s), options), 60000);
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, u"storage.changed"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"two.bin"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"two.bin.dsstudio-part"_s)));
}

void tst_StorageServers::theRestIsSplitOverTheConnections()
{
    // After the first range, a large object is shared evenly by the parallel connections, in
    // ranges no larger than the maximum: few requests, each a long stream.
    QTemporaryDir dir;
    const QByteArray ten = patterned(10 * 1024 * 1024, 233);
    StorageClient *c = settledOn(u"ten.bin"_s, ten);
    TransferOptions options;
    options.parallel = 4;
    options.downloadRangeBytes = 1024 * 1024;
    const struct
    {
        qint64 maxRange;
        int requests;
    } cases[] = {{64 * 1024 * 1024, 1 + 4},     // 1 MiB, then 9 MiB in four ranges of 2.25 MiB
                 {2 * 1024 * 1024, 1 + 5},      // 1 MiB, then 2 + 2 + 2 + 2 + 1 MiB
                 {512 * 1024, 1 + 9}};          // never below the first range's size: 1 MiB each
    for (const auto &k : cases) {
        options.maxDownloadRangeBytes = k.maxRange;
        const int before = m_server->requests();
        const auto down = await(Transfers::download(c, u"ten.bin"_s, dir.filePath(u"ten.bin"_s), options), 60000);
        QVERIFY2(down, qPrintable(down.error().toString()));
        QCOMPARE(m_server->requests() - before, k.requests);
        QFile got(dir.filePath(u"ten.bin"_s));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), ten);
    }
}

void tst_StorageServers::otherRangesStartWhileTheFirstArrives()
{
    // The first range's headers tell the size and version: the other ranges go out then, not
    // once its body is in. Here its body stalls halfway for a second; the others must not wait.
    QTemporaryDir dir;
    const QByteArray three = patterned(3 * 1024 * 1024, 239);
    StorageClient *c = settledOn(u"three.bin"_s, three); // the next GET is the first range
    TransferOptions options;
    options.downloadRangeBytes = 1024 * 1024;
    FakeStorageServer::Fault stall;
    stall.kind = FakeStorageServer::Fault::Kind::SlowBody;
    stall.method = "GET";
    stall.delayMs = 1000;
    m_server->addFault(stall);
    const int before = m_server->requests();
    const auto down = await(Transfers::download(c, u"three.bin"_s, dir.filePath(u"three.bin"_s), options), 60000);
    QVERIFY2(down, qPrintable(down.error().toString()));
    QCOMPARE(m_server->faultsInjected(), 1);
    QCOMPARE(m_server->requests() - before, 3);
    QCOMPARE(m_server->requestsWhenSlowBodyEnded() - before, 3); // all three ranges asked for while the first stalled
    QFile got(dir.filePath(u"three.bin"_s));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), three);
}

void tst_StorageServers::preconnectOpensTheConnectionTheFirstRequestUses()
{
    // Opening a datastore connects to its service while the keychain is read (over https that
    // is the TCP and TLS handshakes); the first request then goes over that connection.
    m_server->putFile(u"data"_s, u"a.csv"_s, "x,y\n");
    QFETCH(int, flavor);
    const bool files = FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files;
    Datastore ds;
    ds.name = u"store"_s;
    ds.type = files ? StorageType::AzureFile : StorageType::AzureDataLakeGen2;
    ds.auth = AuthKind::AccountKey;
    ds.fields = {{u"account_name"_s, u"devstoreaccount1"_s}, {files ? u"file_share_name"_s : u"filesystem"_s, u"data"_s},
                 {u"endpoint"_s, m_server->endpoint()}};
    StorageClientFactory::preconnect(ds, m_http.get());
    QTRY_COMPARE(m_server->connectionsAccepted(), 1);
    QCOMPARE(m_server->requests(), 0);
    auto created = StorageClientFactory::create(ds, {{u"account_key"_s, QString::fromLatin1(Key.toBase64())}}, m_http.get(), m_http.get());
    QVERIFY2(created, qPrintable(created.error().toString()));
    const auto read = await(created.value()->read(u"a.csv"_s, 0, 3));
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read.value().data, QByteArray("x,y"));
    QCOMPARE(m_server->connectionsAccepted(), 1);
    QVERIFY(m_server->requests() >= 1);
}

void tst_StorageServers::objectChangedDuringDownloadIsNotDelivered()
{
    QTemporaryDir dir;
    const QString local = dir.filePath(u"model.bin"_s);
    m_server->putFile(u"data"_s, u"model.bin"_s, QByteArray(3 * 1024 * 1024, 'a'));
    TransferOptions small;
    small.downloadRangeBytes = 1024 * 1024;
    small.parallel = 1;
    small.verifyMd5 = false; // no digest to catch it: only pinning the ranges to one version can
    // The first range's reply (of the old version) is held back; meanwhile the object is
    // replaced by another of the same length.
    m_server->addFault({FakeStorageServer::Fault::Kind::Slow, "GET", {}, 0, -1, 300, 1, 1});
    QTimer::singleShot(100, this, [this] { m_server->putFile(u"data"_s, u"model.bin"_s, QByteArray(3 * 1024 * 1024, 'b')); });
    const auto down = await(Transfers::download(client(), u"model.bin"_s, local, small), 60000);
    QVERIFY(!down);
    QCOMPARE(down.error().code, u"storage.changed"_s);
    QVERIFY2(down.error().message.contains(u"model.bin"_s), qPrintable(down.error().message));
    QVERIFY(!QFile::exists(local));
    QVERIFY(!QFile::exists(local + u".dsstudio-part"_s));
    // Read again, it is the new version, whole.
    const auto again = await(Transfers::download(client(), u"model.bin"_s, local, small), 60000);
    QVERIFY2(again, qPrintable(again.error().toString()));
    QFile f(local);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(3 * 1024 * 1024, 'b'));
}

// Issue 16, crash safety: Create File (zero-filled at full size) and dfs create (empty) used
// to act on the final name, so a reader saw zeros or nothing mid-upload, an overwrite lost the
// old bytes at once, and a kill left a half-written object under its name.
void tst_StorageServers::overwriteIsInvisibleUntilCommitted()
{
    QFETCH(int, flavor);
    const bool files = FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files;
    const QByteArray old = "the old report\n";
    m_server->putFile(u"data"_s, u"report.csv"_s, old);
    QTemporaryDir dir;
    const QString local = dir.filePath(u"report.csv"_s);
    const QByteArray fresh = patterned(3 * 1024 * 1024 + 17, 251);
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fresh);
    }
    TransferOptions small;
    small.chunkBytes = 1024 * 1024;
    small.parallel = 1;
    small.verifyMd5 = true;
    // While each part is on its way, what a reader of report.csv sees is noted.
    QList<QByteArray> seenMidway;
    bool stagedMidway = true;
    m_server->addFault({FakeStorageServer::Fault::Kind::Slow, {}, files ? u"comp=range"_s : u"action=append"_s, 0, -1, 50, 4, 1}, [&] {
        seenMidway.append(m_server->file(u"data"_s, u"report.csv"_s));
        stagedMidway = stagedMidway && m_server->hasFile(u"data"_s, StorageClient::stagingPath(u"report.csv"_s));
    });
    const auto up = await(Transfers::upload(client(), local, u"report.csv"_s, small), 60000);
    QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
    QVERIFY(!seenMidway.isEmpty());
    for (const QByteArray &seen : std::as_const(seenMidway))
        QCOMPARE(seen, old);
    QVERIFY(stagedMidway);
    QCOMPARE(m_server->file(u"data"_s, u"report.csv"_s), fresh);
    QVERIFY(!m_server->exists(u"data"_s, StorageClient::stagingPath(u"report.csv"_s)));
    QCOMPARE(m_server->renames(), 1);
    QVERIFY(up.value().md5Verified);
}

void tst_StorageServers::failedOverwriteKeepsTheOldObject()
{
    QFETCH(int, flavor);
    const bool files = FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files;
    const QByteArray old = "the old report\n";
    m_server->putFile(u"data"_s, u"report.csv"_s, old);
    // A part that never gets through: the upload fails after its retries.
    m_server->addFault({FakeStorageServer::Fault::Kind::Status, {}, files ? u"comp=range"_s : u"action=append"_s, 500, -1, 0, 1000, 1});
    QTemporaryDir dir;
    const QString local = dir.filePath(u"report.csv"_s);
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(patterned(2 * 1024 * 1024, 253));
    }
    TransferOptions small;
    small.chunkBytes = 1024 * 1024;
    const auto up = await(Transfers::upload(client(), local, u"report.csv"_s, small), 60000);
    QVERIFY(!up);
    QCOMPARE(m_server->file(u"data"_s, u"report.csv"_s), old);
    // The staging file is taken away again.
    QTRY_VERIFY(!m_server->exists(u"data"_s, StorageClient::stagingPath(u"report.csv"_s)));
    QCOMPARE(m_server->renames(), 0);
}

void tst_StorageServers::fileChangedDuringUploadIsNotCommitted()
{
    QTemporaryDir dir;
    const QString local = dir.filePath(u"grows.csv"_s);
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3 * 1024 * 1024, 'a'));
    }
    TransferOptions small;
    small.chunkBytes = 1024 * 1024;
    small.parallel = 1;
    // The first part's response is held back; meanwhile something appends to the file.
    m_server->addFault({FakeStorageServer::Fault::Kind::Slow, {}, {}, 0, -1, 400, 1, 1});
    QTimer::singleShot(100, this, [local] {
        QFile f(local);
        if (f.open(QIODevice::Append))
            f.write("more rows\n");
    });
    const auto up = await(Transfers::upload(client(), local, u"grows.csv"_s, small), 60000);
    QVERIFY(!up);
    QCOMPARE(up.error().code, u"transfer.changed"_s);
    QVERIFY2(up.error().message.contains(u"grows.csv"_s), qPrintable(up.error().message));
    // Nothing appeared under the name, and the staging file is removed again.
    QVERIFY(!m_server->exists(u"data"_s, u"grows.csv"_s));
    QTRY_VERIFY(!m_server->exists(u"data"_s, StorageClient::stagingPath(u"grows.csv"_s)));
}

void tst_StorageServers::wrongKeyIsRefusedWithTheServiceReason()
{
    QByteArray wrong = Key;
    wrong[0] = char(wrong[0] ^ 0x55);
    const auto r = await(client(wrong)->probe(false));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QCOMPARE(r.error().httpStatus, 403);
    QVERIFY2(r.error().message.contains(u"AuthenticationFailed"_s), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(u"account key was refused"_s));
    QVERIFY(m_server->rejectedSignatures() >= 1);
    QVERIFY(await(client()->probe(false))); // and the right key passes
}

void tst_StorageServers::probeSaysWhichFailed()
{
    const auto missing = await(client(Key, u"nothere"_s)->probe(false));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"does not exist"_s), qPrintable(missing.error().message));
    QVERIFY(missing.error().message.contains(u"'nothere'"_s));
    QVERIFY(await(client(Key, u"nothere"_s)->probe(true))); // create-if-not-exists
    QVERIFY(await(client(Key, u"nothere"_s)->probe(false)));
}

void tst_StorageServers::listingUnderFaultsIsExact()
{
    QFETCH(int, flavor);
    const bool files = FakeStorageServer::Flavor(flavor) == FakeStorageServer::Flavor::Files;
    const int count = 20000;
    for (int i = 0; i < count; ++i)
        m_server->putFile(u"data"_s, (files ? u"f%1"_s : u"d%1/f%2"_s.arg(i % 20)).arg(i, 5, 10, QLatin1Char('0')), {});
    using F = FakeStorageServer::Fault;
    m_server->addFault({F::Kind::Reset, "GET", {}, 0, -1, 0, 1000, 7});     // connection reset mid-body
    m_server->addFault({F::Kind::Status, "GET", {}, 503, 0, 0, 1000, 5});   // ServerBusy + Retry-After
    m_server->addFault({F::Kind::Truncate, "GET", {}, 0, -1, 0, 1000, 11}); // truncated body
    m_server->addFault({F::Kind::Status, "GET", {}, 500, -1, 0, 1000, 13}); // InternalError
    m_server->addFault({F::Kind::Slow, "GET", {}, 0, -1, 150, 3, 1});       // slow answers
    ApiError error;
    const QList<StorageEntry> all = listEverything(client(), {}, !files, 500, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QSet<QString> unique;
    int objects = 0;
    for (const StorageEntry &e : all) {
        QVERIFY2(!unique.contains(e.path), qPrintable(u"repeated: "_s + e.path));
        unique.insert(e.path);
        objects += e.isDirectory ? 0 : 1;
    }
    QCOMPARE(objects, count);
    QVERIFY2(m_server->faultsInjected() >= 10, qPrintable(QString::number(m_server->faultsInjected())));
    qInfo("%d entries exactly, through %d injected faults in %d requests", int(unique.size()), m_server->faultsInjected(), m_server->requests());
}

void tst_StorageServers::persistentFaultsGiveAnHonestError()
{
    m_server->putFile(u"data"_s, u"a.txt"_s, "a");
    m_server->addFault({FakeStorageServer::Fault::Kind::Status, "GET", {}, 503, 0, 0, 100, 1});
    const auto r = await(client()->list({}, {}, 100, false), 60000);
    QVERIFY(!r);
    QCOMPARE(r.error().httpStatus, 503);
    QVERIFY2(r.error().message.contains(u"ServerBusy"_s), qPrintable(r.error().message));
    QCOMPARE(m_server->requests(), m_http->retryPolicy().maxAttempts);
    // A reset that never stops is reported as a network failure after the same attempts.
    m_server->clearFaults();
    m_server->addFault({FakeStorageServer::Fault::Kind::Reset, "GET", {}, 0, -1, 0, 100, 1});
    const auto reset = await(client()->read(u"a.txt"_s, 0, -1), 60000);
    QVERIFY(!reset);
    QVERIFY2(reset.error().message.contains(u"failed after 5 attempts"_s), qPrintable(reset.error().message));
}

void tst_StorageServers::servicePrincipalGetsAndReusesTokens_data()
{
    QTest::addColumn<int>("flavor");
    QTest::newRow("dfs") << int(FakeStorageServer::Flavor::Dfs);
}

void tst_StorageServers::servicePrincipalGetsAndReusesTokens()
{
    const QString tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
    const QString clientId = u"0e8a2f4c-5b1d-4c6e-9f3a-7d2b1c4e5f60"_s;
    const QString secret = u"s3cr3t~value.with+chars"_s;
    m_server->setServicePrincipal(tenant, clientId, secret);
    for (int i = 0; i < 7; ++i)
        m_server->putFile(u"data"_s, u"lake/f%1.parquet"_s.arg(i), "PAR1");
    Datastore ds;
    ds.name = u"lake"_s;
    ds.type = StorageType::AzureDataLakeGen2;
    ds.auth = AuthKind::ServicePrincipal;
    ds.fields = {{u"account_name"_s, u"devstoreaccount1"_s}, {u"filesystem"_s, u"data"_s}, {u"endpoint"_s, m_server->endpoint()},
                 {u"tenant_id"_s, tenant}, {u"client_id"_s, clientId}, {u"authority_url"_s, m_server->authority()},
                 {u"resource_url"_s, u"https://storage.azure.com/"_s}};
    auto created = StorageClientFactory::create(ds, {{u"client_secret"_s, secret}}, m_http.get(), m_http.get());
    QVERIFY2(created, qPrintable(created.error().toString()));
    auto *gen2 = qobject_cast<Gen2Client *>(created.value());
    QVERIFY(gen2);
    ApiError error;
    const QList<StorageEntry> all = listEverything(gen2, u"lake/"_s, false, 3, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(all.size(), 7);
    QCOMPARE(gen2->mode(), Gen2Client::Mode::Dfs); // the dfs endpoint answered, with the bearer token
    QCOMPARE(await(gen2->read(u"lake/f3.parquet"_s, 0, -1)).value().data, QByteArray("PAR1"));
    QVERIFY(m_server->bearerRequests() >= 5);
    QCOMPARE(m_server->tokensIssued(), 1); // one token, reused until near its expiry

    // Access validation at registration uses the same path.
    StorageAccessValidator validator(m_http.get());
    QVERIFY(validator.canValidate(StorageType::AzureDataLakeGen2));
    const auto valid = await(validator.validate(ds, {{u"client_secret"_s, secret}}, false));
    QVERIFY2(valid, qPrintable(valid.error().toString()));

    // A wrong secret: Entra's reason, not the secret, and nothing reaches storage.
    const int bearerBefore = m_server->bearerRequests();
    const auto refused = await(validator.validate(ds, {{u"client_secret"_s, u"wrong-secret"_s}}, false));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::Auth);
    QVERIFY2(refused.error().message.contains(u"AADSTS7000215"_s), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(clientId));
    QVERIFY(!refused.error().message.contains(u"wrong-secret"_s));
    QCOMPARE(m_server->bearerRequests(), bearerBefore);

    // A token the storage does not know is refused with 401.
    StorageLocation loc;
    loc.serviceUrl = QUrl(m_server->endpoint());
    loc.account = u"devstoreaccount1"_s;
    loc.container = u"data"_s;
    StorageAuth forged;
    forged.kind = StorageAuth::Kind::Bearer;
    forged.bearerToken = u"eyJ0eXAiOiJKV1QifQ.forged"_s;
    const auto r = await((new DfsClient(m_http.get(), loc, forged, m_http.get()))->probe(false));
    QVERIFY(!r);
    QCOMPARE(r.error().httpStatus, 401);
}

QTEST_GUILESS_MAIN(tst_StorageServers)
#include "tst_storageservers.moc"
