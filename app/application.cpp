#include "app/application.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "models/datastorelistmodel.h"
#include "services/core/supportmatrix.h"
#include "services/net/storagehttp.h"
#include "services/secrets/keychainsecretstore.h"
#include "services/storage/storageaccessvalidator.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspacemanager.h"
#include "ui/mainwindow.h"
#include "ui/storagebrowserwindow.h"

Application::Application(QObject *parent)
    : QObject(parent), m_secrets(std::make_unique<KeychainSecretStore>(QCoreApplication::applicationName())),
      m_network(std::make_unique<QNetworkAccessManager>()), m_http(std::make_unique<StorageHttp>(m_network.get())),
      m_validator(std::make_unique<StorageAccessValidator>(m_http.get()))
{
}

Application::~Application()
{
    // The window and model go before the workspace they observe.
    m_window.reset();
    m_model.reset();
    m_manager.reset();
}

bool Application::start(const QString &requested, ApiError *error)
{
    const SupportMatrix &matrix = SupportMatrix::builtin();
    m_manager = std::make_unique<WorkspaceManager>(WorkspaceCatalog(), m_secrets.get(), m_validator.get(), matrix);
    m_manager->setHttp(m_http->client());
    Result<WorkspaceRef> ref = requested.isEmpty() ? Result<WorkspaceRef>(m_manager->catalog().current()) : m_manager->catalog().resolve(requested);
    if (!ref) {
        *error = ref.error();
        return false;
    }
    // A local workspace opens at once; an Azure ML one signs in and answers first, so the
    // window starts on it with "Opening…", and falls back to the local default if it fails.
    if (!ref.value().isAzure()) {
        if (const VoidResult opened = m_manager->open(ref.value().name); !opened) {
            *error = opened.error();
            return false;
        }
    }
    m_model = std::make_unique<DatastoreListModel>(matrix);
    m_window = std::make_unique<MainWindow>(m_manager.get(), m_model.get(), matrix);
    m_connector = std::make_unique<DatastoreConnector>(m_http.get(), matrix);
    m_connector->setSecretStore(m_secrets.get()); // DBFS browse connections
    m_window->setConnector(m_connector.get());
    m_window->setPreferences(m_preferences);
    // The studio ends when its main window has closed (and, with it, every browser window),
    // not when the last window happens to close: a browser finishing its transfers in the
    // background is hidden, not closed.
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_window->show();
    if (ref.value().isAzure())
        m_window->openWorkspace(ref.value());
    return true;
}
