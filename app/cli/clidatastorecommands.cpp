// The `dsstudio datastore ...` commands of CliApplication.
#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>

#include "app/cli/cliapplication.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspacemanager.h"
#include "app/cli/clioutput.h"
#include "services/core/fieldrules.h"
#include "services/core/names.h"
#include "services/core/sastoken.h"
#include "services/secrets/keychainsecretstore.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError usage(const QString &field, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, message, field);
}

QString flagToField(const QString &flag)
{
    return flag.mid(2).replace(u'-', u'_');
}

// Every field flag of every type: (non-secret flags, secret flags).
std::pair<QSet<QString>, QSet<QString>> allFieldFlags(const SupportMatrix &matrix)
{
    QSet<QString> plain;
    QSet<QString> secret;
    for (const StorageTypeSpec &t : matrix.types()) {
        for (AuthKind k : t.authKinds()) {
            for (const FieldSpec &f : t.allFields(k))
                (f.secret ? secret : plain).insert(f.flag());
        }
    }
    // Common spellings of secrets that must never be typed on the command line either.
    secret.unite({u"--password"_s, u"--secret"_s, u"--key"_s, u"--token"_s});
    return {plain, secret};
}

QStringList flagsOf(const QList<FieldSpec> &fields, bool secret)
{
    QStringList out;
    for (const FieldSpec &f : fields) {
        if (f.secret == secret)
            out.append(f.flag());
    }
    return out;
}

// One line, NUL bytes and all (QFile::readLine on a stream stops counting at a NUL).
QByteArray readLine(QFile &in)
{
    QByteArray line;
    char c = 0;
    while (in.getChar(&c)) {
        line.append(c);
        if (c == '\n')
            break;
    }
    return line;
}

} // namespace

Result<SecretMap> CliApplication::collectSecrets(const AuthSpec &auth, const CliArgs &args, const QString &typeId)
{
    const QList<FieldSpec> wanted = auth.secretFields();
    QStringList wantedIds;
    for (const FieldSpec &f : wanted)
        wantedIds.append(f.id);
    const bool fromStdin = args.switches.contains(u"--secret-stdin"_s);
    const QStringList envSpecs = args.repeated.value(u"--secret-env"_s);
    if (fromStdin && !envSpecs.isEmpty())
        return usage(u"--secret-stdin"_s, tr("--secret-stdin and --secret-env cannot be combined."));
    if (wanted.isEmpty()) {
        if (fromStdin || !envSpecs.isEmpty())
            return usage(fromStdin ? u"--secret-stdin"_s : u"--secret-env"_s,
                         tr("%1 with %2 authentication has no secret to give.").arg(typeId, StorageTypes::id(auth.kind)));
        return SecretMap{};
    }
    SecretMap secrets;
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(u"--secret-stdin"_s, tr("--secret-stdin: standard input cannot be read."));
        for (const FieldSpec &f : wanted) {
            QByteArray line = readLine(in);
            if (line.isEmpty()) { // end of input (an empty secret would still be a "\n")
                return usage(u"--secret-stdin"_s, tr("--secret-stdin: expected %1 line(s) on standard input (%2, in that "
                                                     "order) but got %3.")
                                                      .arg(wanted.size())
                                                      .arg(wantedIds.join(u", "_s))
                                                      .arg(secrets.size()));
            }
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            // A NUL would cut the secret short wherever it is passed as a C string.
            if (line.contains('\0'))
                return usage(u"--secret-stdin"_s, tr("--secret-stdin: the line for %1 contains a NUL byte, which no secret may hold.").arg(f.id));
            secrets.insert(f.id, QString::fromUtf8(line));
        }
        // More than was asked for is a mistake (a key and its neighbour pasted together, the
        // wrong file piped in): nothing is taken from it.
        const QByteArray rest = ::isatty(::fileno(stdin)) ? QByteArray() : in.readAll();
        if (!rest.trimmed().isEmpty()) {
            return usage(u"--secret-stdin"_s, tr("--secret-stdin: expected %1 line(s) on standard input (%2, in that order) "
                                                 "but more followed.")
                                                  .arg(wanted.size())
                                                  .arg(wantedIds.join(u", "_s)));
        }
        m_secretWarnings = warningsAbout(wanted, secrets);
        return secrets;
    }
    if (envSpecs.isEmpty()) {
        return usage(u"--secret-stdin"_s, tr("%1 with %2 authentication needs its secret(s) %3: give them with "
                                             "--secret-stdin (one line each, in that order) or --secret-env FIELD=VAR.")
                                              .arg(typeId, StorageTypes::id(auth.kind), wantedIds.join(u", "_s)));
    }
    for (const QString &spec : envSpecs) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0 || eq == spec.size() - 1)
            return usage(u"--secret-env"_s, tr("--secret-env takes FIELD=VARIABLE, for example account_key=MY_KEY; got '%1'.").arg(spec));
        const QString field = spec.left(eq).replace(u'-', u'_');
        const QString variable = spec.mid(eq + 1);
        if (!wantedIds.contains(field)) {
            return usage(u"--secret-env"_s, tr("--secret-env: '%1' is not a secret of %2 with %3 authentication; secrets: %4.")
                                                .arg(field, typeId, StorageTypes::id(auth.kind), wantedIds.join(u", "_s)));
        }
        if (secrets.contains(field))
            return usage(u"--secret-env"_s, tr("--secret-env: '%1' is given twice.").arg(field));
        const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (value.isEmpty())
            return usage(u"--secret-env"_s, tr("--secret-env: the environment variable %1 (for %2) is not set or empty.").arg(variable, field));
        secrets.insert(field, value);
    }
    m_secretWarnings = warningsAbout(wanted, secrets);
    return secrets;
}

// What a secret's own rules do not refuse but a user should hear once it is stored: a SAS
// token that expires soon, or lacks the permissions that browsing needs.
QStringList CliApplication::warningsAbout(const QList<FieldSpec> &fields, const SecretMap &secrets)
{
    QStringList warnings;
    for (const FieldSpec &f : fields) {
        if (f.kind != FieldKind::Sas || !secrets.contains(f.id))
            continue;
        for (const QString &warning : SasTokenInfo::analyse(secrets.value(f.id)).warnings)
            warnings.append(tr("dsstudio: warning: %1: %2").arg(f.id, warning));
    }
    return warnings;
}

void CliApplication::printDatastore(const Datastore &ds)
{
    if (m_json) {
        CliOutput::printJson(CliOutput::datastoreDetails(ds, m_matrix));
        return;
    }
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    QList<QStringList> rows;
    rows.append({tr("name:"), ds.name});
    rows.append({tr("type:"), type.id + u" ("_s + type.label + u')'});
    rows.append({tr("default:"), ds.isDefault ? tr("yes") : tr("no")});
    rows.append({tr("built-in:"), ds.isSystem ? tr("yes") : tr("no")});
    rows.append({tr("auth:"), StorageTypes::id(ds.auth)});
    if (!ds.origin.isEmpty())
        rows.append({tr("api:"), ds.origin == u"v1"_s ? tr("Azure ML v1 datastore service") : tr("Azure Resource Manager (v2)")});
    for (const FieldSpec &f : type.allFields(ds.auth)) {
        if (!f.secret && ds.fields.contains(f.id))
            rows.append({f.id + u':', ds.fields.value(f.id)});
    }
    rows.append({ds.origin.isEmpty() ? tr("secrets in the keychain:") : tr("secrets in the workspace:"),
                 ds.storedSecrets.isEmpty() ? tr("none") : ds.storedSecrets.join(u", "_s)});
    const QStringList missing = CliOutput::missingSecrets(ds, m_matrix);
    if (!missing.isEmpty())
        rows.append({tr("secrets missing:"), missing.join(u", "_s)});
    if (!ds.description.isEmpty())
        rows.append({tr("description:"), ds.description});
    if (!ds.tags.isEmpty()) {
        QStringList tags;
        for (auto it = ds.tags.begin(); it != ds.tags.end(); ++it)
            tags << it.key() + u'=' + it.value();
        rows.append({tr("tags:"), tags.join(u", "_s)});
    }
    rows.append({tr("uri:"), ds.azuremlUri()});
    rows.append({tr("created:"), ds.createdAt.toString(Qt::ISODate)});
    rows.append({tr("modified:"), ds.modifiedAt.toString(Qt::ISODate)});
    if (!type.note.isEmpty())
        rows.append({tr("note:"), type.note});
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(rows))
        width = std::max(width, row.at(0).size() + 1);
    for (const QStringList &row : std::as_const(rows))
        CliOutput::print(row.at(0).leftJustified(width) + row.at(1));
}

void CliApplication::printChanged(const Datastore &ds, const QString &headline, bool unvalidated)
{
    for (const QString &warning : std::as_const(m_secretWarnings)) // stderr, also beside --json
        CliOutput::printError(warning);
    for (const QString &note : ds.notes) // e.g. registered, but the default was not changed
        CliOutput::printError(u"dsstudio: warning: "_s + note);
    if (m_json) {
        printDatastore(ds);
        return;
    }
    CliOutput::print(headline);
    if (unvalidated)
        CliOutput::print(tr("Access was not validated (--skip-validation)."));
}

void CliApplication::datastoreList(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(0, 0, tr("Usage: dsstudio datastore list [--json]")), &args))
        return;
    withWorkspace([=, this](WorkspaceService *ws) {
        DatastoreListJob *job = ws->listDatastores();
        onFinished(job, this, [this, job](const Result<QList<Datastore>> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            for (const QString &note : job->notes()) // stderr, also beside --json
                CliOutput::printError(u"dsstudio: warning: "_s + note);
            if (m_json) {
                nlohmann::json list = nlohmann::json::array();
                for (const Datastore &ds : result.value())
                    list.push_back(CliOutput::datastoreSummary(ds, m_matrix));
                CliOutput::printJson(list);
            } else {
                QList<QStringList> rows;
                for (const Datastore &ds : result.value()) {
                    rows.append({ds.name, StorageTypes::id(ds.type), ds.isDefault ? u"*"_s : QString(), ds.account(m_matrix),
                                 ds.container(m_matrix), StorageTypes::id(ds.auth)});
                }
                CliOutput::printTable({tr("NAME"), tr("TYPE"), tr("DEFAULT"), tr("ACCOUNT/SERVER"),
                                       tr("CONTAINER/SHARE/FILESYSTEM/DATABASE"), tr("AUTH")},
                                      rows);
            }
            done(Ok);
        });
    });
}

void CliApplication::datastoreShow(const QStringList &words)
{
    withNamedWorkspace(words, tr("Usage: dsstudio datastore show NAME [--json]"), [=, this](WorkspaceService *ws, const QString &name) {
        // What the keychain holds is asked now, not assumed from the record: a secret removed
        // from the keychain (or never kept by a temporary keyring) is reported as missing.
        onFinished(ws->getDatastore(name), this, [this, ws, name](const Result<Datastore> &found) {
            if (!found) {
                fail(found.error());
                return;
            }
            if (ws->keepsSecretsItself()) {
                // An Azure ML workspace holds them; showing the record asks nothing of its Key Vault.
                printDatastore(found.value());
                done(Ok);
                return;
            }
            onFinished(ws->readSecrets(name), this, [this, ds = found.value()](const Result<SecretMap> &secrets) mutable {
                if (!secrets && secrets.error().code == u"secret.missing"_s) {
                    ds.storedSecrets.removeAll(secrets.error().field);
                } else if (!secrets) {
                    fail(secrets.error());
                    return;
                } else {
                    for (const QString &field : QStringList(ds.storedSecrets)) {
                        if (secrets.value().value(field).isEmpty())
                            ds.storedSecrets.removeAll(field);
                    }
                }
                printDatastore(ds);
                done(Ok);
            });
        });
    });
}

void CliApplication::datastoreRegister(const QStringList &words)
{
    const auto [plainFlags, secretFlags] = allFieldFlags(m_matrix);
    CliSpec spec;
    spec.valueOptions = plainFlags;
    spec.valueOptions.unite({u"--type"_s, u"--name"_s, u"--auth"_s, u"--secret-env"_s, u"--databricks-url"_s, u"--file"_s});
    spec.repeatable = {u"--secret-env"_s};
    spec.switches = {u"--overwrite"_s, u"--skip-validation"_s, u"--create-if-not-exists"_s, u"--set-default"_s, u"--secret-stdin"_s};
    spec.secretOptions = secretFlags;
    spec.usage = tr("Usage: dsstudio datastore register (--type TYPE --name NAME | --file FILE) [fields] [--auth KIND] ... (see --help)");
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    // An az ml YAML file gives what the command line does not.
    std::optional<DatastoreYaml::Parsed> fromFile;
    if (args.values.contains(u"--file"_s)) {
        fromFile = readYamlFile(&args);
        if (!fromFile)
            return;
    }
    // A field's error names where the file has it.
    const auto located = [&fromFile, &args](ApiError e) {
        if (fromFile && fromFile->line(e.field) > 0)
            e.message += tr(" (%1, line %2)").arg(args.value(u"--file"_s)).arg(fromFile->line(e.field));
        return e;
    };

    const QString typeId = args.value(u"--type"_s);
    if (typeId.isEmpty()) {
        fail(usage(u"--type"_s, tr("--type is required: one of %1.").arg(StorageTypes::storageTypeIds().join(u", "_s))));
        return;
    }
    const auto type = StorageTypes::storageTypeFromId(typeId);
    if (!type) {
        fail(usage(u"--type"_s, tr("--type: unknown storage type '%1'; one of %2.").arg(typeId, StorageTypes::storageTypeIds().join(u", "_s))));
        return;
    }
    const StorageTypeSpec &typeSpec = m_matrix.type(*type);
    if (!args.values.contains(u"--name"_s)) {
        fail(usage(u"--name"_s, tr("--name is required: the datastore name (lowercase letters, digits and underscores).")));
        return;
    }
    if (auto error = Names::checkDatastoreName(args.value(u"--name"_s))) {
        fail(*error);
        return;
    }
    const std::optional<AuthKind> authKind = authOption(typeSpec, args, std::nullopt);
    if (!authKind)
        return;
    const AuthKind auth = *authKind;
    RegistrationRequest request;
    request.datastore.name = args.value(u"--name"_s);
    request.datastore.type = *type;
    request.datastore.auth = auth;
    const QList<FieldSpec> fields = typeSpec.allFields(auth);
    for (auto it = args.values.begin(); it != args.values.end(); ++it) {
        if (!plainFlags.contains(it.key()))
            continue;
        const QString field = flagToField(it.key());
        const FieldSpec *f = typeSpec.field(field, auth);
        if (!f) {
            fail(usage(it.key(), tr("%1 does not apply to %2 with %3 authentication; its fields: %4.")
                                     .arg(it.key(), typeId, StorageTypes::id(auth), flagsOf(fields, false).join(u' '))));
            return;
        }
        request.datastore.fields.insert(field, it.value());
    }
    if (fromFile) {
        request.datastore.description = fromFile->datastore.description;
        request.datastore.tags = fromFile->datastore.tags;
    }
    request.options.overwrite = args.switches.contains(u"--overwrite"_s);
    request.options.skipValidation = args.switches.contains(u"--skip-validation"_s);
    request.options.createIfNotExists = args.switches.contains(u"--create-if-not-exists"_s);
    request.options.setDefault = args.switches.contains(u"--set-default"_s);
    // Report a bad field before asking about secrets: the field rules run first, and only a
    // missing secret is left for collectSecrets() to explain.
    {
        SecretMap none;
        const Result<Datastore> precheck = FieldRules::normalize(m_matrix, request.datastore, none);
        const FieldSpec *field = precheck ? nullptr : typeSpec.field(precheck.error().field, auth);
        if (!precheck && !(field && field->secret)) {
            fail(located(precheck.error()));
            return;
        }
    }
    // DBFS with --databricks-url: the secret options give the studio's browse connection its
    // token; the record itself takes none.
    std::optional<SecretMap> connection;
    if (BrowseConnections::needsOne(*type) && !args.values.contains(u"--databricks-url"_s) && !request.options.skipValidation) {
        fail(usage(u"--databricks-url"_s, tr("A dbfs datastore is checked and browsed through its Databricks workspace: give --databricks-url URL "
                                             "(and its personal access token with --secret-stdin), or --skip-validation to register it unchecked.")));
        return;
    }
    if (args.values.contains(u"--databricks-url"_s)) {
        Result<SecretMap> c = browseConnectionFrom(request.datastore, args);
        if (!c) {
            fail(c.error());
            return;
        }
        connection = c.takeValue();
    } else if (fromFile && !fromFile->secrets.isEmpty() && !args.switches.contains(u"--secret-stdin"_s) && !args.repeated.contains(u"--secret-env"_s)) {
        // The file's secrets, unless stdin or the environment give them instead.
        request.secrets = fromFile->secrets;
        m_secretWarnings = warningsAbout(typeSpec.authSpec(auth)->secretFields(), request.secrets);
    } else {
        Result<SecretMap> secrets = collectSecrets(*typeSpec.authSpec(auth), args, typeId);
        if (!secrets) {
            fail(secrets.error());
            return;
        }
        request.secrets = secrets.takeValue();
    }

    const auto registered = [this](WorkspaceService *ws, const RegistrationRequest &request, const Datastore &ds) {
        printChanged(ds, tr("Registered datastore '%1' (%2) in workspace '%3'%4.")
                             .arg(ds.name, StorageTypes::id(ds.type), ws->displayName(), ds.isDefault ? tr(" as the default") : QString()),
                     request.options.skipValidation);
        done(Ok);
    };
    const auto run = [=, this] {
        withWorkspace([=, this](WorkspaceService *ws) {
            // With a browse connection the connector checks it (the workspace cannot: the record
            // does not hold it), registers the record and keeps the connection in the keychain.
            DatastoreJob *job = connection ? m_connector->registerWithConnection(ws, request, *connection) : ws->registerDatastore(request);
            onFinished(job, this, [=, this](const Result<Datastore> &result) {
                if (!result) {
                    ApiError e = result.error();
                    if (e.code.startsWith(u"storage."_s) && e.code.endsWith(u"_missing"_s))
                        e.message += tr(" Add --create-if-not-exists to create it, or --skip-validation to register it unchecked.");
                    fail(connection ? withConnectionHint(e, !request.options.skipValidation) : e);
                    return;
                }
                registered(ws, request, result.value());
            });
        });
    };
    // A local workspace keeps the secrets in the keychain: check it before touching the
    // workspace (even opening one creates its file), so that without one nothing is written.
    // An Azure ML workspace keeps them itself.
    if ((request.secrets.isEmpty() && !connection) || targetRef().isAzure()) {
        run();
        return;
    }
    onFinished(m_secrets->probe(), this, [this, run](const Result<SecretMap> &probed) {
        if (!probed) {
            fail(probed.error());
            return;
        }
        run();
    });
}
