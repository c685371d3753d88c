// datastore-studio — the desktop studio.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

#include "app/application.h"
#include "services/core/preferences.h"
#include "services/core/translations.h"
#include "services/net/httpclient.h"
#include "services/core/apierror.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("datastore-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Datastore Studio"));
    QApplication::setOrganizationName(QString());
    QApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    // The menu entry and the icon the package installs (the desktop finds the window by it).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.datastorestudio.DatastoreStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.datastorestudio.DatastoreStudio")));
    QApplication::setQuitOnLastWindowClosed(false); // MainWindow::quitRequested ends the studio

    // The language first: every text, the options' help included, is made in it.
    QStringList arguments = QCoreApplication::arguments();
    const QString requested = Translations::takeLanguageOption(&arguments);
    // The settings file: a value in it that breaks its rule is reported and the defaults are
    // used (the file is left for the user to see; Settings… rewrites it).
    Result<Preferences> preferences = Preferences::load();
    if (!preferences)
        std::fprintf(stderr, "datastore-studio: %s\n", qUtf8Printable(preferences.error().message));
    const Preferences prefs = preferences ? preferences.value() : Preferences();
    const Result<QString> language = Translations::choose(requested.isEmpty() ? prefs.language : requested);
    if (!language) {
        std::fprintf(stderr, "datastore-studio: %s\n", qUtf8Printable(language.error().message));
        return 2;
    }
    Translations::install(language.value());
    HttpClient::useSystemProxy();
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage Azure Machine Learning datastores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Open the local workspace <name>."),
                                       QStringLiteral("name"));
    parser.addOption(workspace);
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Show the studio in language <code> (en, nl, or system: the desktop's)."),
                                  QStringLiteral("code"));
    parser.addOption(lang);
    parser.process(arguments);

    Application studio;
    studio.setPreferences(prefs);
    ApiError error;
    if (!studio.start(parser.value(workspace), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Datastore Studio"), error.toString());
        return 1;
    }
    return QApplication::exec();
}
