// MainWindow's workspaces: the switcher (local and Azure ML workspaces, then "New local
// workspace…" and "Connect to Azure ML workspace…"), opening one, and following the current one.
#include <QComboBox>
#include <QInputDialog>

#include "models/datastorelistmodel.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"
#include "ui/connectazuredialog.h"
#include "ui/datastoredetailspane.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NewWorkspaceItem = -1;
constexpr int ConnectAzureItem = -2;
} // namespace

void MainWindow::fillWorkspaceCombo()
{
    m_workspaceCombo->blockSignals(true);
    m_workspaceCombo->clear();
    // Local workspaces, then the connected Azure ML ones (marked as such); the data is the key.
    for (const WorkspaceRef &ref : m_manager->workspaces()) {
        m_workspaceCombo->addItem(ref.isAzure() ? tr("%1 — Azure ML (%2)").arg(ref.name, ref.resourceGroup) : ref.name, ref.key());
        m_workspaceCombo->setItemData(m_workspaceCombo->count() - 1, ref.isAzure() ? ref.key() : QString(), Qt::ToolTipRole);
    }
    m_workspaceCombo->insertSeparator(m_workspaceCombo->count());
    m_workspaceCombo->addItem(tr("New local workspace…"), NewWorkspaceItem);
    m_workspaceCombo->addItem(tr("Connect to Azure ML workspace…"), ConnectAzureItem);
    m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentRef().key()));
    m_workspaceCombo->blockSignals(false);
}

void MainWindow::workspaceChosen(int index)
{
    const QVariant data = m_workspaceCombo->itemData(index);
    const auto revert = [this] { m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentRef().key())); };
    if (data.typeId() == QMetaType::Int && data.toInt() == NewWorkspaceItem) {
        revert();
        newWorkspace();
        return;
    }
    if (data.typeId() == QMetaType::Int && data.toInt() == ConnectAzureItem) {
        revert();
        connectAzure();
        return;
    }
    std::optional<WorkspaceRef> chosen;
    for (const WorkspaceRef &ref : m_manager->workspaces()) {
        if (ref.key() == data.toString())
            chosen = ref;
    }
    if (chosen)
        openWorkspace(*chosen);
    else
        revert();
}

void MainWindow::openWorkspace(const WorkspaceRef &ref)
{
    beginBusy(tr("Opening workspace %1…").arg(ref.displayName()));
    onFinished(m_manager->open(ref), this, [this](const VoidResult &opened) {
        endBusy();
        if (opened)
            return;
        m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentRef().key()));
        if (opened.error().kind == ApiError::Kind::Cancelled)
            return;
        if (!m_manager->current()) {
            // At start: the remembered workspace did not open; the local default is always there.
            if (const VoidResult local = m_manager->open(WorkspaceCatalog::DefaultWorkspace, WorkspaceManager::Remember::No); !local) {
                showError(local.error(), tr("The workspace could not be opened."));
                return;
            }
        }
        showError(opened.error(), tr("The workspace could not be opened."));
    });
}

void MainWindow::workspaceChanged(WorkspaceService *workspace)
{
    m_banner->clear();
    m_details->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    setWindowTitle(tr("%1 — Datastore Studio").arg(workspace ? workspace->displayName() : tr("no workspace")));
    m_workspaceCombo->setCurrentIndex(m_workspaceCombo->findData(m_manager->currentRef().key()));
    updateActions();
}

void MainWindow::newWorkspace()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"newWorkspaceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New local workspace"));
    dialog->setLabelText(tr("Workspace name (3–33 letters, digits, '_' or '-'):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (const VoidResult created = m_manager->createLocal(name.trimmed()); !created) {
            showError(created.error(), tr("The workspace was not created."));
            return;
        }
        m_banner->showMessage(MessageBanner::Type::Success, tr("Created and opened the local workspace '%1'.").arg(name.trimmed()));
    });
    dialog->open();
}

void MainWindow::connectAzure()
{
    auto *dialog = new ConnectAzureDialog(m_manager, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectAzureDialog::connected, this, [this](const WorkspaceRef &ref) {
        m_banner->showMessage(MessageBanner::Type::Success, tr("Connected to Azure ML workspace %1.").arg(ref.displayName()));
    });
    dialog->open();
}
