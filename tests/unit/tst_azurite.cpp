// The Blob client, ADLS Gen2 through the blob endpoint, access validation and the dsstudio
// storage commands against a real Azurite (started by tests/support/with-azurite.sh):
// Shared Key, account SAS, container SAS (expired, without list permission), wrong key.
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "services/net/storagehttp.h"
#include "services/storage/blobclient.h"
#include "services/storage/dfsclient.h"
#include "services/storage/gen2client.h"
#include "services/transfer/transfers.h"
#include "support/await.h"
#include "support/sasgen.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList hostileNames()
{
    return {u"plain.txt"_s,
            u"with space.txt"_s,
            u"unicode \u00fc\u00f1\u00ee \u65e5\u672c.csv"_s,
            u"100%.txt"_s,
            u"a+b=c&d.txt"_s,
            u"q?x#y.txt"_s,
            u"semi;colon,comma'quote.txt"_s,
            u"emoji \U0001F600.json"_s,
            u"deep/er/folder with space/leaf +.txt"_s,
            u"double//slash.txt"_s,
            QString(1000, u'n') + u".bin"_s};
}

} // namespace

class tst_Azurite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharedKeyListsFoldersAndPages();
    void hostileNamesRoundTrip();
    void blockUploadAndRangedRead();
    void smallFileGoesUpWholeAndTheServiceChecksItsMd5();
    void rangedReadsArePinnedToOneVersion();
    void gzipEncodedBlobsArriveAsStored();
    void accountSasWorks();
    void containerSasExpiredAndWithoutList();
    void wrongKeyIsRefused();
    void gen2FallsBackToTheBlobEndpoint();
    void cliRegistersValidatesAndMovesData();

private:
    BlobClient *blob(const QString &container, const StorageAuth &auth);
    BlobClient *keyed(const QString &container) { return blob(container, keyAuth(m_key)); }
    StorageAuth keyAuth(const QByteArray &key) const;
    StorageAuth sasAuth(const QString &sas) const;
    QString freshContainer();

    QString m_endpoint;
    QString m_account;
    QByteArray m_key;
    int m_containers = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
};

void tst_Azurite::initTestCase()
{
    m_endpoint = qEnvironmentVariable("AZURITE_BLOB_ENDPOINT");
    m_account = qEnvironmentVariable("AZURITE_ACCOUNT");
    m_key = QByteArray::fromBase64(qgetenv("AZURITE_KEY"));
    QVERIFY2(!m_endpoint.isEmpty() && !m_key.isEmpty(), "run under tests/support/with-azurite.sh");
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<StorageHttp>(m_network.get());
}

StorageAuth tst_Azurite::keyAuth(const QByteArray &key) const
{
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::SharedKey;
    auth.account = m_account;
    auth.key = key;
    return auth;
}

StorageAuth tst_Azurite::sasAuth(const QString &sas) const
{
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::Sas;
    auth.account = m_account;
    auth.sas = sas;
    return auth;
}

BlobClient *tst_Azurite::blob(const QString &container, const StorageAuth &auth)
{
    StorageLocation loc;
    loc.serviceUrl = QUrl(m_endpoint);
    loc.account = m_account;
    loc.container = container;
    return new BlobClient(m_http.get(), loc, auth, m_http.get());
}

QString tst_Azurite::freshContainer()
{
    const QString name = u"c%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_containers);
    const auto created = await(keyed(name)->probe(true));
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return name;
}

static QList<StorageEntry> listAll(StorageClient *c, const QString &dir, bool recursive, int pageSize, ApiError *error,
                                   int *pages = nullptr)
{
    QList<StorageEntry> all;
    QString token;
    do {
        const auto page = await(c->list(dir, token, pageSize, recursive), 60000);
        if (!page) {
            *error = page.error();
            return all;
        }
        all += page.value().entries;
        token = page.value().nextToken;
        if (pages)
            ++*pages;
    } while (!token.isEmpty());
    return all;
}

static bool put(StorageClient *c, const QString &path, const QByteArray &data)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"src"_s));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    f.close();
    const auto r = await(Transfers::upload(c, f.fileName(), path), 60000);
    if (!r)
        qWarning("upload %s: %s", qPrintable(path), qPrintable(r.error().toString()));
    return bool(r);
}

void tst_Azurite::sharedKeyListsFoldersAndPages()
{
    const QString container = freshContainer();
    BlobClient *c = keyed(container);
    for (int i = 0; i < 7; ++i)
        QVERIFY(put(c, u"top%1.txt"_s.arg(i), QByteArray(i, 'a')));
    QVERIFY(put(c, u"2026/01/a.csv"_s, "x,y\n1,2\n"));
    QVERIFY(put(c, u"2026/02/b.csv"_s, "x,y\n3,4\n"));
    ApiError error;
    int pages = 0;
    const QList<StorageEntry> root = listAll(c, {}, false, 3, &error, &pages);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(pages, 3); // 8 entries (7 blobs + one virtual folder) in pages of 3
    QCOMPARE(root.size(), 8);
    int folders = 0;
    for (const StorageEntry &e : root) {
        if (e.isDirectory) {
            ++folders;
            QCOMPARE(e.path, u"2026/"_s);
        } else {
            QVERIFY(e.lastModified.isValid());
            QCOMPARE(e.size, e.name.mid(3, 1).toInt());
            QCOMPARE(e.accessTier.isEmpty(), false);
        }
    }
    QCOMPARE(folders, 1);
    const QList<StorageEntry> year = listAll(c, u"2026/"_s, false, 100, &error);
    QCOMPARE(year.size(), 2);
    QVERIFY(year.at(0).isDirectory && year.at(0).path == u"2026/01/"_s);
    const QList<StorageEntry> flat = listAll(c, {}, true, 4, &error);
    QCOMPARE(flat.size(), 9);
    // Read-ahead (the CLI's mode) asks for the next page early and yields the very same listing.
    BlobClient *ahead = keyed(container);
    ahead->setReadAhead(true);
    for (const bool recursive : {false, true}) {
        int aheadPages = 0;
        const QList<StorageEntry> a = listAll(ahead, {}, recursive, 2, &error, &aheadPages);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        const QList<StorageEntry> b = listAll(c, {}, recursive, 2, &error);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i)
            QCOMPARE(a.at(i).path, b.at(i).path);
        QCOMPARE(aheadPages, (a.size() + 1) / 2);
    }
    QVERIFY(await(c->remove(u"top0.txt"_s)));
    QCOMPARE(listAll(c, {}, true, 100, &error).size(), 8);
}

void tst_Azurite::hostileNamesRoundTrip()
{
    BlobClient *c = keyed(freshContainer());
    QTemporaryDir dir;
    for (const QString &name : hostileNames()) {
        const QByteArray content = "content of " + name.toUtf8();
        QVERIFY2(put(c, name, content), qPrintable(name));
        const auto read = await(c->read(name, 0, -1));
        QVERIFY2(read, qPrintable(name + u": "_s + read.error().toString()));
        QCOMPARE(read.value().data, content);
        const auto props = await(c->properties(name));
        QVERIFY2(props, qPrintable(name));
        QCOMPARE(props.value().size, content.size());
        const auto down = await(Transfers::download(c, name, dir.filePath(u"back"_s)));
        QVERIFY2(down, qPrintable(down.error().toString()));
        QFile back(dir.filePath(u"back"_s));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), content);
    }
    ApiError error;
    QSet<QString> listed;
    for (const StorageEntry &e : listAll(c, {}, true, 2, &error))
        listed.insert(e.path);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    for (const QString &name : hostileNames())
        QVERIFY2(listed.contains(name), qPrintable(name));
    QCOMPARE(listed.size(), hostileNames().size());
    // The virtual folder with a space lists its leaf under the exact prefix.
    const QList<StorageEntry> folder = listAll(c, u"deep/er/folder with space/"_s, false, 10, &error);
    QCOMPARE(folder.size(), 1);
    QCOMPARE(folder.first().name, u"leaf +.txt"_s);
}

void tst_Azurite::blockUploadAndRangedRead()
{
    BlobClient *c = keyed(freshContainer());
    QTemporaryDir dir;
    QByteArray big(9 * 1024 * 1024 + 3, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) % 253);
    QFile src(dir.filePath(u"big.bin"_s));
    QVERIFY(src.open(QIODevice::WriteOnly));
    src.write(big);
    src.close();
    // By default the upload is checked by length and stores no digest (AzCopy's default too).
    const auto plain = await(Transfers::upload(c, src.fileName(), u"big.bin"_s), 120000);
    QVERIFY2(plain, qPrintable(plain.error().toString()));
    QVERIFY(!plain.value().md5Verified);
    QCOMPARE(await(c->properties(u"big.bin"_s)).value().size, big.size());
    QVERIFY(await(c->properties(u"big.bin"_s)).value().contentMd5.isEmpty());
    // With verifyMd5, Put Block List stores the whole-blob MD5 computed beside the blocks.
    TransferOptions md5;
    md5.verifyMd5 = true;
    const auto up = await(Transfers::upload(c, src.fileName(), u"big.bin"_s, md5), 120000);
    QVERIFY2(up, qPrintable(up.error().toString()));
    QVERIFY(up.value().md5Verified);
    const auto props = await(c->properties(u"big.bin"_s));
    QCOMPARE(props.value().size, big.size());
    QCOMPARE(props.value().contentMd5, QCryptographicHash::hash(big, QCryptographicHash::Md5));
    QCOMPARE(props.value().kind, u"BlockBlob"_s);
    const auto head = await(c->read(u"big.bin"_s, 5 * 1024 * 1024, 100));
    QVERIFY(head);
    QCOMPARE(head.value().data, big.mid(5 * 1024 * 1024, 100));
    QCOMPARE(head.value().properties.size, big.size());
    const auto down = await(Transfers::download(c, u"big.bin"_s, dir.filePath(u"out/big.bin"_s)), 120000);
    QVERIFY2(down, qPrintable(down.error().toString()));
    QFile out(dir.filePath(u"out/big.bin"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.size(), big.size());
    QCOMPARE(QCryptographicHash::hash(out.readAll(), QCryptographicHash::Md5), QCryptographicHash::hash(big, QCryptographicHash::Md5));
}

void tst_Azurite::smallFileGoesUpWholeAndTheServiceChecksItsMd5()
{
    BlobClient *c = keyed(freshContainer());
    const QByteArray csv = "id,label\n1,cat\n2,dog\n";
    QTemporaryDir dir;
    QFile src(dir.filePath(u"labels.csv"_s));
    QVERIFY(src.open(QIODevice::WriteOnly));
    src.write(csv);
    src.close();
    const auto up = await(Transfers::upload(c, src.fileName(), u"small/labels.csv"_s));
    QVERIFY2(up, qPrintable(up.error().toString()));
    QVERIFY(up.value().md5Verified);
    const auto props = await(c->properties(u"small/labels.csv"_s));
    QCOMPARE(props.value().size, csv.size());
    QCOMPARE(props.value().contentMd5, QCryptographicHash::hash(csv, QCryptographicHash::Md5));
    QCOMPARE(props.value().contentType, u"text/csv"_s);
    TransferOptions md5;
    md5.verifyMd5 = true;
    const auto down = await(Transfers::download(c, u"small/labels.csv"_s, dir.filePath(u"back.csv"_s), md5));
    QVERIFY2(down, qPrintable(down.error().toString()));
    QVERIFY(down.value().md5Verified);
    // By default the length is checked, and the result says it was not an MD5 check.
    const auto byLength = await(Transfers::download(c, u"small/labels.csv"_s, dir.filePath(u"len.csv"_s)));
    QVERIFY2(byLength, qPrintable(byLength.error().toString()));
    QVERIFY(!byLength.value().md5Verified);
    // A body that does not match the Content-MD5 sent with it is refused by the service, and
    // no blob appears.
    const auto bad = await(c->uploadWhole(u"small/bad.csv"_s, csv, u"text/csv"_s, QCryptographicHash::hash("other", QCryptographicHash::Md5)));
    QVERIFY(!bad);
    QCOMPARE(bad.error().httpStatus, 400);
    // (Azure answers Md5Mismatch; Azurite InvalidOperation "Provided contentMD5 doesn't match.")
    QVERIFY2(bad.error().message.contains(u"md5"_s, Qt::CaseInsensitive), qPrintable(bad.error().message));
    QCOMPARE(await(c->properties(u"small/bad.csv"_s)).error().kind, ApiError::Kind::NotFound);
    // An empty blob: its first (and only) range is answered 416, and an empty file arrives.
    QFile empty(dir.filePath(u"empty.txt"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(await(Transfers::upload(c, empty.fileName(), u"small/empty.txt"_s)));
    const auto none = await(Transfers::download(c, u"small/empty.txt"_s, dir.filePath(u"back/empty.txt"_s)));
    QVERIFY2(none, qPrintable(none.error().toString()));
    QCOMPARE(none.value().bytes, 0);
    QVERIFY(QFile::exists(dir.filePath(u"back/empty.txt"_s)));
    QCOMPARE(QFileInfo(dir.filePath(u"back/empty.txt"_s)).size(), 0);
}

void tst_Azurite::gzipEncodedBlobsArriveAsStored()
{
    // A blob stored with Content-Encoding: gzip (as `az storage blob upload --content-encoding
    // gzip` leaves web assets and compressed exports) is served as stored, with that header.
    // Downloads and previews must give the stored bytes, not bytes an HTTP layer inflated.
    const QString container = freshContainer();
    const QByteArray gz("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x4b\xce\x2c\xa9\xd4\x29\x49\xcd\x2d\xe0\xf2\x2f\xce\xc9"
                        "\xd7\x31\x1e\xa5\x68\x43\x01\x00\xff\x9d\xb0\x19\x68\x01\x00\x00",
                        40); // "city,temp\n" and 50 × "Oslo,3\n", gzipped
    HttpRequest put;
    put.method = "PUT";
    put.url = QUrl(m_endpoint + u'/' + container + u"/temps.csv"_s);
    put.headers = {{"x-ms-blob-type", "BlockBlob"}, {"x-ms-blob-content-encoding", "gzip"}, {"x-ms-blob-content-type", "text/csv"}};
    put.body = gz;
    const auto stored = await(m_http->send(put, keyAuth(m_key)));
    QVERIFY2(stored && stored.value().status == 201, stored ? qPrintable(QString::number(stored.value().status)) : qPrintable(stored.error().toString()));
    BlobClient *c = keyed(container);
    const auto preview = await(c->read(u"temps.csv"_s, 0, 16));
    QVERIFY2(preview, qPrintable(preview.error().toString()));
    QCOMPARE(preview.value().data, gz.left(16));
    QTemporaryDir dir;
    const auto down = await(Transfers::download(c, u"temps.csv"_s, dir.filePath(u"temps.csv"_s)));
    QVERIFY2(down, qPrintable(down.error().toString()));
    QFile got(dir.filePath(u"temps.csv"_s));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), gz);
}

void tst_Azurite::rangedReadsArePinnedToOneVersion()
{
    BlobClient *c = keyed(freshContainer());
    QVERIFY(await(c->uploadWhole(u"v.txt"_s, "version one", u"text/plain"_s, QCryptographicHash::hash("version one", QCryptographicHash::Md5))));
    const QString first = await(c->properties(u"v.txt"_s)).value().etag;
    QVERIFY(!first.isEmpty());
    QTemporaryFile sink;
    QVERIFY(sink.open());
    const auto same = await(c->readToFile(u"v.txt"_s, 0, 7, &sink, first));
    QVERIFY2(same, qPrintable(same.error().toString()));
    QCOMPARE(same.value().length, 7);
    // Replaced by another version of the same length: a read pinned to the first one is refused
    // by the service (If-Match → 412) before a byte is written.
    QVERIFY(await(c->uploadWhole(u"v.txt"_s, "version two", u"text/plain"_s, QCryptographicHash::hash("version two", QCryptographicHash::Md5))));
    QVERIFY(sink.resize(0));
    const auto changed = await(c->readToFile(u"v.txt"_s, 7, 4, &sink, first));
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, u"storage.changed"_s);
    QCOMPARE(changed.error().httpStatus, 412);
    QVERIFY2(changed.error().message.contains(u"v.txt"_s), qPrintable(changed.error().message));
    QCOMPARE(sink.size(), 0);
}

void tst_Azurite::accountSasWorks()
{
    const QString container = freshContainer();
    QVERIFY(put(keyed(container), u"f/a.txt"_s, "alpha"));
    const QString sas = SasGen::account(m_account, m_key, u"rwdlac"_s, QDateTime::currentDateTimeUtc().addDays(1));
    BlobClient *c = blob(container, sasAuth(sas));
    QVERIFY(await(c->probe(false)));
    ApiError error;
    QCOMPARE(listAll(c, {}, true, 10, &error).size(), 1);
    QCOMPARE(await(c->read(u"f/a.txt"_s, 0, -1)).value().data, QByteArray("alpha"));
    QVERIFY(put(c, u"written with sas.txt"_s, "beta"));
    QCOMPARE(await(keyed(container)->read(u"written with sas.txt"_s, 0, -1)).value().data, QByteArray("beta"));
    // An account SAS may create a missing container.
    const QString created = u"sas-created-%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(await(blob(created, sasAuth(sas))->probe(true)));
    QVERIFY(await(keyed(created)->probe(false)));
}

void tst_Azurite::containerSasExpiredAndWithoutList()
{
    const QString container = freshContainer();
    QVERIFY(put(keyed(container), u"a.txt"_s, "alpha"));
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);

    const auto good = await(blob(container, sasAuth(SasGen::container(m_account, container, m_key, u"rl"_s, tomorrow)))->probe(false));
    QVERIFY2(good, qPrintable(good.error().toString()));

    const auto expired = await(
        blob(container, sasAuth(SasGen::container(m_account, container, m_key, u"rl"_s, QDateTime::currentDateTimeUtc().addDays(-1))))
            ->probe(false));
    QVERIFY(!expired);
    QCOMPARE(expired.error().kind, ApiError::Kind::Auth);
    QCOMPARE(expired.error().httpStatus, 403);
    QVERIFY2(expired.error().message.contains(u"expired"_s), qPrintable(expired.error().message));
    QVERIFY(expired.error().message.contains(container));

    BlobClient *readOnly = blob(container, sasAuth(SasGen::container(m_account, container, m_key, u"r"_s, tomorrow)));
    const auto noList = await(readOnly->probe(false));
    QVERIFY(!noList);
    QCOMPARE(noList.error().httpStatus, 403);
    QVERIFY2(noList.error().message.contains(u"list (l) permission"_s), qPrintable(noList.error().message));
    // …while reading an object it names still works with that token.
    QCOMPARE(await(readOnly->read(u"a.txt"_s, 0, -1)).value().data, QByteArray("alpha"));
}

void tst_Azurite::wrongKeyIsRefused()
{
    const QString container = freshContainer();
    QByteArray wrong = m_key;
    wrong[3] = char(wrong[3] ^ 0x21);
    const auto r = await(blob(container, keyAuth(wrong))->probe(false));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::Auth);
    QCOMPARE(r.error().httpStatus, 403);
    QVERIFY2(r.error().message.contains(u"account key was refused"_s), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QString::fromLatin1(wrong.toBase64()))); // never echoes the key
    // A missing container is told apart from a refused credential.
    const auto missing = await(keyed(u"no-such-container"_s)->probe(false));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"does not exist"_s), qPrintable(missing.error().message));
}

void tst_Azurite::gen2FallsBackToTheBlobEndpoint()
{
    const QString container = freshContainer();
    QVERIFY(put(keyed(container), u"lake/part-0001.parquet"_s, "PAR1"));
    StorageLocation loc;
    loc.serviceUrl = QUrl(m_endpoint);
    loc.account = m_account;
    loc.container = container;
    auto *gen2 = new Gen2Client(new DfsClient(m_http.get(), loc, keyAuth(m_key)), new BlobClient(m_http.get(), loc, keyAuth(m_key)),
                                m_http.get());
    ApiError error;
    const QList<StorageEntry> root = listAll(gen2, {}, false, 10, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(gen2->mode(), Gen2Client::Mode::Blob);
    QCOMPARE(root.size(), 1);
    QCOMPARE(root.first().path, u"lake/"_s);
    QCOMPARE(await(gen2->read(u"lake/part-0001.parquet"_s, 0, 4)).value().data, QByteArray("PAR1"));
    QVERIFY(put(gen2, u"lake/part-0002.parquet"_s, "PAR2"));
    QCOMPARE(listAll(gen2, u"lake/"_s, false, 10, &error).size(), 2);
}

void tst_Azurite::cliRegistersValidatesAndMovesData()
{
    if (TestEnv::keyringMode() != u"unlocked"_s)
        QSKIP("needs the keyring wrapper (tests/support/with-keyring.sh)");
    TestEnv env;
    const QString container = u"cli-%1"_s.arg(QCoreApplication::applicationPid());
    const QStringList blobArgs{u"--type"_s, u"azure_blob"_s, u"--account-name"_s, m_account, u"--container-name"_s, container,
                               u"--endpoint"_s, m_endpoint};
    CliRun ws = env.cli({u"workspace"_s, u"create"_s, u"azurite-ws"_s});
    QVERIFY2(ws.exitCode == 0, qPrintable(ws.err));
    ws = env.cli({u"workspace"_s, u"use"_s, u"azurite-ws"_s});
    QVERIFY2(ws.exitCode == 0, qPrintable(ws.err));
    const QByteArray key = m_key.toBase64() + '\n';
    // Validation: the container does not exist yet.
    CliRun r = env.cli(QStringList{u"datastore"_s, u"register"_s, u"--name"_s, u"lake"_s, u"--auth"_s, u"account_key"_s} + blobArgs
                        + QStringList{u"--secret-stdin"_s},
                    key);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"The container '%1' does not exist"_s.arg(container)), qPrintable(r.err));
    QVERIFY(r.err.contains(u"--create-if-not-exists"_s));
    QCOMPARE(env.cli({u"datastore"_s, u"show"_s, u"lake"_s}).exitCode == 0, false); // nothing registered
    r = env.cli(QStringList{u"datastore"_s, u"register"_s, u"--name"_s, u"lake"_s, u"--auth"_s, u"account_key"_s} + blobArgs
                    + QStringList{u"--secret-stdin"_s, u"--create-if-not-exists"_s},
                key);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A container SAS without list permission is refused at registration, naming the permission.
    const QString readOnly = SasGen::container(m_account, container, m_key, u"r"_s, QDateTime::currentDateTimeUtc().addDays(1));
    r = env.cli(QStringList{u"datastore"_s, u"register"_s, u"--name"_s, u"ro"_s, u"--auth"_s, u"sas"_s} + blobArgs
                    + QStringList{u"--secret-stdin"_s},
                readOnly.toUtf8() + '\n');
    QVERIFY2(r.exitCode != 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"list (l) permission"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(readOnly.section(u"sig="_s, 1))); // the signature is never printed

    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"up/sub dir"_s));
    QFile a(dir.filePath(u"up/a #1.txt"_s));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("first file\n");
    a.close();
    QFile b(dir.filePath(u"up/sub dir/b.csv"_s));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("x,y\n1,2\n");
    b.close();
    r = env.cli({u"put"_s, dir.filePath(u"up"_s), u"lake/in"_s, u"--recursive"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = env.cli({u"ls"_s, u"lake"_s, u"--recursive"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"in/a #1.txt\t11\t"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"in/sub dir/b.csv\t8\t"_s), qPrintable(lines.at(1)));
    r = env.cli({u"ls"_s, u"lake/in"_s});
    QVERIFY2(r.out.contains(u"in/sub dir/\t"_s), qPrintable(r.out));
    // A folder put again finds what is there (one listing of the destination) and refuses it…
    r = env.cli({u"put"_s, dir.filePath(u"up"_s), u"lake/in"_s, u"--recursive"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"exists already in the datastore"_s), qPrintable(r.err));
    // …or keeps it and goes on.
    r = env.cli({u"put"_s, dir.filePath(u"up"_s), u"lake/in"_s, u"--recursive"_s, u"--skip-existing"_s});
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"Uploaded 0 file"_s) && r.out.contains(u"Skipped 2"_s), qPrintable(r.out + r.err));
    r = env.cli({u"cat"_s, u"lake/in/sub dir/b.csv"_s, u"--bytes"_s, u"3"_s});
    QCOMPARE(r.out, u"x,y"_s);
    r = env.cli({u"get"_s, u"lake/in"_s, dir.filePath(u"down"_s), u"--recursive"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile back(dir.filePath(u"down/sub dir/b.csv"_s));
    QVERIFY2(back.open(QIODevice::ReadOnly), qPrintable(back.fileName()));
    QCOMPARE(back.readAll(), QByteArray("x,y\n1,2\n"));
    r = env.cli({u"get"_s, u"lake/in/sub dir/b.csv"_s, dir.filePath(u"md5.csv"_s), u"--verify"_s, u"md5"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QFileInfo(dir.filePath(u"md5.csv"_s)).size(), 8);
    r = env.cli({u"get"_s, u"lake/in/sub dir/b.csv"_s, dir.filePath(u"sha.csv"_s), u"--verify"_s, u"sha1"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--verify must be length"_s) && r.err.contains(u"'sha1'"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(u"sha.csv"_s)));
    // A file of more than one block: put stores its Content-MD5 only with --verify md5.
    QFile large(dir.filePath(u"large.bin"_s));
    QVERIFY(large.open(QIODevice::WriteOnly));
    large.write(QByteArray(5 * 1024 * 1024, 'q'));
    large.close();
    r = env.cli({u"put"_s, large.fileName(), u"lake/plain.bin"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = env.cli({u"put"_s, large.fileName(), u"lake/hashed.bin"_s, u"--verify"_s, u"md5"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    BlobClient *lake = keyed(container);
    QCOMPARE(await(lake->properties(u"plain.bin"_s)).value().size, 5 * 1024 * 1024);
    QVERIFY(await(lake->properties(u"plain.bin"_s)).value().contentMd5.isEmpty());
    QCOMPARE(await(lake->properties(u"hashed.bin"_s)).value().contentMd5,
             QCryptographicHash::hash(QByteArray(5 * 1024 * 1024, 'q'), QCryptographicHash::Md5));
    r = env.cli({u"put"_s, large.fileName(), u"lake/other.bin"_s, u"--verify"_s, u"crc"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--verify must be length"_s) && r.err.contains(u"store the file's Content-MD5"_s), qPrintable(r.err));
    QVERIFY(!await(lake->properties(u"other.bin"_s)));
    QVERIFY(await(lake->remove(u"plain.bin"_s)));
    QVERIFY(await(lake->remove(u"hashed.bin"_s)));
    r = env.cli({u"rm"_s, u"lake/in/a #1.txt"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(env.cli({u"ls"_s, u"lake"_s, u"--recursive"_s}).out.split(u'\n', Qt::SkipEmptyParts).size(), 1);

    // One rule for paths (issue 14): a folder is a folder with or without the slash.
    for (const QString &command : {u"cat"_s, u"get"_s}) {
        QStringList words{command, u"lake/in/sub dir"_s};
        if (command == u"get"_s)
            words << dir.filePath(u"x"_s);
        r = env.cli(words);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"sub dir is a folder"_s) && !r.err.contains(u"BlobNotFound"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(command == u"get"_s ? u"use --recursive"_s : u"get --recursive"_s), qPrintable(r.err));
    }
    r = env.cli({u"put"_s, a.fileName(), u"lake/in/sub dir"_s}); // an existing folder: the file goes into it
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(await(lake->properties(u"in/sub dir/a #1.txt"_s)));
    QVERIFY(!await(lake->properties(u"in/sub dir"_s)));
    // Nothing is overwritten unasked: put and get refuse what exists, name it and the flags.
    QFile changed(dir.filePath(u"b.csv"_s));
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write("new,content\n");
    changed.close();
    r = env.cli({u"put"_s, changed.fileName(), u"lake/in/sub dir/b.csv"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"in/sub dir/b.csv exists already"_s) && r.err.contains(u"--overwrite"_s) && r.err.contains(u"--skip-existing"_s),
             qPrintable(r.err));
    QCOMPARE(await(lake->read(u"in/sub dir/b.csv"_s, 0, -1)).value().data, QByteArray("x,y\n1,2\n"));
    r = env.cli({u"put"_s, changed.fileName(), u"lake/in/sub dir/b.csv"_s, u"--skip-existing"_s});
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"Skipped 1"_s), qPrintable(r.out + r.err));
    QCOMPARE(await(lake->read(u"in/sub dir/b.csv"_s, 0, -1)).value().data, QByteArray("x,y\n1,2\n"));
    r = env.cli({u"put"_s, changed.fileName(), u"lake/in/sub dir/b.csv"_s, u"--overwrite"_s, u"--skip-existing"_s});
    QCOMPARE(r.exitCode, 2);
    r = env.cli({u"put"_s, changed.fileName(), u"lake/in/sub dir/b.csv"_s, u"--overwrite"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(await(lake->read(u"in/sub dir/b.csv"_s, 0, -1)).value().data, QByteArray("new,content\n"));
    r = env.cli({u"get"_s, u"lake/in/sub dir/b.csv"_s, dir.filePath(u"md5.csv"_s)}); // downloaded above
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"md5.csv exists already"_s) && r.err.contains(u"--overwrite"_s), qPrintable(r.err));
    QCOMPARE(QFileInfo(dir.filePath(u"md5.csv"_s)).size(), 8);
    r = env.cli({u"get"_s, u"lake/in"_s, dir.filePath(u"down"_s), u"--recursive"_s, u"--skip-existing"_s});
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"Skipped 1"_s), qPrintable(r.out + r.err)); // sub dir/a #1.txt is new there
    QVERIFY(QFile::exists(dir.filePath(u"down/sub dir/a #1.txt"_s)));
    r = env.cli({u"get"_s, u"lake/in/sub dir/b.csv"_s, dir.filePath(u"md5.csv"_s), u"--overwrite"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QFileInfo(dir.filePath(u"md5.csv"_s)).size(), 12);

    // rm: a folder needs --recursive, with or without the slash; then it says what it deletes
    // and, not on a terminal, needs --yes.
    r = env.cli({u"rm"_s, u"lake/in/"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"is a folder; use --recursive"_s), qPrintable(r.err));
    r = env.cli({u"rm"_s, u"lake/in"_s, u"--recursive"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"2 object"_s) && r.err.contains(u"23 bytes"_s) && r.err.contains(u"--yes"_s), qPrintable(r.err));
    QVERIFY(await(lake->properties(u"in/sub dir/b.csv"_s)));
    r = env.cli({u"rm"_s, u"lake/in"_s, u"--recursive"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"2 object"_s), qPrintable(r.out + r.err));
    QCOMPARE(env.cli({u"ls"_s, u"lake"_s, u"--recursive"_s}).out, QString());
    // '..' never climbs out of the datastore's container (issue 16, item 2), for any command.
    const QString other = container + u"-other"_s;
    QVERIFY(await(keyed(other)->probe(true)));
    QVERIFY(put(keyed(other), u"secret.txt"_s, "other container"));
    for (const QStringList &words : {QStringList{u"cat"_s, u"lake/../%1/secret.txt"_s.arg(other)},
                                     QStringList{u"get"_s, u"lake/x/../../%1/secret.txt"_s.arg(other), dir.filePath(u"stolen.txt"_s)},
                                     QStringList{u"rm"_s, u"lake/../%1/secret.txt"_s.arg(other)}}) {
        r = env.cli(words);
        QVERIFY2(r.exitCode == 2 && r.err.contains(u"'.' or '..' part"_s), qPrintable(words.join(u' ') + u": "_s + r.err));
        QVERIFY(!r.out.contains(u"other container"_s));
    }
    // A literal "%2E%2E" is a name like any other, looked up as such: not found, nothing climbs.
    r = env.cli({u"cat"_s, u"lake/%2E%2E/%1/secret.txt"_s.arg(other)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains(u"other container"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"stolen.txt"_s)));
    QCOMPARE(await(keyed(other)->read(u"secret.txt"_s, 0, -1)).value().data, QByteArray("other container"));
    r = env.cli({u"cat"_s, u"lake/nothing here"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errLines().size() == 1 && r.err.contains(u"no file or folder nothing here"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_Azurite)
#include "tst_azurite.moc"
