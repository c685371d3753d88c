// What the storage browser does to storage and to local files: downloads, uploads and their
// Replace / Skip / Keep both questions, new folder, delete (counted first), and closing while
// transfers run. The window itself (actions, layout, navigation, status) is storagebrowserwindow.cpp.
#include "ui/storagebrowserwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>

#include "models/storagebrowsermodel.h"
#include "services/storage/storageclient.h"
#include "services/core/units.h"
#include "services/storage/storageops.h"
#include "services/storage/treemeasure.h"
#include "services/transfer/transferqueue.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"

using namespace Qt::Literals::StringLiterals;

void StorageBrowserWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing || !m_queue->isActive()) {
        m_queue->cancelAll();
        QMainWindow::closeEvent(event);
        return;
    }
    const int n = std::max(1, m_queue->unfinished());
    const int choice = MessageBox::choose(
        this, tr("Transfers are running"),
        tr("%n transfer(s) of %1 are still running or waiting.\n\nFinish them in the background (the window closes when "
           "they are done), cancel them, or stay?", nullptr, n)
            .arg(m_datastore.name),
        {tr("Finish in background"), tr("Cancel transfers"), tr("Stay")}, 0, 2, u"closeWithTransfersQuestion"_s);
    if (choice == 1) {
        m_queue->cancelAll();
        m_closing = true;
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (choice == 0 && !m_background) {
        m_background = true;
        hide();
        connect(m_queue, &TransferQueue::allFinished, this, [this] {
            m_closing = true;
            close();
        }, Qt::SingleShotConnection);
        emit finishingInBackground();
    }
}

void StorageBrowserWindow::closeWithoutAsking()
{
    m_closing = true;
    close();
}

void StorageBrowserWindow::downloadSelectedTo(const QString &localFolder)
{
    for (const QString &path : selectedPaths()) {
        if (path.endsWith(u'/')) {
            const QString name = path.chopped(1).section(u'/', -1);
            m_queue->downloadFolder(path, QDir(localFolder).filePath(name));
        } else {
            m_queue->download(path, QDir(localFolder).filePath(path.section(u'/', -1)));
        }
    }
}

void StorageBrowserWindow::uploadFiles(const QStringList &files)
{
    for (const QString &file : files)
        m_queue->upload(file, currentFolder() + QFileInfo(file).fileName());
}

void StorageBrowserWindow::uploadFolder(const QString &localFolder)
{
    m_queue->uploadFolder(localFolder, currentFolder());
}

void StorageBrowserWindow::createFolder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'/') || trimmed == u"."_s || trimmed == u".."_s) {
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("Folder name: '%1' is not allowed — it must not be empty, '.', '..' or contain '/'.").arg(name));
        return;
    }
    const QString path = currentFolder() + trimmed;
    onFinished(m_client->makeDirectory(path), this, [this, path](const VoidResult &r) {
        if (!r) {
            m_banner->showMessage(MessageBanner::Type::Error, r.error().message);
            return;
        }
        afterChange(tr("Created folder %1.").arg(path));
    });
}

void StorageBrowserWindow::deleteSelected(bool askFirst)
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    if (!askFirst) {
        removePaths(paths);
        return;
    }
    // What a delete removes is counted before asking: every object below each folder.
    auto *measure = new TreeMeasure(m_client, this);
    auto *progress = new QProgressDialog(tr("Counting what will be deleted…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(u"countingProgress"_s);
    progress->setWindowTitle(tr("Delete"));
    progress->setMinimumDuration(500); // shown only for folders that take a while
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, measure, &TreeMeasure::cancel);
    connect(measure, &TreeMeasure::progress, progress, [progress](qint64 objects, qint64 bytes) {
        progress->setLabelText(tr("Counting what will be deleted… %n object(s), %1 so far", nullptr, int(std::min<qint64>(objects, INT_MAX)))
                                   .arg(Units::bytes(bytes)));
    });
    connect(measure, &TreeMeasure::finished, this, [this, paths, progress, measure](const Result<TreeMeasure::Totals> &totals) {
        progress->deleteLater();
        measure->deleteLater();
        if (!totals) {
            if (totals.error().kind != ApiError::Kind::Cancelled)
                m_banner->showMessage(MessageBanner::Type::Error, tr("Nothing was deleted: counting the folder's contents failed: %1")
                                                                      .arg(totals.error().message));
            return;
        }
        const TreeMeasure::Totals &t = totals.value();
        const QString amount = tr("%n object(s), %1", nullptr, int(std::min<qint64>(t.objects, INT_MAX))).arg(Units::bytes(t.bytes));
        const bool folders = t.folders > 0;
        const QString question = paths.size() == 1
            ? (folders ? tr("Delete the folder %1 and everything in it (%2) from %3?").arg(paths.first(), amount, m_datastore.name)
                       : tr("Delete %1 (%2) from %3?").arg(paths.first(), Units::bytes(t.bytes), m_datastore.name))
            : tr("Delete these %n item(s) from %1? That removes %2.\n%3", nullptr, int(paths.size()))
                  .arg(m_datastore.name, amount, QStringList(paths.mid(0, 10)).join(u'\n'));
        if (confirm(question))
            removePaths(paths);
    });
    QList<StorageEntry> entries;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows(0)) {
        if (index.parent() == m_list->rootIndex())
            entries.append(m_model->entry(index));
    }
    measure->start(entries);
}

void StorageBrowserWindow::removePaths(const QStringList &paths)
{
    auto remaining = std::make_shared<int>(int(paths.size()));
    auto failures = std::make_shared<QStringList>();
    statusBar()->showMessage(tr("Deleting…"));
    for (const QString &path : paths) {
        onFinished(StorageOps::removeTree(m_client, path, this), this, [this, path, remaining, failures](const VoidResult &r) {
            if (!r)
                failures->append(tr("%1: %2").arg(path, r.error().message));
            if (--*remaining > 0)
                return;
            if (!failures->isEmpty())
                m_banner->showMessage(MessageBanner::Type::Error, tr("Some items were not deleted:\n%1").arg(failures->join(u'\n')));
            afterChange(failures->isEmpty() ? tr("Deleted.") : tr("Deleted, with errors."));
        });
    }
}

// One question at a time, for the items whose target exists: Replace, Skip or Keep both,
// and for a folder transfer whether to do the same for its other files.
void StorageBrowserWindow::askAboutConflicts()
{
    if (m_askingConflict)
        return;
    m_askingConflict = true;
    while (!m_conflicts.isEmpty()) {
        const int row = m_conflicts.takeFirst();
        const TransferQueue::Item &t = m_queue->item(row);
        if (t.state != TransferQueue::State::Conflict)
            continue; // settled meanwhile (apply to all, cancel)
        const TransferQueue::Group &g = m_queue->group(t.group);
        const bool down = t.direction == TransferQueue::Direction::Download;
        const QString target = down ? QDir::toNativeSeparators(t.localPath) : t.remotePath;
        const QString renamed = down ? QFileInfo(TransferQueue::alternativeName(t.localPath, 1)).fileName()
                                     : TransferQueue::alternativeName(t.remotePath, 1).section(u'/', -1);
        int others = 0;
        for (int r : g.rows)
            others += r != row && m_queue->item(r).state == TransferQueue::State::Conflict ? 1 : 0;
        const QString text = (down ? tr("%1 exists already on this computer.").arg(target) : tr("%1 exists already in %2.").arg(target, m_datastore.name))
            + u"\n\n"_s
            + tr("Replace it with the one being %1, skip this file, or keep both (the new copy is named like '%2')?")
                  .arg(down ? tr("downloaded") : tr("uploaded"), renamed);
        bool all = false;
        const QString allText = g.folder ? (others > 0 ? tr("Do the same for the other files of this folder that exist (%1 so far)").arg(others)
                                                       : tr("Do the same for the other files of this folder that exist"))
                                         : QString();
        const int choice = MessageBox::choose(this, down ? tr("Download: file exists") : tr("Upload: object exists"), text,
                                              {tr("Replace"), tr("Skip"), tr("Keep both")}, 1, 1, u"transferConflictQuestion"_s, allText,
                                              &all);
        if (m_queue->item(row).state != TransferQueue::State::Conflict)
            continue;
        const TransferQueue::ConflictPolicy decision = choice == 0 ? TransferQueue::ConflictPolicy::Replace
            : choice == 2                                          ? TransferQueue::ConflictPolicy::KeepBoth
                                                                   : TransferQueue::ConflictPolicy::Skip;
        m_queue->resolveConflict(row, decision, all);
    }
    m_askingConflict = false;
}

void StorageBrowserWindow::afterChange(const QString &message)
{
    statusBar()->showMessage(message, 4000);
    m_model->refresh(m_current);
}
