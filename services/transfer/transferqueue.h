#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include "services/core/apierror.h"
#include "services/transfer/transfers.h"

class StorageClient;

// The transfers of a browser window and of dsstudio get/put --recursive: single files and
// whole folders (expanded into one item per file: a folder download lists the folder page by
// page, a folder upload walks the local tree), each streamed in chunks by Transfers. Up to
// `concurrency` items run at once, but at most two uploads larger than one chunk (their part
// buffers are what costs memory; downloads stream to disk). Every item keeps its progress,
// speed and final result; any item, or all, can be cancelled. Main thread.
class TransferQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferQueue)

public:
    enum class Direction { Download, Upload };
    enum class State { Queued, Running, Done, Failed, Cancelled };

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
        qint64 elapsedMs = 0;
        QElapsedTimer timer;
        QPointer<TransferJob> job;
        double bytesPerSecond() const { return elapsedMs > 0 ? double(done) * 1000.0 / double(elapsedMs) : 0.0; }
    };

    explicit TransferQueue(StorageClient *client, QObject *parent = nullptr);

    void download(const QString &remotePath, const QString &localPath);
    void upload(const QString &localPath, const QString &remotePath);
    // Lists `remoteFolder` (ending in '/') recursively and downloads every object below it.
    void downloadFolder(const QString &remoteFolder, const QString &localFolder);
    // Uploads every file below `localFolder` to `remoteFolder` (ending in '/' or empty): into
    // a subfolder of the local folder's name, or (`asSubfolder` false) straight into it.
    void uploadFolder(const QString &localFolder, const QString &remoteFolder, bool asSubfolder = true);

    void cancel(int row);
    void cancelAll();
    int count() const { return int(m_items.size()); }
    const Item &item(int row) const { return m_items.at(row); }
    int running() const { return m_running; }
    // Items running or waiting to run, and whether anything (an item or a folder listing that
    // will add items) is still to finish.
    int unfinished() const;
    bool isActive() const { return m_listings > 0 || unfinished() > 0; }
    void setConcurrency(int n) { m_concurrency = n; }
    void setOptions(const TransferOptions &options) { m_options = options; }

signals:
    void added(int row);
    void changed(int row);
    // A folder listing for a download failed (no item was added for it).
    void folderFailed(const QString &remoteFolder, const ApiError &error);
    // Nothing runs, nothing waits, and no folder is still being listed.
    void allFinished();

private:
    int add(Item item);
    void pump();
    void start(int row);
    void listFolder(const QString &remoteFolder, const QString &localFolder, const QString &token, int epoch);
    bool isBigUpload(const Item &item) const;
    void checkFinished();

    QPointer<StorageClient> m_client;
    QList<Item> m_items;
    int m_concurrency = 2;
    int m_running = 0;
    int m_bigRunning = 0;
    int m_firstQueued = 0; // no Queued item before this row
    int m_listings = 0;    // folder listings still paging
    int m_epoch = 0;       // bumped by cancelAll(): listings of an older epoch add nothing
    TransferOptions m_options;
};
