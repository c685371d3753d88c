// dsstudio — the command-line companion of Datastore Studio.
#include <QCoreApplication>

#include <cstdio>

#include "app/cli/cliapplication.h"
#include "services/core/translations.h"
#include "services/net/httpclient.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("datastore-studio"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    // The language first: every message, --help included, is made in it.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const Result<QString> language = Translations::choose(Translations::takeLanguageOption(&arguments));
    if (!language) {
        std::fprintf(stderr, "dsstudio: %s\n", qUtf8Printable(language.error().message));
        return 2;
    }
    Translations::install(language.value());
    HttpClient::useSystemProxy();
    CliApplication cli(arguments);
    cli.start();
    return QCoreApplication::exec();
}
