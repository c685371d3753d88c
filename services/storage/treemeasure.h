#pragma once

#include <QObject>
#include <QPointer>

#include "services/core/result.h"
#include "services/storage/listingguard.h"
#include "services/storage/storagetypes.h"

class ListJob;
class StorageClient;

// Counts what a set of entries holds before something is done to all of it (a delete that
// states how much it removes): objects and bytes, the folders listed recursively page by
// page. progress() after every page; finished() once, with the totals, the first listing
// error, or Cancelled after cancel(). Main thread.
class TreeMeasure final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeMeasure)

public:
    struct Totals
    {
        qint64 objects = 0;
        qint64 bytes = 0;
        int folders = 0; // of the entries given
    };

    explicit TreeMeasure(StorageClient *client, QObject *parent = nullptr);

    void start(const QList<StorageEntry> &entries);
    void cancel();

signals:
    void progress(qint64 objects, qint64 bytes);
    void finished(const Result<TreeMeasure::Totals> &totals);

private:
    void next();
    void page(const QString &folder, const QString &token);
    void finish(const Result<Totals> &result);

    QPointer<StorageClient> m_client;
    QStringList m_folders; // still to list
    QPointer<ListJob> m_job;
    ListingGuard m_guard;
    Totals m_totals;
    bool m_done = false;
};
