#pragma once

#include <functional>
#include <memory>

#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceservice.h"

class AccessValidator;
class LocalWorkspaceDb;
class SecretStore;

// The embedded workspace back end: one SQLite file (LocalWorkspaceDb) for the records, the
// SecretStore for every secret, an optional AccessValidator for access checks. Enforces the
// workspace rules: unique names, overwrite only when asked, workspaceblobstore and the
// current default never unregistered, set-default only on a known datastore that may be one.
//
// Secrets and records never disagree, even after a kill at any point: every save writes its
// secrets under a fresh *generation* (keychain key "<id>/<datastore>/<field>@<generation>"; the
// records of older versions use generation '' and the key without "@"), so the old entries
// stay intact until the record has switched. The order is: record an intent for each new
// entry (committed) -> write the new entries -> one transaction switching the record and
// recording the old entries as intents -> delete the old entries -> clear their intents.
// Unregistering records the entries as intents in the transaction that removes the record.
// The keychain cannot be enumerated, so the intents are how a later open finds what a killed
// process left: sweepOrphanedSecrets() deletes every intent's entry that no record names.
// Main thread only.
class LocalWorkspace final : public WorkspaceService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalWorkspace)

public:
    LocalWorkspace(QString name, std::unique_ptr<LocalWorkspaceDb> db, SecretStore *secrets,
                   AccessValidator *validator, const SupportMatrix &matrix, QObject *parent = nullptr);
    ~LocalWorkspace() override;

    QString id() const override;
    QString displayName() const override { return m_name; }

    bool canValidateAccess(StorageType type) const override;
    bool canCreateStorage(StorageType type) const override;
    DatastoreListJob *listDatastores() override;
    DatastoreJob *getDatastore(const QString &name) override;
    DatastoreJob *registerDatastore(const RegistrationRequest &request) override;
    DatastoreJob *updateCredentials(const CredentialUpdate &update) override;
    VoidJob *unregisterDatastore(const QString &name) override;
    DatastoreJob *defaultDatastore() override;
    VoidJob *setDefaultDatastore(const QString &name) override;
    SecretsJob *readSecrets(const QString &name) override;

    // The keychain key of one secret field of one datastore of this workspace, as its record
    // names it now.
    QString secretKey(const QString &datastore, const QString &field) const;
    // Every keychain key the records name.
    Result<QStringList> secretEntries() const;

    // Deletes the keychain entries that processes which have since died were writing or
    // deleting, unless a record names them, and clears those intents. Cheap (no keychain
    // call) when there is nothing to sweep; a keychain that cannot be reached leaves the
    // intents for the next open. Run once after opening.
    VoidJob *sweepOrphanedSecrets();

private:
    Result<Datastore> findExisting(const QString &name) const;
    std::optional<ApiError> validationUnavailable(const Datastore &ds, bool createIfNotExists) const;
    // Validates access (when asked), then stores the new secrets and commits `ds` (see the
    // class comment for the order).
    void validateAndStore(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets,
                          const std::optional<Datastore> &previous, bool validate, bool create, bool makeDefault);
    void storeSecretsAndCommit(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets,
                               const std::optional<Datastore> &previous, bool makeDefault);
    void commit(DatastoreJob *job, const Datastore &ds, const QString &generation, const QStringList &written,
                const QStringList &previousEntries, bool makeDefault);
    // Deletes entries that no record names any more, then clears their intents; `done` runs
    // either way (a failed delete leaves the intents for the sweep).
    void release(const QStringList &entries, const QObject *context, std::function<void(const Result<SecretMap> &)> done);
    QString entryKey(const QString &datastore, const QString &field, const QString &generation) const;

    QString m_name;
    std::unique_ptr<LocalWorkspaceDb> m_db;
    SecretStore *m_secrets;
    AccessValidator *m_validator;
    const SupportMatrix &m_matrix;
};
