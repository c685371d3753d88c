// The `dsstudio datastore` commands that change an existing datastore or the default.
#include <QCoreApplication>

#include "app/cli/cliapplication.h"
#include "app/cli/clioutput.h"
#include "services/storage/dbfsclient.h"
#include "services/net/storagehttp.h"
#include "services/secrets/keychainsecretstore.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError usage(const QString &field, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, message, field);
}

} // namespace

void CliApplication::datastoreUpdateCredentials(const QStringList &words)
{
    // The auth-kind fields of every type may be given; secrets only via stdin or environment.
    CliSpec spec;
    for (const StorageTypeSpec &t : m_matrix.types()) {
        for (const AuthSpec &a : t.auth) {
            for (const FieldSpec &f : a.fields)
                (f.secret ? spec.secretOptions : spec.valueOptions).insert(f.flag());
        }
        for (const FieldSpec &f : t.fields)
            spec.valueOptions.insert(f.flag()); // accepted, then refused with a reason
    }
    spec.valueOptions.unite({u"--auth"_s, u"--secret-env"_s, u"--databricks-url"_s});
    spec.repeatable = {u"--secret-env"_s};
    spec.switches = {u"--skip-validation"_s, u"--secret-stdin"_s};
    spec.minPositional = 1;
    spec.maxPositional = 1;
    spec.usage = tr("Usage: dsstudio datastore update-credentials NAME [--auth KIND] [fields] (--secret-stdin | --secret-env FIELD=VAR) [--skip-validation]");
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    withWorkspace([=, this](WorkspaceService *ws) {
        onFinished(ws->getDatastore(args.positional.first()), this, [this, ws, args](const Result<Datastore> &found) {
            if (!found) {
                fail(found.error());
                return;
            }
            const Datastore &existing = found.value();
            const StorageTypeSpec &type = m_matrix.type(existing.type);
            if (BrowseConnections::needsOne(existing.type) || args.values.contains(u"--databricks-url"_s)) {
                // DBFS: the record has no credential; the studio's own connection is replaced.
                updateBrowseConnection(ws, existing, args);
                return;
            }
            CredentialUpdate update;
            update.name = existing.name;
            update.auth = existing.auth;
            update.skipValidation = args.switches.contains(u"--skip-validation"_s);
            const std::optional<AuthKind> auth = authOption(type, args, existing.auth);
            if (!auth)
                return;
            update.auth = *auth;
            for (auto it = args.values.begin(); it != args.values.end(); ++it) {
                if (it.key() == u"--auth"_s || it.key() == u"--secret-env"_s)
                    continue;
                update.fields.insert(it.key().mid(2).replace(u'-', u'_'), it.value());
            }
            Result<SecretMap> secrets = collectSecrets(*type.authSpec(update.auth), args, type.id);
            if (!secrets) {
                fail(secrets.error());
                return;
            }
            update.secrets = secrets.takeValue();
            report(ws->updateCredentials(update), [this, update](const Result<Datastore> &result) {
                printChanged(result.value(), tr("Updated the credentials of datastore '%1' (%2 authentication).")
                                                 .arg(result.value().name, StorageTypes::id(result.value().auth)),
                             update.skipValidation);
            });
        });
    });
}

void CliApplication::datastoreUnregister(const QStringList &words)
{
    withNamedWorkspace(words, tr("Usage: dsstudio datastore unregister NAME"), [=, this](WorkspaceService *ws, const QString &name) {
        // Through the connector: it forgets what the studio kept beside the record (a DBFS connection).
        report(m_connector->unregister(ws, name), [this, name](const VoidResult &) {
            if (m_json)
                CliOutput::printJson({{"unregistered", CliOutput::toJson(name)}});
            else
                CliOutput::print(tr("Unregistered datastore '%1'; its data was not touched.").arg(name));
        });
    });
}

void CliApplication::datastoreSetDefault(const QStringList &words)
{
    withNamedWorkspace(words, tr("Usage: dsstudio datastore set-default NAME"), [=, this](WorkspaceService *ws, const QString &name) {
        report(ws->setDefaultDatastore(name), [this, ws, name](const VoidResult &) {
            if (m_json)
                CliOutput::printJson({{"default", CliOutput::toJson(name)}});
            else
                CliOutput::print(tr("'%1' is now the default datastore of workspace '%2'.").arg(name, ws->displayName()));
        });
    });
}

void CliApplication::datastoreGetDefault(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(0, 0, tr("Usage: dsstudio datastore get-default [--json]")), &args))
        return;
    withWorkspace([=, this](WorkspaceService *ws) {
        report(ws->defaultDatastore(), [this](const Result<Datastore> &result) {
            if (m_json)
                CliOutput::printJson(CliOutput::datastoreSummary(result.value(), m_matrix));
            else
                CliOutput::print(result.value().name);
        });
    });
}

Result<SecretMap> CliApplication::browseConnectionFrom(const Datastore &ds, const CliArgs &args)
{
    const QString url = args.value(u"--databricks-url"_s);
    if (!BrowseConnections::needsOne(ds.type))
        return usage(u"--databricks-url"_s, tr("--databricks-url is for dbfs datastores only; '%1' is %2.").arg(ds.name, StorageTypes::id(ds.type)));
    if (url.isEmpty())
        return usage(u"--databricks-url"_s, tr("--databricks-url URL is required: the Databricks workspace that holds the DBFS of '%1' "
                                               "(https://adb-….azuredatabricks.net).").arg(ds.name));
    if (const auto bad = DbfsClient::checkWorkspaceUrl(url)) {
        ApiError e = *bad;
        e.field = u"--databricks-url"_s;
        return e;
    }
    SecretMap connection = {{BrowseConnections::UrlField, url}};
    // The token from --secret-stdin (one line) or --secret-env databricks_token=VAR; without
    // either, the signed-in user's Entra token is lent (an Azure ML workspace).
    if (args.switches.contains(u"--secret-stdin"_s) || args.repeated.contains(u"--secret-env"_s)) {
        Result<SecretMap> token = collectSecrets(BrowseConnections::secretSpec(), args, StorageTypes::id(ds.type));
        if (!token)
            return token.error();
        connection.insert(BrowseConnections::TokenField, token.value().value(BrowseConnections::TokenField));
    }
    return connection;
}

ApiError CliApplication::withConnectionHint(ApiError e, bool validated)
{
    if (e.field == BrowseConnections::TokenField)
        e.message += tr(" Give it with --secret-stdin (one line).");
    else if (validated && e.kind != ApiError::Kind::Cancelled && e.kind != ApiError::Kind::Secret && e.kind != ApiError::Kind::InvalidInput
             && e.kind != ApiError::Kind::Conflict && e.kind != ApiError::Kind::Refused)
        e.message += tr(" Nothing was changed; add --skip-validation to keep the connection unchecked.");
    return e;
}

void CliApplication::updateBrowseConnection(WorkspaceService *ws, const Datastore &ds, const CliArgs &args)
{
    Result<SecretMap> connection = browseConnectionFrom(ds, args);
    if (!connection) {
        fail(connection.error());
        return;
    }
    const bool skip = args.switches.contains(u"--skip-validation"_s);
    onFinished(m_connector->replaceConnection(ws, ds.name, connection.value(), skip), this, [this, ds, skip](const VoidResult &replaced) {
        if (!replaced) {
            fail(withConnectionHint(replaced.error(), !skip));
            return;
        }
        CliOutput::print(tr("Updated the Databricks connection of datastore '%1' (kept in the keychain).").arg(ds.name));
        if (skip)
            CliOutput::print(tr("Access was not validated (--skip-validation)."));
        done(Ok);
    });
}
