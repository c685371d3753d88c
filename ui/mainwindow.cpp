#include "ui/mainwindow.h"
#include "ui/storagebrowserwindow.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "models/datastorefilterproxymodel.h"
#include "models/datastorelistmodel.h"
#include "services/core/supportmatrix.h"
#include "services/storage/storageclientfactory.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"
#include "ui/datastoredetailspane.h"
#include "ui/messagebanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NewWorkspaceItem = -1;
} // namespace

MainWindow::MainWindow(WorkspaceManager *manager, DatastoreListModel *model, const SupportMatrix &matrix, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_model(model), m_matrix(matrix), m_proxy(new DatastoreFilterProxyModel(this))
{
    setObjectName(u"mainWindow"_s);
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildCentral();
    buildMenusAndToolBar();

    connect(m_model, &DatastoreListModel::loadingStarted, this, [this] { beginBusy(tr("Loading datastores…")); });
    connect(m_model, &DatastoreListModel::loadingFinished, this, [this] {
        endBusy(tr("%n datastore(s) in workspace '%1'", nullptr, m_model->rowCount()).arg(m_manager->currentName()));
        m_view->resizeColumnsToContents();
        if (!m_pendingSelection.isEmpty() && selectDatastore(m_pendingSelection))
            m_pendingSelection.clear();
        else if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        updateActions();
    });
    connect(m_model, &DatastoreListModel::loadingFailed, this, [this](const ApiError &e) {
        endBusy();
        showError(e, tr("The datastores could not be listed."));
    });
    connect(m_manager, &WorkspaceManager::currentChanged, this, &MainWindow::workspaceChanged);
    connect(m_manager, &WorkspaceManager::workspacesChanged, this, &MainWindow::fillWorkspaceCombo);
    fillWorkspaceCombo();
    if (m_manager->current())
        workspaceChanged(m_manager->current());
    updateActions();
    resize(1240, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::setStorageHttp(StorageHttp *http)
{
    m_http = http;
    updateActions();
}

StorageBrowserWindow *MainWindow::lastBrowser() const
{
    return m_lastBrowser;
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, const QString &name, QStyle::StandardPixmap icon) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setShortcut(key);
        a->setObjectName(name);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    m_register = make(tr("&Register…"), QKeySequence::New, u"actionRegister"_s, QStyle::SP_FileDialogNewFolder);
    m_register->setToolTip(tr("Register a datastore (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_setDefault = make(tr("Set as &default"), QKeySequence(Qt::CTRL | Qt::Key_D), u"actionSetDefault"_s, QStyle::SP_DialogApplyButton);
    m_credentials = make(tr("Update &credentials…"), QKeySequence(Qt::CTRL | Qt::Key_E), u"actionCredentials"_s, QStyle::SP_DialogResetButton);
    m_unregister = make(tr("&Unregister"), QKeySequence::Delete, u"actionUnregister"_s, QStyle::SP_TrashIcon);
    m_refresh = make(tr("Re&fresh"), QKeySequence::Refresh, u"actionRefresh"_s, QStyle::SP_BrowserReload);
    m_newWorkspace = make(tr("&New local workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"actionNewWorkspace"_s,
                          QStyle::SP_FileDialogNewFolder);
    m_findAction = make(tr("&Filter…"), QKeySequence::Find, u"actionFilter"_s, QStyle::SP_FileDialogContentsView);
    m_browse = make(tr("&Browse…"), QKeySequence(Qt::CTRL | Qt::Key_B), u"actionBrowse"_s, QStyle::SP_DirOpenIcon);
    connect(m_browse, &QAction::triggered, this, &MainWindow::browse);
    connect(m_register, &QAction::triggered, this, &MainWindow::registerDatastore);
    connect(m_setDefault, &QAction::triggered, this, &MainWindow::setAsDefault);
    connect(m_credentials, &QAction::triggered, this, &MainWindow::updateCredentials);
    connect(m_unregister, &QAction::triggered, this, &MainWindow::unregister);
    connect(m_refresh, &QAction::triggered, m_model, &DatastoreListModel::refresh);
    connect(m_newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
}

void MainWindow::buildMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&Workspace"));
    file->addAction(m_newWorkspace);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    QMenu *ds = menuBar()->addMenu(tr("&Datastore"));
    ds->addActions({m_browse, m_register, m_setDefault, m_credentials, m_unregister});
    ds->addSeparator();
    ds->addActions({m_refresh, m_findAction});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Datastore Studio"), this, [this] {
        QMessageBox::about(this, tr("About Datastore Studio"),
                           tr("<b>Datastore Studio</b> %1<br>Register, inspect and manage Azure Machine Learning "
                              "datastores. Secrets are kept only in the system keychain.").arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *wsLabel = new QLabel(tr("&Workspace:"), bar);
    wsLabel->setBuddy(m_workspaceCombo);
    wsLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(wsLabel);
    bar->addWidget(m_workspaceCombo);
    bar->addSeparator();
    bar->addActions({m_browse, m_register, m_setDefault, m_credentials, m_unregister, m_refresh});
}

void MainWindow::buildCentral()
{
    m_workspaceCombo = new QComboBox(this);
    m_workspaceCombo->setObjectName(u"workspaceCombo"_s);
    m_workspaceCombo->setAccessibleName(tr("Workspace"));
    m_workspaceCombo->setMinimumContentsLength(16);
    m_workspaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_workspaceCombo, &QComboBox::activated, this, &MainWindow::workspaceChosen);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setAccessibleName(tr("Filter datastores"));
    m_filter->setPlaceholderText(tr("Filter by name, type, account or container (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DatastoreFilterProxyModel::setTextFilter);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Storage type filter"));
    m_typeFilter->addItem(tr("All storage types"), -1);
    for (const StorageTypeSpec &t : m_matrix.types())
        m_typeFilter->addItem(t.label, int(t.type));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int type = m_typeFilter->currentData().toInt();
        m_proxy->setTypeFilter(type < 0 ? std::nullopt : std::optional<StorageType>(StorageType(type)));
    });

    m_view = new QTableView(this);
    m_view->setObjectName(u"datastoreView"_s);
    m_view->setAccessibleName(tr("Datastores"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DatastoreListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMaximumSectionSize(210);
    m_view->setTextElideMode(Qt::ElideMiddle); // long container names keep both ends
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_browse, m_setDefault, m_credentials, m_unregister});
        menu.addSeparator();
        menu.addActions({m_register, m_refresh});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_browse->isEnabled())
            m_browse->trigger();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_details->setDatastore(selectedDatastore());
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        m_details->setDatastore(selectedDatastore());
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);

    m_details = new DatastoreDetailsPane(m_matrix, this);
    connect(m_details, &DatastoreDetailsPane::statusMessage, this, [this](const QString &text) { m_status->setText(text); });
    m_banner = new MessageBanner(this);

    auto *left = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_typeFilter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({890, 390});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    setTabOrder(m_filter, m_typeFilter);
    setTabOrder(m_typeFilter, m_view);
    setTabOrder(m_view, m_details);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_busy);
}

void MainWindow::fillWorkspaceCombo()
{
    m_workspaceCombo->blockSignals(true);
    m_workspaceCombo->clear();
    for (const QString &name : m_manager->localWorkspaces())
        m_workspaceCombo->addItem(name, name);
    m_workspaceCombo->insertSeparator(m_workspaceCombo->count());
    m_workspaceCombo->addItem(tr("New local workspace…"), NewWorkspaceItem);
    m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentName()));
    m_workspaceCombo->blockSignals(false);
}

void MainWindow::workspaceChosen(int index)
{
    const QVariant data = m_workspaceCombo->itemData(index);
    if (data.typeId() == QMetaType::Int && data.toInt() == NewWorkspaceItem) {
        m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentName()));
        newWorkspace();
        return;
    }
    if (const VoidResult opened = m_manager->open(data.toString()); !opened) {
        m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentName()));
        showError(opened.error(), tr("The workspace could not be opened."));
    }
}

void MainWindow::workspaceChanged(WorkspaceService *workspace)
{
    m_banner->clear();
    m_details->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    setWindowTitle(tr("%1 — Datastore Studio").arg(workspace ? workspace->displayName() : tr("no workspace")));
    m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentName()));
    updateActions();
}

std::optional<Datastore> MainWindow::selectedDatastore() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return std::nullopt;
    const Datastore *ds = m_model->datastore(m_proxy->mapToSource(current).row());
    return ds ? std::optional<Datastore>(*ds) : std::nullopt;
}

bool MainWindow::selectDatastore(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

void MainWindow::updateActions()
{
    const std::optional<Datastore> ds = selectedDatastore();
    const bool ready = m_manager->current() != nullptr;
    m_register->setEnabled(ready);
    m_refresh->setEnabled(ready);
    const auto set = [](QAction *action, bool enabled, const QString &why, const QString &normal) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? normal : why);
        action->setStatusTip(enabled ? normal : why);
    };
    const QString none = tr("Select a datastore first.");
    if (!ds) {
        set(m_browse, false, none, {});
        set(m_setDefault, false, none, {});
        set(m_credentials, false, none, {});
        set(m_unregister, false, none, {});
        return;
    }
    const StorageTypeSpec &type = m_matrix.type(ds->type);
    if (!StorageClientFactory::supports(ds->type))
        set(m_browse, false, tr("%1 datastores cannot be browsed here: browsing covers Blob containers, File shares and ADLS Gen2.").arg(type.label), {});
    else if (!m_http)
        set(m_browse, false, tr("Browsing is not available in this window."), {});
    else
        set(m_browse, true, {}, tr("Browse the contents of '%1' (%2)").arg(ds->name, m_browse->shortcut().toString(QKeySequence::NativeText)));
    const QString defaultKey = m_setDefault->shortcut().toString(QKeySequence::NativeText);
    if (ds->isDefault)
        set(m_setDefault, false, tr("'%1' is already the default datastore.").arg(ds->name), {});
    else if (!type.canBeDefault)
        set(m_setDefault, false, tr("%1 datastores cannot be the default: the default receives job outputs.").arg(type.label), {});
    else
        set(m_setDefault, true, {}, tr("Make '%1' the workspace default (%2)").arg(ds->name, defaultKey));
    const AuthSpec *auth = type.authSpec(ds->auth);
    const bool hasCredential = std::any_of(type.auth.begin(), type.auth.end(), [](const AuthSpec &a) { return !a.fields.isEmpty(); });
    if (!hasCredential || !auth)
        set(m_credentials, false, tr("%1 datastores have no credential to update.").arg(type.label), {});
    else
        set(m_credentials, true, {}, tr("Rotate the credential of '%1'").arg(ds->name));
    if (ds->name == u"workspaceblobstore"_s)
        set(m_unregister, false, tr("workspaceblobstore is built in to the workspace and can never be unregistered."), {});
    else if (ds->isDefault)
        set(m_unregister, false, tr("'%1' is the default datastore: make another datastore the default first.").arg(ds->name), {});
    else
        set(m_unregister, true, {}, tr("Unregister '%1' (the data is not touched)").arg(ds->name));
}

void MainWindow::beginBusy(const QString &status)
{
    ++m_busyCount;
    m_busy->show();
    m_status->setText(status);
}

void MainWindow::endBusy(const QString &status)
{
    m_busyCount = std::max(0, m_busyCount - 1);
    m_busy->setVisible(m_busyCount > 0);
    if (!status.isNull())
        m_status->setText(status);
}

void MainWindow::showError(const ApiError &error, const QString &context)
{
    const QString text = context.isEmpty() ? error.toString() : context + u' ' + error.toString();
    m_banner->showMessage(MessageBanner::Type::Error, text);
    m_status->setText(context.isEmpty() ? error.message : context);
}
