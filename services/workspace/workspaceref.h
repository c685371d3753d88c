#pragma once

#include <optional>

#include <QMetaType>
#include <QString>
#include <QUrl>

#include "services/auth/cloud.h"
#include "services/core/result.h"

// Which workspace: a local one by name, or an Azure ML workspace by cloud + subscription +
// resource group + workspace name, with how to sign in to it. Holds no secret (a service
// principal's secret and refresh tokens live in the keychain, keyed by signInKey()), so it
// may be remembered in the settings file and shown anywhere.
struct WorkspaceRef
{
    enum class Kind { Local, AzureMl };
    // How the studio gets an ARM token for an Azure ML workspace (services/auth).
    enum class SignIn { ServicePrincipal, DeviceCode, AzureCli };

    Kind kind = Kind::Local;
    QString name;           // the local workspace's name, or the Azure ML workspace's
    QString subscription;   // Azure: subscription id
    QString resourceGroup;  // Azure: resource group
    CloudProfile cloud;     // Azure: where to sign in and where ARM is
    SignIn signIn = SignIn::ServicePrincipal;
    QString tenantId;       // Azure: the tenant to sign in to (service principal: required)
    QString clientId;       // Azure: the service principal's (or public client's) application id
    // Azure: the workspace's v1 service as its discovery document last named it — remembered
    // so that reopening needs no discovery round trips; not part of the key.
    QUrl v1Base;

    bool isAzure() const { return kind == Kind::AzureMl; }
    // Stable and unique: "local:NAME" or "azureml:/subscriptions/S/resourcegroups/G/workspaces/W"
    // (lower-case: ARM ids are case-insensitive). What the settings file remembers.
    QString key() const;
    // For people: "NAME" or "W (G, Azure ML)".
    QString displayName() const;
    // The ARM resource id: /subscriptions/S/resourceGroups/G/providers/Microsoft.MachineLearningServices/workspaces/W
    QString armId() const;
    // Where the sign-in's keychain entries live: "signin/<authority host[:port]>/<tenant>/<client>".
    QString signInKey() const;

    static WorkspaceRef local(const QString &name);
    // Checks the fields (subscription a GUID, resource group and workspace by ARM's rules, a
    // tenant and client id for a service principal); the error names the field.
    static Result<WorkspaceRef> azure(const CloudProfile &cloud, const QString &subscription, const QString &resourceGroup,
                                      const QString &workspace, SignIn signIn, const QString &tenantId, const QString &clientId);
    // The config.json the Azure ML tools write: {"subscription_id", "resource_group",
    // "workspace_name"} (other keys ignored). Errors name the key.
    static Result<WorkspaceRef> fromConfigJson(const QByteArray &json, const CloudProfile &cloud, SignIn signIn,
                                               const QString &tenantId, const QString &clientId);

    static QString signInId(SignIn signIn); // "service_principal", "device_code", "azure_cli"
    static std::optional<SignIn> signInFromId(const QString &id);
};

Q_DECLARE_METATYPE(WorkspaceRef)
