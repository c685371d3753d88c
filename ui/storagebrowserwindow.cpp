#include "ui/storagebrowserwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/folderproxymodel.h"
#include "models/storagebrowsermodel.h"
#include "services/storage/storageclient.h"
#include "services/transfer/transferqueue.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/shortcuts.h"
#include "ui/tones.h"
#include "ui/storagepreviewpane.h"
#include "ui/transferspanel.h"

using namespace Qt::Literals::StringLiterals;

StorageBrowserWindow::StorageBrowserWindow(const Datastore &datastore, StorageClient *client, QWidget *parent)
    : QMainWindow(parent), m_datastore(datastore), m_client(client), m_model(new StorageBrowserModel(this)),
      m_folderProxy(new FolderProxyModel(this)), m_queue(new TransferQueue(client, this))
{
    m_client->setParent(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"storageBrowser"_s);
    setWindowTitle(tr("%1 — Datastore Studio").arg(datastore.name));
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_model->setIcons(style()->standardIcon(QStyle::SP_DirIcon), style()->standardIcon(QStyle::SP_FileIcon));
    m_model->setIcon(EntryKind::Schema, style()->standardIcon(QStyle::SP_DirIcon));
    m_model->setIcon(EntryKind::Table, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_model->setIcon(EntryKind::View, style()->standardIcon(QStyle::SP_FileDialogListView));
    m_model->setIcon(EntryKind::Column, style()->standardIcon(QStyle::SP_FileDialogInfoView));
    m_model->setClient(client);
    m_folderProxy->setSourceModel(m_model);
    buildActions();
    buildUi();

    connect(m_model, &StorageBrowserModel::folderStateChanged, this, [this](const QModelIndex &folder) {
        if (folder == QModelIndex(m_current) || (m_atRoot && !folder.isValid()))
            updateStatus();
        // A listing error goes away once that folder lists again.
        if (m_listingError.isValid() && QModelIndex(m_listingError) == folder
            && m_model->state(folder) == StorageBrowserModel::State::Complete) {
            m_banner->clear();
            m_listingError = QPersistentModelIndex();
        } else if (m_listingErrorAtRoot && !folder.isValid() && m_model->state(folder) == StorageBrowserModel::State::Complete) {
            m_banner->clear();
            m_listingErrorAtRoot = false;
        }
        updateActions();
    });
    connect(m_model, &StorageBrowserModel::pageLoaded, this, [this](const QModelIndex &folder, int) {
        if (folder == QModelIndex(m_current) || (m_atRoot && !folder.isValid()))
            QTimer::singleShot(0, this, &StorageBrowserWindow::prefetchIfNearEnd);
    });
    connect(m_model, &StorageBrowserModel::listingFailed, this, [this](const QModelIndex &folder, const ApiError &error) {
        m_listingError = folder;
        m_listingErrorAtRoot = !folder.isValid();
        m_banner->showMessage(MessageBanner::Type::Error, tr("Listing failed: %1").arg(error.message), tr("Retry"));
    });
    connect(m_banner, &MessageBanner::actionTriggered, m_refresh, &QAction::trigger);
    connect(m_queue, &TransferQueue::folderFailed, this, [this](const QString &folder, const ApiError &error) {
        m_banner->showMessage(MessageBanner::Type::Error, tr("Could not list %1 for the download: %2").arg(folder, error.message));
    });
    connect(m_queue, &TransferQueue::conflict, this, [this](int row) {
        m_conflicts.append(row);
        // Asked from the event loop, never from inside the queue's own call.
        QTimer::singleShot(0, this, &StorageBrowserWindow::askAboutConflicts);
    });
    connect(m_queue, &TransferQueue::changed, this, [this](int row) {
        const TransferQueue::Item &t = m_queue->item(row);
        if (t.state == TransferQueue::State::Done && t.direction == TransferQueue::Direction::Upload)
            QTimer::singleShot(0, this, [this] {
                if (m_queue->running() == 0)
                    afterChange(tr("Upload finished."));
            });
    });
    navigate({});
    resize(1200, 760);
    m_list->setFocus(Qt::OtherFocusReason); // the list, not the search box, has focus on open
    // The window's shortcuts work wherever the focus is: the search box would otherwise
    // take Ctrl+U (delete line) and others for itself. Editing keys stay the box's own.
    m_search->installEventFilter(this);
}

bool StorageBrowserWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        const bool editing = key->matches(QKeySequence::Delete) || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Paste)
            || key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->matches(QKeySequence::SelectAll) || key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier;
        if (!editing) {
            const QList<QAction *> all = findChildren<QAction *>();
            for (QAction *action : all) {
                if (action->isEnabled() && action->shortcut() == pressed) {
                    event->ignore(); // not the box's: the window's shortcut fires
                    return true;
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

StorageBrowserWindow::~StorageBrowserWindow()
{
    m_queue->cancelAll();
}

void StorageBrowserWindow::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, const QString &name, QStyle::StandardPixmap icon) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setShortcut(key);
        a->setObjectName(name);
        a->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        return a;
    };
    m_up = make(tr("&Up"), QKeySequence(Qt::ALT | Qt::Key_Up), u"actionUp"_s, QStyle::SP_FileDialogToParent);
    m_refresh = make(tr("Re&fresh"), QKeySequence::Refresh, u"actionRefresh"_s, QStyle::SP_BrowserReload);
    m_stop = make(tr("&Stop"), QKeySequence(Qt::Key_Escape), u"actionStop"_s, QStyle::SP_BrowserStop);
    m_continue = make(tr("C&ontinue listing"), QKeySequence(Qt::CTRL | Qt::Key_L), u"actionContinue"_s, QStyle::SP_MediaPlay);
    m_download = make(tr("&Download…"), QKeySequence(Qt::CTRL | Qt::Key_S), u"actionDownload"_s, QStyle::SP_ArrowDown);
    m_uploadFiles = make(tr("Upload &files…"), QKeySequence(Qt::CTRL | Qt::Key_U), u"actionUploadFiles"_s, QStyle::SP_ArrowUp);
    m_uploadFolder = make(tr("Upload f&older…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), u"actionUploadFolder"_s,
                          QStyle::SP_DirOpenIcon);
    m_newFolder = make(tr("&New folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"actionNewFolder"_s,
                       QStyle::SP_FileDialogNewFolder);
    m_delete = make(tr("De&lete"), QKeySequence::Delete, u"actionDelete"_s, QStyle::SP_TrashIcon);
    m_copyUrl = make(tr("Copy &URL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), u"actionCopyUrl"_s, QStyle::SP_FileLinkIcon);
    m_copyUri = make(tr("Copy &azureml:// URI"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), u"actionCopyUri"_s,
                     QStyle::SP_FileLinkIcon);
    m_find = make(tr("&Search by prefix"), QKeySequence::Find, u"actionFind"_s, QStyle::SP_FileDialogContentsView);
    // Every binding of the standard keys, not only the platform's first.
    m_refresh->setShortcuts(Shortcuts::of(QKeySequence::Refresh));
    m_delete->setShortcuts(Shortcuts::of(QKeySequence::Delete));
    m_find->setShortcuts(Shortcuts::of(QKeySequence::Find));

    connect(m_up, &QAction::triggered, this, [this] {
        if (!m_atRoot)
            navigate(m_model->parent(m_current));
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_banner->clear();
        m_model->refresh(m_current);
    });
    connect(m_stop, &QAction::triggered, this, [this] { m_model->stop(m_current); });
    connect(m_continue, &QAction::triggered, this, [this] { m_model->resume(m_current); });
    connect(m_download, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Download to"), QDir::homePath());
        if (!dir.isEmpty())
            downloadSelectedTo(dir);
    });
    connect(m_uploadFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload files to %1").arg(currentFolder().isEmpty() ? u"/"_s : currentFolder()));
        if (!files.isEmpty())
            uploadFiles(files);
    });
    connect(m_uploadFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Upload a folder to %1").arg(currentFolder().isEmpty() ? u"/"_s : currentFolder()));
        if (!dir.isEmpty())
            uploadFolder(dir);
    });
    connect(m_newFolder, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            createFolder(name);
    });
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(true); });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        copyText(m_client->url(paths.isEmpty() ? currentFolder() : paths.first()).toString(QUrl::FullyEncoded), tr("URL"));
    });
    connect(m_copyUri, &QAction::triggered, this, [this] {
        const QStringList paths = selectedPaths();
        copyText(azuremlUri(paths.isEmpty() ? currentFolder() : paths.first()), tr("azureml:// URI"));
    });
}

void StorageBrowserWindow::buildUi()
{
    auto *bar = addToolBar(tr("Browse"));
    bar->setObjectName(u"browserToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_up, m_refresh, m_stop, m_continue});
    bar->addSeparator();
    bar->addActions({m_download, m_uploadFiles, m_uploadFolder, m_newFolder, m_delete});
    Tones::nameToolButtons(bar);
    bar->addSeparator();
    m_search = new QLineEdit;
    m_search->setObjectName(u"prefixSearch"_s);
    m_search->setAccessibleName(tr("Search by name prefix"));
    m_search->setPlaceholderText(tr("Search this folder by name prefix, case-sensitive (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(300);
    // Blob prefix search is case-sensitive, as the service is. "Aa" turns it into a
    // case-insensitive match over the rows already loaded, done here, not by the service.
    m_ignoreCase = new QToolButton;
    m_ignoreCase->setObjectName(u"ignoreCaseButton"_s);
    m_ignoreCase->setText(tr("Aa"));
    m_ignoreCase->setCheckable(true);
    m_ignoreCase->setAccessibleName(tr("Ignore case"));
    m_ignoreCase->setToolTip(tr("Ignore case: match names in any case among the entries loaded so far (the service's prefix "
                                "search is case-sensitive)"));
    bar->addWidget(m_ignoreCase);
    const auto search = [this] {
        const QString wanted = m_ignoreCase->isChecked() ? QString() : m_search->text();
        if (m_model->namePrefix(m_current) != wanted)
            m_model->setNamePrefix(m_current, wanted);
        applyLocalMatch();
        updateStatus();
    };
    connect(m_ignoreCase, &QToolButton::toggled, this, [this, search] {
        m_search->setPlaceholderText(m_ignoreCase->isChecked() ? tr("Match loaded names, any case")
                                                               : tr("Search this folder by name prefix, case-sensitive (%1)")
                                                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        search();
    });
    // Queued: the view's header must have its new sections before rows can be hidden.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StorageBrowserWindow::applyLocalMatch, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StorageBrowserWindow::applyLocalMatch, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &StorageBrowserWindow::applyLocalMatch, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StorageBrowserWindow::applyLocalMatch, Qt::QueuedConnection);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [searchTimer, search] {
        searchTimer->stop();
        search();
    });
    connect(searchTimer, &QTimer::timeout, this, search);
    connect(m_find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_find);

    auto *menu = menuBar()->addMenu(tr("&Storage"));
    menu->addActions({m_up, m_refresh, m_stop, m_continue});
    menu->addSeparator();
    menu->addActions({m_download, m_uploadFiles, m_uploadFolder, m_newFolder, m_delete});
    // Transfers are always checked by length (downloads pinned to one version); this adds
    // Content-MD5 both ways, at the cost of one core hashing ~650 MiB/s.
    m_verifyMd5 = menu->addAction(tr("&Verify transfers with Content-MD5"));
    m_verifyMd5->setObjectName(u"actionVerifyMd5"_s);
    m_verifyMd5->setCheckable(true);
    m_verifyMd5->setToolTip(tr("Uploads store each file's Content-MD5, downloads compare the object's stored one "
                               "(costs CPU on fast links)."));
    connect(m_verifyMd5, &QAction::toggled, this, [this](bool on) {
        m_options.verifyMd5 = on;
        m_queue->setOptions(m_options);
    });
    menu->addSeparator();
    menu->addActions({m_copyUrl, m_copyUri, m_find});
    menu->addSeparator();
    QAction *closeAction = menu->addAction(tr("&Close"), this, &QWidget::close);
    closeAction->setObjectName(u"actionClose"_s);
    closeAction->setShortcuts(Shortcuts::of(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);
    m_breadcrumb = new QWidget;
    m_breadcrumb->setObjectName(u"breadcrumb"_s);
    m_breadcrumb->setAccessibleName(tr("Location"));
    m_breadcrumbLayout = new QHBoxLayout(m_breadcrumb);
    m_breadcrumbLayout->setContentsMargins(0, 0, 0, 0);
    m_breadcrumbLayout->setSpacing(2);
    layout->addWidget(m_breadcrumb);

    m_folders = new QTreeView;
    m_folders->setObjectName(u"folderTree"_s);
    m_folders->setAccessibleName(tr("Folders"));
    m_folders->setModel(m_folderProxy);
    m_folders->setHeaderHidden(true);
    m_folders->setUniformRowHeights(true);
    m_folders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_folders->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_folderProxy->mapToSource(current);
        if (current.isValid() && source != QModelIndex(m_current))
            navigate(source);
    });

    // A table, not a tree: QTreeView fetches more on every relayout, which would pull the
    // whole listing; QTableView asks only when the last row is on screen (and we look ahead).
    m_list = new QTableView;
    m_list->setObjectName(u"entryList"_s);
    m_list->setAccessibleName(tr("Folder contents"));
    m_list->setModel(m_model);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // constant-time layout however many rows stream in
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_download, m_delete, m_copyUrl, m_copyUri});
    m_list->horizontalHeader()->setStretchLastSection(false);
    // The source's columns: the name takes the room left over.
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QList<QPair<StorageBrowserModel::Column, int>> widths = {{StorageBrowserModel::SizeColumn, 110},
                                                                   {StorageBrowserModel::ModifiedColumn, 150},
                                                                   {StorageBrowserModel::TypeColumn, 150},
                                                                   {StorageBrowserModel::TierColumn, 150}};
    for (const auto &[slot, width] : widths) {
        if (const int column = m_model->columnOf(slot); column > 0)
            m_list->setColumnWidth(column, width);
    }
    m_list->horizontalHeader()->setSortIndicator(StorageBrowserModel::NameColumn, Qt::AscendingOrder);
    m_list->setSortingEnabled(true); // header clicks call StorageBrowserModel::sort()
    connect(m_list->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        updateStatus();
        QTimer::singleShot(0, this, &StorageBrowserWindow::prefetchIfNearEnd); // another order needs every row
    });
    connect(m_list, &QTableView::activated, this, &StorageBrowserWindow::activated);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &StorageBrowserWindow::prefetchIfNearEnd);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StorageBrowserWindow::currentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StorageBrowserWindow::updateActions);

    m_preview = new StoragePreviewPane;
    m_preview->setClient(m_client);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_folders);
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({220, 620, 360});

    m_transfersPanel = new TransfersPanel(m_queue);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(split);
    vertical->addWidget(m_transfersPanel);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({560, 140});
    layout->addWidget(vertical, 1);
    setCentralWidget(central);

    m_count = new QLabel;
    m_count->setObjectName(u"itemCount"_s);
    statusBar()->addWidget(m_count, 1);
    setTabOrder(m_search, m_folders);
    setTabOrder(m_folders, m_list);
    setTabOrder(m_list, m_preview);
    setTabOrder(m_preview, m_transfersPanel->view());
}

void StorageBrowserWindow::updateStatus()
{
    const QModelIndex folder = m_current;
    const int n = m_model->loadedCount(folder);
    const QString items = QLocale().toString(n);
    const QString prefix = m_model->namePrefix(folder);
    const QString what = prefix.isEmpty() ? tr("%1 item(s)").arg(items) : tr("%1 item(s) starting with '%2'").arg(items, prefix);
    QString text;
    const bool sorted = !m_model->serviceOrder();
    const QString by = m_model->headerData(m_model->sortColumn(), Qt::Horizontal).toString().toLower();
    const QString continueKey = m_continue->shortcut().toString(QKeySequence::NativeText);
    const StorageBrowserModel::State state = m_model->state(folder);
    switch (state) {
    case StorageBrowserModel::State::NotLoaded:
        text = tr("Not listed yet.");
        break;
    case StorageBrowserModel::State::Loading:
    case StorageBrowserModel::State::Partial:
        if (sorted) // the rest is being listed by itself: the order is only true over all of it
            text = tr("%1 so far, sorted by %2 — listing the rest to complete the order…").arg(what, by);
        else if (state == StorageBrowserModel::State::Loading)
            text = tr("%1 so far — listing…").arg(what);
        else
            text = tr("%1 loaded — more available; scroll down to load them.").arg(what);
        break;
    case StorageBrowserModel::State::Complete:
        text = sorted ? tr("%1 — complete, sorted by %2.").arg(what, by) : tr("%1 — complete.").arg(what);
        break;
    case StorageBrowserModel::State::Stopped:
        text = sorted ? tr("%1 loaded — stopped; sorted by %2 among these only, the listing is incomplete (Continue: %3).")
                            .arg(what, by, continueKey)
                      : tr("%1 loaded — stopped; the listing is incomplete (Continue: %2).").arg(what, continueKey);
        break;
    case StorageBrowserModel::State::Failed:
        text = tr("%1 loaded — the listing failed: %2").arg(what, m_model->lastError(folder).message);
        break;
    }
    m_count->setText(text);
}

void StorageBrowserWindow::updateActions()
{
    const StorageBrowserModel::State state = m_model->state(m_current);
    m_stop->setEnabled(state == StorageBrowserModel::State::Loading);
    m_continue->setEnabled(state == StorageBrowserModel::State::Stopped);
    m_up->setEnabled(!m_atRoot);
    const bool any = !selectedPaths().isEmpty();
    // What the source cannot do is off, and its tooltip says why (a database is read only).
    const BrowseCapabilities caps = m_client->capabilities();
    const QString why = caps.readOnlyReason.isEmpty() ? tr("not available for this storage") : caps.readOnlyReason;
    const auto allow = [&why](QAction *action, bool can, bool now) {
        if (!action->property("normalToolTip").isValid())
            action->setProperty("normalToolTip", action->toolTip());
        action->setEnabled(can && now);
        action->setToolTip(can ? action->property("normalToolTip").toString()
                               : tr("%1: %2").arg(QString(action->text()).remove(u'&').remove(u"…"_s), why));
    };
    allow(m_download, caps.readRanges, any);
    allow(m_delete, caps.remove, any);
    allow(m_uploadFiles, caps.upload, true);
    allow(m_uploadFolder, caps.upload, true);
    allow(m_newFolder, caps.makeDirectories, true);
    allow(m_copyUri, caps.readRanges, true); // azureml:// URIs name files of Azure storage
}

QStringList StorageBrowserWindow::selectedPaths() const
{
    // Only rows of the folder shown: the folder itself (the list's root, selected when it was
    // opened from the list) is never part of the selection an action works on.
    QStringList paths;
    const QModelIndex shown = m_list->rootIndex();
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows(0)) {
        if (index.parent() == shown)
            paths.append(m_model->path(index));
    }
    return paths;
}

bool StorageBrowserWindow::selectPath(const QString &path)
{
    for (int row = 0; row < m_model->rowCount(m_current); ++row) {
        const QModelIndex index = m_model->index(row, 0, m_current);
        if (m_model->path(index) == path) {
            m_list->setCurrentIndex(index);
            m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void StorageBrowserWindow::copyText(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied the %1: %2").arg(what, text), 4000);
}

QString StorageBrowserWindow::azuremlUri(const QString &path) const
{
    return m_datastore.azuremlUri() + u"/paths/"_s + path;
}

// With Ignore case: hides the loaded rows of the open folder whose names do not start with
// the search text in any case; without it, shows them all (the service filtered them).
void StorageBrowserWindow::applyLocalMatch()
{
    const QModelIndex root = m_list->rootIndex();
    const QString text = m_ignoreCase && m_ignoreCase->isChecked() ? m_search->text() : QString();
    if (text.isEmpty() && !m_rowsHidden)
        return; // nothing hidden, nothing to hide: listing a million entries costs nothing here
    m_rowsHidden = !text.isEmpty();
    int shown = 0;
    const int rows = m_model->rowCount(root);
    for (int row = 0; row < rows; ++row) {
        const bool match = text.isEmpty() || m_model->index(row, 0, root).data().toString().startsWith(text, Qt::CaseInsensitive);
        m_list->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    if (!text.isEmpty())
        statusBar()->showMessage(shown == 0 ? tr("No loaded entry starts with '%1' in any case.").arg(text)
                                            : tr("%1 of %2 loaded entries start with '%3' in any case.").arg(shown).arg(rows).arg(text));
}

void StorageBrowserWindow::applyPreferences(const Preferences &preferences)
{
    m_options.parallel = preferences.parallel;
    m_options.verifyMd5 = preferences.verifyMd5;
    m_queue->setOptions(m_options);
    m_verifyMd5->setChecked(preferences.verifyMd5);
    m_preview->setPreviewBytes(preferences.previewBytes);
    // Asked (the default), or replaced without a question when the user said so.
    m_queue->setConflictPolicy(preferences.askBeforeOverwrite ? TransferQueue::ConflictPolicy::Ask : TransferQueue::ConflictPolicy::Replace);
}
