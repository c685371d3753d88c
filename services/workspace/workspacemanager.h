#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include "services/core/jobs.h"
#include "services/core/result.h"
#include "services/workspace/workspacecatalog.h"
#include "services/workspace/azuremldirectory.h"
#include "services/workspace/workspaceref.h"

class AccessValidator;
class AzureMlWorkspace;
class DeviceCodeSignIn;
class HttpClient;
class SecretStore;
class SupportMatrix;
class WorkspaceService;

// Which workspace the studio is on, and switching between workspaces: the back-end factory.
// Opens a WorkspaceRef — a local workspace (LocalWorkspace over its SQLite file) or an Azure
// ML one (AzureMlWorkspace, signed in as the ref says, its sign-in secret from the keychain) —
// asynchronously, and owns the current WorkspaceService; on a switch it emits
// currentChanged(new) and deletes the old one from the event loop, after every observer has
// moved on. A newer open supersedes one still under way. Main thread; owned by the
// composition root.
class WorkspaceManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceManager)

public:
    WorkspaceManager(WorkspaceCatalog catalog, SecretStore *secrets, AccessValidator *validator,
                     const SupportMatrix &matrix, QObject *parent = nullptr);
    ~WorkspaceManager() override;

    QStringList localWorkspaces() const;
    // Every workspace the user can switch to: local ones, then connected Azure ML ones.
    QList<WorkspaceRef> workspaces() const { return m_catalog.workspaces(); }
    WorkspaceService *current() const { return m_current; }
    QString currentName() const;
    // The reference of the current workspace (a local "default" before the first open).
    WorkspaceRef currentRef() const { return m_currentRef; }
    // Where Azure ML workspaces send their requests; without it they cannot be opened.
    void setHttp(HttpClient *http);
    const WorkspaceCatalog &catalog() const { return m_catalog; }

    // Whether opening a workspace also makes it the one the next start opens (the studio's
    // switcher does; `dsstudio --workspace NAME` does not).
    enum class Remember { Yes, No };
    // Opens a local workspace and makes it current. "default" is created on first use; any
    // other name must exist (workspace.not_found). Starts the sweep of keychain entries that
    // killed processes left (sweep()).
    VoidResult open(const QString &name, Remember remember = Remember::Yes);
    // Opens either kind; finishes once the workspace is current (or with why not: an Azure ML
    // workspace needs a token and a GET of the workspace). Cancel stops it, changing nothing.
    VoidJob *open(const WorkspaceRef &ref, Remember remember = Remember::Yes);
    // The first connection to an Azure ML workspace, with the sign-in's secrets (a service
    // principal: {"client_secret": …}). Only once it has answered are the secrets written to
    // the keychain (under ref.signInKey()), the workspace remembered and made current.
    VoidJob *connectAzure(const WorkspaceRef &ref, const SecretMap &signInSecrets, Remember remember = Remember::Yes);
    // The Azure ML workspaces a sign-in can see, for the picker (every enabled subscription's).
    // Signs in as connectAzure() would; a device code sign-in is kept in the keychain, so the
    // connection that follows needs no second one.
    DirectoryJob *discover(const CloudProfile &cloud, WorkspaceRef::SignIn signIn, const QString &tenantId, const QString &clientId,
                           const SecretMap &signInSecrets);
    // Forgets a connected Azure ML workspace and its sign-in secrets (the workspace itself is untouched).
    VoidJob *disconnectAzure(const WorkspaceRef &ref);
    static inline const QString ClientSecretField = QStringLiteral("client_secret");
    // The orphaned-secrets sweep of the current workspace while it runs; null once done.
    VoidJob *sweep() const { return m_sweep; }
    VoidResult createLocal(const QString &name);

signals:
    void currentChanged(WorkspaceService *workspace);
    // A device code sign-in waits for the person: show them this (connectAzure()).
    void signInPrompt(const QString &message, const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    void workspacesChanged();

private:
    enum class SignInStep { Restore, Interactive };
    // Builds the Azure ML workspace with its sign-in (restored from the keychain, or
    // interactively for a first device code connection) and connects; `done` gets it,
    // connected, or the error (the object is then already deleted).
    void openAzure(VoidJob *job, const WorkspaceRef &ref, const SecretMap &signInSecrets, SignInStep step,
                   std::function<void(const Result<AzureMlWorkspace *> &)> done);
    void makeCurrent(WorkspaceService *next, const WorkspaceRef &ref, Remember remember);
    // A person's sign-in for a first connection or the picker: the kept one if it still
    // works, else the device code flow.
    VoidJob *signInPerson(DeviceCodeSignIn *person, QObject *context);

    WorkspaceCatalog m_catalog;
    SecretStore *m_secrets;
    AccessValidator *m_validator;
    const SupportMatrix &m_matrix;
    QPointer<WorkspaceService> m_current;
    WorkspaceRef m_currentRef;
    QPointer<HttpClient> m_http;
    QPointer<VoidJob> m_opening;
    QPointer<VoidJob> m_sweep;
};
