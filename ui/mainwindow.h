#pragma once

#include <QMainWindow>
#include <QPointer>

#include "services/core/preferences.h"
#include "services/workspace/workspaceref.h"

#include "services/core/apierror.h"
#include "services/core/datastore.h"

class DatastoreDetailsPane;
class DatastoreFilterProxyModel;
class DatastoreListModel;
class MessageBanner;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class Appearance;
class StorageBrowserWindow;
class DatastoreConnector;
class SupportMatrix;
class WorkspaceManager;
class WorkspaceService;

// The studio's main window: a workspace switcher, the datastores of the current workspace
// (sortable, with a live text filter and a storage-type filter, the default marked), a
// details pane, and the actions Register…, Set as default, Update credentials…, Unregister
// and Refresh in the toolbar, the menu and a context menu, each with a shortcut. Every
// operation runs asynchronously with a busy indicator and a status line; errors appear in
// an inline banner. Owns its widgets; the manager and the model belong to the application.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(WorkspaceManager *manager, DatastoreListModel *model, const SupportMatrix &matrix, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *datastoreView() const { return m_view; }
    // Opens a workspace (an Azure ML one signs in first) with progress in the status bar; on
    // failure the previous workspace stays (at start, the local default opens instead).
    void openWorkspace(const WorkspaceRef &ref);
    MessageBanner *banner() const { return m_banner; }
    DatastoreFilterProxyModel *proxy() const { return m_proxy; }
    QAction *registerAction() const { return m_register; }
    QAction *setDefaultAction() const { return m_setDefault; }
    QAction *credentialsAction() const { return m_credentials; }
    QAction *unregisterAction() const { return m_unregister; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *browseAction() const { return m_browse; }
    QAction *importYamlAction() const { return m_importYaml; }
    QAction *exportYamlAction() const { return m_exportYaml; }
    // The HTTP layer the storage browser uses (Browse is disabled without one).
    // How the browser reaches a datastore's data; without one, Browse is disabled.
    void setConnector(DatastoreConnector *connector);
    // The browser window opened last by Browse (for tests).
    StorageBrowserWindow *lastBrowser() const;
    // Browser windows are top-level windows of their own; the main window keeps track of
    // them so that Quit can ask about their transfers and close them all.
    void addBrowser(StorageBrowserWindow *browser);
    // The user's preferences and the file Settings… keeps them in (Preferences::defaultFile()
    // unless told otherwise); they reach every browser window, open or opened later.
    void setPreferences(const Preferences &preferences, const QString &file = Preferences::defaultFile());
    const Preferences &preferences() const { return m_preferences; }
    QAction *settingsAction() const { return m_settings; }

signals:
    // The main window has closed and everything it started is closed or cancelled: the
    // application may end.
    void quitRequested();

public:

    // The one datastore the user has selected (highlighted), if any.
    std::optional<Datastore> selectedDatastore() const;
    bool selectDatastore(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenusAndToolBar();
    void buildCentral();
    void workspaceChanged(WorkspaceService *workspace);
    void fillWorkspaceCombo();
    void workspaceChosen(int index);
    void updateActions();
    void selectionChanged();
    // Puts the selection on `name` once the list shows the action's outcome (now, or when
    // the refresh under way is in).
    // Selects the datastore an action concerned once it is done (now, or when the refresh it
    // caused is in) — unless the person has chosen a row since the action began (`epoch`,
    // the m_userSelections it began with; -1: a modal action, nothing could be chosen).
    void selectAfterAction(const QString &name, int epoch = -1);
    // The datastore below `name` in the list as shown, else the one above.
    QString neighbourOf(const QString &name) const;
    void openSelected();
    void beginBusy(const QString &status);
    void endBusy(const QString &status = {});
    void showError(const ApiError &error, const QString &context = {});

    // mainwindowactions.cpp
    void registerDatastore();
    void setAsDefault();
    void updateCredentials();
    void unregister();
    void newWorkspace();
    void connectAzure();
    void browse();
    // mainwindowyaml.cpp: az ml v2 YAML files in (through the wizard) and out.
    void importYaml();
    void exportYaml();
    void openWizard(const std::optional<std::pair<Datastore, SecretMap>> &prefill);
    void openSettings();

    WorkspaceManager *m_manager;
    DatastoreListModel *m_model;
    const SupportMatrix &m_matrix;
    DatastoreFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    DatastoreDetailsPane *m_details = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_workspaceCombo = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    int m_busyCount = 0;
    QString m_pendingSelection;
    int m_userSelections = 0; // rows chosen by a click or a key since the start
    QAction *m_register = nullptr;
    QAction *m_setDefault = nullptr;
    QAction *m_credentials = nullptr;
    QAction *m_unregister = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_browse = nullptr;
    QAction *m_importYaml = nullptr;
    QAction *m_exportYaml = nullptr;
    DatastoreConnector *m_connector = nullptr;
    QPointer<StorageBrowserWindow> m_lastBrowser;
    QList<QPointer<StorageBrowserWindow>> m_browsers;
    Preferences m_preferences;
    QString m_preferencesFile = Preferences::defaultFile();
    Appearance *m_appearance = nullptr;
    QAction *m_settings = nullptr;
    bool m_quitting = false;
    int unfinishedTransfers() const;
    void quitWhenTransfersFinish();
    QAction *m_newWorkspace = nullptr;
    QAction *m_connectAzure = nullptr;
    QAction *m_findAction = nullptr;
};
