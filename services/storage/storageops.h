#pragma once

#include <functional>

#include "services/core/jobs.h"

class StorageClient;

// Operations built from several storage calls.
namespace StorageOps {

// Deletes `path`: an object, or (ending in '/') a folder and everything below it — objects
// first, deepest folders next (Azure Files and dfs need empty directories), then the folder
// itself where folders are real. Stops at the first failure, with that error.
VoidJob *removeTree(StorageClient *client, const QString &path, QObject *parent);

// What a path names, by one rule for every command: an object is a file; a path with objects
// below it (with or without a trailing '/') or a real directory (dfs, Azure Files) is a
// folder; anything else is missing. A path ending in '/' is never a file.
enum class PathKind { File, Folder, Missing };
void classify(StorageClient *client, const QString &path, QObject *context, std::function<void(const Result<PathKind> &)> done);

} // namespace StorageOps
