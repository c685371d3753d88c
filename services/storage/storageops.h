#pragma once

#include "services/core/jobs.h"

class StorageClient;

// Operations built from several storage calls.
namespace StorageOps {

// Deletes `path`: an object, or (ending in '/') a folder and everything below it — objects
// first, deepest folders next (Azure Files and dfs need empty directories), then the folder
// itself where folders are real. Stops at the first failure, with that error.
VoidJob *removeTree(StorageClient *client, const QString &path, QObject *parent);

} // namespace StorageOps
