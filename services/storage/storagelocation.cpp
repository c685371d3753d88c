#include "services/storage/storagelocation.h"

#include <QCoreApplication>

#include "services/core/fieldrules.h"

using namespace Qt::Literals::StringLiterals;

Result<StorageLocation> StorageLocation::forDatastore(const Datastore &ds, Service service)
{
    StorageLocation loc;
    loc.account = ds.field(u"account_name"_s);
    switch (ds.type) {
    case StorageType::AzureBlob: loc.container = ds.field(u"container_name"_s); break;
    case StorageType::AzureFile: loc.container = ds.field(u"file_share_name"_s); break;
    case StorageType::AzureDataLakeGen2: loc.container = ds.field(u"filesystem"_s); break;
    default:
        return ApiError::make(ApiError::Kind::Unsupported, u"storage.type"_s,
                              QCoreApplication::translate("StorageLocation", "'%1' is not Azure Storage; it cannot be browsed here.").arg(ds.name));
    }
    const QString endpoint = ds.field(u"endpoint"_s).isEmpty() ? u"core.windows.net"_s : ds.field(u"endpoint"_s);
    // wasbs and abfss (the Hadoop names az ml allows) are TLS: the REST endpoint is https.
    const QString named = ds.field(u"protocol"_s);
    const QString protocol = named.isEmpty() || named == u"wasbs"_s || named == u"abfss"_s ? u"https"_s : named;
    if (endpoint.contains(u"://"_s)) {
        QString base = endpoint;
        while (base.endsWith(u'/'))
            base.chop(1);
        loc.serviceUrl = QUrl(base, QUrl::StrictMode);
    } else {
        const QString svc = service == Service::Blob ? u"blob"_s : service == Service::File ? u"file"_s : u"dfs"_s;
        loc.serviceUrl = QUrl(protocol + u"://"_s + loc.account + u'.' + svc + u'.' + endpoint, QUrl::StrictMode);
    }
    if (!loc.serviceUrl.isValid() || loc.serviceUrl.host().isEmpty()) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"storage.endpoint"_s,
                              QCoreApplication::translate("StorageLocation", "The endpoint of '%1' is not a usable URL.").arg(ds.name));
    }
    if (loc.serviceUrl.scheme() == u"http"_s && !FieldRules::isLoopbackHost(loc.serviceUrl.host())) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"field.insecure_http"_s,
                              QCoreApplication::translate("StorageLocation", "Plain http is used only for loopback hosts, not %1.")
                                  .arg(loc.serviceUrl.host()));
    }
    return loc;
}

QByteArray StorageLocation::encodePath(const QString &path)
{
    // Every reserved character but '/' is percent-encoded; '/' separates segments as given.
    return QUrl::toPercentEncoding(path, "/-._~");
}

QUrl StorageLocation::containerUrl(const QString &query) const
{
    QByteArray s = serviceUrl.toEncoded() + '/' + encodePath(container);
    if (!query.isEmpty())
        s += '?' + query.toUtf8();
    return QUrl::fromEncoded(s, QUrl::StrictMode);
}

QUrl StorageLocation::objectUrl(const QString &path, const QString &query) const
{
    QByteArray s = serviceUrl.toEncoded() + '/' + encodePath(container) + '/' + encodePath(path);
    if (!query.isEmpty())
        s += '?' + query.toUtf8();
    return QUrl::fromEncoded(s, QUrl::StrictMode);
}
