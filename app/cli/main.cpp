// dsstudio — the command-line companion of Datastore Studio.
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

#include "app/cli/cliapplication.h"
#include "services/core/preferences.h"
#include "services/core/translations.h"
#include "services/net/httpclient.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("datastore-studio"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    // The language first: every message, --help included, is made in it.
    // Preferences: the settings file the studio keeps, under DSSTUDIO_LANG, DSSTUDIO_PARALLEL
    // and DSSTUDIO_VERIFY; the flags (--lang, --parallel, --verify) over both.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString requested = Translations::takeLanguageOption(&arguments);
    Result<Preferences> preferences = Preferences::load();
    if (preferences)
        preferences = preferences.value().withEnvironment(QProcessEnvironment::systemEnvironment());
    const Result<QString> language = Translations::choose(!requested.isEmpty() ? requested : preferences ? preferences.value().language : QString());
    if (language)
        Translations::install(language.value());
    if (!language || !preferences) {
        std::fprintf(stderr, "dsstudio: %s\n", qUtf8Printable((language ? preferences.error() : language.error()).message));
        return 2;
    }
    HttpClient::useSystemProxy();
    CliApplication cli(arguments);
    cli.setPreferences(preferences.value());
    cli.start();
    return QCoreApplication::exec();
}
