#include "app/application.h"

#include <QCoreApplication>

#include "models/datastorelistmodel.h"
#include "services/core/supportmatrix.h"
#include "services/secrets/keychainsecretstore.h"
#include "services/workspace/workspacemanager.h"
#include "ui/mainwindow.h"

Application::Application(QObject *parent)
    : QObject(parent), m_secrets(std::make_unique<KeychainSecretStore>(QCoreApplication::applicationName()))
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
    // No access validator yet: the storage clients bring them.
    m_manager = std::make_unique<WorkspaceManager>(WorkspaceCatalog(), m_secrets.get(), nullptr, matrix);
    const QString name = requested.isEmpty() ? m_manager->catalog().currentWorkspace() : requested;
    if (const VoidResult opened = m_manager->open(name); !opened) {
        *error = opened.error();
        return false;
    }
    m_model = std::make_unique<DatastoreListModel>(matrix);
    m_window = std::make_unique<MainWindow>(m_manager.get(), m_model.get(), matrix);
    m_window->show();
    return true;
}
