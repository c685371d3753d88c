// The DBFS test server as a process of its own (benchmarks, trying the studio by hand):
//   fakedbfs [--latency MS] [--file PATH:MIB]...
// serves Databricks' DBFS API 2.0 (tests/support/fakedbfsserver.h) with a file of MIB MiB of
// pseudo-random bytes at each PATH, prints its base URL on the first line of stdout and the
// SHA-256 of each file after it ("PATH HEX"), and serves until killed. Its token:
// FakeDbfsServer::Token.
#include <cstdio>
#include <cstring>
#include <random>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include "support/fakedbfsserver.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    FakeDbfsServer server;
    if (!server.start()) {
        std::fprintf(stderr, "fakedbfs: could not listen\n");
        return 1;
    }
    QStringList sums;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--latency") {
            server.http()->setLatencyMs(args.at(++i).toInt());
        } else if (args.at(i) == u"--file") {
            const QString spec = args.at(++i);
            const qsizetype colon = spec.lastIndexOf(u':');
            const QString path = spec.left(colon);
            QByteArray data(spec.mid(colon + 1).toLongLong() * 1024 * 1024, Qt::Uninitialized);
            std::mt19937_64 random(std::hash<QString>{}(path));
            for (qsizetype at = 0; at + 8 <= data.size(); at += 8) {
                const quint64 word = random();
                std::memcpy(data.data() + at, &word, 8);
            }
            sums << path + u' ' + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            server.putFile(path, data);
        }
    }
    std::printf("%s\n", qPrintable(server.base()));
    for (const QString &sum : sums)
        std::printf("%s\n", qPrintable(sum));
    std::fflush(stdout);
    return app.exec();
}
