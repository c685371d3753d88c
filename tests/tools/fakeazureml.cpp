// The Azure ML test server as a process of its own (benchmarks, trying the studio by hand):
//   fakeazureml [--latency MS] [--page-size N] [--seed N]
// prints its base URL (the ARM endpoint and the authority) on the first line of stdout and
// serves until killed. Sign in with the service principal FakeAzureMlServer names (tenant,
// client id, secret: see tests/support/fakeazuremlserver.h) or the device code flow.
#include <cstdio>

#include <QCoreApplication>
#include <QStringList>

#include "support/fakeazuremlserver.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&args](const char *flag, int fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(flag));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    FakeAzureMlServer server;
    if (!server.start()) {
        std::fprintf(stderr, "fakeazureml: could not listen\n");
        return 1;
    }
    server.http()->setLatencyMs(value("--latency", 0));
    server.setPageSize(value("--page-size", 100));
    if (const int seed = value("--seed", 0); seed > 0)
        server.seedBlobDatastores(QStringLiteral("ds_"), seed);
    server.setDeviceCodeScript({QStringLiteral("ok")}, 0);
    std::printf("%s\n", qPrintable(server.base()));
    std::fflush(stdout);
    return app.exec();
}
