#include "app/cli/cliapplication.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include "app/cli/clihelp.h"
#include "app/cli/clioutput.h"
#include "services/workspace/datastoreconnector.h"
#include "services/core/names.h"
#include "services/net/storagehttp.h"
#include "services/workspace/workspaceref.h"
#include "services/secrets/keychainsecretstore.h"
#include "services/storage/storageaccessvalidator.h"
#include "services/workspace/workspacecatalog.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::InvalidInput: // the user's input; an unreadable answer (Parse) is the server's fault
        return CliApplication::BadInput;
    case ApiError::Kind::NotFound:
        return CliApplication::NotFound;
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Refused:
        return CliApplication::Refused;
    case ApiError::Kind::Secret:
        return CliApplication::SecretStoreError;
    case ApiError::Kind::Unsupported:
        return CliApplication::Unsupported;
    default:
        return CliApplication::Failure;
    }
}

} // namespace

CliApplication::CliApplication(QStringList arguments, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_matrix(SupportMatrix::builtin()),
      m_catalog(std::make_unique<WorkspaceCatalog>()),
      m_secrets(std::make_unique<KeychainSecretStore>(QCoreApplication::applicationName())),
      m_network(std::make_unique<QNetworkAccessManager>()), m_http(std::make_unique<StorageHttp>(m_network.get())),
      m_validator(std::make_unique<StorageAccessValidator>(m_http.get())),
      m_connector(std::make_unique<DatastoreConnector>(m_http.get(), m_matrix))
{
    m_connector->setSecretStore(m_secrets.get()); // DBFS browse connections
}

CliApplication::~CliApplication() = default;

void CliApplication::start()
{
    QTimer::singleShot(0, this, &CliApplication::dispatch);
}

void CliApplication::done(int code)
{
    // A sweep of what a killed process left in the keychain finishes before the exit (it is
    // quick; a keychain that does not answer is given up on after a few seconds, and the next
    // run sweeps again).
    if (VoidJob *sweep = m_manager ? m_manager->sweep() : nullptr; sweep && !sweep->isFinished()) {
        connect(sweep, &VoidJob::finished, this, [code] { QCoreApplication::exit(code); });
        QTimer::singleShot(5000, this, [code] { QCoreApplication::exit(code); });
        return;
    }
    QCoreApplication::exit(code);
}

void CliApplication::fail(const ApiError &error)
{
    QString text = error.toString();
    text.replace(u'\n', u' ');
    if (error.kind == ApiError::Kind::InvalidInput && !error.field.isEmpty() && !text.startsWith(u"--"_s)) {
        const QString flag = error.field.startsWith(u"--"_s) ? error.field : u"--"_s + QString(error.field).replace(u'_', u'-');
        text = flag + u": "_s + text;
    } else if (error.kind == ApiError::Kind::Unsupported && !error.field.isEmpty()) {
        text += u" (--"_s + QString(error.field).replace(u'_', u'-') + u')';
    }
    CliOutput::printError(u"dsstudio: error: "_s + text);
    if (m_json)
        CliOutput::printJson(CliOutput::errorJson(error));
    done(exitCodeFor(error));
}

bool CliApplication::parse(const QStringList &words, CliSpec spec, CliArgs *out)
{
    spec.switches.insert(u"--json"_s);
    Result<CliArgs> parsed = parseCliArgs(words, spec);
    if (!parsed) {
        fail(parsed.error());
        return false;
    }
    *out = parsed.takeValue();
    m_json = m_json || out->switches.contains(u"--json"_s);
    return true;
}

void CliApplication::dispatch()
{
    // Global options may stand anywhere: --workspace NAME and --json.
    QStringList words;
    // `workspace connect --workspace W` names the Azure ML workspace to connect to.
    const bool connecting = m_arguments.size() >= 2 && m_arguments.at(0) == u"workspace"_s && m_arguments.at(1) == u"connect"_s;
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString &w = m_arguments.at(i);
        if (connecting && (w == u"--workspace"_s || w.startsWith(u"--workspace="_s))) {
            words.append(w);
        } else if (w == u"--workspace"_s) {
            if (i + 1 >= m_arguments.size()) {
                fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("--workspace needs a value."), u"--workspace"_s));
                return;
            }
            m_workspaceName = m_arguments.at(++i);
        } else if (w.startsWith(u"--workspace="_s)) {
            m_workspaceName = w.mid(12);
        } else {
            words.append(w);
        }
    }
    if (!m_workspaceName.isNull() && !m_workspaceName.startsWith(u"azureml:"_s)) {
        if (auto error = Names::checkWorkspaceName(m_workspaceName)) {
            fail(*error);
            return;
        }
    }
    if (words.isEmpty() || words.first() == u"--help"_s || words.first() == u"-h"_s || words.first() == u"help"_s) {
        printHelp(words.size() > 1 ? words.mid(1).join(u' ') : QString());
        done(words.isEmpty() ? BadInput : Ok);
        return;
    }
    if (words.first() == u"--version"_s) {
        CliOutput::print(u"dsstudio "_s + QStringLiteral(STUDIO_VERSION));
        done(Ok);
        return;
    }
    const QString group = words.first();
    const QString command = words.size() > 1 ? words.at(1) : QString();
    const QStringList rest = words.mid(2);
    if (QStringList{u"ls"_s, u"cat"_s, u"get"_s, u"put"_s, u"rm"_s}.contains(group) && words.contains(u"--help"_s)) {
        printHelp(u"storage"_s);
        done(Ok);
        return;
    }
    if (rest.contains(u"--help"_s) || command == u"--help"_s) {
        printHelp(group + (command == u"--help"_s ? QString() : u' ' + command));
        done(Ok);
        return;
    }
    using Handler = void (CliApplication::*)(const QStringList &);
    const QList<std::tuple<QString, QString, Handler>> table = {
        {u"workspace"_s, u"create"_s, &CliApplication::workspaceCreate},
        {u"workspace"_s, u"list"_s, &CliApplication::workspaceList},
        {u"workspace"_s, u"use"_s, &CliApplication::workspaceUse},
        {u"workspace"_s, u"connect"_s, &CliApplication::workspaceConnect},
        {u"workspace"_s, u"disconnect"_s, &CliApplication::workspaceDisconnect},
        {u"workspace"_s, u"discover"_s, &CliApplication::workspaceDiscover},
        {u"datastore"_s, u"list"_s, &CliApplication::datastoreList},
        {u"datastore"_s, u"show"_s, &CliApplication::datastoreShow},
        {u"datastore"_s, u"register"_s, &CliApplication::datastoreRegister},
        {u"datastore"_s, u"update-credentials"_s, &CliApplication::datastoreUpdateCredentials},
        {u"datastore"_s, u"unregister"_s, &CliApplication::datastoreUnregister},
        {u"datastore"_s, u"set-default"_s, &CliApplication::datastoreSetDefault},
        {u"datastore"_s, u"get-default"_s, &CliApplication::datastoreGetDefault},
        {u"datastore"_s, u"export"_s, &CliApplication::datastoreExport},
    };
    if (group == u"types"_s) {
        types(words.mid(1));
        return;
    }
    const QList<std::pair<QString, Handler>> storage = {{u"ls"_s, &CliApplication::storageLs}, {u"cat"_s, &CliApplication::storageCat},
                                                        {u"get"_s, &CliApplication::storageGet}, {u"put"_s, &CliApplication::storagePut},
                                                        {u"rm"_s, &CliApplication::storageRm}};
    for (const auto &[name, handler] : storage) {
        if (group == name) {
            (this->*handler)(words.mid(1));
            return;
        }
    }
    for (const auto &[g, c, handler] : table) {
        if (g == group && c == command) {
            (this->*handler)(rest);
            return;
        }
    }
    if (group != u"workspace"_s && group != u"datastore"_s) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            tr("unknown command '%1'; commands: workspace, datastore, types, ls, cat, get, put, rm (see dsstudio --help).").arg(group)));
        return;
    }
    QStringList known;
    for (const auto &[g, c, handler] : table) {
        if (g == group)
            known.append(c);
    }
    fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                        command.isEmpty() ? tr("'%1' needs a subcommand: %2.").arg(group, known.join(u", "_s))
                                          : tr("unknown subcommand '%1 %2'; one of: %3.").arg(group, command, known.join(u", "_s))));
}

void CliApplication::printHelp(const QString &topic)
{
    CliOutput::print(CliHelp::text(topic, m_matrix));
}

WorkspaceManager *CliApplication::manager()
{
    if (!m_manager) {
        m_manager = std::make_unique<WorkspaceManager>(*m_catalog, m_secrets.get(), m_validator.get(), m_matrix);
        m_manager->setHttp(m_http->client());
    }
    return m_manager.get();
}

WorkspaceRef CliApplication::targetRef() const
{
    if (m_workspaceName.isNull())
        return m_catalog->current();
    const Result<WorkspaceRef> ref = m_catalog->resolve(m_workspaceName);
    return ref ? ref.value() : WorkspaceRef::local(m_workspaceName);
}

void CliApplication::withWorkspace(std::function<void(WorkspaceService *)> run)
{
    if (m_manager && m_manager->current()) {
        run(m_manager->current());
        return;
    }
    // The same opening as the studio's (WorkspaceManager): `--workspace NAME` opens that one
    // for this command without making it the remembered one.
    const Result<WorkspaceRef> ref = m_workspaceName.isNull() ? Result<WorkspaceRef>(m_catalog->current()) : m_catalog->resolve(m_workspaceName);
    if (!ref) {
        ApiError e = ref.error();
        if (e.code == u"workspace.not_found"_s)
            e.message = tr("There is no local workspace named '%1' and no connected Azure ML workspace of that name; create a local one with: "
                           "dsstudio workspace create %1").arg(m_workspaceName);
        fail(e);
        return;
    }
    onFinished(manager()->open(ref.value(), WorkspaceManager::Remember::No), this, [this, run, ref](const VoidResult &opened) {
        if (!opened) {
            ApiError e = opened.error();
            if (e.code == u"workspace.not_found"_s && !ref.value().isAzure())
                e.message = tr("There is no local workspace named '%1'; create it with: dsstudio workspace create %1").arg(ref.value().name);
            fail(e);
            return;
        }
        run(m_manager->current());
    });
}

void CliApplication::withNamedWorkspace(const QStringList &words, const QString &usage,
                                        std::function<void(WorkspaceService *, const QString &)> run)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(1, 1, usage), &args))
        return;
    const QString name = args.positional.first();
    withWorkspace([run, name](WorkspaceService *ws) { run(ws, name); });
}

std::optional<AuthKind> CliApplication::authOption(const StorageTypeSpec &type, const CliArgs &args,
                                                   std::optional<AuthKind> fallback)
{
    QStringList allowed;
    for (AuthKind k : type.authKinds())
        allowed.append(StorageTypes::id(k));
    if (args.values.contains(u"--auth"_s)) {
        const auto kind = StorageTypes::authKindFromId(args.value(u"--auth"_s));
        if (kind && type.authSpec(*kind))
            return kind;
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            tr("--auth: '%1' is not allowed for %2; allowed: %3.")
                                .arg(args.value(u"--auth"_s), type.id, allowed.join(u", "_s)),
                            u"--auth"_s));
        return std::nullopt;
    }
    if (fallback)
        return fallback;
    if (allowed.size() == 1)
        return type.authKinds().first();
    fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                        tr("--auth is required for %1: one of %2.").arg(type.id, allowed.join(u", "_s)), u"--auth"_s));
    return std::nullopt;
}

void CliApplication::types(const QStringList &words)
{
    CliArgs args;
    if (!parse(words, CliSpec::positional(0, 0, tr("Usage: dsstudio types [--json]")), &args))
        return;
    if (m_json) {
        nlohmann::json list = nlohmann::json::array();
        for (const StorageTypeSpec &t : m_matrix.types()) {
            nlohmann::json auth = nlohmann::json::array();
            for (AuthKind k : t.authKinds())
                auth.push_back(CliOutput::toJson(StorageTypes::id(k)));
            list.push_back({{"type", CliOutput::toJson(t.id)}, {"label", CliOutput::toJson(t.label)}, {"auth", auth},
                            {"note", CliOutput::toJson(t.note)}});
        }
        CliOutput::printJson(list);
    } else {
        QList<QStringList> rows;
        for (const StorageTypeSpec &t : m_matrix.types()) {
            QStringList auth;
            for (AuthKind k : t.authKinds())
                auth.append(StorageTypes::id(k));
            rows.append({t.id, t.label, auth.join(u", "_s), t.note.isEmpty() ? QString() : tr("note: %1").arg(t.note)});
        }
        CliOutput::printTable({tr("TYPE"), tr("STORAGE"), tr("AUTH"), tr("NOTES")}, rows);
    }
    done(Ok);
}
