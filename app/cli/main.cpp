// dsstudio — the command-line companion of Datastore Studio.
#include <QCoreApplication>

#include "app/cli/cliapplication.h"
#include "services/net/httpclient.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("datastore-studio"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    HttpClient::useSystemProxy();
    CliApplication cli(QCoreApplication::arguments().mid(1));
    cli.start();
    return QCoreApplication::exec();
}
