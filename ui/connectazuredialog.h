#pragma once

#include <QDialog>
#include <QPointer>

#include "services/core/jobs.h"
#include "services/workspace/azuremldirectory.h"
#include "services/workspace/workspaceref.h"

class MessageBanner;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class WorkspaceManager;

// "Connect to Azure ML workspace…": the cloud (or a custom ARM endpoint and authority), how to
// sign in (service principal, device code, the Azure CLI's session), and the workspace by
// subscription / resource group / name or from the config.json the Azure ML tools write.
// Connect signs in and reads the workspace with progress; Cancel stops that first, then
// closes; a failure is shown here, with every field kept. A device code sign-in shows the code
// and the address to open, selectable. On success the workspace is remembered and current.
// objectNames: azureCloudCombo, azureArmEdit, azureAuthorityEdit, azureSignInCombo,
// azureTenantEdit, azureClientIdEdit, azureSecretEdit, azureManualRadio, azureConfigRadio,
// azureSubscriptionEdit, azureGroupEdit, azureWorkspaceEdit, azureConfigEdit,
// azureFindButton, azureFoundCombo, azureDeviceCode, azureProgress, azureButtons and its
// messageBanner. "Find workspaces…" signs in and lists what that sign-in can see; picking one
// fills the subscription, resource group and name.
class ConnectAzureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectAzureDialog)

public:
    explicit ConnectAzureDialog(WorkspaceManager *manager, QWidget *parent = nullptr);
    ~ConnectAzureDialog() override;

    MessageBanner *banner() const { return m_banner; }
    void reject() override;

signals:
    void connected(const WorkspaceRef &ref);

private:
    WorkspaceRef::SignIn signIn() const;
    // The reference the fields describe, or what is wrong with them (the field named).
    Result<WorkspaceRef> reference() const;
    void updateState();
    void connectNow();
    // Signs in with the fields above and lists the workspaces it can see, to pick from.
    void findWorkspaces();
    // Fills the subscription, resource group and name from the found workspace at `index`.
    void pickFound(int index);

    QPointer<WorkspaceManager> m_manager;
    QComboBox *m_cloud;
    QLineEdit *m_arm;
    QLineEdit *m_authority;
    QComboBox *m_signIn;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_secretLabel;
    QRadioButton *m_manual;
    QRadioButton *m_fromConfig;
    QLineEdit *m_subscription;
    QLineEdit *m_group;
    QLineEdit *m_workspace;
    QLineEdit *m_config;
    QPushButton *m_find;
    QComboBox *m_found;
    QLabel *m_deviceCode;
    MessageBanner *m_banner;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<VoidJob> m_job;
    QPointer<DirectoryJob> m_finding;
};
