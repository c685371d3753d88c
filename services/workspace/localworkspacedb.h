#pragma once

#include <memory>
#include <optional>

#include <QString>
#include <QStringList>

#include "services/core/datastore.h"
#include "services/core/result.h"

// The SQLite file of one local workspace (Qt SQL, QSQLITE). Synchronous; used by
// LocalWorkspace on the main thread. Every change is one transaction, so a crash leaves
// either the old or the new state. The schema is versioned with PRAGMA user_version and
// migrated forward on open; see localschema.cpp.
class LocalWorkspaceDb
{
public:
    static constexpr int CurrentSchemaVersion = 4;

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

    // How a save or a removal hands the datastore's keychain entries over, in the same
    // transaction as the record: the record's secret generation after a save, the entries it
    // no longer names (recorded as intents, to be deleted from the keychain next), and the
    // intents of entries it now names (cleared: they are no longer orphans-to-be).
    struct SecretHandover
    {
        QString generation;
        QStringList released;
        QStringList settled;
        qint64 pid = 0;
    };
    // A keychain entry being written or deleted by process `pid`; see LocalWorkspace.
    struct SecretIntent
    {
        QString entry;
        qint64 pid = 0;
    };

    // Inserts or replaces the datastore (fields and stored-secret names included), and makes
    // it the default when asked, in one transaction. Without a handover the secret generation
    // of an existing record is kept ('' for a new one).
    VoidResult save(const Datastore &datastore, bool makeDefault, const std::optional<SecretHandover> &handover = {});
    VoidResult remove(const QString &name, const std::optional<SecretHandover> &handover = {});
    VoidResult setDefault(const QString &name);

    Result<QString> secretGeneration(const QString &name) const;
    Result<QList<SecretIntent>> secretIntents() const;
    VoidResult addSecretIntents(const QStringList &entries, qint64 pid);
    VoidResult clearSecretIntents(const QStringList &entries);

private:
    explicit LocalWorkspaceDb(QString connectionName, QString path);
    VoidResult migrate();
    VoidResult seedSystemDatastores();
    ApiError dbError(const QString &what) const;

    QString m_connection;
    QString m_path;
    QString m_workspaceId;
};
