#pragma once

#include <functional>
#include <memory>

#include <QMap>
#include <QPointer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "services/core/supportmatrix.h"
#include "services/workspace/azuremlmapping.h"
#include "services/workspace/workspaceref.h"
#include "services/workspace/workspaceservice.h"

class ArmClient;
struct HttpResponse;
class HttpClient;
class TokenSource;

// The Azure ML workspace back end (REFERENCE.md 3-5): datastores of Blob, File, ADLS Gen1 and
// Gen2 through ARM's v2 API (list following nextLink, get, PUT of the complete resource,
// delete, listSecrets), and through the workspace's v1 datastore service what v2 cannot do:
// Azure SQL Database, PostgreSQL, MySQL and DBFS datastores, and setting the default. The
// workspace rules (WorkspaceRules) are checked before anything is sent; the service checks
// access itself unless validation is skipped, and its reason comes back with the client
// request id. Secrets stay in the workspace: readSecrets() asks the service each time and
// nothing is kept. Every ARM call carries the token of `tokens` (one refresh and retry on a
// 401). Open with connect() before use. Main thread.
class AzureMlWorkspace final : public WorkspaceService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureMlWorkspace)

public:
    static inline const QString DefaultApiVersion = QStringLiteral("2025-12-01");

    // `tokens` gives ARM tokens for the workspace's cloud; it is not owned.
    AzureMlWorkspace(WorkspaceRef ref, HttpClient *http, TokenSource *tokens, const SupportMatrix &matrix, QObject *parent = nullptr);
    ~AzureMlWorkspace() override;

    // Reads the workspace (GET of its ARM resource: it exists and the identity may see it) and
    // its discovery document (the v1 service's address). Required before any other call.
    VoidJob *connectToWorkspace();
    const WorkspaceRef &ref() const { return m_ref; }
    // Where ARM tokens come from (set before connecting when not given to the constructor).
    void setTokenSource(TokenSource *tokens);
    void setApiVersion(const QString &version) { m_apiVersion = version; }
    // How many datastores a list page asks for (the service may send fewer).
    void setPageSize(int count) { m_pageSize = count; }
    QUrl v1Base() const { return m_v1Base; }

    QString id() const override { return m_ref.key(); }
    QString displayName() const override { return m_ref.displayName(); }
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
    TokenSource *identityTokens(const QString &resource) override;
    bool keepsSecretsItself() const override { return true; }
    // How the sign-in makes a token source for another resource (set by WorkspaceManager).
    using IdentityFactory = std::function<TokenSource *(const QString &resource, QObject *parent)>;
    void setIdentityFactory(IdentityFactory factory) { m_identityFactory = std::move(factory); }

private:
    // A datastore as the service has it: the record, the raw resource or DTO (kept so an
    // update resends what the studio does not edit) and which API holds it.
    struct Found
    {
        Datastore datastore;
        nlohmann::json raw;
        AzureMlMapping::Api api = AzureMlMapping::Api::V2;
    };
    using FoundCallback = std::function<void(const Result<Found> &)>;
    // Finds `name` through v2 then v1; NotFound names the datastore and workspace. With
    // `missingOk`, an unknown name gives an empty Found (datastore.name empty).
    void find(const QString &name, const QObject *context, bool missingOk, FoundCallback done);
    static nlohmann::json parseBody(const HttpResponse &response);
    static ApiError badAnswer(const QString &what);
    QUrl armUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    QUrl v1Url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    ApiError notConnected() const;
    ApiError notFound(const QString &name) const;
    // Sends the new record (v2 PUT or v1 POST/PUT) and answers with it as the service has it.
    void write(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets, const std::optional<Found> &previous, bool validate,
               bool makeDefault);
    void finishWritten(DatastoreJob *job, const QString &name, bool makeDefault);
    using PageCallback = std::function<void(const QList<Datastore> &)>;
    // `done` also gets the entries left out (name, reason): types and credentials the studio
    // does not handle, or that v1 shows instead.
    using Skipped = QList<QPair<QString, QString>>;
    void pageV2(const QUrl &url, const QObject *context, PageCallback onPage,
                std::function<void(const Result<QList<Datastore>> &, const Skipped &)> done);
    struct V2Walk;
    void requestV2Page(const QUrl &url, std::shared_ptr<V2Walk> walk);
    void pageV1(const QString &token, const QObject *context, QList<Datastore> collected, PageCallback onPage,
                std::function<void(const Result<QList<Datastore>> &)> done);

    WorkspaceRef m_ref;
    QPointer<HttpClient> m_http;
    ArmClient *m_arm;
    const SupportMatrix &m_matrix;
    QString m_apiVersion = DefaultApiVersion;
    int m_pageSize = 100;
    QUrl m_v1Base;
    bool m_connected = false;
    IdentityFactory m_identityFactory;
    QMap<QString, TokenSource *> m_identityTokens;
};
