#include "services/workspace/workspacecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "services/core/names.h"
#include "services/workspace/localworkspacedb.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkspaceCatalog", text);
}

const QString CurrentKey = u"workspace/current"_s;

} // namespace

WorkspaceCatalog::WorkspaceCatalog()
    : WorkspaceCatalog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspaces"_s,
                       QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini"_s)
{
}

WorkspaceCatalog::WorkspaceCatalog(QString workspacesDir, QString settingsFile)
    : m_dir(std::move(workspacesDir)), m_settingsFile(std::move(settingsFile))
{
}

QString WorkspaceCatalog::path(const QString &name) const
{
    return m_dir + u'/' + name + u".sqlite"_s;
}

bool WorkspaceCatalog::exists(const QString &name) const
{
    return QFileInfo::exists(path(name));
}

QStringList WorkspaceCatalog::localWorkspaces() const
{
    QStringList names;
    const QFileInfoList files = QDir(m_dir).entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!Names::checkWorkspaceName(file.completeBaseName()))
            names.append(file.completeBaseName());
    }
    return names;
}

VoidResult WorkspaceCatalog::create(const QString &name) const
{
    if (auto error = Names::checkWorkspaceName(name))
        return *error;
    if (exists(name)) {
        return ApiError::make(ApiError::Kind::Conflict, u"workspace.exists"_s,
                              tr("A local workspace named '%1' already exists.").arg(name), u"workspace"_s);
    }
    auto db = LocalWorkspaceDb::open(path(name), LocalWorkspaceDb::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    return {};
}

QString WorkspaceCatalog::currentWorkspace() const
{
    if (!QFileInfo::exists(m_settingsFile))
        return DefaultWorkspace;
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QString name = settings.value(CurrentKey).toString();
    return name.isEmpty() ? DefaultWorkspace : name;
}

VoidResult WorkspaceCatalog::setCurrentWorkspace(const QString &name) const
{
    if (auto error = Names::checkWorkspaceName(name))
        return *error;
    if (!exists(name)) {
        return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                              tr("There is no local workspace named '%1'.").arg(name), u"workspace"_s);
    }
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(CurrentKey, name);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return ApiError::make(ApiError::Kind::Database, u"settings.write"_s,
                              tr("Could not save the settings file %1.").arg(QDir::toNativeSeparators(m_settingsFile)));
    }
    return {};
}
