#pragma once

#include <QString>
#include <QStringList>

#include "services/core/result.h"

// Where local workspaces live and which one is current. Files: one SQLite file per
// workspace under <AppDataLocation>/workspaces/, and the current workspace's name in
// <AppConfigLocation>/settings.ini (so XDG_DATA_HOME / XDG_CONFIG_HOME relocate all state).
// Nothing is written until a workspace is created or chosen.
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

private:
    QString m_dir;
    QString m_settingsFile;
};
