#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "services/core/apierror.h"
#include "services/storage/listingguard.h"
#include "services/transfer/transfers.h"

class StorageClient;

// The transfers of a browser window and of dsstudio get/put --recursive. What the user asked
// for — one file, or a whole folder — is one *group*; a folder is expanded into one item per
// file (a folder download lists the folder page by page, a folder upload walks the local
// tree), each streamed in chunks by Transfers. Up to `concurrency` items run at once, but at
// most two uploads larger than one chunk (their part buffers are what costs memory; downloads
// stream to disk). Every item and group keeps its progress, speed and final result; any item,
// group, or all can be cancelled.
//
// Nothing is overwritten without a decision: before an item starts, the queue checks whether
// its target exists (the local file; the remote object, by its properties). What then happens
// is the group's ConflictPolicy: Ask (the item waits in State::Conflict until
// resolveConflict(), optionally for the whole group), Replace, Skip, KeepBoth (the new copy
// gets the first free "name (n).ext"), or Refuse (the item fails with code transfer.exists,
// for the CLI without --overwrite / --skip-existing). Main thread.
class TransferQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferQueue)

public:
    // A folder download lists ahead of its transfers by at most this many unfinished files:
    // its listing waits (parks) there and goes on when half of them are done, so planning a
    // download of millions of objects holds a bounded queue, not the whole listing.
    static constexpr int PlanAhead = 20'000;

    enum class Direction { Download, Upload };
    enum class State { Queued, Checking, Running, Conflict, Done, Skipped, Failed, Cancelled };
    enum class ConflictPolicy { Ask, Replace, Skip, KeepBoth, Refuse };

    struct Item
    {
        Direction direction = Direction::Download;
        QString remotePath;
        QString localPath;
        qint64 total = -1;
        qint64 done = 0;
        State state = State::Queued;
        ApiError error;
        bool md5Verified = false;
        bool renamed = false; // KeepBoth gave it a new name
        qint64 elapsedMs = 0;
        QElapsedTimer timer;
        QPointer<TransferJob> job;
        int group = -1;
        ConflictPolicy decision = ConflictPolicy::Ask; // a decision for this item alone
        bool finished() const { return state == State::Done || state == State::Skipped || state == State::Failed || state == State::Cancelled; }
        double bytesPerSecond() const { return elapsedMs > 0 ? double(done) * 1000.0 / double(elapsedMs) : 0.0; }
    };

    struct Group
    {
        Direction direction = Direction::Download;
        bool folder = false;
        QString remotePath;  // the object, or the folder ('/'-terminated, "" = root)
        QString localPath;   // the file, or the local folder
        QList<int> rows;     // its items
        int filesDone = 0, filesSkipped = 0, filesFailed = 0, filesCancelled = 0;
        qint64 total = 0;    // bytes of the items whose size is known
        qint64 done = 0;
        int unknownSizes = 0; // items whose size is not known yet
        int filesWaiting = 0; // items in State::Conflict
        bool listing = false;
        ListingGuard guard;  // the continuation tokens its listing has sent
        QString parkedToken; // a folder download's listing waits here while many of its files are still to do
        ApiError error; // the first failure (a listing's, or an item's)
        ConflictPolicy policy = ConflictPolicy::Ask;
        QElapsedTimer timer;
        qint64 elapsedMs = 0;
        bool cancelled = false;
        // A folder upload lists what exists below its destination once, instead of asking
        // for every file: its items wait until then (holdItems) and decide from the set.
        bool holdItems = false;
        bool existingKnown = false;
        QSet<QString> existing;

        int files() const { return int(rows.size()); }
        int filesFinished() const { return filesDone + filesSkipped + filesFailed + filesCancelled; }
        // Every item's size is known, and no listing is still paging.
        bool sizeKnown() const { return !listing && unknownSizes == 0; }
        bool finished() const { return !listing && filesFinished() == files(); }
        // Queued / Running while unfinished; when finished Failed if anything failed, else
        // Cancelled if anything was cancelled, else Skipped if nothing but skips, else Done.
        State state() const;
        double bytesPerSecond() const { return elapsedMs > 0 ? double(done) * 1000.0 / double(elapsedMs) : 0.0; }
        // Milliseconds left at the current speed; -1 when it cannot be told.
        qint64 remainingMs() const;
    };

    explicit TransferQueue(StorageClient *client, QObject *parent = nullptr);

    // Each returns the new group's index.
    int download(const QString &remotePath, const QString &localPath);
    int upload(const QString &localPath, const QString &remotePath);
    // Lists `remoteFolder` (ending in '/') recursively and downloads every object below it.
    int downloadFolder(const QString &remoteFolder, const QString &localFolder);
    // Uploads every file below `localFolder` to `remoteFolder` (ending in '/' or empty): into
    // a subfolder of the local folder's name, or (`asSubfolder` false) straight into it.
    int uploadFolder(const QString &localFolder, const QString &remoteFolder, bool asSubfolder = true);

    // The policy new groups start with (Ask unless set).
    void setConflictPolicy(ConflictPolicy policy) { m_policy = policy; }
    ConflictPolicy conflictPolicy() const { return m_policy; }
    // Decides an item waiting in State::Conflict (Ask is not a decision); with `wholeGroup`
    // the decision becomes its group's policy and settles every item of it waiting too.
    void resolveConflict(int row, ConflictPolicy decision, bool wholeGroup);

    void cancel(int row);
    void cancelGroup(int group);
    void cancelAll();
    int count() const { return int(m_items.size()); }
    const Item &item(int row) const { return m_items.at(row); }
    int groupCount() const { return int(m_groups.size()); }
    const Group &group(int index) const { return m_groups.at(index); }
    int running() const { return m_running; }
    // Items running, waiting to run or waiting for a decision, and whether anything (an item
    // or a folder listing that will add items) is still to finish.
    int unfinished() const;
    bool isActive() const { return m_listings > 0 || unfinished() > 0; }
    void setConcurrency(int n) { m_concurrency = n; }
    void setOptions(const TransferOptions &options) { m_options = options; }
    // "name (n).ext": the n-th alternative name for a copy kept beside `path`.
    static QString alternativeName(const QString &path, int n);
    // `relative` (a remote name below a folder being downloaded) as a path inside
    // `localFolder`; nullopt when it cannot be one: a '..' or '.' part, an empty part, a
    // leading '/', a NUL or another control character (a newline, ESC), a part longer than
    // 255 bytes. Such names are refused, never renamed onto something else.
    static std::optional<QString> safeLocalPath(const QString &localFolder, const QString &relative);

signals:
    void groupAdded(int group);
    void groupChanged(int group);
    void added(int row);
    void changed(int row);
    // An item waits for resolveConflict(): its target exists and the policy is Ask.
    void conflict(int row);
    // A folder listing for a download failed (no item was added for it).
    void folderFailed(const QString &remoteFolder, const ApiError &error);
    // Nothing runs, nothing waits, and no folder is still being listed.
    void allFinished();

private:
    int addGroup(Group group);
    int addItem(int group, Item item);
    int addSingle(Direction direction, const QString &remotePath, const QString &localPath, qint64 total);
    void pump();
    void resumeParked();
    void start(int row);
    void decide(int row, bool exists);
    void launch(int row);
    void settle(int row, State state, const ApiError &error = {}, bool next = true);
    void keepBoth(int row, int attempt);
    void listFolder(int group, const QString &remoteFolder, const QString &localFolder, const QString &token, int epoch);
    void listExisting(int group, const QString &token);
    bool isBigUpload(const Item &item) const;
    void setItemProgress(int row, qint64 done, qint64 total);
    void changedItem(int row);
    void checkFinished();

    QPointer<StorageClient> m_client;
    QList<Item> m_items;
    QList<Group> m_groups;
    QSet<QString> m_claimedLocal; // local names KeepBoth handed out and not yet written
    ConflictPolicy m_policy = ConflictPolicy::Ask;
    int m_concurrency = 2;
    int m_running = 0;     // items Checking or Running
    int m_bigRunning = 0;
    int m_waiting = 0;     // items in State::Conflict
    int m_firstQueued = 0; // no Queued item before this row
    int m_listings = 0;    // folder listings still paging (or parked)
    QList<int> m_parked;   // groups whose listing waits for the queue to drain (PlanAhead)
    int m_epoch = 0;       // bumped by cancelAll(): listings of an older epoch add nothing
    TransferOptions m_options;
};
