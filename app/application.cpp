#include "app/application.h"

#include <QCoreApplication>

#include "models/datastorelistmodel.h"
#include "services/core/supportmatrix.h"
#include "services/secrets/keychainsecretstore.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "services/workspace/workspacecatalog.h"
#include "ui/mainwindow.h"

Application::Application(QObject *parent)
    : QObject(parent), m_catalog(std::make_unique<WorkspaceCatalog>()),
      m_secrets(std::make_unique<KeychainSecretStore>(QCoreApplication::applicationName()))
{
}

Application::~Application()
{
    // The window and model go before the workspace they observe.
    m_window.reset();
    m_model.reset();
}

bool Application::start(const QString &requested, ApiError *error)
{
    const QString name = requested.isEmpty() ? m_catalog->currentWorkspace() : requested;
    const auto mode = name == WorkspaceCatalog::DefaultWorkspace ? LocalWorkspaceDb::OpenMode::CreateIfMissing
                                                                : LocalWorkspaceDb::OpenMode::OpenExisting;
    auto db = LocalWorkspaceDb::open(m_catalog->path(name), mode);
    if (!db) {
        *error = db.error();
        return false;
    }
    const SupportMatrix &matrix = SupportMatrix::builtin();
    m_workspace = std::make_unique<LocalWorkspace>(name, db.takeValue(), m_secrets.get(), nullptr, matrix);
    m_model = std::make_unique<DatastoreListModel>(matrix);
    m_window = std::make_unique<MainWindow>(m_model.get(), name);
    m_model->setWorkspace(m_workspace.get());
    m_window->show();
    return true;
}
