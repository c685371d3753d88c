// benchtool — helpers for tests/bench/bench.py (run on demand, never by ctest):
//   benchtool seed ENDPOINT ACCOUNT KEY CONTAINER COUNT      put COUNT small blobs, 64 in flight
//   benchtool rawlist ENDPOINT ACCOUNT KEY CONTAINER          the floor: page through List Blobs
//                                                            (5000 per page) and only count names
//   benchtool firstpage ENDPOINT ACCOUNT KEY CONTAINER       one List Blobs round trip vs the
//                                                            browser's first page on screen
//   benchtool modelmem COUNT                                  bytes per entry of the browser model
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#include "models/storagebrowsermodel.h"
#include "services/net/sharedkey.h"
#include "services/net/storagehttp.h"
#include "services/storage/blobclient.h"
#include "support/memorystorageclient.h"
#include "ui/storagebrowserwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Target
{
    QString endpoint;
    QString account;
    QByteArray key;
    QString container;
};

QNetworkRequest signedRequest(const Target &t, const QByteArray &method, const QUrl &url, qint64 bodySize = -1)
{
    HeaderList headers{{"x-ms-date", SharedKey::httpDate(QDateTime::currentDateTimeUtc())}, {"x-ms-version", "2023-11-03"}};
    if (method == "PUT" && url.query().isEmpty())
        headers.append({QByteArray("x-ms-blob-type"), QByteArray("BlockBlob")});
    HeaderList signedHeaders = headers;
    if (bodySize >= 0)
        signedHeaders.append({"Content-Length", QByteArray::number(bodySize)});
    QNetworkRequest req(url);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    req.setRawHeader("Authorization", SharedKey::authorization(method, url, signedHeaders, t.account, t.key));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

int seed(QNetworkAccessManager &net, const Target &t, int count)
{
    const QUrl containerUrl(t.endpoint + u'/' + t.container + u"?restype=container"_s);
    QEventLoop loop;
    QNetworkReply *create = net.sendCustomRequest(signedRequest(t, "PUT", containerUrl, 0), "PUT", QByteArray());
    QObject::connect(create, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    create->deleteLater();
    int next = 0, done = 0, failed = 0;
    std::function<void()> launch = [&] {
        if (next >= count)
            return;
        const int i = next++;
        const QByteArray body = "blob " + QByteArray::number(i) + '\n';
        const QUrl url(t.endpoint + u'/' + t.container + u"/item-%1.txt"_s.arg(i, 7, 10, QLatin1Char('0')));
        QNetworkReply *r = net.sendCustomRequest(signedRequest(t, "PUT", url, body.size()), "PUT", body);
        QObject::connect(r, &QNetworkReply::finished, &loop, [&, r] {
            r->deleteLater();
            failed += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201 ? 0 : 1;
            if (++done == count)
                loop.quit();
            else
                launch();
        });
    };
    for (int k = 0; k < 64; ++k)
        launch();
    if (count > 0)
        loop.exec();
    std::printf("seeded %d blobs, %d failed\n", count, failed);
    return failed == 0 ? 0 : 1;
}

// Returns the number of names; *firstPageMs gets the first round trip when asked.
qint64 rawList(QNetworkAccessManager &net, const Target &t, int pageSize, bool onlyFirst, qint64 *firstPageMs = nullptr)
{
    qint64 names = 0;
    QByteArray marker;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    do {
        QString q = u"?restype=container&comp=list&maxresults=%1"_s.arg(pageSize);
        if (!marker.isEmpty())
            q += u"&marker="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(marker)));
        const QUrl url(t.endpoint + u'/' + t.container + q);
        QNetworkReply *r = net.get(signedRequest(t, "GET", url));
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = r->readAll();
        r->deleteLater();
        names += body.count("<Name>");
        const qsizetype a = body.indexOf("<NextMarker>");
        const qsizetype b = body.indexOf("</NextMarker>");
        marker = a >= 0 && b > a ? body.mid(a + 12, b - a - 12) : QByteArray();
        if (firstPageMs && *firstPageMs < 0)
            *firstPageMs = timer.elapsed();
    } while (!marker.isEmpty() && !onlyFirst);
    return names;
}

qint64 rssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cmd = args.value(1);
    QNetworkAccessManager net;
    Target t{args.value(2), args.value(3), QByteArray::fromBase64(args.value(4).toLatin1()), args.value(5)};
    if (cmd == u"seed"_s)
        return seed(net, t, args.value(6).toInt());
    if (cmd == u"rawlist"_s) {
        std::printf("%lld\n", rawList(net, t, 5000, false));
        return 0;
    }
    if (cmd == u"firstpage"_s) {
        // Medians of 7 single List Blobs round trips of the browser's page size and of 7 times
        // from opening the browser to its first rows being painted, taken in turns so that the
        // server's drift (an in-memory Azurite's garbage collection) falls on both alike.
        const int page = 1000;
        const int reps = 7;
        QList<qint64> trips;
        StorageHttp http(&net);
        QList<qint64> shown;
        for (int i = 0; i < reps; ++i) {
            qint64 ms = -1;
            rawList(net, t, page, true, &ms);
            trips.append(ms);
            StorageLocation loc;
            loc.serviceUrl = QUrl(t.endpoint);
            loc.account = t.account;
            loc.container = t.container;
            StorageAuth auth;
            auth.kind = StorageAuth::Kind::SharedKey;
            auth.account = t.account;
            auth.key = t.key;
            QElapsedTimer timer;
            timer.start();
            Datastore ds;
            ds.name = u"bench"_s;
            auto *window = new StorageBrowserWindow(ds, new BlobClient(&http, loc, auth));
            window->show();
            QEventLoop loop;
            QObject::connect(window->model(), &StorageBrowserModel::pageLoaded, &loop, &QEventLoop::quit);
            loop.exec();
            window->listView()->viewport()->repaint(); // the rows are on screen
            shown.append(timer.elapsed());
            delete window;
        }
        std::sort(trips.begin(), trips.end());
        std::sort(shown.begin(), shown.end());
        std::printf("list_blobs_round_trip_ms %lld\nbrowser_first_page_ms %lld\n", trips.at(reps / 2), shown.at(reps / 2));
        return 0;
    }
    if (cmd == u"modelmem"_s) {
        const qint64 count = args.value(2).toLongLong();
        auto *client = new MemoryStorageClient;
        client->setSynthetic(count);
        StorageBrowserModel model;
        model.setPageSize(5000);
        model.setClient(client);
        // Pages are generated as they are asked for; only the model keeps entries.
        const qint64 before = rssKiB();
        QEventLoop loop;
        QObject::connect(&model, &StorageBrowserModel::folderStateChanged, &loop, [&] {
            if (model.state({}) == StorageBrowserModel::State::Partial)
                model.fetchMore({});
            else if (model.state({}) == StorageBrowserModel::State::Complete)
                loop.quit();
        });
        model.fetchMore({});
        loop.exec();
        const qint64 after = rssKiB();
        std::printf("model_rows %d\nmodel_entry_bytes %.1f\nrss_growth_bytes_per_entry %.1f\n", model.rowCount(),
                    double(model.entryBytes()) / double(count), double(after - before) * 1024.0 / double(count));
        // A header click on a complete folder: sort by size (largest first), then back to the
        // service's order; the time the UI thread is busy for each.
        QElapsedTimer t;
        t.start();
        model.sort(StorageBrowserModel::SizeColumn, Qt::DescendingOrder);
        const qint64 bySize = t.restart();
        model.sort(StorageBrowserModel::NameColumn, Qt::AscendingOrder);
        std::printf("sort_by_size_ms %lld\nsort_back_ms %lld\n", qlonglong(bySize), qlonglong(t.elapsed()));
        delete client;
        return 0;
    }
    QTextStream(stderr) << "usage: benchtool seed|rawlist|firstpage ENDPOINT ACCOUNT KEY CONTAINER [COUNT] | modelmem COUNT\n";
    return 64;
}
