// Issue 16, crash safety of transfers: dsstudio is killed with SIGKILL at random moments of a
// `put` over an existing object, a `get` over an existing file, a folder `get` and a folder
// `put`, against a real Azurite (Blob) and the Azure Files test server. After every kill no
// object or file is ever under its final name half-written (it holds the old bytes or all the
// new ones), and the same command run again completes and leaves no part or staging file.
// The seed is printed; KILL_SEED=N repeats a run.
#include <QCryptographicHash>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "services/net/storagehttp.h"
#include "services/storage/blobclient.h"
#include "services/storage/fileshareclient.h"
#include "support/await.h"
#include "support/fakestorageserver.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray FakeKey = QByteArray::fromBase64("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");
const int Rounds = 5;

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Relative path -> bytes of every file under `root`.
QMap<QString, QByteArray> localTree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return out;
}

} // namespace

class tst_TransferKills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedTransfersLeaveOldOrNewNeverHalf_data();
    void killedTransfersLeaveOldOrNewNeverHalf();

private:
    // Every object of the datastore's container, by path.
    QMap<QString, QByteArray> remoteTree(StorageClient *client, QString *error);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
    quint32 m_seed = 0;
};

void tst_TransferKills::initTestCase()
{
    QVERIFY2(TestEnv::keyringMode() == u"unlocked"_s, "run under tests/support/with-keyring.sh");
    QVERIFY2(!qEnvironmentVariableIsEmpty("AZURITE_BLOB_ENDPOINT"), "run under tests/support/with-azurite.sh");
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<StorageHttp>(m_network.get());
    m_seed = qEnvironmentVariableIsSet("KILL_SEED") ? quint32(qEnvironmentVariableIntValue("KILL_SEED")) : QRandomGenerator::system()->generate();
    qInfo("KILL_SEED=%u", m_seed);
}

QMap<QString, QByteArray> tst_TransferKills::remoteTree(StorageClient *client, QString *error)
{
    QMap<QString, QByteArray> out;
    QString token;
    do {
        const auto page = await(client->list({}, token, 5000, true), 60000);
        if (!page) {
            *error = page.error().toString();
            return out;
        }
        for (const StorageEntry &e : page.value().entries) {
            if (e.isDirectory)
                continue;
            if (e.size == 0) {
                out.insert(e.path, {});
                continue;
            }
            const auto bytes = await(client->read(e.path, 0, e.size), 60000); // a length lifts the in-memory cap
            if (!bytes) {
                *error = bytes.error().toString();
                return out;
            }
            out.insert(e.path, bytes.value().data);
        }
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return out;
}

void tst_TransferKills::killedTransfersLeaveOldOrNewNeverHalf_data()
{
    QTest::addColumn<bool>("files");
    QTest::newRow("blob (Azurite)") << false;
    QTest::newRow("files (test server)") << true;
}

void tst_TransferKills::killedTransfersLeaveOldOrNewNeverHalf()
{
    QFETCH(bool, files);
    QRandomGenerator random(m_seed + (files ? 1 : 0));
    TestEnv env;
    QTemporaryDir local;
    std::unique_ptr<FakeStorageServer> server;
    StorageLocation loc;
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::SharedKey;
    QStringList reg{u"datastore"_s, u"register"_s, u"--name"_s, u"kills"_s, u"--auth"_s, u"account_key"_s, u"--secret-stdin"_s};
    QByteArray key;
    if (files) {
        server = std::make_unique<FakeStorageServer>(FakeStorageServer::Flavor::Files, u"devstoreaccount1"_s, FakeKey);
        QVERIFY(server->start());
        server->createContainer(u"data"_s);
        loc.serviceUrl = QUrl(server->endpoint());
        loc.account = u"devstoreaccount1"_s;
        loc.container = u"data"_s;
        key = FakeKey;
        reg += {u"--type"_s, u"azure_file"_s, u"--account-name"_s, loc.account, u"--file-share-name"_s, loc.container,
                u"--endpoint"_s, server->endpoint()};
    } else {
        loc.serviceUrl = QUrl(qEnvironmentVariable("AZURITE_BLOB_ENDPOINT"));
        loc.account = qEnvironmentVariable("AZURITE_ACCOUNT");
        loc.container = u"kills-%1"_s.arg(QCoreApplication::applicationPid());
        key = QByteArray::fromBase64(qgetenv("AZURITE_KEY"));
        reg += {u"--type"_s, u"azure_blob"_s, u"--account-name"_s, loc.account, u"--container-name"_s, loc.container,
                u"--endpoint"_s, loc.serviceUrl.toString(), u"--create-if-not-exists"_s};
    }
    auth.account = loc.account;
    auth.key = key;
    const CliRun registered = env.cli(reg, key.toBase64() + '\n');
    QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    StorageClient *client = files ? static_cast<StorageClient *>(new FileShareClient(m_http.get(), loc, auth, m_http.get()))
                                  : new BlobClient(m_http.get(), loc, auth, m_http.get());

    // Two versions of one large object (several parts each), and a folder of smaller files.
    const QByteArray versions[2] = {randomBytes(random, 20 * 1024 * 1024 + 4), randomBytes(random, 28 * 1024 * 1024 + 8)};
    QVERIFY(writeFile(local.filePath(u"v0.bin"_s), versions[0]));
    QVERIFY(writeFile(local.filePath(u"v1.bin"_s), versions[1]));
    QMap<QString, QByteArray> folder;
    for (int i = 0; i < 12; ++i)
        folder.insert(u"f%1/part-%2.bin"_s.arg(i % 3).arg(i), randomBytes(random, 1024 * 1024 + 4 * i));
    for (auto it = folder.cbegin(); it != folder.cend(); ++it)
        QVERIFY(writeFile(local.filePath(u"tree/"_s + it.key()), it.value()));
    const QString staging = u".dsstudio-part"_s;

    CliRun first = env.cli({u"put"_s, local.filePath(u"v0.bin"_s), u"kills/big.bin"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    first = env.cli({u"put"_s, local.filePath(u"tree"_s), u"kills/tree"_s, u"--recursive"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // How long each whole command takes: the kills land anywhere in it.
    CliRun whole = env.cli({u"put"_s, local.filePath(u"v1.bin"_s), u"kills/big.bin"_s, u"--overwrite"_s});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const qint64 putMs = whole.elapsedMs;
    whole = env.cli({u"get"_s, u"kills/tree"_s, local.filePath(u"down"_s), u"--recursive"_s});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const qint64 folderGetMs = whole.elapsedMs;
    int remoteVersion = 1;
    const auto killAt = [&random](qint64 wholeMs) { return int(wholeMs * (5 + random.bounded(90)) / 100); };

    int kills = 0;
    int midwayRemote = 0; // kills that left a staging object or a local part file behind
    int midwayLocal = 0;
    for (int round = 0; round < Rounds; ++round) {
        // 1. put over the existing object
        const int next = 1 - remoteVersion;
        CliRun r = env.cli({u"put"_s, local.filePath(u"v%1.bin"_s.arg(next)), u"kills/big.bin"_s, u"--overwrite"_s}, {}, killAt(putMs));
        kills += r.killed;
        QString error;
        QMap<QString, QByteArray> remote = remoteTree(client, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(remote.value(u"big.bin"_s) == versions[0] || remote.value(u"big.bin"_s) == versions[1],
                 qPrintable(u"round %1: big.bin holds %2 bytes of neither version"_s.arg(round).arg(remote.value(u"big.bin"_s).size())));
        for (const QString &name : remote.keys())
            QVERIFY2(name == u"big.bin"_s || name.startsWith(u"tree/"_s) || name.startsWith(u"up"_s) || name == u"big.bin"_s + staging, qPrintable(name));
        midwayRemote += remote.contains(u"big.bin"_s + staging);
        r = env.cli({u"put"_s, local.filePath(u"v%1.bin"_s.arg(next)), u"kills/big.bin"_s, u"--overwrite"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        remote = remoteTree(client, &error);
        QVERIFY(remote.value(u"big.bin"_s) == versions[next]);
        QVERIFY(!remote.contains(u"big.bin"_s + staging));
        remoteVersion = next;

        // 2. get over an existing local file
        const QString target = local.filePath(u"got.bin"_s);
        QVERIFY(writeFile(target, versions[1 - remoteVersion]));
        r = env.cli({u"get"_s, u"kills/big.bin"_s, target, u"--overwrite"_s}, {}, killAt(putMs));
        kills += r.killed;
        const QByteArray got = readFile(target);
        QVERIFY2(got == versions[0] || got == versions[1], qPrintable(u"round %1: got.bin holds %2 bytes of neither version"_s.arg(round).arg(got.size())));
        midwayLocal += QFile::exists(target + staging);
        r = env.cli({u"get"_s, u"kills/big.bin"_s, target, u"--overwrite"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readFile(target) == versions[remoteVersion]);
        QVERIFY(!QFile::exists(target + staging));

        // 3. folder get into an empty folder
        const QString down = local.filePath(u"down%1"_s.arg(round));
        r = env.cli({u"get"_s, u"kills/tree"_s, down, u"--recursive"_s}, {}, killAt(folderGetMs));
        kills += r.killed;
        QMap<QString, QByteArray> tree = localTree(down);
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            if (it.key().endsWith(staging)) {
                ++midwayLocal;
                continue;
            }
            QVERIFY2(folder.value(it.key()) == it.value(), qPrintable(u"round %1: %2 is half-written"_s.arg(round).arg(it.key())));
        }
        r = env.cli({u"get"_s, u"kills/tree"_s, down, u"--recursive"_s, u"--skip-existing"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(localTree(down), folder);

        // 4. folder put into a new folder
        const QString up = u"up%1"_s.arg(round);
        r = env.cli({u"put"_s, local.filePath(u"tree"_s), u"kills/"_s + up, u"--recursive"_s}, {}, killAt(folderGetMs));
        kills += r.killed;
        remote = remoteTree(client, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            if (!it.key().startsWith(up + u'/'))
                continue;
            if (it.key().endsWith(staging)) {
                ++midwayRemote;
                continue;
            }
            QVERIFY2(folder.value(it.key().mid(up.size() + 1)) == it.value(), qPrintable(u"round %1: %2 is half-written"_s.arg(round).arg(it.key())));
        }
        r = env.cli({u"put"_s, local.filePath(u"tree"_s), u"kills/"_s + up, u"--recursive"_s, u"--skip-existing"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        remote = remoteTree(client, &error);
        QMap<QString, QByteArray> uploaded;
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            if (it.key().startsWith(up + u'/'))
                uploaded.insert(it.key().mid(up.size() + 1), it.value());
        }
        // A staging file of a put that was killed is replaced when the same file is put again.
        QCOMPARE(uploaded.keys(), folder.keys());
        QVERIFY(uploaded == folder);
    }
    qInfo("%d of %d commands killed mid-run; staging objects seen %d times, local part files %d times", kills, Rounds * 4, midwayRemote,
          midwayLocal);
    // Most kills land while the command runs (a few after it finished on a fast machine).
    QVERIFY2(kills >= Rounds * 2, qPrintable(u"only %1 kills landed"_s.arg(kills)));
}

QTEST_GUILESS_MAIN(tst_TransferKills)
#include "tst_transferkills.moc"
