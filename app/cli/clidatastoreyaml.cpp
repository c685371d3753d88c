// `dsstudio datastore export` and `datastore register --file`: az ml v2 datastore YAML.
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "app/cli/cliapplication.h"
#include "app/cli/clioutput.h"
#include "services/core/datastoreyaml.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MaxYamlBytes = 1024 * 1024; // a datastore file is a few hundred bytes

ApiError usage(const QString &field, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, message, field);
}

QString flagOf(const QString &field)
{
    return u"--"_s + QString(field).replace(u'_', u'-');
}

} // namespace

void CliApplication::datastoreExport(const QStringList &words)
{
    CliSpec spec;
    spec.valueOptions = {u"--file"_s};
    spec.switches = {u"--include-secrets"_s, u"--force"_s};
    spec.minPositional = 1;
    spec.maxPositional = 1;
    spec.usage = tr("Usage: dsstudio datastore export NAME [--file FILE [--force]] [--include-secrets]");
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const QString name = args.positional.first();
    const QString path = args.value(u"--file"_s);
    const bool withSecrets = args.switches.contains(u"--include-secrets"_s);
    if (!path.isEmpty() && QFileInfo::exists(path) && !args.switches.contains(u"--force"_s)) {
        fail(ApiError::make(ApiError::Kind::Conflict, u"file.exists"_s,
                            tr("%1 exists; nothing was written. Give --force to replace it.").arg(path), u"--file"_s));
        return;
    }
    withWorkspace([=, this](WorkspaceService *ws) {
        onFinished(ws->getDatastore(name), this, [=, this](const Result<Datastore> &found) {
            if (!found) {
                fail(found.error());
                return;
            }
            const Datastore ds = found.value();
            if (!DatastoreYaml::supports(ds.type)) {
                fail(DatastoreYaml::write(m_matrix, ds, {}).error());
                return;
            }
            const auto finish = [=, this](const SecretMap &secrets) {
                const auto written = DatastoreYaml::write(m_matrix, ds, secrets);
                if (!written) {
                    fail(written.error());
                    return;
                }
                for (const QString &note : written.value().leftOut)
                    CliOutput::printError(tr("warning: not in the file: %1").arg(note));
                const bool holdsSecret = !secrets.isEmpty();
                if (path.isEmpty()) {
                    QFile out;
                    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(written.value().text) != written.value().text.size()) {
                        fail(ApiError::make(ApiError::Kind::InvalidInput, u"file.write"_s, tr("Standard output could not be written.")));
                        return;
                    }
                    out.flush();
                    if (holdsSecret)
                        CliOutput::printError(tr("warning: the YAML above holds the secret of '%1'.").arg(ds.name));
                    done(Ok);
                    return;
                }
                // Whole or not at all; readable by its owner only when it holds a secret.
                QSaveFile file(path);
                bool ok = file.open(QIODevice::WriteOnly);
                if (ok && holdsSecret)
                    ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                ok = ok && file.write(written.value().text) == written.value().text.size() && file.commit();
                if (!ok) {
                    fail(ApiError::make(ApiError::Kind::InvalidInput, u"file.write"_s, tr("%1 could not be written: %2").arg(path, file.errorString()),
                                        u"--file"_s));
                    return;
                }
                if (holdsSecret)
                    CliOutput::printError(tr("warning: %1 now holds the secret of '%2' (written with mode 0600): keep it out of version "
                                             "control.").arg(path, ds.name));
                CliOutput::print(tr("Exported datastore '%1' to %2.").arg(ds.name, path));
                done(Ok);
            };
            if (!withSecrets) {
                finish({});
                return;
            }
            onFinished(ws->readSecrets(ds.name), this, [=, this](const Result<SecretMap> &secrets) {
                if (!secrets) {
                    fail(secrets.error());
                    return;
                }
                finish(secrets.value());
            });
        });
    });
}

std::optional<DatastoreYaml::Parsed> CliApplication::readYamlFile(CliArgs *args)
{
    const QString path = args->value(u"--file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(usage(u"--file"_s, tr("--file: %1 cannot be read: %2").arg(path, file.errorString())));
        return std::nullopt;
    }
    if (file.size() > MaxYamlBytes) {
        fail(usage(u"--file"_s, tr("--file: %1 is %2 bytes; a datastore file is at most 1 MiB.").arg(path).arg(file.size())));
        return std::nullopt;
    }
    auto parsed = DatastoreYaml::read(m_matrix, file.read(MaxYamlBytes), QFileInfo(path).fileName());
    if (!parsed) {
        fail(parsed.error());
        return std::nullopt;
    }
    const DatastoreYaml::Parsed &p = parsed.value();
    // The command line's own flags win over the file.
    const QString typeId = StorageTypes::id(p.datastore.type);
    if (args->values.contains(u"--type"_s) && args->value(u"--type"_s) != typeId) {
        fail(usage(u"--type"_s, tr("--type %1 disagrees with the file, which is %2.").arg(args->value(u"--type"_s), typeId)));
        return std::nullopt;
    }
    args->values.insert(u"--type"_s, typeId);
    if (!args->values.contains(u"--name"_s))
        args->values.insert(u"--name"_s, p.datastore.name);
    if (!args->values.contains(u"--auth"_s)) {
        if (p.hasCredentials || p.datastore.auth != AuthKind::None) {
            args->values.insert(u"--auth"_s, StorageTypes::id(p.datastore.auth));
        } else if (m_matrix.type(p.datastore.type).authKinds().size() > 1) {
            QStringList kinds;
            for (AuthKind k : m_matrix.type(p.datastore.type).authKinds())
                kinds << StorageTypes::id(k);
            fail(usage(u"--auth"_s, tr("%1 holds no credentials (an export leaves the secret out): give --auth %2 and the secret "
                                       "with --secret-stdin.").arg(QFileInfo(path).fileName(), kinds.join(u'|'))));
            return std::nullopt;
        }
    }
    for (auto it = p.datastore.fields.begin(); it != p.datastore.fields.end(); ++it) {
        if (!args->values.contains(flagOf(it.key())))
            args->values.insert(flagOf(it.key()), it.value());
    }
    return p;
}
