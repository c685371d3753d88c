// Folder transfers: turning a remote listing or a local folder walk into the queue's items,
// with each remote name mapped to a local path that stays inside the chosen folder, the
// listing planned at most PlanAhead files ahead, and, for uploads, the destination's existing
// names listed once for the conflict checks. The items' own life is in transferqueue.cpp.
#include "services/transfer/transferqueue.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "services/core/printable.h"
#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

std::optional<QString> TransferQueue::safeLocalPath(const QString &localFolder, const QString &relative)
{
    // A newline or ESC in a local name is a trap for every shell script and terminal that
    // lists the folder later (and NUL cannot be in one at all).
    if (relative.isEmpty() || relative.startsWith(u'/') || !Printable::isClean(relative))
        return std::nullopt;
    for (const QStringView part : QStringView(relative).split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u".." || part.toUtf8().size() > 255) // NAME_MAX
            return std::nullopt;
    }
    const QString root = QDir::cleanPath(QDir(localFolder).absolutePath());
    const QString base = root.endsWith(u'/') ? root : root + u'/'; // "/" itself ends with one
    const QString joined = QDir::cleanPath(base + relative);
    if (!joined.startsWith(base))
        return std::nullopt;
    return joined;
}

int TransferQueue::downloadFolder(const QString &remoteFolder, const QString &localFolder)
{
    Group g;
    g.direction = Direction::Download;
    g.folder = true;
    g.remotePath = remoteFolder;
    g.localPath = localFolder;
    g.listing = true;
    g.guard = ListingGuard::forFolder(remoteFolder);
    const int group = addGroup(std::move(g));
    if (!m_client) {
        m_groups[group].listing = false;
        m_groups[group].error = ApiError::make(ApiError::Kind::Cancelled, u"transfer.closed"_s, tr("The datastore was closed."));
        emit groupChanged(group);
        return group;
    }
    ++m_listings;
    listFolder(group, remoteFolder, localFolder, {}, m_epoch);
    return group;
}

void TransferQueue::listFolder(int group, const QString &remoteFolder, const QString &localFolder, const QString &token, int epoch)
{
    onFinished(m_client->list(remoteFolder, token, 5000, true), this,
               [this, group, remoteFolder, localFolder, epoch](const Result<ListPage> &page) {
                   const bool wanted = epoch == m_epoch && !m_groups.at(group).cancelled;
                   std::optional<ApiError> failure;
                   if (!page)
                       failure = page.error();
                   if (wanted && page) {
                       for (const StorageEntry &e : page.value().entries) {
                           if (e.isDirectory)
                               continue;
                           Item item;
                           item.direction = Direction::Download;
                           item.remotePath = e.path;
                           item.total = e.size;
                           // Server-supplied names never leave the chosen folder.
                           const std::optional<QString> local = safeLocalPath(localFolder, e.path.mid(remoteFolder.size()));
                           if (!local) {
                               item.state = State::Failed;
                               item.error = ApiError::make(
                                   ApiError::Kind::Refused, u"transfer.unsafe_name"_s,
                                   tr("%1 was not downloaded: its name cannot be a file inside %2 (it has a '..' or '.' part, an "
                                      "empty part, a leading '/', a control character or a part longer than 255 bytes).")
                                       .arg(Printable::line(e.path, 300), QDir::toNativeSeparators(localFolder)));
                               Group &g = m_groups[group];
                               ++g.filesFailed;
                               if (!g.error.isError())
                                   g.error = item.error;
                               item.localPath = localFolder;
                           } else {
                               item.localPath = *local;
                           }
                           addItem(group, std::move(item));
                       }
                       Group &g = m_groups[group];
                       failure = g.guard.check(page.value());
                       if (!failure && !page.value().nextToken.isEmpty()) {
                           if (g.files() - g.filesFinished() >= PlanAhead) {
                               g.parkedToken = page.value().nextToken; // resumeParked() goes on
                               m_parked.append(group);
                               pump();
                           } else {
                               listFolder(group, remoteFolder, localFolder, page.value().nextToken, epoch);
                           }
                           return;
                       }
                   }
                   --m_listings;
                   Group &g = m_groups[group];
                   g.listing = false;
                   if (failure) {
                       g.error = *failure;
                       emit folderFailed(remoteFolder, *failure);
                   } else if (!wanted) {
                       g.cancelled = true;
                   }
                   emit groupChanged(group);
                   checkFinished();
               });
}

int TransferQueue::uploadFolder(const QString &localFolder, const QString &remoteFolder, bool asSubfolder)
{
    const QString base = asSubfolder ? QFileInfo(localFolder).fileName() + u'/' : QString();
    Group g;
    g.direction = Direction::Upload;
    g.folder = true;
    g.remotePath = remoteFolder + base;
    g.localPath = localFolder;
    g.guard = ListingGuard::forFolder(g.remotePath);
    g.listing = true; // while walking: no item is started before the group knows them all
    const int group = addGroup(std::move(g));
    QDirIterator it(localFolder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : files) {
        Item item;
        item.direction = Direction::Upload;
        item.localPath = file;
        item.remotePath = remoteFolder + base + QDir(localFolder).relativeFilePath(file);
        item.total = QFileInfo(file).size();
        addItem(group, std::move(item));
    }
    m_groups[group].listing = false;
    emit groupChanged(group);
    if (!files.isEmpty() && m_client && m_groups.at(group).policy != ConflictPolicy::Replace) {
        m_groups[group].holdItems = true;
        ++m_listings;
        listExisting(group, {});
    }
    checkFinished(); // an empty folder
    return group;
}

void TransferQueue::listExisting(int group, const QString &token)
{
    onFinished(m_client->list(m_groups.at(group).remotePath, token, 5000, true), this, [this, group](const Result<ListPage> &page) {
        Group &g = m_groups[group];
        bool looped = false;
        if (page) {
            for (const StorageEntry &e : page.value().entries) {
                if (!e.isDirectory)
                    g.existing.insert(e.path);
            }
            if (!page.value().nextToken.isEmpty() && !g.cancelled) {
                if (!g.guard.check(page.value())) {
                    listExisting(group, page.value().nextToken);
                    return;
                }
                looped = true;
            }
        }
        // Without the whole listing (no list permission, or a listing that loops) each file is
        // asked for on its own. A destination that does not exist yet (a 404 from Azure Files /
        // dfs) holds nothing.
        g.existingKnown = page ? !looped : page.error().kind == ApiError::Kind::NotFound;
        if (!page || looped)
            g.existing.clear();
        g.holdItems = false;
        --m_listings;
        pump();
        checkFinished();
    });
}

void TransferQueue::resumeParked()
{
    for (qsizetype i = 0; i < m_parked.size();) {
        const int group = m_parked.at(i);
        Group &g = m_groups[group];
        if (g.cancelled || !m_client) {
            m_parked.removeAt(i);
            g.parkedToken.clear();
            g.listing = false;
            g.cancelled = true;
            --m_listings;
            emit groupChanged(group);
            continue;
        }
        if (g.files() - g.filesFinished() <= PlanAhead / 2) {
            m_parked.removeAt(i);
            listFolder(group, g.remotePath, g.localPath, std::exchange(g.parkedToken, QString()), m_epoch);
            continue;
        }
        ++i;
    }
}
