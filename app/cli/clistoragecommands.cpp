// The storage commands of dsstudio: ls, cat, get, put, rm over a datastore's own credential.
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "app/cli/cliapplication.h"
#include "app/cli/clioutput.h"
#include "services/core/names.h"
#include "services/storage/storageclient.h"
#include "services/storage/storageclientfactory.h"
#include "services/storage/storageops.h"
#include "services/transfer/transfers.h"
#include "services/workspace/localworkspace.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PageSize = 5000;

void writeRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QByteArray jsonString(const QString &s)
{
    return QByteArray::fromStdString(nlohmann::json(s.toStdString()).dump());
}

} // namespace

void CliApplication::openStorage(const QString &target, std::function<void(StorageClient *, const QString &)> run)
{
    const qsizetype slash = target.indexOf(u'/');
    const QString name = slash < 0 ? target : target.left(slash);
    const QString path = slash < 0 ? QString() : target.mid(slash + 1);
    if (auto error = Names::checkDatastoreName(name)) {
        fail(*error);
        return;
    }
    LocalWorkspace *ws = openWorkspace();
    if (!ws)
        return;
    onFinished(ws->getDatastore(name), this, [this, ws, name, path, run](const Result<Datastore> &found) {
        if (!found) {
            fail(found.error());
            return;
        }
        const Datastore ds = found.value();
        if (!StorageClientFactory::supports(ds.type)) {
            fail(ApiError::make(ApiError::Kind::Unsupported, u"storage.type"_s,
                                tr("'%1' is a %2 datastore; only Azure Blob, Azure File share and ADLS Gen2 datastores can be browsed.")
                                    .arg(name, m_matrix.type(ds.type).label)));
            return;
        }
        onFinished(ws->readSecrets(name), this, [this, ds, path, run](const Result<SecretMap> &secrets) {
            if (!secrets) {
                fail(secrets.error());
                return;
            }
            Result<StorageClient *> client = StorageClientFactory::create(ds, secrets.value(), m_http.get(), this);
            if (!client) {
                fail(client.error());
                return;
            }
            client.value()->setReadAhead(true); // the CLI always consumes whole listings
            run(client.value(), path);
        });
    });
}

void CliApplication::listAll(StorageClient *client, const QString &directory, bool recursive,
                             std::function<void(const QList<StorageEntry> &)> page, std::function<void()> finished, const QString &token)
{
    onFinished(client->list(directory, token, PageSize, recursive), this,
               [this, client, directory, recursive, page, finished](const Result<ListPage> &r) {
                   if (!r) {
                       fail(r.error());
                       return;
                   }
                   page(r.value().entries);
                   if (r.value().nextToken.isEmpty())
                       finished();
                   else
                       listAll(client, directory, recursive, page, finished, r.value().nextToken);
               });
}

void CliApplication::storageLs(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(1, 1, tr("Usage: dsstudio ls DATASTORE[/PATH] [--recursive] [--json]"));
    spec.switches = {u"--recursive"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    openStorage(args.positional.first(), [this, recursive](StorageClient *client, const QString &path) {
        QString directory = path;
        if (!directory.isEmpty() && !directory.endsWith(u'/'))
            directory += u'/';
        // Each page is printed as it arrives and then dropped: memory stays flat.
        listAll(client, directory, recursive,
                [this](const QList<StorageEntry> &entries) {
                    QByteArray out;
                    out.reserve(entries.size() * 96);
                    for (const StorageEntry &e : entries) {
                        const QByteArray modified = e.lastModified.isValid() ? e.lastModified.toString(Qt::ISODate).toUtf8() : QByteArray("-");
                        if (m_json) {
                            out += "{\"path\":" + jsonString(e.path) + ",\"directory\":" + (e.isDirectory ? "true" : "false")
                                + ",\"size\":" + (e.isDirectory ? QByteArray("null") : QByteArray::number(e.size))
                                + ",\"lastModified\":" + (e.lastModified.isValid() ? '"' + modified + '"' : QByteArray("null")) + "}\n";
                        } else {
                            out += e.path.toUtf8() + '\t' + (e.isDirectory ? QByteArray("-") : QByteArray::number(e.size)) + '\t' + modified + '\n';
                        }
                    }
                    writeRaw(out);
                },
                [this] { done(Ok); });
    });
}

void CliApplication::storageCat(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(1, 1, tr("Usage: dsstudio cat DATASTORE/PATH [--bytes N]"));
    spec.valueOptions = {u"--bytes"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    qint64 limit = -1;
    if (args.values.contains(u"--bytes"_s)) {
        bool ok = false;
        limit = args.value(u"--bytes"_s).toLongLong(&ok);
        if (!ok || limit < 0) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("--bytes must be a whole number of bytes, 0 or more."), u"--bytes"_s));
            return;
        }
    }
    openStorage(args.positional.first(), [this, limit](StorageClient *client, const QString &path) {
        if (path.isEmpty() || path.endsWith(u'/')) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("cat needs a file path, not a folder: DATASTORE/PATH.")));
            return;
        }
        // Sequential 4 MiB ranges, each written out before the next is asked for.
        auto next = std::make_shared<std::function<void(qint64)>>();
        *next = [this, client, path, limit, next](qint64 offset) {
            const qint64 want = limit < 0 ? 4 * 1024 * 1024 : std::min<qint64>(4 * 1024 * 1024, limit - offset);
            if (want <= 0) {
                done(Ok);
                return;
            }
            onFinished(client->read(path, offset, want), this, [this, offset, want, next](const Result<ReadResult> &r) {
                if (!r) {
                    fail(r.error());
                    return;
                }
                writeRaw(r.value().data);
                const qint64 end = offset + r.value().data.size();
                if (r.value().data.size() < want || end >= r.value().properties.size)
                    done(Ok);
                else
                    (*next)(end);
            });
        };
        (*next)(0);
    });
}

void CliApplication::storageGet(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(2, 2, tr("Usage: dsstudio get DATASTORE/PATH LOCAL [--recursive]"));
    spec.switches = {u"--recursive"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    const QString local = args.positional.at(1);
    openStorage(args.positional.first(), [this, recursive, local](StorageClient *client, const QString &path) {
        auto totals = std::make_shared<std::pair<int, qint64>>(0, 0);
        const auto report = [this, totals] {
            if (m_json)
                CliOutput::printJson({{"files", totals->first}, {"bytes", totals->second}});
            else
                CliOutput::print(tr("Downloaded %n file(s), %1 bytes.", nullptr, totals->first).arg(totals->second));
            done(Ok);
        };
        if (!recursive) {
            if (path.isEmpty() || path.endsWith(u'/')) {
                fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("get needs a file path; use --recursive for a folder.")));
                return;
            }
            const QString target = QFileInfo(local).isDir() ? QDir(local).filePath(path.section(u'/', -1)) : local;
            onFinished(Transfers::download(client, path, target, {}, this), this, [this, totals, report](const Result<TransferResult> &r) {
                if (!r) {
                    fail(r.error());
                    return;
                }
                *totals = {1, r.value().bytes};
                report();
            });
            return;
        }
        QString prefix = path;
        if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
            prefix += u'/';
        auto files = std::make_shared<QStringList>();
        listAll(client, prefix, true,
                [files](const QList<StorageEntry> &entries) {
                    for (const StorageEntry &e : entries) {
                        if (!e.isDirectory)
                            files->append(e.path);
                    }
                },
                [this, client, files, prefix, local, totals, report] {
                    auto next = std::make_shared<std::function<void()>>();
                    *next = [this, client, files, prefix, local, totals, report, next] {
                        if (files->isEmpty()) {
                            report();
                            return;
                        }
                        const QString remote = files->takeFirst();
                        const QString target = QDir(local).filePath(remote.mid(prefix.size()));
                        onFinished(Transfers::download(client, remote, target, {}, this), this,
                                   [this, totals, next](const Result<TransferResult> &r) {
                                       if (!r) {
                                           fail(r.error());
                                           return;
                                       }
                                       totals->first += 1;
                                       totals->second += r.value().bytes;
                                       (*next)();
                                   });
                    };
                    (*next)();
                });
    });
}

void CliApplication::storagePut(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(2, 2, tr("Usage: dsstudio put LOCAL DATASTORE/PATH [--recursive]"));
    spec.switches = {u"--recursive"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    const QString local = args.positional.first();
    const QFileInfo info(local);
    if (!info.exists() || (info.isDir() && !recursive) || (!info.isDir() && recursive)) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            !info.exists() ? tr("put: %1 does not exist.").arg(local)
                            : info.isDir() ? tr("put: %1 is a folder; add --recursive.").arg(local)
                                           : tr("put --recursive needs a folder, and %1 is a file.").arg(local)));
        return;
    }
    openStorage(args.positional.at(1), [this, local, recursive](StorageClient *client, const QString &path) {
        auto queue = std::make_shared<QList<std::pair<QString, QString>>>();
        if (!recursive) {
            const QString remote = path.isEmpty() || path.endsWith(u'/') ? path + QFileInfo(local).fileName() : path;
            queue->append({local, remote});
        } else {
            QString prefix = path;
            if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
                prefix += u'/';
            QDirIterator it(local, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                queue->append({file, prefix + QDir(local).relativeFilePath(file)});
            }
        }
        // Several files at a time: small files are dominated by round trips. Each file's own
        // chunks are bounded by Transfers, so memory stays bounded too.
        constexpr int Concurrent = 6;
        struct PutState
        {
            int running = 0;
            int files = 0;
            qint64 bytes = 0;
            bool failed = false;
        };
        auto state = std::make_shared<PutState>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, client, queue, state, next] {
            if (state->failed)
                return;
            while (!queue->isEmpty() && state->running < Concurrent) {
                const auto [file, remote] = queue->takeFirst();
                ++state->running;
                onFinished(Transfers::upload(client, file, remote, {}, this), this, [this, state, next, file](const Result<TransferResult> &r) {
                    --state->running;
                    if (state->failed)
                        return;
                    if (!r) {
                        state->failed = true;
                        ApiError e = r.error();
                        e.message = tr("%1: %2").arg(file, e.message);
                        fail(e);
                        return;
                    }
                    state->files += 1;
                    state->bytes += r.value().bytes;
                    (*next)();
                });
            }
            if (queue->isEmpty() && state->running == 0) {
                if (m_json)
                    CliOutput::printJson({{"files", state->files}, {"bytes", state->bytes}});
                else
                    CliOutput::print(tr("Uploaded %n file(s), %1 bytes.", nullptr, state->files).arg(state->bytes));
                done(Ok);
            }
        };
        (*next)();
    });
}

void CliApplication::storageRm(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(1, 1, tr("Usage: dsstudio rm DATASTORE/PATH [--recursive]"));
    spec.switches = {u"--recursive"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    openStorage(args.positional.first(), [this, recursive](StorageClient *client, const QString &path) {
        if (path.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("rm needs a path inside the datastore: DATASTORE/PATH.")));
            return;
        }
        if (!path.endsWith(u'/')) {
            onFinished(client->remove(path), this, [this, path](const VoidResult &r) {
                if (!r) {
                    fail(r.error());
                    return;
                }
                CliOutput::print(tr("Deleted %1.").arg(path));
                done(Ok);
            });
            return;
        }
        if (!recursive) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("%1 is a folder; add --recursive to delete everything in it.").arg(path)));
            return;
        }
        onFinished(StorageOps::removeTree(client, path, this), this, [this, path](const VoidResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            CliOutput::print(tr("Deleted %1 and everything in it.").arg(path));
            done(Ok);
        });
    });
}
