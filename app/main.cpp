// datastore-studio — the desktop studio.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include "app/application.h"
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

    HttpClient::useSystemProxy();
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage Azure Machine Learning datastores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Open the local workspace <name>."),
                                       QStringLiteral("name"));
    parser.addOption(workspace);
    parser.process(app);

    Application studio;
    ApiError error;
    if (!studio.start(parser.value(workspace), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Datastore Studio"), error.toString());
        return 1;
    }
    return QApplication::exec();
}
