#include "services/storage/storageclientfactory.h"

#include <QCoreApplication>

#include "services/core/fieldrules.h"
#include "services/net/storagehttp.h"
#include "services/storage/blobclient.h"
#include "services/storage/dfsclient.h"
#include "services/storage/fileshareclient.h"
#include "services/storage/gen1client.h"
#include "services/storage/gen2client.h"
#include "services/sql/sqlsource.h"

#include "services/auth/tokensource.h"

using namespace Qt::Literals::StringLiterals;

namespace StorageClientFactory {

namespace {

// The texts of the factory, in context "StorageClientFactory", for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StorageClientFactory)
};

// WebHDFS with a token for the Gen1 resource from the datastore's own service principal.
Result<StorageClient *> createGen1(const Datastore &ds, const SecretMap &secrets, StorageHttp *http, QObject *parent)
{
    if (ds.auth != AuthKind::ServicePrincipal)
        return ApiError::make(ApiError::Kind::Unsupported, u"storage.auth"_s, Text::tr("ADLS Gen1 datastores are reached with a service principal."));
    const QString secret = secrets.value(u"client_secret"_s);
    if (secret.isEmpty())
        return ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s, Text::tr("'%1' has no client secret stored; update its credentials.").arg(ds.name));
    const QString endpoint = ds.field(u"endpoint"_s);
    QUrl base = endpoint.contains(u"://"_s) ? QUrl(endpoint) : QUrl(u"https://%1.%2/webhdfs/v1"_s.arg(ds.field(u"store_name"_s), endpoint.isEmpty() ? u"azuredatalakestore.net"_s : endpoint));
    if (!base.isValid() || base.host().isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput, u"storage.endpoint"_s, Text::tr("The endpoint of '%1' is not a usable URL.").arg(ds.name), u"endpoint"_s);
    if (base.scheme() != u"https"_s && !FieldRules::isLoopbackHost(base.host()))
        return ApiError::make(ApiError::Kind::InvalidInput, u"field.insecure_http"_s, Text::tr("Plain http is used only for loopback hosts, not %1.").arg(base.host()), u"endpoint"_s);
    const QString authority = ds.field(u"authority_url"_s).isEmpty() ? u"https://login.microsoftonline.com"_s : ds.field(u"authority_url"_s);
    const QString resource = ds.field(u"resource_url"_s).isEmpty() ? u"https://datalake.azure.net/"_s : ds.field(u"resource_url"_s);
    auto *tokens = new ClientCredentialsTokenSource(http->client(), QUrl(authority), ds.field(u"tenant_id"_s), ds.field(u"client_id"_s), secret, resource);
    auto *client = new Gen1Client(http->client(), base, tokens, parent);
    tokens->setParent(client);
    return static_cast<StorageClient *>(client);
}

} // namespace

bool supports(StorageType type)
{
    return validatesFromRecord(type) || type == StorageType::Dbfs; // DBFS: through its browse connection
}

bool validatesFromRecord(StorageType type)
{
    return isAzureStorage(type) || SqlTarget::handles(type) || type == StorageType::AzureDataLakeGen1;
}

bool isAzureStorage(StorageType type)
{
    return type == StorageType::AzureBlob || type == StorageType::AzureFile || type == StorageType::AzureDataLakeGen2;
}

Result<StorageClient *> create(const Datastore &ds, const SecretMap &secrets, StorageHttp *http, QObject *parent, TokenSource *identity)
{
    if (!validatesFromRecord(ds.type)) {
        return ApiError::make(ApiError::Kind::Unsupported, u"storage.type"_s,
                              Text::tr("Browsing %1 datastores is not available.").arg(StorageTypes::id(ds.type)));
    }
    if (SqlTarget::handles(ds.type)) {
        // Through the database's own driver, on a thread of its own; no HTTP.
        Result<SqlTarget> target = SqlTarget::forDatastore(ds, secrets);
        if (!target)
            return target.error();
        return static_cast<StorageClient *>(new SqlSource(target.takeValue(), parent));
    }
    if (ds.type == StorageType::AzureDataLakeGen1)
        return createGen1(ds, secrets, http, parent);
    StorageAuth auth;
    auth.account = ds.field(u"account_name"_s);
    switch (ds.auth) {
    case AuthKind::AccountKey:
        auth.kind = StorageAuth::Kind::SharedKey;
        auth.key = QByteArray::fromBase64(secrets.value(u"account_key"_s).toLatin1());
        if (auth.key.isEmpty())
            return ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s, Text::tr("'%1' has no account key stored; update its credentials.").arg(ds.name));
        break;
    case AuthKind::Sas:
        auth.kind = StorageAuth::Kind::Sas;
        auth.sas = secrets.value(u"sas_token"_s);
        if (auth.sas.isEmpty())
            return ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s, Text::tr("'%1' has no SAS token stored; update its credentials.").arg(ds.name));
        break;
    case AuthKind::ServicePrincipal: {
        if (ds.type != StorageType::AzureDataLakeGen2)
            return ApiError::make(ApiError::Kind::Unsupported, u"storage.auth"_s,
                                  Text::tr("%1 datastores do not take a service principal.").arg(StorageTypes::id(ds.type)));
        const QString secret = secrets.value(u"client_secret"_s);
        if (secret.isEmpty())
            return ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s,
                                  Text::tr("'%1' has no client secret stored; update its credentials.").arg(ds.name));
        auth.kind = StorageAuth::Kind::Bearer;
        const QString authority = ds.field(u"authority_url"_s).isEmpty() ? u"https://login.microsoftonline.com"_s : ds.field(u"authority_url"_s);
        auth.tokens = new ClientCredentialsTokenSource(http->client(), QUrl(authority), ds.field(u"tenant_id"_s), ds.field(u"client_id"_s),
                                                       secret, ds.field(u"resource_url"_s));
        break;
    }
    case AuthKind::None:
        // Identity-based: the signed-in user's own token (and data-plane role) reaches the storage.
        if (!identity)
            return ApiError::make(ApiError::Kind::Unsupported, u"storage.auth"_s,
                                  Text::tr("'%1' has no credential of its own and nobody is signed in to lend it one: identity-based "
                                     "datastores are reached with the signed-in user's token, in an Azure ML workspace.")
                                      .arg(ds.name));
        if (ds.type == StorageType::AzureFile)
            return ApiError::make(ApiError::Kind::Unsupported, u"storage.auth"_s,
                                  Text::tr("'%1' is an identity-based File share datastore; reaching Azure Files with a user's token "
                                     "(the backup intent of REFERENCE 10.3) is not available yet.").arg(ds.name));
        auth.kind = StorageAuth::Kind::Bearer;
        auth.tokens = identity;
        break;
    default:
        return ApiError::make(ApiError::Kind::Unsupported, u"storage.auth"_s,
                              Text::tr("Reaching storage with %1 credentials is not available yet (needs Microsoft Entra ID tokens).")
                                  .arg(StorageTypes::id(ds.auth)));
    }
    const bool ownsTokens = auth.tokens && auth.tokens != identity;
    const auto location = [&](StorageLocation::Service s) { return StorageLocation::forDatastore(ds, s); };
    switch (ds.type) {
    case StorageType::AzureBlob: {
        auto loc = location(StorageLocation::Service::Blob);
        if (!loc)
            return loc.error();
        return static_cast<StorageClient *>(new BlobClient(http, loc.value(), auth, parent));
    }
    case StorageType::AzureFile: {
        auto loc = location(StorageLocation::Service::File);
        if (!loc)
            return loc.error();
        return static_cast<StorageClient *>(new FileShareClient(http, loc.value(), auth, parent));
    }
    default: {
        auto dfs = location(StorageLocation::Service::Dfs);
        auto blob = location(StorageLocation::Service::Blob);
        if (!dfs) {
            if (ownsTokens)
                delete auth.tokens;
            return dfs.error();
        }
        auto *client = new Gen2Client(new DfsClient(http, dfs.value(), auth), new BlobClient(http, blob.value(), auth), parent);
        if (ownsTokens)
            auth.tokens->setParent(client);
        return static_cast<StorageClient *>(client);
    }
    }
}

void preconnect(const Datastore &datastore, StorageHttp *http)
{
    if (!isAzureStorage(datastore.type))
        return;
    const StorageLocation::Service first = datastore.type == StorageType::AzureBlob ? StorageLocation::Service::Blob
                                         : datastore.type == StorageType::AzureFile ? StorageLocation::Service::File
                                                                                    : StorageLocation::Service::Dfs;
    if (const auto location = StorageLocation::forDatastore(datastore, first))
        http->preconnect(location.value().serviceUrl);
}

} // namespace StorageClientFactory
