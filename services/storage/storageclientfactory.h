#pragma once

#include "services/core/datastore.h"
#include "services/core/result.h"

class StorageClient;
class StorageHttp;
class TokenSource;
class QObject;

// Builds the browse source for a datastore from its record and its secrets (read from the
// keychain, or from the workspace, by the caller): Blob, Azure Files or ADLS Gen2, with Shared
// Key, SAS, the datastore's service principal, or — for an identity-based datastore
// (credential kind none) — `identity`, the signed-in user's storage tokens (not owned); a SQL
// database through its Qt SQL driver. What can be browsed (and access-checked) is what this
// factory builds: supports() is the one list.
namespace StorageClientFactory {

bool supports(StorageType type);
// Whether the record and its secrets alone reach the data (so that registration can check
// access): not DBFS, which needs the studio's browse connection (DatastoreConnector).
bool validatesFromRecord(StorageType type);
// Blob, File share or ADLS Gen2: the kinds whose container / share / filesystem can be created.
bool isAzureStorage(StorageType type);
Result<StorageClient *> create(const Datastore &datastore, const SecretMap &secrets, StorageHttp *http, QObject *parent,
                               TokenSource *identity = nullptr);
// Opens the connection the datastore's client will use first, before its secrets are read.
void preconnect(const Datastore &datastore, StorageHttp *http);

} // namespace StorageClientFactory
