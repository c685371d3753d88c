// The operations MainWindow runs: each asks the workspace service and reports back through
// the busy indicator, the status line and the banner.
#include <QLabel>
#include <QTableView>

#include "models/datastorelistmodel.h"
#include "services/core/supportmatrix.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"
#include "ui/credentialsdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"
#include "ui/storagebrowserwindow.h"
#include "services/storage/storageclient.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "ui/wizard/registerdatastorewizard.h"

using namespace Qt::Literals::StringLiterals;

void MainWindow::registerDatastore()
{
    openWizard(std::nullopt);
}

void MainWindow::openWizard(const std::optional<std::pair<Datastore, SecretMap>> &prefill)
{
    WorkspaceService *ws = m_manager->current();
    if (!ws)
        return;
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->datastore(row)->name;
    auto *wizard = new RegisterDatastoreWizard(ws, m_matrix, names, this);
    wizard->setConnector(m_connector);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const Datastore &ds = wizard->registered();
        selectAfterAction(ds.name);
        const QString done = tr("Registered '%1'%2.").arg(ds.name, ds.isDefault ? tr(" as the default datastore") : QString());
        // What the workspace said on the way (on Azure, "registered, but the default was not
        // changed because …") comes first.
        const QStringList cautions = ds.notes + wizard->registrationCautions();
        if (cautions.isEmpty())
            m_banner->showMessage(MessageBanner::Type::Success, done);
        else
            m_banner->showMessage(MessageBanner::Type::Warning, done + u' ' + cautions.join(u' '));
    });
    if (prefill)
        wizard->prefill(prefill->first, prefill->second);
    wizard->open();
}

void MainWindow::setAsDefault()
{
    WorkspaceService *ws = m_manager->current();
    const std::optional<Datastore> ds = selectedDatastore();
    if (!ws || !ds || !m_setDefault->isEnabled())
        return;
    beginBusy(tr("Making '%1' the default…").arg(ds->name));
    m_pendingSelection = ds->name; // the refresh this causes may come in before the reply
    const int epoch = m_userSelections;
    onFinished(ws->setDefaultDatastore(ds->name), this, [this, name = ds->name, epoch](const VoidResult &result) {
        if (!result) {
            endBusy();
            showError(result.error(), tr("'%1' was not made the default.").arg(name));
            return;
        }
        selectAfterAction(name, epoch);
        m_banner->clear();
        endBusy(tr("'%1' is now the default datastore.").arg(name));
    });
}

void MainWindow::updateCredentials()
{
    WorkspaceService *ws = m_manager->current();
    const std::optional<Datastore> ds = selectedDatastore();
    if (!ws || !ds || !m_credentials->isEnabled())
        return;
    auto *dialog = new CredentialsDialog(ws, m_matrix, *ds, m_connector, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialsDialog::credentialsUpdated, this, [this](const Datastore &updated) {
        selectAfterAction(updated.name);
        m_banner->showMessage(MessageBanner::Type::Success, tr("Updated the credentials of '%1'.").arg(updated.name));
    });
    dialog->open();
}

void MainWindow::unregister()
{
    WorkspaceService *ws = m_manager->current();
    const std::optional<Datastore> ds = selectedDatastore();
    if (!ws || !ds || !m_unregister->isEnabled())
        return;
    const auto answer = MessageBox::question(
        this, tr("Unregister datastore"),
        tr("Unregister the datastore '%1'?\n\nIts registration and stored credentials are removed from workspace '%2'. "
           "The data in the storage is not touched.")
            .arg(ds->name, ws->displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    beginBusy(tr("Unregistering '%1'…").arg(ds->name));
    const QString neighbour = neighbourOf(ds->name);
    m_pendingSelection = neighbour;
    const int epoch = m_userSelections;
    // Through the connector where there is one: it forgets what the studio kept beside the record.
    onFinished(m_connector ? m_connector->unregister(ws, ds->name) : ws->unregisterDatastore(ds->name), this, [this, name = ds->name, neighbour, epoch](const VoidResult &result) {
        if (!result) {
            endBusy();
            m_pendingSelection.clear();
            selectAfterAction(name, epoch);
            showError(result.error(), tr("'%1' was not unregistered.").arg(name));
            return;
        }
        selectAfterAction(neighbour, epoch);
        m_banner->showMessage(MessageBanner::Type::Success, tr("Unregistered '%1'.").arg(name));
        endBusy(tr("Unregistered '%1'.").arg(name));
    });
}

void MainWindow::browse()
{
    const std::optional<Datastore> ds = selectedDatastore();
    WorkspaceService *ws = m_manager->current();
    if (!ds || !ws || !m_connector)
        return;
    beginBusy(tr("Opening %1…").arg(ds->name));
    const Datastore datastore = *ds;
    onFinished(m_connector->open(ws, datastore, nullptr), this, [this, datastore](const Result<StorageClient *> &client) {
        if (!client) {
            endBusy(tr("Could not open %1.").arg(datastore.name));
            showError(client.error(), client.error().kind != ApiError::Kind::Secret ? tr("The storage browser did not open.")
                                      : BrowseConnections::needsOne(datastore.type)
                                          ? tr("Reaching '%1' through the Databricks connection the studio keeps").arg(datastore.name)
                                          : tr("Reading the credential of '%1' from the keychain").arg(datastore.name));
            return;
        }
        auto *window = new StorageBrowserWindow(datastore, client.value());
        addBrowser(window);
        window->show();
        endBusy(tr("Opened %1.").arg(datastore.name));
    });
}
