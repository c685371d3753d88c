#pragma once

#include <QMap>
#include <QString>

#include "services/core/result.h"
#include "services/core/storagetypes.h"

// An Azure Storage connection string, as the portal, Storage Explorer and the emulator give
// them: "DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=…",
// "UseDevelopmentStorage=true", or explicit "BlobEndpoint=…;FileEndpoint=…;SharedAccessSignature=…".
// Pure value; parse() never quotes the key or the signature in an error.
struct StorageConnectionString
{
    QString accountName;
    QString accountKey;            // secret
    QString sasToken;              // secret, without a leading '?'
    QString protocol;              // https / http, when known
    QString endpointSuffix;        // core.windows.net …
    QString blobEndpoint;          // explicit service endpoints (emulators, private endpoints)
    QString fileEndpoint;
    QString dfsEndpoint;
    bool developmentStorage = false;

    static Result<StorageConnectionString> parse(const QString &text);

    // The datastore fields (account_name, endpoint, protocol) for a storage type, and the
    // secret and auth kind it carries. An error when the string has no endpoint for the type
    // (the emulator has no File service, for example).
    Result<QMap<QString, QString>> fieldsFor(StorageType type) const;
    AuthKind authKind() const { return accountKey.isEmpty() ? AuthKind::Sas : AuthKind::AccountKey; }
    bool hasSecret() const { return !accountKey.isEmpty() || !sasToken.isEmpty(); }
};
