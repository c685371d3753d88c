#include "services/workspace/workspacemanager.h"

#include <QCoreApplication>

#include "services/core/names.h"

#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"

using namespace Qt::Literals::StringLiterals;

WorkspaceManager::WorkspaceManager(WorkspaceCatalog catalog, SecretStore *secrets, AccessValidator *validator,
                                   const SupportMatrix &matrix, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_secrets(secrets), m_validator(validator), m_matrix(matrix)
{
}

WorkspaceManager::~WorkspaceManager() = default;

QStringList WorkspaceManager::localWorkspaces() const
{
    QStringList names = m_catalog.localWorkspaces();
    if (!names.contains(WorkspaceCatalog::DefaultWorkspace))
        names.prepend(WorkspaceCatalog::DefaultWorkspace); // exists implicitly
    return names;
}

QString WorkspaceManager::currentName() const
{
    return m_current ? m_current->displayName() : QString();
}

VoidResult WorkspaceManager::open(const QString &name, Remember remember)
{
    if (m_current && m_current->displayName() == name)
        return {};
    const auto mode = name == WorkspaceCatalog::DefaultWorkspace ? LocalWorkspaceDb::OpenMode::CreateIfMissing
                                                                : LocalWorkspaceDb::OpenMode::OpenExisting;
    if (auto error = Names::checkWorkspaceName(name))
        return *error;
    if (mode == LocalWorkspaceDb::OpenMode::OpenExisting && !m_catalog.exists(name)) {
        return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                              QCoreApplication::translate("WorkspaceManager", "There is no local workspace named '%1'.").arg(name),
                              u"workspace"_s);
    }
    auto db = LocalWorkspaceDb::open(m_catalog.path(name), mode);
    if (!db)
        return db.error();
    auto *next = new LocalWorkspace(name, db.takeValue(), m_secrets, m_validator, m_matrix, this);
    m_sweep = next->sweepOrphanedSecrets(); // what a killed process left in the keychain
    WorkspaceService *previous = m_current;
    m_current = next;
    if (remember == Remember::Yes) {
        if (const VoidResult remembered = m_catalog.setCurrentWorkspace(name); !remembered)
            qWarning("could not remember the current workspace: %s", qPrintable(remembered.error().message));
    }
    emit currentChanged(next);
    if (previous)
        previous->deleteLater();
    return {};
}

VoidResult WorkspaceManager::createLocal(const QString &name)
{
    if (const VoidResult created = m_catalog.create(name); !created)
        return created;
    emit workspacesChanged();
    return open(name);
}
