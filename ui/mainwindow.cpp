#include "ui/mainwindow.h"
#include "ui/storagebrowserwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
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

#include <utility>

#include "models/datastorefilterproxymodel.h"
#include "models/datastorelistmodel.h"
#include "services/core/datastoreyaml.h"
#include "services/core/supportmatrix.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspacerules.h"
#include "services/workspace/workspaceservice.h"
#include "ui/appearance.h"
#include "ui/datastoredetailspane.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/settingsdialog.h"
#include "ui/shortcuts.h"
#include "ui/tones.h"
#include "services/transfer/transferqueue.h"

using namespace Qt::Literals::StringLiterals;


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
        // The datastore an action concerned wins; otherwise the selection stays where it
        // is. Either way nothing is left pending for a later, unrelated refresh.
        const QString pending = std::exchange(m_pendingSelection, QString());
        if ((pending.isEmpty() || !selectDatastore(pending)) && !selectedDatastore() && m_proxy->rowCount() > 0)
            selectDatastore(m_proxy->index(0, 0).data(DatastoreListModel::NameRole).toString());
        selectionChanged();
        // Datastores the workspace holds that the studio cannot show are named, not hidden;
        // a message of the user's own action is not replaced.
        if (const QStringList notes = m_model->notes(); !notes.isEmpty() && m_banner->isHidden())
            m_banner->showMessage(MessageBanner::Type::Information, notes.join(u' '));
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

void MainWindow::setConnector(DatastoreConnector *connector)
{
    m_connector = connector;
    updateActions();
}

StorageBrowserWindow *MainWindow::lastBrowser() const
{
    return m_lastBrowser;
}

void MainWindow::addBrowser(StorageBrowserWindow *browser)
{
    m_browsers.removeAll(nullptr);
    m_browsers.append(browser);
    m_lastBrowser = browser;
    browser->applyPreferences(m_preferences);
}

void MainWindow::setPreferences(const Preferences &preferences, const QString &file)
{
    m_preferences = preferences;
    m_preferencesFile = file;
    for (const QPointer<StorageBrowserWindow> &b : std::as_const(m_browsers))
        if (b)
            b->applyPreferences(preferences);
    if (!m_appearance)
        m_appearance = new Appearance(this);
    m_appearance->apply(preferences.appearance);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        if (const VoidResult saved = chosen.save(m_preferencesFile); !saved) {
            showError(saved.error(), tr("The settings were not saved"));
            return;
        }
        const bool newLanguage = chosen.language != m_preferences.language;
        setPreferences(chosen, m_preferencesFile);
        m_banner->showMessage(MessageBanner::Type::Success, newLanguage ? tr("Settings saved. The new language is used from the next start.")
                                                                        : tr("Settings saved."));
    });
    dialog->open();
}

int MainWindow::unfinishedTransfers() const
{
    int n = 0;
    for (const QPointer<StorageBrowserWindow> &b : m_browsers) {
        if (b && b->transfers()->isActive())
            n += std::max(1, b->transfers()->unfinished());
    }
    return n;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the main window quits the studio: browser windows and their transfers too.
    if (!m_quitting) {
        if (const int n = unfinishedTransfers(); n > 0) {
            const int choice = MessageBox::choose(
                this, tr("Quit Datastore Studio"),
                tr("%n transfer(s) are still running or waiting.\n\nQuit when they have finished, cancel them and quit now, "
                   "or stay?", nullptr, n),
                {tr("Quit when finished"), tr("Cancel transfers and quit"), tr("Stay")}, 0, 2, u"quitWithTransfersQuestion"_s);
            if (choice != 1) {
                event->ignore();
                if (choice == 0)
                    quitWhenTransfersFinish();
                return;
            }
        }
    }
    m_quitting = true;
    for (const QPointer<StorageBrowserWindow> &b : std::as_const(m_browsers)) {
        if (b)
            b->closeWithoutAsking();
    }
    QMainWindow::closeEvent(event);
    emit quitRequested();
}

void MainWindow::quitWhenTransfersFinish()
{
    m_quitting = true;
    hide();
    const auto check = [this] {
        if (unfinishedTransfers() == 0)
            close();
    };
    for (const QPointer<StorageBrowserWindow> &b : std::as_const(m_browsers)) {
        if (!b)
            continue;
        b->hide();
        connect(b->transfers(), &TransferQueue::allFinished, this, check);
    }
    check();
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
    m_connectAzure = make(tr("Connect to &Azure ML workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), u"actionConnectAzure"_s,
                          QStyle::SP_DriveNetIcon);
    m_findAction = make(tr("&Filter…"), QKeySequence::Find, u"actionFilter"_s, QStyle::SP_FileDialogContentsView);
    // Every binding of the standard keys, not only the platform's first.
    m_register->setShortcuts(Shortcuts::of(QKeySequence::New));
    m_unregister->setShortcuts(Shortcuts::of(QKeySequence::Delete));
    m_refresh->setShortcuts(Shortcuts::of(QKeySequence::Refresh));
    m_findAction->setShortcuts(Shortcuts::of(QKeySequence::Find));
    m_browse = make(tr("&Browse…"), QKeySequence(Qt::CTRL | Qt::Key_B), u"actionBrowse"_s, QStyle::SP_DirOpenIcon);
    connect(m_browse, &QAction::triggered, this, &MainWindow::browse);
    m_importYaml = make(tr("&Import from YAML…"), QKeySequence(Qt::CTRL | Qt::Key_I), u"actionImportYaml"_s, QStyle::SP_DialogOpenButton);
    m_importYaml->setToolTip(tr("Register a datastore from an az ml YAML file, in the wizard"));
    m_exportYaml = make(tr("E&xport to YAML…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), u"actionExportYaml"_s,
                        QStyle::SP_DialogSaveButton);
    connect(m_importYaml, &QAction::triggered, this, &MainWindow::importYaml);
    connect(m_exportYaml, &QAction::triggered, this, &MainWindow::exportYaml);
    connect(m_register, &QAction::triggered, this, &MainWindow::registerDatastore);
    connect(m_setDefault, &QAction::triggered, this, &MainWindow::setAsDefault);
    connect(m_credentials, &QAction::triggered, this, &MainWindow::updateCredentials);
    connect(m_unregister, &QAction::triggered, this, &MainWindow::unregister);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (const std::optional<Datastore> ds = selectedDatastore())
            m_pendingSelection = ds->name; // the same datastore, wherever the refresh puts it
        m_model->refresh();
    });
    connect(m_newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_connectAzure, &QAction::triggered, this, &MainWindow::connectAzure);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
}

void MainWindow::buildMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&Workspace"));
    file->addAction(m_newWorkspace);
    file->addAction(m_connectAzure);
    file->addSeparator();
    m_settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settings->setObjectName(u"actionSettings"_s);
    m_settings->setShortcuts(Shortcuts::of(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(Shortcuts::of(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setObjectName(u"actionQuit"_s);
    QMenu *ds = menuBar()->addMenu(tr("&Datastore"));
    ds->addActions({m_browse, m_register, m_setDefault, m_credentials, m_unregister});
    ds->addSeparator();
    ds->addActions({m_importYaml, m_exportYaml});
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
    Tones::nameToolButtons(bar);
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
        // The menu acts on the row under the cursor, which it selects first (as a file
        // manager does); on empty space there is no datastore to act on.
        const QModelIndex at = m_view->indexAt(pos);
        if (at.isValid())
            selectDatastore(at.data(DatastoreListModel::NameRole).toString());
        else
            m_view->clearSelection();
        QMenu menu(this);
        menu.setObjectName(u"datastoreContextMenu"_s);
        menu.addActions({m_browse, m_setDefault, m_credentials, m_unregister});
        menu.addSeparator();
        menu.addActions({m_register, m_refresh});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Double-click (not QAbstractItemView::activated, which single-click styles emit on
    // every click) and Enter open the browser.
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::openSelected);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // Everything that shows the selection (details pane, actions) follows one signal path:
    // a mouse press sets the current index before it selects, the keyboard the other way
    // round, and a refresh or a filter can change either without the other.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);

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
    // A filter that hides every datastore says so, rather than leaving an empty list.
    auto *noMatch = new QLabel(this);
    noMatch->setObjectName(u"noMatchLabel"_s);
    noMatch->setWordWrap(true);
    noMatch->hide();
    leftLayout->addWidget(noMatch);
    const auto updateNoMatch = [this, noMatch] {
        const bool none = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
        noMatch->setText(none ? (m_typeFilter->currentIndex() > 0
                                     ? tr("No datastore matches '%1' among the %2 datastores.").arg(m_filter->text(), m_typeFilter->currentText())
                                     : tr("No datastore matches '%1'. Clear the filter to see all %n datastore(s).", nullptr,
                                          m_model->rowCount())
                                           .arg(m_filter->text()))
                              : QString());
        noMatch->setVisible(none);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, noMatch, updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, noMatch, updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::modelReset, noMatch, updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, noMatch, updateNoMatch);
    connect(m_filter, &QLineEdit::textChanged, noMatch, updateNoMatch); // after the proxy has filtered
    connect(m_typeFilter, &QComboBox::currentIndexChanged, noMatch, updateNoMatch);
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
    // A throwaway keyring (run-studio.sh without a Secret Service in the session) keeps
    // secrets only while it runs: say so for as long as the studio does.
    auto *keyringNotice = new MessageBanner(this);
    keyringNotice->setObjectName(u"temporaryKeyringNotice"_s);
    if (qEnvironmentVariableIsSet("DSSTUDIO_TEMPORARY_KEYRING"))
        keyringNotice->showMessage(MessageBanner::Type::Warning,
                                   tr("This session uses a temporary keyring: the secrets you register or update are lost when "
                                      "Datastore Studio closes. Run it in a desktop session with a keychain to keep them."));
    layout->addWidget(keyringNotice);
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

std::optional<Datastore> MainWindow::selectedDatastore() const
{
    // The selection, not the current index: it is what the user sees highlighted.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(DatastoreListModel::NameColumn);
    if (rows.size() != 1)
        return std::nullopt;
    const Datastore *ds = m_model->datastore(m_proxy->mapToSource(rows.first()).row());
    return ds ? std::optional<Datastore>(*ds) : std::nullopt;
}

void MainWindow::selectionChanged()
{
    m_details->setDatastore(selectedDatastore());
    updateActions();
}

void MainWindow::selectAfterAction(const QString &name, int epoch)
{
    if (name.isEmpty() || (epoch >= 0 && epoch != m_userSelections))
        return;
    if (m_model->isLoading()) {
        m_pendingSelection = name; // applied when this refresh is in
        return;
    }
    m_pendingSelection.clear();
    selectDatastore(name);
}

QString MainWindow::neighbourOf(const QString &name) const
{
    const int row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(name), 0)).row();
    if (row < 0)
        return {};
    const int next = row + 1 < m_proxy->rowCount() ? row + 1 : row - 1;
    return next >= 0 ? m_proxy->index(next, 0).data(DatastoreListModel::NameRole).toString() : QString();
}

void MainWindow::openSelected()
{
    if (!selectedDatastore())
        return;
    if (m_browse->isEnabled())
        m_browse->trigger();
    else
        m_status->setText(m_browse->toolTip()); // why it cannot be browsed
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A person choosing a row (a click, a key) overrides the row a finished action asked the
    // next refresh to select: that refresh must not take the selection back.
    if ((watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        || (watched == m_view && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier)) {
        m_pendingSelection.clear();
        ++m_userSelections;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openSelected();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::selectDatastore(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void MainWindow::updateActions()
{
    const std::optional<Datastore> ds = selectedDatastore();
    const bool ready = m_manager->current() != nullptr;
    m_register->setEnabled(ready);
    m_importYaml->setEnabled(ready);
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
        set(m_exportYaml, false, none, {});
        return;
    }
    const StorageTypeSpec &type = m_matrix.type(ds->type);
    if (!m_connector)
        set(m_browse, false, tr("Browsing is not available in this window."), {});
    else if (m_connector->unsupported(*ds))
        set(m_browse, false, tr("%1 datastores cannot be browsed here: browsing covers %2.").arg(type.label, m_connector->browsableTypes()), {});
    else
        set(m_browse, true, {}, tr("Browse the contents of '%1' (%2)").arg(ds->name, m_browse->shortcut().toString(QKeySequence::NativeText)));
    const QString defaultKey = m_setDefault->shortcut().toString(QKeySequence::NativeText);
    if (ds->isDefault)
        set(m_setDefault, false, tr("'%1' is already the default datastore.").arg(ds->name), {});
    else if (const auto refused = WorkspaceRules(m_matrix).checkSetDefault(*ds))
        set(m_setDefault, false, refused->message, {});
    else
        set(m_setDefault, true, {}, tr("Make '%1' the workspace default (%2)").arg(ds->name, defaultKey));
    const AuthSpec *auth = type.authSpec(ds->auth);
    const bool hasCredential = std::any_of(type.auth.begin(), type.auth.end(), [](const AuthSpec &a) { return !a.fields.isEmpty(); });
    if (m_connector && BrowseConnections::needsOne(ds->type))
        set(m_credentials, true, {}, tr("Change the Databricks connection the studio keeps for '%1'").arg(ds->name));
    else if (!hasCredential || !auth)
        set(m_credentials, false, tr("%1 datastores have no credential to update.").arg(type.label), {});
    else
        set(m_credentials, true, {}, tr("Rotate the credential of '%1'").arg(ds->name));
    if (!DatastoreYaml::supports(ds->type))
        set(m_exportYaml, false, tr("%1 datastores have no az ml YAML: it covers Azure Blob, Azure File and ADLS Gen1 and Gen2.").arg(type.label), {});
    else
        set(m_exportYaml, true, {}, tr("Write '%1' as an az ml YAML file").arg(ds->name));
    if (const auto refused = WorkspaceRules(m_matrix).checkUnregister(*ds, m_manager ? m_manager->currentName() : QString()))
        set(m_unregister, false, refused->message, {});
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
    // One sentence after another: the context ends with a full stop before the error's own.
    QString lead = context.trimmed();
    if (!lead.isEmpty() && !lead.endsWith(u'.') && !lead.endsWith(u'?') && !lead.endsWith(u'!') && !lead.endsWith(u':'))
        lead += u'.';
    const QString text = lead.isEmpty() ? error.toString() : lead + u' ' + error.toString();
    m_banner->showMessage(MessageBanner::Type::Error, text);
    m_status->setText(context.isEmpty() ? error.message : context);
}
