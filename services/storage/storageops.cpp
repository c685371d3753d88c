#include "services/storage/storageops.h"

#include <memory>

#include "services/storage/listingguard.h"
#include "services/storage/storageclient.h"

namespace {

struct RemoveState
{
    StorageClient *client = nullptr;
    VoidJob *job = nullptr;
    QString root;
    QStringList paths;
    ListingGuard guard;
};

void removeNext(const std::shared_ptr<RemoveState> &s)
{
    if (s->job->isCancelled()) {
        s->job->finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"), QObject::tr("Cancelled.")));
        return;
    }
    if (s->paths.isEmpty()) {
        s->job->finish({});
        return;
    }
    const QString p = s->paths.takeFirst();
    onFinished(s->client->remove(p), s->job, [s](const VoidResult &r) {
        if (!r) {
            s->job->finish(r.error());
            return;
        }
        removeNext(s);
    });
}

void listNext(const std::shared_ptr<RemoveState> &s, const QString &token)
{
    onFinished(s->client->list(s->root, token, 5000, true), s->job, [s](const Result<ListPage> &page) {
        if (!page) {
            s->job->finish(page.error());
            return;
        }
        for (const StorageEntry &e : page.value().entries) {
            if (!e.isDirectory || s->client->capabilities().needsDirectories)
                s->paths.append(e.path);
        }
        if (const auto loop = s->guard.check(page.value())) {
            s->job->finish(*loop); // nothing was removed yet: a looping listing removes nothing
            return;
        }
        if (!page.value().nextToken.isEmpty()) {
            listNext(s, page.value().nextToken);
            return;
        }
        // Objects before folders, deepest folders first, so each folder is empty in its turn.
        std::stable_sort(s->paths.begin(), s->paths.end(), [](const QString &a, const QString &b) {
            const bool da = a.endsWith(u'/'), db = b.endsWith(u'/');
            if (da != db)
                return !da;
            return a.count(u'/') > b.count(u'/');
        });
        if (s->client->capabilities().needsDirectories)
            s->paths.append(s->root);
        removeNext(s);
    });
}

} // namespace

VoidJob *StorageOps::removeTree(StorageClient *client, const QString &path, QObject *parent)
{
    auto s = std::make_shared<RemoveState>();
    s->client = client;
    s->job = new VoidJob(parent);
    s->root = path;
    s->guard = ListingGuard::forFolder(path);
    if (!path.endsWith(u'/')) {
        s->paths.append(path);
        removeNext(s);
    } else {
        listNext(s, {});
    }
    return s->job;
}

void StorageOps::classify(StorageClient *client, const QString &path, QObject *context, std::function<void(const Result<PathKind> &)> done)
{
    const auto asFolder = [client, context, done](const QString &folder) {
        onFinished(client->list(folder, {}, 1, false), context, [client, done](const Result<ListPage> &page) {
            if (page)
                done(!page.value().entries.isEmpty() || client->capabilities().needsDirectories ? PathKind::Folder : PathKind::Missing);
            else if (page.error().kind == ApiError::Kind::NotFound)
                done(PathKind::Missing);
            else
                done(page.error());
        });
    };
    if (path.isEmpty() || path.endsWith(u'/')) {
        if (path.isEmpty())
            done(PathKind::Folder); // the root
        else
            asFolder(path);
        return;
    }
    onFinished(client->properties(path), context, [path, done, asFolder](const Result<ObjectProperties> &p) {
        if (p) {
            done(p.value().kind.compare(QStringLiteral("directory"), Qt::CaseInsensitive) == 0 ? PathKind::Folder : PathKind::File);
            return;
        }
        if (p.error().kind != ApiError::Kind::NotFound) {
            done(p.error());
            return;
        }
        asFolder(path + u'/');
    });
}
