#pragma once

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
// Secrets are written before the record is committed and restored if the commit fails, so
// a registration is either complete or absent. Main thread only.
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

    // The keychain key of one secret field of one datastore of this workspace.
    QString secretKey(const QString &datastore, const QString &field) const;

private:
    Result<Datastore> findExisting(const QString &name) const;
    std::optional<ApiError> validationUnavailable(const Datastore &ds, bool createIfNotExists) const;
    // Validates access (when asked), then stores the new secrets, commits `ds`, and removes
    // secrets the new record no longer has; on a failed commit the previous secrets return.
    void validateAndStore(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets,
                          const std::optional<Datastore> &previous, bool validate, bool create, bool makeDefault);
    void storeSecretsAndCommit(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets,
                               const std::optional<Datastore> &previous, bool makeDefault);
    void commit(DatastoreJob *job, const Datastore &ds, const SecretMap &written, const SecretMap &previousValues,
                const std::optional<Datastore> &previous, bool makeDefault);
    QMap<QString, QString> keyed(const QString &datastore, const SecretMap &secrets) const;

    QString m_name;
    std::unique_ptr<LocalWorkspaceDb> m_db;
    SecretStore *m_secrets;
    AccessValidator *m_validator;
    const SupportMatrix &m_matrix;
};
