// The `dsstudio workspace` commands: local workspaces (create, list, use) and Azure ML ones
// (connect, discover, disconnect), with the sign-in and cloud options they share.
#include <QDir>
#include <QFile>

#include "app/cli/cliapplication.h"
#include "app/cli/clioutput.h"
#include "services/workspace/workspacecatalog.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"
#include "services/workspace/workspaceref.h"

using namespace Qt::Literals::StringLiterals;

void CliApplication::workspaceCreate(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(1, 1, tr("Usage: dsstudio workspace create NAME")), &args))
        return;
    const QString name = args.positional.first();
    if (const VoidResult created = m_catalog->create(name); !created) {
        fail(created.error());
        return;
    }
    if (m_json)
        CliOutput::printJson({{"name", CliOutput::toJson(name)}, {"path", CliOutput::toJson(m_catalog->path(name))}});
    else
        CliOutput::print(tr("Created local workspace '%1' (%2).").arg(name, QDir::toNativeSeparators(m_catalog->path(name))));
    done(Ok);
}

void CliApplication::workspaceList(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(0, 0, tr("Usage: dsstudio workspace list [--json]")), &args))
        return;
    QString current = m_catalog->current().key();
    if (!m_workspaceName.isNull()) {
        const Result<WorkspaceRef> chosen = m_catalog->resolve(m_workspaceName);
        current = chosen ? chosen.value().key() : WorkspaceRef::local(m_workspaceName).key();
    }
    const QList<WorkspaceRef> all = m_catalog->workspaces();
    const auto where = [this](const WorkspaceRef &ref) {
        return ref.isAzure() ? ref.key() : QDir::toNativeSeparators(m_catalog->path(ref.name));
    };
    if (m_json) {
        nlohmann::json list = nlohmann::json::array();
        for (const WorkspaceRef &ref : all) {
            nlohmann::json j = {{"name", CliOutput::toJson(ref.name)}, {"current", ref.key() == current},
                                {"kind", ref.isAzure() ? "azureml" : "local"}, {"key", CliOutput::toJson(ref.key())}};
            if (ref.isAzure()) {
                j["subscription"] = CliOutput::toJson(ref.subscription);
                j["resourceGroup"] = CliOutput::toJson(ref.resourceGroup);
                j["cloud"] = CliOutput::toJson(ref.cloud.isCustom() ? ref.cloud.arm.toString() : ref.cloud.name);
                j["auth"] = CliOutput::toJson(WorkspaceRef::signInId(ref.signIn));
            } else {
                j["path"] = CliOutput::toJson(m_catalog->path(ref.name));
            }
            list.push_back(j);
        }
        CliOutput::printJson(list);
    } else {
        QList<QStringList> rows;
        for (const WorkspaceRef &ref : all)
            rows.append({ref.key() == current ? u"*"_s : QString(), ref.name, ref.isAzure() ? tr("azure ml") : tr("local"), where(ref)});
        CliOutput::printTable({tr("CURRENT"), tr("NAME"), tr("KIND"), tr("WHERE")}, rows);
    }
    done(Ok);
}

void CliApplication::workspaceUse(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(1, 1, tr("Usage: dsstudio workspace use NAME")), &args))
        return;
    const QString name = args.positional.first();
    if (name == WorkspaceCatalog::DefaultWorkspace && !m_catalog->exists(name)) {
        if (const VoidResult created = m_catalog->create(name); !created) {
            fail(created.error());
            return;
        }
    }
    const Result<WorkspaceRef> ref = m_catalog->resolve(name);
    if (!ref) {
        fail(ref.error());
        return;
    }
    if (const VoidResult used = m_catalog->setCurrent(ref.value()); !used) {
        fail(used.error());
        return;
    }
    if (m_json)
        CliOutput::printJson({{"current", CliOutput::toJson(ref.value().name)}, {"key", CliOutput::toJson(ref.value().key())}});
    else if (ref.value().isAzure())
        CliOutput::print(tr("Now using Azure ML workspace %1.").arg(ref.value().displayName()));
    else
        CliOutput::print(tr("Now using local workspace '%1'.").arg(name));
    done(Ok);
}

void CliApplication::workspaceConnect(const QStringList &words)
{
    CliSpec spec;
    spec.valueOptions = {u"--subscription"_s, u"--resource-group"_s, u"--workspace"_s, u"--cloud"_s, u"--arm-endpoint"_s, u"--authority"_s,
                         u"--auth"_s, u"--tenant-id"_s, u"--client-id"_s, u"--config"_s, u"--secret-env"_s};
    spec.repeatable = {u"--secret-env"_s};
    spec.switches = {u"--secret-stdin"_s};
    spec.secretOptions = {u"--client-secret"_s};
    spec.usage = tr("Usage: dsstudio workspace connect (--subscription S --resource-group G --workspace W | --config PATH) "
                    "[--cloud NAME | --arm-endpoint URL --authority URL] --auth {service_principal,device_code,azure_cli} "
                    "[--tenant-id T] [--client-id C] [--secret-stdin | --secret-env client_secret=VAR]");
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const auto usage = [this](const QString &flag, const QString &message) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, message, flag));
    };
    const std::optional<CloudProfile> chosenCloud = cloudOption(args);
    if (!chosenCloud)
        return;
    const CloudProfile cloud = *chosenCloud;
    if (!args.values.contains(u"--auth"_s))
        return usage(u"--auth"_s, tr("--auth is required: service_principal, device_code or azure_cli."));
    const auto signIn = WorkspaceRef::signInFromId(args.value(u"--auth"_s));
    if (!signIn)
        return usage(u"--auth"_s, tr("--auth: '%1' is not a sign-in; one of service_principal, device_code, azure_cli.").arg(args.value(u"--auth"_s)));
    const bool principal = *signIn == WorkspaceRef::SignIn::ServicePrincipal;
    if (principal) {
        for (const QString &needed : {u"--tenant-id"_s, u"--client-id"_s}) {
            if (!args.values.contains(needed))
                return usage(needed, tr("%1 is required for a service principal.").arg(needed));
        }
    } else if (*signIn == WorkspaceRef::SignIn::AzureCli && args.values.contains(u"--client-id"_s)) {
        return usage(u"--client-id"_s, tr("--client-id does not go with --auth azure_cli: the Azure CLI's session is used as it is."));
    }
    Result<WorkspaceRef> ref = ApiError();
    if (args.values.contains(u"--config"_s)) {
        for (const QString &other : {u"--subscription"_s, u"--resource-group"_s, u"--workspace"_s}) {
            if (args.values.contains(other))
                return usage(other, tr("%1 and --config cannot be combined: config.json names the workspace.").arg(other));
        }
        QFile file(args.value(u"--config"_s));
        if (!file.open(QIODevice::ReadOnly))
            return usage(u"--config"_s, tr("--config: %1 cannot be read: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        ref = WorkspaceRef::fromConfigJson(file.read(1024 * 1024), cloud, *signIn, args.value(u"--tenant-id"_s), args.value(u"--client-id"_s));
    } else {
        for (const QString &needed : {u"--subscription"_s, u"--resource-group"_s, u"--workspace"_s}) {
            if (!args.values.contains(needed))
                return usage(needed, tr("%1 is required (or give --config PATH).").arg(needed));
        }
        ref = WorkspaceRef::azure(cloud, args.value(u"--subscription"_s), args.value(u"--resource-group"_s), args.value(u"--workspace"_s),
                                  *signIn, args.value(u"--tenant-id"_s), args.value(u"--client-id"_s));
    }
    if (!ref) {
        fail(ref.error());
        return;
    }
    Result<SecretMap> secrets = signInSecrets(*signIn, args);
    if (!secrets) {
        fail(secrets.error());
        return;
    }
    const WorkspaceRef target = ref.value();
    // The person signs in in a browser, anywhere: the code and the address go to stderr.
    connect(manager(), &WorkspaceManager::signInPrompt, this, [](const QString &message) { CliOutput::printError(message); });
    onFinished(manager()->connectAzure(target, secrets.value()), this, [this, target](const VoidResult &connected) {
        if (!connected) {
            fail(connected.error());
            return;
        }
        if (m_json)
            CliOutput::printJson({{"connected", CliOutput::toJson(target.name)}, {"key", CliOutput::toJson(target.key())}, {"current", true}});
        else
            CliOutput::print(target.signIn == WorkspaceRef::SignIn::ServicePrincipal
                                 ? tr("Connected to Azure ML workspace %1 as service principal %2; it is now the current workspace. "
                                      "The client secret is in the keychain.").arg(target.displayName(), target.clientId)
                             : target.signIn == WorkspaceRef::SignIn::DeviceCode
                                 ? tr("Connected to Azure ML workspace %1; it is now the current workspace. The sign-in is kept in "
                                      "the keychain, so the next command needs no new one.").arg(target.displayName())
                                 : tr("Connected to Azure ML workspace %1 with the Azure CLI's session; it is now the current workspace.")
                                       .arg(target.displayName()));
        done(Ok);
    });
}

Result<SecretMap> CliApplication::signInSecrets(WorkspaceRef::SignIn signIn, const CliArgs &args)
{
    // A service principal's client secret, read like any datastore secret (stdin or env only);
    // the other sign-ins take none.
    AuthSpec spec;
    spec.kind = signIn == WorkspaceRef::SignIn::ServicePrincipal ? AuthKind::ServicePrincipal : AuthKind::None;
    if (signIn == WorkspaceRef::SignIn::ServicePrincipal) {
        FieldSpec secret;
        secret.id = WorkspaceManager::ClientSecretField;
        secret.label = tr("Client secret");
        secret.required = true;
        secret.secret = true;
        spec.fields = {secret};
    }
    return collectSecrets(spec, args, tr("A %1 sign-in").arg(WorkspaceRef::signInId(signIn)));
}

std::optional<CloudProfile> CliApplication::cloudOption(const CliArgs &args)
{
    const auto usage = [this](const QString &flag, const QString &message) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, message, flag));
        return std::optional<CloudProfile>();
    };
    // A named cloud, or a custom ARM endpoint with its authority.
    if (args.values.contains(u"--arm-endpoint"_s) || args.values.contains(u"--authority"_s)) {
        if (args.values.contains(u"--cloud"_s))
            return usage(u"--cloud"_s, tr("--cloud and --arm-endpoint/--authority cannot be combined."));
        if (!args.values.contains(u"--arm-endpoint"_s) || !args.values.contains(u"--authority"_s))
            return usage(u"--arm-endpoint"_s, tr("--arm-endpoint and --authority go together: a custom cloud needs both."));
        const auto c = CloudProfile::custom(QUrl(args.value(u"--arm-endpoint"_s)), QUrl(args.value(u"--authority"_s)));
        if (!c) {
            fail(c.error());
            return std::nullopt;
        }
        return c.value();
    }
    const QString name = args.values.contains(u"--cloud"_s) ? args.value(u"--cloud"_s) : u"AzureCloud"_s;
    if (const auto c = CloudProfile::byName(name))
        return *c;
    QStringList names;
    for (const CloudProfile &known : CloudProfile::builtin())
        names.append(known.name);
    return usage(u"--cloud"_s, tr("--cloud: '%1' is not a cloud the studio knows; one of %2, or give --arm-endpoint and --authority.")
                                   .arg(name, names.join(u", "_s)));
}

void CliApplication::workspaceDiscover(const QStringList &words)
{
    CliSpec spec;
    spec.valueOptions = {u"--cloud"_s, u"--arm-endpoint"_s, u"--authority"_s, u"--auth"_s, u"--tenant-id"_s, u"--client-id"_s, u"--secret-env"_s};
    spec.repeatable = {u"--secret-env"_s};
    spec.switches = {u"--secret-stdin"_s};
    spec.secretOptions = {u"--client-secret"_s};
    spec.usage = tr("Usage: dsstudio workspace discover [--cloud NAME | --arm-endpoint URL --authority URL] "
                    "--auth {service_principal,device_code,azure_cli} [--tenant-id T] [--client-id C] [--secret-stdin | --secret-env client_secret=VAR] [--json]");
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const std::optional<CloudProfile> cloud = cloudOption(args);
    if (!cloud)
        return;
    const auto signIn = WorkspaceRef::signInFromId(args.value(u"--auth"_s));
    if (!signIn) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            tr("--auth is required: service_principal, device_code or azure_cli."), u"--auth"_s));
        return;
    }
    const bool principal = *signIn == WorkspaceRef::SignIn::ServicePrincipal;
    if (principal && (!args.values.contains(u"--tenant-id"_s) || !args.values.contains(u"--client-id"_s))) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("--tenant-id and --client-id are required for a service principal."),
                            args.values.contains(u"--tenant-id"_s) ? u"--client-id"_s : u"--tenant-id"_s));
        return;
    }
    Result<SecretMap> secrets = signInSecrets(*signIn, args);
    if (!secrets) {
        fail(secrets.error());
        return;
    }
    connect(manager(), &WorkspaceManager::signInPrompt, this, [](const QString &message) { CliOutput::printError(message); });
    onFinished(manager()->discover(*cloud, *signIn, args.value(u"--tenant-id"_s), args.value(u"--client-id"_s), secrets.value()), this,
               [this](const Result<QList<DirectoryEntry>> &found) {
                   if (!found) {
                       fail(found.error());
                       return;
                   }
                   if (m_json) {
                       nlohmann::json list = nlohmann::json::array();
                       for (const DirectoryEntry &e : found.value())
                           list.push_back({{"subscription", CliOutput::toJson(e.subscription)}, {"subscriptionName", CliOutput::toJson(e.subscriptionName)},
                                           {"tenantId", CliOutput::toJson(e.tenantId)}, {"resourceGroup", CliOutput::toJson(e.resourceGroup)},
                                           {"workspace", CliOutput::toJson(e.workspace)}, {"location", CliOutput::toJson(e.location)}});
                       CliOutput::printJson(list);
                   } else {
                       QList<QStringList> rows;
                       for (const DirectoryEntry &e : found.value())
                           rows.append({e.workspace, e.resourceGroup, e.subscription, e.subscriptionName, e.location});
                       CliOutput::printTable({tr("WORKSPACE"), tr("RESOURCE GROUP"), tr("SUBSCRIPTION"), tr("SUBSCRIPTION NAME"), tr("LOCATION")}, rows);
                   }
                   done(Ok);
               });
}

void CliApplication::workspaceDisconnect(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(1, 1, tr("Usage: dsstudio workspace disconnect NAME")), &args))
        return;
    const Result<WorkspaceRef> ref = m_catalog->resolve(args.positional.first());
    if (!ref) {
        fail(ref.error());
        return;
    }
    if (!ref.value().isAzure()) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"workspace.kind"_s,
                            tr("'%1' is a local workspace; only Azure ML workspaces are disconnected.").arg(ref.value().name), u"workspace"_s));
        return;
    }
    onFinished(manager()->disconnectAzure(ref.value()), this, [this, ref](const VoidResult &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        if (m_json)
            CliOutput::printJson({{"disconnected", CliOutput::toJson(ref.value().key())}});
        else
            CliOutput::print(tr("Disconnected from Azure ML workspace %1; its sign-in secret was removed from the keychain. "
                                "The workspace and its datastores are untouched.").arg(ref.value().displayName()));
        done(Ok);
    });
}
