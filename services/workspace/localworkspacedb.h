#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "services/core/datastore.h"
#include "services/core/result.h"

// The SQLite file of one local workspace (Qt SQL, QSQLITE). Synchronous; used by
// LocalWorkspace on the main thread. Every change is one transaction, so a crash leaves
// either the old or the new state. The schema is versioned with PRAGMA user_version and
// migrated forward on open; see localschema.cpp.
class LocalWorkspaceDb
{
public:
    static constexpr int CurrentSchemaVersion = 2;
    static inline const QString BlobStoreName = QStringLiteral("workspaceblobstore");
    static inline const QString FileStoreName = QStringLiteral("workspacefilestore");

    enum class OpenMode { OpenExisting, CreateIfMissing };
    static Result<std::unique_ptr<LocalWorkspaceDb>> open(const QString &path, OpenMode mode);
    ~LocalWorkspaceDb();
    LocalWorkspaceDb(const LocalWorkspaceDb &) = delete;
    LocalWorkspaceDb &operator=(const LocalWorkspaceDb &) = delete;

    QString path() const { return m_path; }
    QString workspaceId() const { return m_workspaceId; }
    int schemaVersion() const;

    Result<QList<Datastore>> list() const;
    Result<std::optional<Datastore>> find(const QString &name) const;
    Result<QString> defaultName() const;
    // Inserts or replaces the datastore (fields and stored-secret names included), and makes
    // it the default when asked, in one transaction.
    VoidResult save(const Datastore &datastore, bool makeDefault);
    VoidResult remove(const QString &name);
    VoidResult setDefault(const QString &name);

private:
    explicit LocalWorkspaceDb(QString connectionName, QString path);
    VoidResult migrate();
    VoidResult seedSystemDatastores();
    ApiError dbError(const QString &what) const;

    QString m_connection;
    QString m_path;
    QString m_workspaceId;
};
