// DatastoreConnector's part for the studio's own browse connections (BrowseConnections): a
// DBFS datastore's record holds no credential, so the connection is checked, kept and
// forgotten here, beside the workspace, in one place for the wizard, the dialogs and the CLI.
#include "services/workspace/datastoreconnector.h"

#include <QCoreApplication>
#include <QUrl>

#include "services/auth/tokensource.h"
#include "services/net/storagehttp.h"
#include "services/secrets/secretstore.h"
#include "services/storage/dbfsclient.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError cancelled()
{
    return ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, QCoreApplication::translate("DatastoreConnector", "Cancelled."));
}

// Forwards `outer`'s cancel to whichever step runs now; lives as long as `outer`.
class Steps final : public QObject
{
public:
    explicit Steps(Job *outer) : QObject(outer), m_outer(outer)
    {
        connect(outer, &Job::cancelRequested, this, [this] {
            if (m_current)
                m_current->cancel();
        });
    }
    template<typename J>
    J *run(J *step)
    {
        m_current = step;
        if (m_outer->isCancelled())
            step->cancel();
        return step;
    }

private:
    Job *m_outer;
    QPointer<Job> m_current;
};

} // namespace

std::optional<ApiError> DatastoreConnector::connectionProblem(WorkspaceService *workspace, const SecretMap &connection) const
{
    const QString url = connection.value(BrowseConnections::UrlField);
    if (url.isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput, u"dbfs.no_url"_s,
                              tr("Access to a DBFS datastore is checked through its Databricks workspace, and no Databricks workspace URL "
                                 "was given: give it, or register without checking access."),
                              BrowseConnections::UrlField);
    if (const auto bad = DbfsClient::checkWorkspaceUrl(url)) {
        ApiError e = *bad;
        e.field = BrowseConnections::UrlField;
        return e;
    }
    if (connection.value(BrowseConnections::TokenField).isEmpty() && !(workspace && workspace->identityTokens(DbfsClient::Resource)))
        return ApiError::make(ApiError::Kind::InvalidInput, u"dbfs.no_token"_s,
                              tr("A Databricks personal access token is needed: nobody is signed in to this workspace to lend an Entra token."),
                              BrowseConnections::TokenField);
    return std::nullopt;
}

VoidJob *DatastoreConnector::checkConnection(WorkspaceService *workspace, const SecretMap &connection)
{
    auto *job = new VoidJob(this);
    if (const auto problem = connectionProblem(workspace, connection)) {
        job->finish(*problem);
        return job;
    }
    const QString token = connection.value(BrowseConnections::TokenField);
    TokenSource *identity = token.isEmpty() ? workspace->identityTokens(DbfsClient::Resource) : nullptr;
    auto *client = new DbfsClient(m_http->client(), QUrl(connection.value(BrowseConnections::UrlField)), token, identity, job);
    VoidJob *probe = client->probe(false);
    connect(job, &Job::cancelRequested, probe, &Job::cancel);
    onFinished(probe, job, [job](const VoidResult &r) { job->finish(r); });
    return job;
}

DatastoreJob *DatastoreConnector::registerWithConnection(WorkspaceService *workspace, RegistrationRequest request, const SecretMap &connection)
{
    auto *job = new DatastoreJob(this);
    if (!m_store) {
        job->finish(noKeychain(request.datastore.name));
        return job;
    }
    auto *steps = new Steps(job);
    QPointer<WorkspaceService> ws(workspace);
    const auto keep = [this, job, ws, steps](const Datastore &registered, const SecretMap &values) {
        if (!ws) {
            job->finish(cancelled());
            return;
        }
        onFinished(steps->run(BrowseConnections::write(m_store, ws->id(), registered.name, values)), job,
                   [job, registered](const Result<SecretMap> &kept) {
                       if (!kept) {
                           ApiError e = kept.error();
                           e.message = tr("Registered '%1', but its Databricks connection could not be kept: %2").arg(registered.name, e.message);
                           job->finish(e);
                           return;
                       }
                       job->finish(registered);
                   });
    };
    const auto doRegister = [job, ws, steps, keep, connection](RegistrationRequest r) {
        if (!ws) {
            job->finish(cancelled());
            return;
        }
        // The workspace cannot check what its record does not hold: checked here, or skipped.
        r.options.skipValidation = true;
        onFinished(steps->run(ws->registerDatastore(r)), job, [job, keep, connection](const Result<Datastore> &registered) {
            if (!registered) {
                job->finish(registered.error());
                return;
            }
            if (connection.isEmpty())
                job->finish(registered);
            else
                keep(registered.value(), connection);
        });
    };
    if (request.options.skipValidation) {
        doRegister(request);
        return job;
    }
    onFinished(steps->run(checkConnection(workspace, connection)), job, [job, doRegister, request](const VoidResult &checked) {
        if (!checked) {
            job->finish(checked.error());
            return;
        }
        doRegister(request);
    });
    return job;
}

VoidJob *DatastoreConnector::replaceConnection(WorkspaceService *workspace, const QString &name, const SecretMap &connection, bool skipValidation)
{
    auto *job = new VoidJob(this);
    if (!m_store) {
        job->finish(noKeychain(name));
        return job;
    }
    auto *steps = new Steps(job);
    QPointer<WorkspaceService> ws(workspace);
    const auto replace = [this, job, ws, steps, name, connection] {
        if (!ws) {
            job->finish(cancelled());
            return;
        }
        // A token given replaces the old one; none given removes it (the Entra token is used).
        onFinished(steps->run(BrowseConnections::remove(m_store, ws->id(), name)), job, [this, job, ws, steps, name, connection](const Result<SecretMap> &gone) {
            if (!gone) {
                job->finish(gone.error());
                return;
            }
            if (!ws) {
                job->finish(cancelled());
                return;
            }
            onFinished(steps->run(BrowseConnections::write(m_store, ws->id(), name, connection)), job, [job](const Result<SecretMap> &w) {
                job->finish(w ? VoidResult() : VoidResult(w.error()));
            });
        });
    };
    if (skipValidation) {
        replace();
        return job;
    }
    onFinished(steps->run(checkConnection(workspace, connection)), job, [job, replace](const VoidResult &checked) {
        if (!checked) {
            job->finish(checked.error());
            return;
        }
        replace();
    });
    return job;
}

SecretsJob *DatastoreConnector::readConnection(WorkspaceService *workspace, const QString &name)
{
    if (!m_store) {
        auto *job = new SecretsJob(this);
        job->finish(noKeychain(name));
        return job;
    }
    return BrowseConnections::read(m_store, workspace->id(), name, this);
}

VoidJob *DatastoreConnector::unregister(WorkspaceService *workspace, const QString &name)
{
    auto *job = new VoidJob(this);
    auto *steps = new Steps(job);
    QPointer<WorkspaceService> ws(workspace);
    onFinished(steps->run(workspace->getDatastore(name)), job, [this, job, ws, steps, name](const Result<Datastore> &found) {
        if (!found) {
            job->finish(found.error());
            return;
        }
        if (!ws) {
            job->finish(cancelled());
            return;
        }
        const bool hasConnection = BrowseConnections::needsOne(found.value().type) && m_store;
        onFinished(steps->run(ws->unregisterDatastore(name)), job, [this, job, ws, steps, name, hasConnection](const VoidResult &gone) {
            if (!gone || !hasConnection || !ws) {
                job->finish(gone);
                return;
            }
            // What the studio kept beside the workspace goes with the record.
            onFinished(steps->run(BrowseConnections::remove(m_store, ws->id(), name)), job, [job, name](const Result<SecretMap> &forgotten) {
                if (!forgotten) {
                    ApiError e = forgotten.error();
                    e.message = tr("Unregistered '%1', but its Databricks connection is still in the keychain: %2").arg(name, e.message);
                    job->finish(e);
                    return;
                }
                job->finish(VoidResult());
            });
        });
    });
    return job;
}

ApiError DatastoreConnector::noKeychain(const QString &name) const
{
    return ApiError::make(ApiError::Kind::Secret, u"secret.no_service"_s,
                          tr("'%1' is reached through a connection kept in the keychain, and there is no keychain here.").arg(name));
}
