#pragma once

#include <functional>

#include <QString>
#include <QStringList>

#include "services/core/result.h"
#include "services/workspace/workspaceref.h"

// Where local workspaces live, which Azure ML workspaces the user has connected to, and which
// one is current. Files: one SQLite file per local workspace under
// <AppDataLocation>/workspaces/; in <AppConfigLocation>/settings.ini the current workspace
// (a local name, or an Azure ML workspace's key) and the connected Azure ML workspaces as
// WorkspaceRefs — never a secret (so XDG_DATA_HOME / XDG_CONFIG_HOME relocate all state).
// Nothing is written until a workspace is created, connected or chosen.
class WorkspaceCatalog
{
public:
    static inline const QString DefaultWorkspace = QStringLiteral("default");

    WorkspaceCatalog();  // the standard locations
    WorkspaceCatalog(QString workspacesDir, QString settingsFile);

    QString workspacesDir() const { return m_dir; }
    QString path(const QString &name) const;
    bool exists(const QString &name) const;
    QStringList localWorkspaces() const;

    // Creates an empty workspace (with its built-in datastores); an error if it exists.
    VoidResult create(const QString &name) const;
    // The remembered workspace, or "default" when none was chosen.
    QString currentWorkspace() const;
    VoidResult setCurrentWorkspace(const QString &name) const;

    // The connected Azure ML workspaces, in the order they were connected.
    QList<WorkspaceRef> azureWorkspaces() const;
    // Adds `ref` (or replaces the one with its key).
    VoidResult rememberAzure(const WorkspaceRef &ref) const;
    VoidResult forgetAzure(const QString &key) const;
    // Every workspace: the local ones (with "default"), then the Azure ML ones.
    QList<WorkspaceRef> workspaces() const;
    // The remembered current workspace; "default" when none was chosen or it is gone.
    WorkspaceRef current() const;
    // A local workspace must exist, an Azure ML one must have been remembered.
    VoidResult setCurrent(const WorkspaceRef &ref) const;
    // What a user typed for a workspace (--workspace X): a local name, an Azure ML workspace's
    // key, or its name when only one connected workspace has it. workspace.not_found /
    // workspace.ambiguous otherwise.
    Result<WorkspaceRef> resolve(const QString &text) const;

private:
    VoidResult writeSettings(const std::function<void(class QSettings &)> &change) const;

    QString m_dir;
    QString m_settingsFile;
};
