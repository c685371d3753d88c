#include "services/workspace/workspacemanager.h"

#include <QCoreApplication>
#include <QTimer>

#include "services/auth/azureclisession.h"
#include "services/auth/devicecodesignin.h"
#include "services/auth/tokensource.h"
#include "services/core/names.h"
#include "services/net/httpclient.h"
#include "services/secrets/secretstore.h"
#include "services/workspace/azuremlworkspace.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"

using namespace Qt::Literals::StringLiterals;

WorkspaceManager::WorkspaceManager(WorkspaceCatalog catalog, SecretStore *secrets, AccessValidator *validator,
                                   const SupportMatrix &matrix, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_secrets(secrets), m_validator(validator), m_matrix(matrix)
{
    m_currentRef = WorkspaceRef::local(WorkspaceCatalog::DefaultWorkspace);
}

WorkspaceManager::~WorkspaceManager() = default;

void WorkspaceManager::setHttp(HttpClient *http)
{
    m_http = http;
}

QStringList WorkspaceManager::localWorkspaces() const
{
    QStringList names = m_catalog.localWorkspaces();
    if (!names.contains(WorkspaceCatalog::DefaultWorkspace))
        names.prepend(WorkspaceCatalog::DefaultWorkspace); // exists implicitly
    return names;
}

QString WorkspaceManager::currentName() const
{
    return m_current ? m_current->displayName() : QString();
}

void WorkspaceManager::makeCurrent(WorkspaceService *next, const WorkspaceRef &ref, Remember remember)
{
    WorkspaceService *previous = m_current;
    m_current = next;
    m_currentRef = ref;
    if (remember == Remember::Yes) {
        if (const VoidResult remembered = m_catalog.setCurrent(ref); !remembered)
            qWarning("could not remember the current workspace: %s", qPrintable(remembered.error().message));
    }
    emit currentChanged(next);
    if (previous && previous != next)
        previous->deleteLater();
}

VoidResult WorkspaceManager::open(const QString &name, Remember remember)
{
    if (m_current && !m_currentRef.isAzure() && m_currentRef.name == name)
        return {};
    const auto mode = name == WorkspaceCatalog::DefaultWorkspace ? LocalWorkspaceDb::OpenMode::CreateIfMissing
                                                                : LocalWorkspaceDb::OpenMode::OpenExisting;
    if (auto error = Names::checkWorkspaceName(name))
        return *error;
    if (mode == LocalWorkspaceDb::OpenMode::OpenExisting && !m_catalog.exists(name)) {
        return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                              tr("There is no local workspace named '%1'.").arg(name), u"workspace"_s);
    }
    auto db = LocalWorkspaceDb::open(m_catalog.path(name), mode);
    if (!db)
        return db.error();
    if (m_opening)
        m_opening->cancel(); // superseded
    auto *next = new LocalWorkspace(name, db.takeValue(), m_secrets, m_validator, m_matrix, this);
    m_sweep = next->sweepOrphanedSecrets(); // what a killed process left in the keychain
    makeCurrent(next, WorkspaceRef::local(name), remember);
    return {};
}

VoidJob *WorkspaceManager::open(const WorkspaceRef &ref, Remember remember)
{
    auto *job = new VoidJob(this);
    if (!ref.isAzure()) {
        job->finish(open(ref.name, remember));
        return job;
    }
    if (m_current && m_currentRef.key() == ref.key()) {
        job->finish({});
        return job;
    }
    if (m_opening)
        m_opening->cancel();
    m_opening = job;
    const auto connectWith = [=, this](const SecretMap &secrets) {
        openAzure(job, ref, secrets, SignInStep::Restore, [=, this](const Result<AzureMlWorkspace *> &ws) {
            if (!ws) {
                job->finish(ws.error());
                return;
            }
            WorkspaceRef known = ref;
            if (known.v1Base != ws.value()->v1Base()) {
                known.v1Base = ws.value()->v1Base(); // discovered now: the next open skips it
                if (const VoidResult kept = m_catalog.rememberAzure(known); !kept)
                    qWarning("could not remember the workspace's service address: %s", qPrintable(kept.error().message));
            }
            makeCurrent(ws.value(), known, remember);
            job->finish({});
        });
    };
    if (ref.signIn != WorkspaceRef::SignIn::ServicePrincipal) {
        connectWith({}); // a device code sign-in restores itself from the keychain; az login needs nothing
        return job;
    }
    const QString secretKey = ref.signInKey() + u'/' + ClientSecretField;
    onFinished(m_secrets->read({secretKey}), job, [=](const Result<SecretMap> &read) {
        if (!read) {
            job->finish(read.error());
            return;
        }
        if (!read.value().contains(secretKey)) {
            job->finish(ApiError::make(ApiError::Kind::Auth, u"signin.no_secret"_s,
                                       tr("The keychain holds no client secret for service principal %1 of %2; connect to the workspace again.")
                                           .arg(ref.clientId, ref.displayName()),
                                       u"secret"_s));
            return;
        }
        connectWith({{ClientSecretField, read.value().value(secretKey)}});
    });
    return job;
}

void WorkspaceManager::openAzure(VoidJob *job, const WorkspaceRef &ref, const SecretMap &signInSecrets, SignInStep step,
                                 std::function<void(const Result<AzureMlWorkspace *> &)> done)
{
    if (!m_http) {
        done(ApiError::make(ApiError::Kind::Network, u"network.unavailable"_s, tr("No network access is set up for Azure ML workspaces.")));
        return;
    }
    auto *ws = new AzureMlWorkspace(ref, m_http, nullptr, m_matrix, this);
    // The sign-in lives as long as the workspace; the tokens it holds die with it.
    VoidJob *signingIn = nullptr;
    switch (ref.signIn) {
    case WorkspaceRef::SignIn::ServicePrincipal: {
        const QString secret = signInSecrets.value(ClientSecretField);
        ws->setTokenSource(new ClientCredentialsTokenSource(m_http, ref.cloud.authority, ref.tenantId, ref.clientId, secret, ref.cloud.armResource, ws));
        ws->setIdentityFactory([http = QPointer<HttpClient>(m_http), ref, secret](const QString &resource, QObject *parent) -> TokenSource * {
            return new ClientCredentialsTokenSource(http, ref.cloud.authority, ref.tenantId, ref.clientId, secret, resource, parent);
        });
        break;
    }
    case WorkspaceRef::SignIn::DeviceCode: {
        auto *person = new DeviceCodeSignIn(m_http, ref.cloud.authority, ref.tenantId, ref.clientId, ref.cloud.armResource, m_secrets,
                                            ref.signInKey(), ws);
        connect(person, &DeviceCodeSignIn::prompt, this, &WorkspaceManager::signInPrompt);
        ws->setTokenSource(person);
        ws->setIdentityFactory([person](const QString &resource, QObject *parent) -> TokenSource * { return person->forResource(resource, parent); });
        if (step == SignInStep::Restore) {
            signingIn = person->restore();
        } else {
            signingIn = signInPerson(person, ws);
        }
        break;
    }
    case WorkspaceRef::SignIn::AzureCli:
        ws->setTokenSource(new AzureCliSession(m_http, {}, ref.cloud.authority, ref.tenantId, ref.cloud.armResource, ws));
        ws->setIdentityFactory([http = QPointer<HttpClient>(m_http), ref](const QString &resource, QObject *parent) -> TokenSource * {
            return new AzureCliSession(http, {}, ref.cloud.authority, ref.tenantId, resource, parent);
        });
        break;
    }
    const auto connectNow = [job, ws, done] {
        VoidJob *connecting = ws->connectToWorkspace();
        connect(job, &Job::cancelRequested, connecting, &Job::cancel);
        onFinished(connecting, job, [job, ws, done](const VoidResult &r) {
            if (!r || job->isCancelled()) {
                ws->deleteLater();
                done(r ? ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")) : r.error());
                return;
            }
            done(ws);
        });
    };
    if (!signingIn) {
        connectNow();
        return;
    }
    connect(job, &Job::cancelRequested, signingIn, &Job::cancel);
    onFinished(signingIn, job, [=](const VoidResult &signedIn) {
        if (!signedIn) {
            ws->deleteLater();
            ApiError e = signedIn.error();
            if (e.code == u"signin.required"_s)
                e.message = tr("Nobody is signed in to %1 any more; connect to it again to sign in.").arg(ref.displayName());
            done(e);
            return;
        }
        connectNow();
    });
}

VoidJob *WorkspaceManager::signInPerson(DeviceCodeSignIn *person, QObject *context)
{
    // A sign-in kept from before (the picker's, another workspace's) serves if it still gives a
    // token; one the service no longer honours (expired, revoked) means signing in anew.
    auto *chain = new VoidJob(context);
    const auto fresh = [chain, person] {
        VoidJob *signingIn = person->signIn();
        connect(chain, &Job::cancelRequested, signingIn, &Job::cancel);
        onFinished(signingIn, chain, [chain](const VoidResult &signedIn) { chain->finish(signedIn); });
    };
    onFinished(person->restore(), chain, [chain, person, fresh](const VoidResult &restored) {
        if (!restored) {
            if (restored.error().kind == ApiError::Kind::Secret)
                chain->finish(restored.error()); // no keychain: it could not keep a new one either
            else
                fresh();
            return;
        }
        onFinished(person->token(), chain, [chain, fresh](const Result<AccessToken> &token) {
            if (token)
                chain->finish({});
            else if (token.error().kind == ApiError::Kind::Auth)
                fresh();
            else
                chain->finish(token.error());
        });
    });
    return chain;
}

VoidJob *WorkspaceManager::connectAzure(const WorkspaceRef &ref, const SecretMap &signInSecrets, Remember remember)
{
    auto *job = new VoidJob(this);
    if (!ref.isAzure()) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"workspace.kind"_s, tr("%1 is not an Azure ML workspace.").arg(ref.displayName())));
        return job;
    }
    if (ref.signIn == WorkspaceRef::SignIn::ServicePrincipal && signInSecrets.value(ClientSecretField).isEmpty()) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"field.required"_s,
                                   tr("Client secret: a service principal needs its client secret."), ClientSecretField));
        return job;
    }
    if (m_opening)
        m_opening->cancel();
    m_opening = job;
    openAzure(job, ref, signInSecrets, SignInStep::Interactive, [=, this](const Result<AzureMlWorkspace *> &ws) {
        if (!ws) {
            job->finish(ws.error());
            return;
        }
        const auto remembered = [=, this] {
            WorkspaceRef known = ref;
            known.v1Base = ws.value()->v1Base();
            if (const VoidResult kept = m_catalog.rememberAzure(known); !kept) {
                ws.value()->deleteLater();
                job->finish(kept);
                return;
            }
            emit workspacesChanged();
            makeCurrent(ws.value(), known, remember);
            job->finish({});
        };
        if (signInSecrets.isEmpty()) {
            remembered();
            return;
        }
        // It answered: now the secret may be kept, and the workspace remembered.
        SecretMap entries;
        for (auto it = signInSecrets.cbegin(); it != signInSecrets.cend(); ++it)
            entries.insert(ref.signInKey() + u'/' + it.key(), it.value());
        onFinished(m_secrets->write(entries), job, [=](const Result<SecretMap> &written) {
            if (!written) {
                ws.value()->deleteLater();
                job->finish(written.error());
                return;
            }
            remembered();
        });
    });
    return job;
}

DirectoryJob *WorkspaceManager::discover(const CloudProfile &cloud, WorkspaceRef::SignIn signIn, const QString &tenantId, const QString &clientId,
                                         const SecretMap &signInSecrets)
{
    auto *job = new DirectoryJob(this);
    if (!m_http) {
        job->finish(ApiError::make(ApiError::Kind::Network, u"network.unavailable"_s, tr("No network access is set up for Azure ML workspaces.")));
        return job;
    }
    WorkspaceRef who; // only the sign-in's part: where its keychain entries live
    who.cloud = cloud;
    who.tenantId = tenantId;
    who.clientId = clientId;
    const auto list = [job, this, cloud](TokenSource *tokens) {
        auto *directory = new AzureMlDirectory(m_http, tokens, cloud, job);
        DirectoryJob *all = directory->allWorkspaces();
        connect(job, &Job::cancelRequested, all, &Job::cancel);
        onFinished(all, job, [job](const Result<QList<DirectoryEntry>> &r) { job->finish(r); });
    };
    switch (signIn) {
    case WorkspaceRef::SignIn::ServicePrincipal:
        list(new ClientCredentialsTokenSource(m_http, cloud.authority, tenantId, clientId, signInSecrets.value(ClientSecretField), cloud.armResource, job));
        break;
    case WorkspaceRef::SignIn::AzureCli:
        list(new AzureCliSession(m_http, {}, cloud.authority, tenantId, cloud.armResource, job));
        break;
    case WorkspaceRef::SignIn::DeviceCode: {
        auto *person = new DeviceCodeSignIn(m_http, cloud.authority, tenantId, clientId, cloud.armResource, m_secrets, who.signInKey(), job);
        connect(person, &DeviceCodeSignIn::prompt, this, &WorkspaceManager::signInPrompt);
        VoidJob *signingIn = signInPerson(person, job);
        connect(job, &Job::cancelRequested, signingIn, &Job::cancel);
        onFinished(signingIn, job, [job, person, list](const VoidResult &signedIn) {
            if (!signedIn)
                job->finish(signedIn.error());
            else
                list(person);
        });
        break;
    }
    }
    return job;
}

VoidJob *WorkspaceManager::disconnectAzure(const WorkspaceRef &ref)
{
    auto *job = new VoidJob(this);
    // A sign-in may serve several workspaces (one person, one tenant): its secrets go with the last.
    bool shared = false;
    for (const WorkspaceRef &other : m_catalog.azureWorkspaces())
        shared = shared || (other.key() != ref.key() && other.signInKey() == ref.signInKey());
    const QStringList entries = shared ? QStringList()
                                       : QStringList{ref.signInKey() + u'/' + ClientSecretField, ref.signInKey() + u'/' + DeviceCodeSignIn::RefreshTokenField};
    onFinished(m_secrets->remove(entries), job, [=, this](const Result<SecretMap> &removed) {
        if (!removed) {
            job->finish(removed.error());
            return;
        }
        if (const VoidResult forgotten = m_catalog.forgetAzure(ref.key()); !forgotten) {
            job->finish(forgotten);
            return;
        }
        emit workspacesChanged();
        if (m_current && m_currentRef.key() == ref.key())
            open(WorkspaceCatalog::DefaultWorkspace, Remember::No);
        job->finish({});
    });
    return job;
}

VoidResult WorkspaceManager::createLocal(const QString &name)
{
    if (const VoidResult created = m_catalog.create(name); !created)
        return created;
    emit workspacesChanged();
    return open(name);
}
