#include "services/workspace/workspaceref.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include "services/core/names.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of WorkspaceRef, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRef)
};

bool isGuid(const QString &value)
{
    static const QRegularExpression guid(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return guid.match(value).hasMatch();
}

ApiError invalid(const QString &field, const QString &code, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, code, message, field);
}

} // namespace

WorkspaceRef WorkspaceRef::local(const QString &name)
{
    WorkspaceRef ref;
    ref.kind = Kind::Local;
    ref.name = name;
    return ref;
}

QString WorkspaceRef::armId() const
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces/%3"_s.arg(subscription, resourceGroup, name);
}

QString WorkspaceRef::key() const
{
    if (kind == Kind::Local)
        return u"local:"_s + name;
    return (u"azureml:/subscriptions/%1/resourcegroups/%2/workspaces/%3"_s.arg(subscription, resourceGroup, name)).toLower();
}

QString WorkspaceRef::displayName() const
{
    if (kind == Kind::Local)
        return name;
    return Text::tr("%1 (%2, Azure ML)").arg(name, resourceGroup);
}

QString WorkspaceRef::signInKey() const
{
    // The authority's host (and port, where one is given: test servers) names the sign-in's home.
    const QString where = cloud.authority.port() < 0 ? cloud.authority.host() : u"%1:%2"_s.arg(cloud.authority.host()).arg(cloud.authority.port());
    return u"signin/%1/%2/%3"_s.arg(where, tenantId.toLower(), clientId.toLower());
}

QString WorkspaceRef::signInId(SignIn signIn)
{
    switch (signIn) {
    case SignIn::ServicePrincipal: return u"service_principal"_s;
    case SignIn::DeviceCode: return u"device_code"_s;
    case SignIn::AzureCli: return u"azure_cli"_s;
    }
    return {};
}

std::optional<WorkspaceRef::SignIn> WorkspaceRef::signInFromId(const QString &id)
{
    for (SignIn s : {SignIn::ServicePrincipal, SignIn::DeviceCode, SignIn::AzureCli}) {
        if (signInId(s) == id)
            return s;
    }
    return std::nullopt;
}

Result<WorkspaceRef> WorkspaceRef::azure(const CloudProfile &cloud, const QString &subscription, const QString &resourceGroup,
                                         const QString &workspace, SignIn signIn, const QString &tenantId, const QString &clientId)
{
    if (!isGuid(subscription))
        return invalid(u"subscription"_s, u"field.uuid"_s, Text::tr("Subscription: '%1' is not a subscription id (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47).").arg(subscription));
    // ARM's resource group rule: 1-90 letters, digits, '_', '-', '.', '(' and ')', not ending in '.'.
    static const QRegularExpression group(u"^[\\w\\-.()]{1,90}$"_s, QRegularExpression::UseUnicodePropertiesOption);
    if (!group.match(resourceGroup).hasMatch() || resourceGroup.endsWith(u'.'))
        return invalid(u"resource_group"_s, u"field.resource_group"_s,
                       Text::tr("Resource group: '%1' must be 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.").arg(resourceGroup));
    if (auto e = Names::checkWorkspaceName(workspace)) {
        ApiError error = *e;
        error.field = u"workspace"_s;
        return error;
    }
    if (signIn == SignIn::ServicePrincipal) {
        if (!isGuid(tenantId) && !tenantId.contains(u'.'))
            return invalid(u"tenant_id"_s, u"field.uuid"_s, Text::tr("Tenant ID: a service principal signs in to one tenant: its id (a GUID) or verified domain, not '%1'.").arg(tenantId));
        if (!isGuid(clientId))
            return invalid(u"client_id"_s, u"field.uuid"_s, Text::tr("Client ID: '%1' is not an application (client) id (a GUID).").arg(clientId));
    } else if (!tenantId.isEmpty() && !isGuid(tenantId) && !tenantId.contains(u'.') && tenantId != u"organizations"_s) {
        return invalid(u"tenant_id"_s, u"field.uuid"_s, Text::tr("Tenant ID: '%1' is neither a tenant id (a GUID), a verified domain nor 'organizations'.").arg(tenantId));
    }
    WorkspaceRef ref;
    ref.kind = Kind::AzureMl;
    ref.cloud = cloud;
    ref.subscription = subscription.toLower();
    ref.resourceGroup = resourceGroup;
    ref.name = workspace;
    ref.signIn = signIn;
    ref.tenantId = tenantId;
    ref.clientId = clientId;
    return ref;
}

Result<WorkspaceRef> WorkspaceRef::fromConfigJson(const QByteArray &json, const CloudProfile &cloud, SignIn signIn,
                                                  const QString &tenantId, const QString &clientId)
{
    const auto j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return invalid(u"config"_s, u"config.json"_s, Text::tr("config.json: not a JSON object such as {\"subscription_id\": …, \"resource_group\": …, \"workspace_name\": …}."));
    QString values[3];
    const char *keys[3] = {"subscription_id", "resource_group", "workspace_name"};
    for (int i = 0; i < 3; ++i) {
        if (!j.contains(keys[i]) || !j[keys[i]].is_string())
            return invalid(u"config"_s, u"config.missing"_s, Text::tr("config.json: \"%1\" is missing or not a string.").arg(QLatin1StringView(keys[i])));
        values[i] = QString::fromStdString(j[keys[i]].get<std::string>()).trimmed();
    }
    return azure(cloud, values[0], values[1], values[2], signIn, tenantId, clientId);
}
