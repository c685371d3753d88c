#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "services/core/jobs.h"
#include "services/core/result.h"
#include "services/workspace/workspacecatalog.h"

class AccessValidator;
class SecretStore;
class SupportMatrix;
class WorkspaceService;

// Which workspace the studio is on, and switching between workspaces. Owns the current
// WorkspaceService; on a switch it emits currentChanged(new) and deletes the old one from the
// event loop, after every observer has moved on. Today it knows local workspaces; the Azure ML
// back end adds remote ones here. Main thread; owned by the composition root.
class WorkspaceManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceManager)

public:
    WorkspaceManager(WorkspaceCatalog catalog, SecretStore *secrets, AccessValidator *validator,
                     const SupportMatrix &matrix, QObject *parent = nullptr);
    ~WorkspaceManager() override;

    QStringList localWorkspaces() const;
    WorkspaceService *current() const { return m_current; }
    QString currentName() const;
    const WorkspaceCatalog &catalog() const { return m_catalog; }

    // Whether opening a workspace also makes it the one the next start opens (the studio's
    // switcher does; `dsstudio --workspace NAME` does not).
    enum class Remember { Yes, No };
    // Opens a local workspace and makes it current. "default" is created on first use; any
    // other name must exist (workspace.not_found). Starts the sweep of keychain entries that
    // killed processes left (sweep()).
    VoidResult open(const QString &name, Remember remember = Remember::Yes);
    // The orphaned-secrets sweep of the current workspace while it runs; null once done.
    VoidJob *sweep() const { return m_sweep; }
    VoidResult createLocal(const QString &name);

signals:
    void currentChanged(WorkspaceService *workspace);
    void workspacesChanged();

private:
    WorkspaceCatalog m_catalog;
    SecretStore *m_secrets;
    AccessValidator *m_validator;
    const SupportMatrix &m_matrix;
    QPointer<WorkspaceService> m_current;
    QPointer<VoidJob> m_sweep;
};
