#pragma once

#include <QObject>
#include <QString>

#include "services/core/jobs.h"

class TokenSource;

// The one interface both workspace back ends implement: the local SQLite workspace and (a
// later issue) an Azure ML workspace over the ARM + v1 REST APIs. Every call returns a job
// (see jobs.h) and never blocks on the network or the keychain. Callers must not assume
// which back end they talk to. Lives on the main thread; owned by the composition root.
class WorkspaceService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceService)

public:
    using QObject::QObject;

    // A stable identifier (keys secrets, survives renames) and a name for people.
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;

    // Whether this workspace can check access to (or create) storage of a type; the UI
    // offers the option only where it can.
    virtual bool canValidateAccess(StorageType type) const = 0;
    virtual bool canCreateStorage(StorageType type) const = 0;

    virtual DatastoreListJob *listDatastores() = 0;
    virtual DatastoreJob *getDatastore(const QString &name) = 0;
    // Validates access unless options.skipValidation; honours overwrite, create-if-not-exists
    // and set-default. Secrets go to the secret store, never to the workspace record.
    virtual DatastoreJob *registerDatastore(const RegistrationRequest &request) = 0;
    // Replaces the credential; the previous one is kept if anything fails.
    virtual DatastoreJob *updateCredentials(const CredentialUpdate &update) = 0;
    virtual VoidJob *unregisterDatastore(const QString &name) = 0;
    virtual DatastoreJob *defaultDatastore() = 0;
    virtual VoidJob *setDefaultDatastore(const QString &name) = 0;
    // The stored secret values of a datastore (field id -> value), for an explicit "Show".
    virtual SecretsJob *readSecrets(const QString &name) = 0;
    // Whether the workspace itself holds the datastores' secrets (an Azure ML workspace, in its
    // Key Vault): then nothing is asked for them until someone asks to see one, and the UI
    // says "the workspace", not "the keychain".
    virtual bool keepsSecretsItself() const { return false; }
    // The signed-in identity's tokens for `resource` ("https://storage.azure.com/" for
    // identity-based datastores: credential kind none), owned by the workspace; null where
    // nobody is signed in (a local workspace).
    virtual TokenSource *identityTokens(const QString &resource)
    {
        Q_UNUSED(resource);
        return nullptr;
    }

signals:
    // Emitted after any successful change, so views can refresh.
    void datastoresChanged();
};
