#include "services/workspace/datastoreconnector.h"

#include <QCoreApplication>

#include "services/auth/tokensource.h"
#include "services/net/storagehttp.h"
#include "services/storage/storageclient.h"
#include "services/secrets/secretstore.h"
#include "services/storage/dbfsclient.h"
#include "services/storage/storageclientfactory.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

void ClientJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

DatastoreConnector::DatastoreConnector(StorageHttp *http, const SupportMatrix &matrix, QObject *parent)
    : QObject(parent), m_http(http), m_matrix(matrix)
{
}

QString DatastoreConnector::browsableTypes() const
{
    QStringList labels;
    for (const StorageTypeSpec &t : m_matrix.types()) {
        if (StorageClientFactory::supports(t.type))
            labels.append(t.label);
    }
    if (labels.size() <= 1)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return tr("%1 and %2").arg(labels.join(u", "_s), last);
}

std::optional<ApiError> DatastoreConnector::unsupported(const Datastore &ds) const
{
    if (StorageClientFactory::supports(ds.type))
        return std::nullopt;
    return ApiError::make(ApiError::Kind::Unsupported, u"storage.type"_s,
                          tr("'%1' is of type %2; only %3 datastores can be browsed.").arg(ds.name, m_matrix.type(ds.type).label, browsableTypes()));
}

ClientJob *DatastoreConnector::open(WorkspaceService *workspace, const Datastore &ds, QObject *clientParent)
{
    if (BrowseConnections::needsOne(ds.type) && !unsupported(ds))
        return openThroughConnection(workspace, ds, clientParent);
    auto *job = new ClientJob(this);
    if (const auto refused = unsupported(ds)) {
        job->finish(*refused);
        return job;
    }
    StorageClientFactory::preconnect(ds, m_http); // while the credential is read
    SecretsJob *secrets = workspace->readSecrets(ds.name);
    connect(job, &Job::cancelRequested, secrets, &Job::cancel);
    QPointer<QObject> parent(clientParent);
    const bool parented = clientParent != nullptr;
    // Identity-based datastores reach storage with the signed-in user's token, where there is one.
    QPointer<TokenSource> identity = ds.auth == AuthKind::None ? workspace->identityTokens(u"https://storage.azure.com/"_s) : nullptr;
    onFinished(secrets, job, [this, job, ds, parent, parented, identity](const Result<SecretMap> &read) {
        if (!read) {
            job->finish(read.error());
            return;
        }
        if (parented && !parent) {
            job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
            return;
        }
        job->finish(StorageClientFactory::create(ds, read.value(), m_http, parent.data(), identity.data()));
    });
    return job;
}

ClientJob *DatastoreConnector::openThroughConnection(WorkspaceService *workspace, const Datastore &ds, QObject *clientParent)
{
    auto *job = new ClientJob(this);
    const QString how = tr("give its Databricks workspace URL and a personal access token: dsstudio datastore update-credentials %1 "
                           "--databricks-url URL --secret-stdin (or Update credentials… in the studio)")
                            .arg(ds.name);
    if (!m_store) {
        job->finish(noKeychain(ds.name));
        return job;
    }
    QPointer<QObject> parent(clientParent);
    const bool parented = clientParent != nullptr;
    QPointer<TokenSource> identity = workspace->identityTokens(DbfsClient::Resource);
    SecretsJob *read = BrowseConnections::read(m_store, workspace->id(), ds.name, job);
    connect(job, &Job::cancelRequested, read, &Job::cancel);
    onFinished(read, job, [this, job, ds, parent, parented, identity, how](const Result<SecretMap> &connection) {
        if (!connection) {
            job->finish(connection.error());
            return;
        }
        if (parented && !parent) {
            job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
            return;
        }
        const QString url = connection.value().value(BrowseConnections::UrlField);
        const QString token = connection.value().value(BrowseConnections::TokenField);
        if (url.isEmpty()) {
            job->finish(ApiError::make(ApiError::Kind::Secret, u"dbfs.no_connection"_s,
                                       tr("'%1' is a DBFS datastore, and its record names no Databricks workspace: %2.").arg(ds.name, how)));
            return;
        }
        if (const auto bad = DbfsClient::checkWorkspaceUrl(url)) {
            job->finish(*bad);
            return;
        }
        if (token.isEmpty() && !identity) {
            job->finish(ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s,
                                       tr("'%1' has no Databricks token stored and nobody is signed in to lend one: %2.").arg(ds.name, how)));
            return;
        }
        job->finish(static_cast<StorageClient *>(new DbfsClient(m_http->client(), QUrl(url), token, token.isEmpty() ? identity.data() : nullptr,
                                                                parent.data())));
    });
    return job;
}
