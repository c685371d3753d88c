// The storage clients against servers that misbehave (issue 16, "Hostile servers"): for each
// fault, no crash, no hang, bounded memory, no credential sent elsewhere, and an honest error
// that names the URL without its query and the reason.
#include <sys/resource.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "services/auth/tokensource.h"
#include "services/net/storagehttp.h"
#include "services/storage/blobclient.h"
#include "services/storage/storageops.h"
#include "services/storage/treemeasure.h"
#include "services/transfer/transferqueue.h"
#include "support/await.h"
#include "support/hostileserver.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Sas = u"sv=2023-11-03&ss=b&srt=sco&sp=rl&se=2099-01-01T00:00:00Z&sig=SENTINELSIG%3D"_s;
using Reply = HostileServer::Reply;

QByteArray listing(const QString &names, const QString &next)
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults ContainerName=\"data\"><Blobs>";
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts))
        body += "<Blob><Name>" + name.toUtf8() + "</Name><Properties><Content-Length>1</Content-Length></Properties></Blob>";
    body += "</Blobs><NextMarker>" + next.toUtf8() + "</NextMarker></EnumerationResults>";
    return body;
}

Result<TreeMeasure::Totals> measureFolder(StorageClient *client, const QString &path)
{
    TreeMeasure measure(client);
    std::optional<Result<TreeMeasure::Totals>> result;
    QEventLoop loop;
    QObject::connect(&measure, &TreeMeasure::finished, &loop, [&](const Result<TreeMeasure::Totals> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    StorageEntry folder;
    folder.path = path;
    folder.isDirectory = true;
    measure.start({folder});
    loop.exec();
    if (!result)
        return ApiError::make(ApiError::Kind::Network, u"test.timeout"_s, u"no result in time"_s);
    return *result;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class tst_HostileServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void malformedListingsGiveAParseError_data();
    void malformedListingsGiveAParseError();
    void aBodyShorterThanDeclaredIsRetriedThenReported();
    void anEndlessListingIsCut();
    void aReadNeverTakesMoreThanTheRangeAsked_data();
    void aReadNeverTakesMoreThanTheRangeAsked();
    void aDrippingBodyTimesOut();
    void aSlowAnswerTimesOut();
    void aHugeHeaderDoesNotHang();
    void anAnswerThatHasAllArrivedIsNeverStalled_data();
    void anAnswerThatHasAllArrivedIsNeverStalled();
    void redirectsAreNotFollowed_data();
    void redirectsAreNotFollowed();
    void absurdRetryAfterIsCapped_data();
    void absurdRetryAfterIsCapped();
    void aCompressedBombIsNotInflated();
    void aHugeErrorBodyIsCut();
    void aRepeatingMarkerEndsEveryWholeListing_data();
    void aRepeatingMarkerEndsEveryWholeListing();
    void emptyPagesForeverEnd();
    void theCliReportsServerFaultsAsFailuresAndInert();
    void theTokenServiceGetsTheSameCare();
    void memoryStayedBounded();

private:
    BlobClient *client(StorageHttp *http = nullptr);
    void expectHonest(const ApiError &error, const QString &reason);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
    std::unique_ptr<HostileServer> m_server;
};

void tst_HostileServers::initTestCase()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<StorageHttp>(m_network.get());
    // The production schedule scaled down so that every deadline is met in well under a second.
    RetryPolicy fast;
    fast.maxAttempts = 3;
    fast.baseDelayMs = 5;
    fast.maxDelayMs = 50;
    fast.maxRetryAfterMs = 300;
    fast.transferTimeoutMs = 3000;
    fast.headersTimeoutMs = 1500;
    fast.rateWindowMs = 300;
    fast.minBytesPerWindow = 64;
    m_http->setRetryPolicy(fast);
}

void tst_HostileServers::init()
{
    m_server = std::make_unique<HostileServer>();
    QVERIFY(m_server->start());
}

void tst_HostileServers::cleanup()
{
    m_server.reset();
}

BlobClient *tst_HostileServers::client(StorageHttp *http)
{
    StorageLocation loc;
    loc.serviceUrl = QUrl(m_server->origin() + u"/devstoreaccount1"_s);
    loc.account = u"devstoreaccount1"_s;
    loc.container = u"data"_s;
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::Sas;
    auth.sas = Sas;
    return new BlobClient(http ? http : m_http.get(), loc, auth, m_server.get());
}

// An honest error: says why, says where (the URL without its query), never the SAS.
void tst_HostileServers::expectHonest(const ApiError &error, const QString &reason)
{
    const QString text = error.toString();
    QVERIFY2(error.isError(), "an error was expected");
    QVERIFY2(text.contains(reason, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(m_server->origin() + u"/devstoreaccount1/data"_s) || text.contains(u"container data"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"SENTINELSIG"_s) && !text.contains(u"sig="_s), qPrintable(text));
}

void tst_HostileServers::malformedListingsGiveAParseError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QByteArray("<?xml version=\"1.0\"?><EnumerationResults><Blobs><Blob><Name>a") << u"listing"_s;
    QTest::newRow("garbage") << QByteArray("\x01\x02not xml at all\xff") << u"listing"_s;
    QTest::newRow("json") << QByteArray(R"({"paths":[{"name":"a"}]})") << u"listing"_s;
    QTest::newRow("empty") << QByteArray() << u"listing"_s;
    QTest::newRow("200 with an error body")
        << QByteArray("<?xml version=\"1.0\"?><Error><Code>AuthenticationFailed</Code><Message>no</Message></Error>") << u"listing"_s;
    QTest::newRow("negative size") << QByteArray("<?xml version=\"1.0\"?><EnumerationResults><Blobs><Blob><Name>a</Name><Properties>"
                                                 "<Content-Length>-5</Content-Length></Properties></Blob></Blobs><NextMarker/></EnumerationResults>")
                                   << u"not a byte count"_s;
    QTest::newRow("size in words") << QByteArray("<?xml version=\"1.0\"?><EnumerationResults><Blobs><Blob><Name>a</Name><Properties>"
                                                 "<Content-Length>lots</Content-Length></Properties></Blob></Blobs><NextMarker/></EnumerationResults>")
                                   << u"not a byte count"_s;
    QTest::newRow("unclosed elements")
        << QByteArray("<EnumerationResults><Blobs><Blob><Name>a</Name><Properties><Content-Length>9") << u"listing"_s;
}

void tst_HostileServers::malformedListingsGiveAParseError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    m_server->setHandler([body](const HostileServer::Request &) { return HostileServer::xml(body); });
    const auto r = await(client()->list({}, {}, 100, false));
    QVERIFY2(!r, "a malformed listing must not read as a (possibly empty) folder");
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    expectHonest(r.error(), reason);
}

void tst_HostileServers::aBodyShorterThanDeclaredIsRetriedThenReported()
{
    m_server->setHandler([](const HostileServer::Request &) {
        Reply r = HostileServer::xml(listing(u"a,b"_s, {}));
        r.declaredLength = r.body.size() + 5000;
        return r;
    });
    const auto r = await(client()->list({}, {}, 100, false));
    QVERIFY(!r);
    expectHonest(r.error(), u"cut short"_s);
    QCOMPARE(m_server->requests().size(), m_http->retryPolicy().maxAttempts);
}

void tst_HostileServers::anEndlessListingIsCut()
{
    m_server->setHandler([](const HostileServer::Request &) {
        Reply r = HostileServer::xml(QByteArray(64 * 1024, ' ') + "<Blob><Name>x</Name></Blob>");
        r.mode = Reply::Mode::Endless;
        return r;
    });
    const auto r = await(client()->list({}, {}, 100, false));
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"http.too_large"_s);
    expectHonest(r.error(), u"larger than"_s);
    QVERIFY2(m_server->bytesSent() < 64LL * 1024 * 1024, qPrintable(QString::number(m_server->bytesSent())));
}

void tst_HostileServers::aReadNeverTakesMoreThanTheRangeAsked_data()
{
    QTest::addColumn<bool>("endless");
    QTest::newRow("200 with the whole object") << false;
    QTest::newRow("endless 200") << true;
}

// Issue 16, item 4: a 200 to a range request, or an endless body, was written to disk until
// the server stopped.
void tst_HostileServers::aReadNeverTakesMoreThanTheRangeAsked()
{
    QFETCH(bool, endless);
    m_server->setHandler([endless](const HostileServer::Request &) {
        Reply r;
        r.headers = {{"Content-Type", "application/octet-stream"}, {"ETag", "\"0x1\""}};
        r.body = QByteArray(endless ? 64 * 1024 : 48 * 1024 * 1024, 'z');
        r.mode = endless ? Reply::Mode::Endless : Reply::Mode::Whole;
        return r;
    });
    QTemporaryDir dir;
    QFile file(dir.filePath(u"out.bin"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const auto r = await(client()->readToFile(u"big.bin"_s, 0, 1024 * 1024, &file));
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"http.too_long"_s);
    expectHonest(r.error(), u"ignored the byte range"_s);
    QVERIFY2(file.size() <= 1024 * 1024, qPrintable(QString::number(file.size())));
    QVERIFY2(m_server->bytesSent() < 40LL * 1024 * 1024, qPrintable(QString::number(m_server->bytesSent())));
    // The same in memory.
    const auto inMemory = await(client()->read(u"big.bin"_s, 0, 4096));
    QVERIFY(!inMemory);
    QCOMPARE(inMemory.error().code, u"http.too_long"_s);
}

// Issue 16, item 5: a body dripping a byte a second kept ls alive indefinitely.
void tst_HostileServers::aDrippingBodyTimesOut()
{
    m_server->setHandler([](const HostileServer::Request &) {
        Reply r = HostileServer::xml(listing(u"a,b,c"_s, {}));
        r.mode = Reply::Mode::Drip;
        r.dripMs = 20; // 50 bytes a second: below the 64 per 300 ms floor
        return r;
    });
    QElapsedTimer clock;
    clock.start();
    const auto r = await(client()->list({}, {}, 100, false), 20000);
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"http.stalled"_s);
    expectHonest(r.error(), u"stalled"_s);
    QCOMPARE(m_server->requests().size(), m_http->retryPolicy().maxAttempts);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void tst_HostileServers::aSlowAnswerTimesOut()
{
    m_server->setHandler([](const HostileServer::Request &) {
        Reply r = HostileServer::xml(listing(u"a"_s, {}));
        r.mode = Reply::Mode::Silent; // the request arrives; nothing ever comes back
        return r;
    });
    const auto r = await(client()->list({}, {}, 100, false), 20000);
    QVERIFY(!r);
    expectHonest(r.error(), u"no answer within"_s);
}

void tst_HostileServers::aHugeHeaderDoesNotHang()
{
    m_server->setHandler([](const HostileServer::Request &) {
        Reply r = HostileServer::xml(listing(u"a"_s, {}));
        r.headerPadding = 16LL * 1024 * 1024;
        return r;
    });
    // Qt's network thread reads header lines a byte at a time and goes on chewing after the
    // attempt is given up; a network manager of its own keeps that out of the next test.
    QNetworkAccessManager network;
    StorageHttp http(&network);
    http.setRetryPolicy(m_http->retryPolicy());
    QElapsedTimer clock;
    clock.start();
    const auto r = await(client(&http)->list({}, {}, 100, false), 30000);
    QVERIFY2(!r, "16 MB of headers must not be accepted");
    QVERIFY2(r.error().code != u"test.timeout"_s, qPrintable(r.error().toString()));
    expectHonest(r.error(), m_server->origin().mid(7).section(u':', 0, 0));
    qInfo("16 MB of headers: %s after %lld ms", qPrintable(r.error().code), clock.elapsed());
}

// Found under load (the first redirect row failed with http.stalled on a busy machine: Qt's
// network thread, still reading the 16 MB of headers of the test before, told of the end of a
// body-less 307 after the 300 ms rate window). The rate deadline never applies to an answer
// whose body has all arrived; this is the rule that decides it.
void tst_HostileServers::anAnswerThatHasAllArrivedIsNeverStalled_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentLength");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("307 without a body") << QByteArray("GET") << 307 << QByteArray("0") << qint64(0);
    QTest::newRow("HEAD of 1000 bytes") << QByteArray("HEAD") << 200 << QByteArray("1000") << qint64(0);
    QTest::newRow("204") << QByteArray("DELETE") << 204 << QByteArray() << qint64(0);
    QTest::newRow("304 with a length") << QByteArray("GET") << 304 << QByteArray("50") << qint64(0);
    QTest::newRow("100 Continue") << QByteArray("PUT") << 100 << QByteArray() << qint64(0);
    QTest::newRow("a short body") << QByteArray("GET") << 200 << QByteArray("4") << qint64(4);
    QTest::newRow("until the connection ends") << QByteArray("GET") << 200 << QByteArray() << qint64(-1);
    QTest::newRow("a length that is not one") << QByteArray("GET") << 200 << QByteArray("4, 4") << qint64(-1);
    QTest::newRow("a negative length") << QByteArray("GET") << 404 << QByteArray("-1") << qint64(-1);
}

void tst_HostileServers::anAnswerThatHasAllArrivedIsNeverStalled()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, contentLength);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy::expectedBodyBytes(method, status, contentLength), expected);
}

void tst_HostileServers::redirectsAreNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("plainHttp");
    QTest::newRow("307 to another loopback host") << 307 << true;
    QTest::newRow("301 to an https host") << 301 << false;
    QTest::newRow("302 to another loopback host") << 302 << true;
}

void tst_HostileServers::redirectsAreNotFollowed()
{
    QFETCH(int, status);
    QFETCH(bool, plainHttp);
    HostileServer elsewhere(QHostAddress(u"127.0.0.2"_s));
    QVERIFY(elsewhere.start());
    const QByteArray location = plainHttp ? (elsewhere.origin() + u"/devstoreaccount1/data?restype=container&comp=list"_s).toUtf8()
                                          : QByteArrayLiteral("https://attacker.example/collect");
    m_server->setHandler([status, location](const HostileServer::Request &) {
        Reply r;
        r.statusLine = "HTTP/1.1 " + QByteArray::number(status) + " Moved";
        r.headers = {{"Location", location}};
        return r;
    });
    const auto r = await(client()->list({}, {}, 100, false));
    QVERIFY(!r);
    QVERIFY2(r.error().code == u"http.redirect"_s, qPrintable(r.error().toString()));
    expectHonest(r.error(), u"redirects are not followed"_s);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void tst_HostileServers::absurdRetryAfterIsCapped_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("saysCapped");
    QTest::newRow("huge") << QByteArray("100000") << true;
    QTest::newRow("negative") << QByteArray("-5") << false;
    QTest::newRow("a date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << false;
    QTest::newRow("a date far ahead") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << true;
    QTest::newRow("garbage") << QByteArray("soon") << false;
    QTest::newRow("overflowing") << QByteArray("99999999999999999999") << false;
}

// Issue 16, item 5: Retry-After: 100000 was waited out for minutes.
void tst_HostileServers::absurdRetryAfterIsCapped()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, saysCapped);
    m_server->setHandler([retryAfter](const HostileServer::Request &) {
        Reply r = HostileServer::xml("<?xml version=\"1.0\"?><Error><Code>ServerBusy</Code><Message>busy</Message></Error>", 503);
        r.headers.append({QByteArray("Retry-After"), retryAfter});
        return r;
    });
    QList<int> delays;
    QString reason;
    HttpRequest request;
    request.url = QUrl(m_server->origin() + u"/devstoreaccount1/data?restype=container&comp=list"_s);
    StorageAuth auth;
    auth.kind = StorageAuth::Kind::Sas;
    auth.sas = Sas;
    HttpJob *job = m_http->send(request, auth);
    connect(job, &HttpJob::retrying, this, [&delays, &reason](int, int delayMs, const QString &why) {
        delays.append(delayMs);
        reason = why;
    });
    QElapsedTimer clock;
    clock.start();
    const auto r = await(job, 20000);
    QVERIFY(r);
    QCOMPARE(r.value().status, 503); // the caller turns it into an error
    QCOMPARE(delays.size(), m_http->retryPolicy().maxAttempts - 1);
    for (const int d : delays)
        QVERIFY2(d >= 0 && d <= m_http->retryPolicy().maxRetryAfterMs, qPrintable(QString::number(d)));
    QCOMPARE(reason.contains(u"asked to wait"_s), saysCapped);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    const ApiError e = StorageHttp::errorFrom(r.value(), u"Listing container data"_s);
    expectHonest(e, u"ServerBusy"_s);
}

void tst_HostileServers::aCompressedBombIsNotInflated()
{
    // 64 MiB of zeros in about 64 KiB, sent as a deflate-encoded listing: never asked for
    // (Accept-Encoding: identity), so never inflated; read as what it is, not XML.
    const QByteArray bomb = qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9).mid(4);
    m_server->setHandler([bomb](const HostileServer::Request &request) {
        Reply r = HostileServer::xml(bomb);
        Q_UNUSED(request);
        r.headers.append({QByteArray("Content-Encoding"), QByteArray("deflate")});
        return r;
    });
    const long before = peakRssMiB();
    const auto r = await(client()->list({}, {}, 100, false));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    QCOMPARE(m_server->requests().value(0).headers.value("accept-encoding"), QByteArray("identity"));
    QVERIFY2(peakRssMiB() - before < 48, qPrintable(QString::number(peakRssMiB() - before)));
}

void tst_HostileServers::aHugeErrorBodyIsCut()
{
    m_server->setHandler([](const HostileServer::Request &) {
        Reply r = HostileServer::xml("<?xml version=\"1.0\"?><Error><Code>InternalError</Code><Message>" + QByteArray(64 * 1024, 'm'), 500);
        r.mode = Reply::Mode::Endless;
        return r;
    });
    const auto r = await(client()->list({}, {}, 100, false));
    QVERIFY(!r);
    expectHonest(r.error(), u"HTTP 500"_s);
    QVERIFY2(m_server->bytesSent() < 3 * 32LL * 1024 * 1024, qPrintable(QString::number(m_server->bytesSent())));
}

// Everything above together never needed more than a modest heap: nothing was buffered whole.
void tst_HostileServers::aRepeatingMarkerEndsEveryWholeListing_data()
{
    QTest::addColumn<bool>("cycle");
    QTest::newRow("the same NextMarker again") << false;
    QTest::newRow("two markers in a cycle") << true;
}

// Issue 16, item 3: a NextMarker that repeats made `ls --recursive` loop forever and
// `get --recursive` queue entries until memory ran out. Every whole-listing consumer ends now,
// with an error that says so, and a recursive delete deletes nothing.
void tst_HostileServers::aRepeatingMarkerEndsEveryWholeListing()
{
    QFETCH(bool, cycle);
    m_server->setHandler([cycle](const HostileServer::Request &request) {
        const QUrlQuery query(QUrl::fromEncoded("http://x" + request.target));
        if (request.method != "GET")
            return HostileServer::xml("<?xml version=\"1.0\"?><Error><Code>Unexpected</Code><Message>no</Message></Error>", 500);
        const QString marker = query.queryItemValue(u"marker"_s);
        const QString next = marker == u"m1"_s && cycle ? u"m2"_s : u"m1"_s;
        return HostileServer::xml(listing(u"dir/a-%1,dir/b-%1"_s.arg(marker.isEmpty() ? u"0"_s : marker), next));
    });
    const auto expectLoop = [this](const ApiError &error, qsizetype maxRequests) {
        QCOMPARE(error.code, u"storage.listing_loop"_s);
        QVERIFY2(error.message.contains(u"loop"_s) && error.message.contains(u"dir/"_s), qPrintable(error.toString()));
        QVERIFY2(m_server->requests().size() <= maxRequests, qPrintable(QString::number(m_server->requests().size())));
    };

    const Result<TreeMeasure::Totals> totals = measureFolder(client(), u"dir/"_s);
    QVERIFY(!totals);
    expectLoop(totals.error(), 3);

    m_server = std::make_unique<HostileServer>();
    QVERIFY(m_server->start());
    m_server->setHandler([cycle](const HostileServer::Request &request) {
        if (request.method == "DELETE")
            return HostileServer::xml({}, 202);
        const QString marker = QUrlQuery(QUrl::fromEncoded("http://x" + request.target)).queryItemValue(u"marker"_s);
        return HostileServer::xml(listing(u"dir/a-%1"_s.arg(marker), marker == u"m1"_s && cycle ? u"m2"_s : u"m1"_s));
    });
    const auto removed = await(StorageOps::removeTree(client(), u"dir/"_s, this));
    QVERIFY(!removed);
    expectLoop(removed.error(), 3);
    for (const HostileServer::Request &r : m_server->requests())
        QVERIFY2(r.method == "GET", QByteArray("a looping listing must delete nothing: " + r.target).constData());

    const int before = int(m_server->requests().size());
    QTemporaryDir dir;
    TransferQueue queue(client());
    QSignalSpy finished(&queue, &TransferQueue::allFinished);
    const int group = queue.downloadFolder(u"dir/"_s, dir.path());
    QVERIFY(finished.wait(10000));
    QVERIFY(queue.group(group).finished());
    // The listing's pages (3 at most) and one GET per file it found, nothing more.
    expectLoop(queue.group(group).error, before + 3 + queue.group(group).files());
    QVERIFY(queue.group(group).files() <= 3);
}

// A service that sends pages without entries, each with a new token, for ever.
void tst_HostileServers::emptyPagesForeverEnd()
{
    int served = 0;
    m_server->setHandler([&served](const HostileServer::Request &) { return HostileServer::xml(listing({}, u"t%1"_s.arg(++served))); });
    const Result<TreeMeasure::Totals> totals = measureFolder(client(), u"dir/"_s);
    QVERIFY(!totals);
    QCOMPARE(totals.error().code, u"storage.listing_empty_run"_s);
    QCOMPARE(served, ListingGuard::DefaultMaxEmptyRun);
}


// Issue 16, items 8 and 11: through dsstudio, what a server got wrong exits 1 ("failure"),
// never 2 ("bad input"), and nothing the server sent reaches the terminal as a control
// sequence: not in the error code, not in the message.
void tst_HostileServers::theCliReportsServerFaultsAsFailuresAndInert()
{
    if (TestEnv::keyringMode() != u"unlocked"_s)
        QSKIP("needs the keyring wrapper (tests/support/with-keyring.sh)");
    TestEnv env;
    const CliRun reg = env.cli({u"datastore"_s, u"register"_s, u"--type"_s, u"azure_blob"_s, u"--name"_s, u"hostile"_s, u"--auth"_s, u"sas"_s,
                                u"--account-name"_s, u"devstoreaccount1"_s, u"--container-name"_s, u"data"_s, u"--endpoint"_s,
                                m_server->origin() + u"/devstoreaccount1"_s, u"--secret-stdin"_s, u"--skip-validation"_s},
                               Sas.toUtf8() + '\n');
    QVERIFY2(reg.exitCode == 0, qPrintable(reg.err));
    const auto inert = [](const CliRun &r) {
        for (const QString &text : {r.out, r.err}) {
            for (const QChar c : text) {
                if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
                    return false;
            }
        }
        return true;
    };

    m_server->setHandler([](const HostileServer::Request &) { return HostileServer::xml("<EnumerationResults><Blobs><Blob><Name>a"); });
    const CliRun malformed = env.cli({u"ls"_s, u"hostile"_s});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains(u"listing"_s), qPrintable(malformed.err));
    QVERIFY(!malformed.err.contains(u"SENTINELSIG"_s));

    m_server->setHandler([](const HostileServer::Request &) {
        // XML may not hold C0 controls, but may hold C1 ones and bidirectional overrides.
        Reply r = HostileServer::xml("<?xml version=\"1.0\"?><Error><Code>EvilCode</Code>"
                                     "<Message>Go \xc2\x9b" "2Jred \xe2\x80\xae reversed</Message></Error>",
                                     403);
        r.headers.append(qMakePair(QByteArray("x-ms-error-code"), QByteArray("Evil\x1b]0;owned\x07Code")));
        return r;
    });
    for (const QStringList &args : {QStringList{u"ls"_s, u"hostile"_s}, QStringList{u"ls"_s, u"hostile"_s, u"--json"_s},
                                    QStringList{u"cat"_s, u"hostile/a.txt"_s}}) {
        const CliRun denied = env.cli(args);
        QVERIFY2(denied.exitCode != 0 && denied.exitCode != 2, qPrintable(args.join(u' ') + u": "_s + QString::number(denied.exitCode)));
        QVERIFY2(inert(denied), denied.err.toUtf8().toPercentEncoding(" /:'.()").constData());
        if (args.first() == u"ls"_s) // the message comes in the body of a GET
            QVERIFY2(denied.err.contains(u"Go \\x9b2Jred \\u{202e} reversed"_s), qPrintable(denied.err));
        else // a HEAD has only the header's code
            QVERIFY2(denied.err.contains(u"Evil\\e]0;owned"_s), qPrintable(denied.err));
        QVERIFY2(!denied.err.contains(u"\x1b"_s) && !denied.err.contains(u"\x07"_s), qPrintable(denied.err));
        QVERIFY(!denied.err.contains(u"SENTINELSIG"_s));
    }
}

// Every fault above, together, in a bounded amount of memory: the unbounded versions took
// 0.6 to 3 GiB. AddressSanitizer's shadow and quarantine (the sanitizer suite) take about
// twice as much again of what is allocated, so there the bound is wider.
// The Entra ID token request goes through the same HttpClient (issue 16): a 503 with
// Retry-After is waited out and retried, a redirect is not followed with the client secret,
// an endless answer is cut, and no error repeats the secret.
void tst_HostileServers::theTokenServiceGetsTheSameCare()
{
    const QString secret = u"SENTINELCLIENTSECRET"_s;
    const auto source = [&] {
        return new ClientCredentialsTokenSource(m_http->client(), QUrl(m_server->origin()), u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s,
                                                u"00000000-1111-2222-3333-444444444444"_s, secret, {}, m_server.get());
    };
    int calls = 0;
    m_server->setHandler([&calls](const HostileServer::Request &) {
        if (++calls == 1) {
            Reply busy;
            busy.statusLine = "HTTP/1.1 503 Service Unavailable";
            busy.headers = {{"Retry-After", "0"}};
            return busy;
        }
        Reply ok;
        ok.headers = {{"Content-Type", "application/json"}};
        ok.body = R"({"token_type":"Bearer","expires_in":3599,"access_token":"the-token"})";
        return ok;
    });
    const auto token = await(source()->token());
    QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
    QCOMPARE(token.value().token, u"the-token"_s);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->requests().first().body.contains("grant_type=client_credentials"));

    HostileServer elsewhere(QHostAddress(u"127.0.0.2"_s));
    QVERIFY(elsewhere.start());
    m_server->setHandler([&elsewhere](const HostileServer::Request &) {
        Reply r;
        r.statusLine = "HTTP/1.1 307 Temporary Redirect";
        r.headers = {{"Location", (elsewhere.origin() + u"/steal"_s).toUtf8()}};
        return r;
    });
    const auto redirected = await(source()->token());
    QVERIFY(!redirected);
    QVERIFY(elsewhere.requests().isEmpty());
    QVERIFY2(!redirected.error().toString().contains(secret), qPrintable(redirected.error().toString()));

    m_server->setHandler([](const HostileServer::Request &) {
        Reply r;
        r.body = QByteArray(64 * 1024, ' ');
        r.mode = Reply::Mode::Endless;
        return r;
    });
    QElapsedTimer timer;
    timer.start();
    const auto endless = await(source()->token(), 30000);
    QVERIFY(!endless);
    QVERIFY2(!endless.error().toString().contains(secret), qPrintable(endless.error().toString()));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void tst_HostileServers::memoryStayedBounded()
{
#if defined(__SANITIZE_ADDRESS__)
    const long bound = 500;
#else
    const long bound = 200;
#endif
    QVERIFY2(peakRssMiB() < bound, qPrintable(u"peak RSS %1 MiB (bound %2)"_s.arg(peakRssMiB()).arg(bound)));
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
