#pragma once

#include <optional>

#include <QObject>
#include <QPointer>

#include "services/core/jobs.h"
#include "services/core/supportmatrix.h"

class StorageClient;
#include "services/secrets/secretstore.h"
class StorageHttp;
class WorkspaceService;

class ClientJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientJob)

public:
    using ResultType = Result<StorageClient *>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const Result<StorageClient *> &result);
};

// Turns a datastore of a workspace into a connected storage client: the one way the browser
// and the CLI reach a datastore's data. The credential comes from the workspace
// (WorkspaceService::readSecrets: the keychain for a local workspace; the workspace's
// listSecrets for an Azure ML one), and the connection to the service is opened while it is
// read. A DBFS datastore is reached through the studio's own browse connection instead
// (BrowseConnections: the Databricks URL and a token from the keychain, or the signed-in
// user's Entra token). Which types can be reached is said by the client factory alone, so
// messages and menus never repeat the list. Main thread; owned by the composition root.
class DatastoreConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreConnector)

public:
    DatastoreConnector(StorageHttp *http, const SupportMatrix &matrix, QObject *parent = nullptr);

    // Why `ds` cannot be browsed, naming the types that can; nothing when it can.
    std::optional<ApiError> unsupported(const Datastore &ds) const;
    // The labels of the types that can be browsed, joined for a sentence ("A, B and C").
    QString browsableTypes() const;
    // A client for `ds` of `workspace`, parented to `clientParent` (null: the caller owns it).
    ClientJob *open(WorkspaceService *workspace, const Datastore &ds, QObject *clientParent);

    StorageHttp *http() const { return m_http; }
    // Where browse connections are kept (the keychain); without one, DBFS cannot be reached.
    void setSecretStore(SecretStore *store) { m_store = store; }
    SecretStore *secretStore() const { return m_store; }

    // The studio's own connection of a datastore whose record holds none (DBFS; see
    // BrowseConnections): the wizard, the credentials dialog and the CLI go through these, so
    // the connection is checked, kept and forgotten the same way everywhere. Its fields are
    // BrowseConnections::UrlField and TokenField (no token: the signed-in user's Entra token).
    // Why `connection` cannot be checked as it is (a missing or bad URL, no token and nobody
    // signed in), naming the field; nothing when it can.
    std::optional<ApiError> connectionProblem(WorkspaceService *workspace, const SecretMap &connection) const;
    // Checks `connection` by listing the store's root.
    VoidJob *checkConnection(WorkspaceService *workspace, const SecretMap &connection);
    // Registers `request` and keeps `connection` beside it. The workspace cannot check what
    // its record does not hold, so the connection is checked here first (unless the request
    // skips validation) and the record then registered unchecked; a failed check registers
    // nothing. An empty `connection` registers the record alone.
    DatastoreJob *registerWithConnection(WorkspaceService *workspace, RegistrationRequest request, const SecretMap &connection);
    // Replaces the connection of `name`, checked first unless `skipValidation`; a failed
    // check changes nothing.
    VoidJob *replaceConnection(WorkspaceService *workspace, const QString &name, const SecretMap &connection, bool skipValidation);
    // The connection kept for `name` (none kept: an empty map).
    SecretsJob *readConnection(WorkspaceService *workspace, const QString &name);
    // Unregisters `name` and forgets what the studio kept beside its record.
    VoidJob *unregister(WorkspaceService *workspace, const QString &name);

private:
    ClientJob *openThroughConnection(WorkspaceService *workspace, const Datastore &ds, QObject *clientParent);
    ApiError noKeychain(const QString &name) const;

    StorageHttp *m_http;
    QPointer<SecretStore> m_store;
    const SupportMatrix &m_matrix;
};
