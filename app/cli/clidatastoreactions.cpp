// The `dsstudio datastore` commands that change an existing datastore or the default.
#include <QCoreApplication>

#include "app/cli/cliapplication.h"
#include "app/cli/clioutput.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

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
    spec.valueOptions.unite({u"--auth"_s, u"--secret-env"_s});
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
        report(ws->unregisterDatastore(name), [this, name](const VoidResult &) {
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
