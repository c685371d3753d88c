#pragma once

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include "services/core/preferences.h"
#include "services/transfer/transfers.h"
#include "services/core/datastore.h"

class FolderProxyModel;
class MessageBanner;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeView;
class StorageBrowserModel;
class StorageClient;
class StoragePreviewPane;
class QToolButton;
class TransferQueue;
class TransfersPanel;

// Browses one Azure Storage datastore (Blob container, File share, ADLS Gen2 filesystem):
// a breadcrumb, a folder tree and a list (name, size, last modified, type, access tier) over
// one lazy model — further pages load by themselves as the list is scrolled — a prefix
// search, an item count that says whether the listing is complete, Stop / Continue and
// Refresh; a preview and properties pane; Copy URL and Copy azureml:// URI; Download…,
// Upload files…, Upload folder…, New folder…, Delete; and a transfers panel. Owns the client.
class StorageBrowserWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageBrowserWindow)

public:
    StorageBrowserWindow(const Datastore &datastore, StorageClient *client, QWidget *parent = nullptr);
    ~StorageBrowserWindow() override;

    StorageBrowserModel *model() const { return m_model; }
    QTableView *listView() const { return m_list; }
    QTreeView *folderView() const { return m_folders; }
    QLabel *countLabel() const { return m_count; }
    QLineEdit *searchBox() const { return m_search; }
    StoragePreviewPane *preview() const { return m_preview; }
    // The user's preferences: connections per transfer, Content-MD5 (the Storage menu's
    // toggle starts from it), the preview's size, and whether what exists is asked about.
    void applyPreferences(const Preferences &preferences);
    const TransferOptions &transferOptions() const { return m_options; }
    TransferQueue *transfers() const { return m_queue; }
    TransfersPanel *transfersPanel() const { return m_transfersPanel; }
    MessageBanner *banner() const { return m_banner; }
    QWidget *breadcrumb() const { return m_breadcrumb; }
    QAction *stopAction() const { return m_stop; }
    QAction *continueAction() const { return m_continue; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *upAction() const { return m_up; }
    QAction *deleteAction() const { return m_delete; }
    QAction *downloadAction() const { return m_download; }

    QString currentFolder() const;
    // Opens a folder ("" = root) whose row is loaded; false if it is not (yet) known.
    bool openFolder(const QString &path);
    QStringList selectedPaths() const;
    bool selectPath(const QString &path);

    // The actions without their dialogs (the dialogs call these; tests call them directly).
    void downloadSelectedTo(const QString &localFolder);
    void uploadFiles(const QStringList &files);
    void uploadFolder(const QString &localFolder);
    void createFolder(const QString &name);
    void deleteSelected(bool askFirst);

    // Confirmation dialogs are replaced by this in tests (returns the answer).
    std::function<bool(const QString &question)> confirm;

    // Closes without asking about running transfers (they are cancelled): for Quit, which
    // has asked already.
    void closeWithoutAsking();
    // Hidden while its transfers finish; it closes by itself once they have.
    bool isFinishingInBackground() const { return m_background; }

signals:
    void finishingInBackground();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void removePaths(const QStringList &paths);
    void buildUi();
    void navigate(const QModelIndex &folder);
    void rebuildBreadcrumb();
    void updateStatus();
    void updateActions();
    void prefetchIfNearEnd();
    void activated(const QModelIndex &index);
    void currentChanged();
    void copyText(const QString &text, const QString &what);
    QString azuremlUri(const QString &path) const;
    void afterChange(const QString &message);
    void askAboutConflicts();
    void applyLocalMatch();

    Datastore m_datastore;
    StorageClient *m_client;
    StorageBrowserModel *m_model;
    FolderProxyModel *m_folderProxy;
    TransferQueue *m_queue;
    QPersistentModelIndex m_current;
    bool m_atRoot = true;
    bool m_closing = false;    // asked already (or nothing to ask)
    bool m_background = false; // hidden until its transfers have finished
    QList<int> m_conflicts;    // transfer items waiting for a Replace / Skip / Keep both answer
    bool m_askingConflict = false;

    QTreeView *m_folders = nullptr;
    QTableView *m_list = nullptr;
    StoragePreviewPane *m_preview = nullptr;
    TransfersPanel *m_transfersPanel = nullptr;
    MessageBanner *m_banner = nullptr;
    QWidget *m_breadcrumb = nullptr;
    QHBoxLayout *m_breadcrumbLayout = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_ignoreCase = nullptr;
    QPersistentModelIndex m_listingError; // the folder whose listing failed, while its banner shows
    bool m_listingErrorAtRoot = false;
    bool m_rowsHidden = false; // applyLocalMatch() has hidden rows of the list
    QLabel *m_count = nullptr;

    QAction *m_up = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_download = nullptr;
    QAction *m_uploadFiles = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copyUrl = nullptr;
    QAction *m_copyUri = nullptr;
    QAction *m_find = nullptr;
    QAction *m_verifyMd5 = nullptr;
    TransferOptions m_options;
};
