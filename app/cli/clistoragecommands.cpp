// The storage commands of dsstudio: ls, cat, get, put, rm over a datastore's own credential.
#include <cstdio>

#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "app/cli/cliapplication.h"
#include "app/cli/clioutput.h"
#include "services/core/names.h"
#include "services/core/csv.h"
#include "services/core/printable.h"
#include "services/storage/storageclient.h"
#include "services/workspace/datastoreconnector.h"
#include "services/storage/storageops.h"
#include "services/storage/treemeasure.h"
#include "services/core/units.h"
#include "services/transfer/transferqueue.h"
#include "services/workspace/workspaceservice.h"

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
    return QByteArray::fromStdString(nlohmann::json(s.toStdString()).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace)); // as CliOutput::printJson
}

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Folder: return u"folder"_s;
    case EntryKind::File: return u"file"_s;
    case EntryKind::Schema: return u"schema"_s;
    case EntryKind::Table: return u"table"_s;
    case EntryKind::View: return u"view"_s;
    case EntryKind::Column: return u"column"_s;
    }
    return u"file"_s;
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
    withWorkspace([=, this](WorkspaceService *ws) {
        onFinished(ws->getDatastore(name), this, [this, ws, name, path, run](const Result<Datastore> &found) {
            if (!found) {
                fail(found.error());
                return;
            }
            onFinished(m_connector->open(ws, found.value(), this), this, [this, path, run](const Result<StorageClient *> &client) {
                if (!client) {
                    fail(client.error());
                    return;
                }
                client.value()->setReadAhead(true); // the CLI always consumes whole listings
                run(client.value(), path);
            });
        });
    });
}

void CliApplication::listAll(StorageClient *client, const QString &directory, bool recursive,
                             std::function<void(const QList<StorageEntry> &)> page, std::function<void()> finished, const QString &token,
                             std::shared_ptr<ListingGuard> guard)
{
    if (!guard)
        guard = std::make_shared<ListingGuard>(ListingGuard::forFolder(directory));
    onFinished(client->list(directory, token, PageSize, recursive), this,
               [this, client, directory, recursive, page, finished, guard](const Result<ListPage> &r) {
                   if (!r) {
                       fail(r.error());
                       return;
                   }
                   page(r.value().entries);
                   if (const auto loop = guard->check(r.value()))
                       fail(*loop);
                   else if (r.value().nextToken.isEmpty())
                       finished();
                   else
                       listAll(client, directory, recursive, page, finished, r.value().nextToken, guard);
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
                [this, database = client->capabilities().rows](const QList<StorageEntry> &entries) {
                    QByteArray out;
                    out.reserve(entries.size() * 96);
                    if (database) { // schemas, tables and views, columns: what they are, not sizes
                        for (const StorageEntry &e : entries) {
                            const QByteArray rows = e.size >= 0 ? QByteArray::number(e.size) : QByteArray(m_json ? "null" : "-");
                            if (m_json) {
                                out += "{\"path\":" + jsonString(e.path) + ",\"kind\":" + jsonString(entryKindName(e.kind)) + ",\"type\":"
                                    + jsonString(e.contentType) + ",\"rowsEstimate\":" + rows + ",\"detail\":" + jsonString(e.accessTier) + "}\n";
                            } else {
                                out += Printable::line(e.path).toUtf8() + '\t' + Printable::line(e.contentType).toUtf8() + '\t' + rows + '\t'
                                    + Printable::line(e.accessTier.isEmpty() ? u"-"_s : e.accessTier).toUtf8() + '\n';
                            }
                        }
                        writeRaw(out);
                        return;
                    }
                    for (const StorageEntry &e : entries) {
                        const QByteArray modified = e.lastModified.isValid() ? e.lastModified.toString(Qt::ISODate).toUtf8() : QByteArray("-");
                        if (m_json) {
                            out += "{\"path\":" + jsonString(e.path) + ",\"directory\":" + (e.isDirectory ? "true" : "false")
                                + ",\"size\":" + (e.isDirectory ? QByteArray("null") : QByteArray::number(e.size))
                                + ",\"lastModified\":" + (e.lastModified.isValid() ? '"' + modified + '"' : QByteArray("null")) + "}\n";
                        } else {
                            // Names are the server's: control characters are escaped, never sent to the terminal.
                            out += Printable::line(e.path).toUtf8() + '\t' + (e.isDirectory ? QByteArray("-") : QByteArray::number(e.size)) + '\t' + modified + '\n';
                        }
                    }
                    writeRaw(out);
                },
                [this] { done(Ok); });
    });
}

void CliApplication::storageCat(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(1, 1, tr("Usage: dsstudio cat DATASTORE/PATH [--bytes N] | DATASTORE/SCHEMA/TABLE [--rows N]"));
    spec.valueOptions = {u"--bytes"_s, u"--rows"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const auto number = [this, &args](const QString &option, const QString &rule, qint64 *out) {
        if (!args.values.contains(option))
            return true;
        bool ok = false;
        *out = args.value(option).toLongLong(&ok);
        if (ok && *out >= 0)
            return true;
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, rule, option));
        return false;
    };
    qint64 limit = -1;
    qint64 rows = 100;
    if (!number(u"--bytes"_s, tr("--bytes must be a whole number of bytes, 0 or more."), &limit)
        || !number(u"--rows"_s, tr("--rows must be a whole number of rows, 0 or more."), &rows))
        return;
    const bool bytesGiven = args.values.contains(u"--bytes"_s);
    const bool rowsGiven = args.values.contains(u"--rows"_s);
    openStorage(args.positional.first(), [=, this](StorageClient *client, const QString &path) {
        if (client->capabilities().rows) {
            if (bytesGiven) {
                fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                                    tr("--bytes is for files; a table or view is printed by rows (--rows N)."), u"--bytes"_s));
                return;
            }
            catRows(client, path, rows, 0);
            return;
        }
        if (rowsGiven) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                                tr("--rows is for the tables and views of SQL datastores; a file is printed by bytes (--bytes N)."), u"--rows"_s));
            return;
        }
        expectFile(client, path, u"cat"_s, [this, client, path, limit] { catFile(client, path, limit); });
    });
}

void CliApplication::catRows(StorageClient *client, const QString &path, qint64 limit, qint64 offset)
{
    // A header, then the rows a page at a time, each page written out before the next is
    // asked for: never the whole table.
    const int want = int(std::min<qint64>(500, std::max<qint64>(1, limit - offset)));
    QString table = path;
    if (!table.endsWith(u'/'))
        table += u'/';
    onFinished(client->rows(table, offset, want), this, [this, client, path, limit, offset](const Result<RowsPage> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        QString out;
        if (offset == 0)
            out += Csv::line(r.value().columns);
        qint64 printed = offset;
        for (const QVariantList &row : r.value().rows) {
            if (printed >= limit)
                break;
            QStringList fields;
            fields.reserve(row.size());
            for (const QVariant &v : row)
                fields.append(Csv::text(v));
            out += Csv::line(fields);
            ++printed;
        }
        writeRaw(out.toUtf8());
        if (!r.value().more || printed >= limit)
            done(Ok);
        else
            catRows(client, path, limit, printed);
    });
}

void CliApplication::catFile(StorageClient *client, const QString &path, qint64 limit, qint64 offset)
{
    // Sequential 4 MiB ranges, each written out before the next is asked for (a recursion
    // through the replies: no function holds itself, so nothing outlives the command).
    const qint64 want = limit < 0 ? 4 * 1024 * 1024 : std::min<qint64>(4 * 1024 * 1024, limit - offset);
    if (want <= 0) {
        done(Ok);
        return;
    }
    onFinished(client->read(path, offset, want), this, [this, client, path, limit, offset, want](const Result<ReadResult> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        writeRaw(r.value().data);
        const qint64 end = offset + r.value().data.size();
        if (r.value().data.size() < want || end >= r.value().properties.size)
            done(Ok);
        else
            catFile(client, path, limit, end);
    });
}

void CliApplication::storageGet(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(2, 2, tr("Usage: dsstudio get DATASTORE/PATH LOCAL [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]"));
    spec.switches = {u"--recursive"_s, u"--overwrite"_s, u"--skip-existing"_s};
    spec.valueOptions = {u"--verify"_s, u"--parallel"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    const QString local = args.positional.at(1);
    if (!checkLocalPath(u"get"_s, local))
        return;
    TransferOptions options;
    if (!parseVerify(args, false, &options))
        return;
    const TransferQueue::ConflictPolicy policy = conflictPolicy(args);
    openStorage(args.positional.first(), [this, recursive, local, options, policy](StorageClient *client, const QString &path) {
        classifyExisting(client, path, [this, client, path, recursive, local, options, policy](StorageOps::PathKind kind) {
            if (kind == StorageOps::PathKind::Folder && !recursive) {
                fail(isAFolder(path, u"get"_s));
                return;
            }
            TransferQueue *queue = runTransfers(client, false, options);
            queue->setConflictPolicy(policy);
            if (kind == StorageOps::PathKind::File) {
                const QString target = QFileInfo(local).isDir() ? QDir(local).filePath(path.section(u'/', -1)) : local;
                queue->download(path, target);
                return;
            }
            queue->downloadFolder(path.isEmpty() || path.endsWith(u'/') ? path : path + u'/', local);
        });
    });
}

// LOCAL of get and put names something: an empty path would be taken (by Qt, and by the
// shell's "$UNSET_VARIABLE") as the current folder, or warned about by Qt in its own words.
bool CliApplication::checkLocalPath(const QString &command, const QString &local)
{
    if (!local.trimmed().isEmpty() && !local.contains(QChar(0)))
        return true;
    fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                        tr("%1: LOCAL is empty; give a file or folder path (\".\" for the current folder).").arg(command)));
    return false;
}

// --verify length|md5 of get and put: length or also Content-MD5 (the default: DSSTUDIO_VERIFY,
// else the settings file, else length); --parallel N: connections per transfer (likewise
// DSSTUDIO_PARALLEL, the settings file, else 4).
bool CliApplication::parseVerify(const CliArgs &args, bool upload, TransferOptions *options)
{
    const QString verify = args.values.value(u"--verify"_s, m_preferences.verifyMd5 ? u"md5"_s : u"length"_s);
    options->parallel = m_preferences.parallel;
    if (args.values.contains(u"--parallel"_s)) {
        bool ok = false;
        const int n = args.values.value(u"--parallel"_s).toInt(&ok);
        if (!ok || n < 1 || n > Preferences::MaxParallel) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                                tr("--parallel must be a number of connections from 1 to %1; got '%2'.").arg(Preferences::MaxParallel).arg(args.values.value(u"--parallel"_s)),
                                u"--parallel"_s));
            return false;
        }
        options->parallel = n;
    }
    if (verify != u"md5"_s && verify != u"length"_s) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            (upload ? tr("--verify must be length (the default) or md5 (also store the file's Content-MD5); got '%1'.")
                                    : tr("--verify must be length (the default) or md5 (also check the object's Content-MD5); got '%1'."))
                                .arg(verify),
                            u"--verify"_s));
        return false;
    }
    options->verifyMd5 = verify == u"md5"_s;
    if (args.switches.contains(u"--overwrite"_s) && args.switches.contains(u"--skip-existing"_s)) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            tr("--overwrite replaces what exists and --skip-existing keeps it; give one of them, not both."), u"--overwrite"_s));
        return false;
    }
    return true;
}

void CliApplication::storagePut(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(2, 2, tr("Usage: dsstudio put LOCAL DATASTORE/PATH [--recursive] [--overwrite | --skip-existing] [--verify length|md5] [--parallel N]"));
    spec.switches = {u"--recursive"_s, u"--overwrite"_s, u"--skip-existing"_s};
    spec.valueOptions = {u"--verify"_s, u"--parallel"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    TransferOptions options;
    if (!parseVerify(args, true, &options))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    const QString local = args.positional.first();
    if (!checkLocalPath(u"put"_s, local))
        return;
    const QFileInfo info(local);
    if (!info.exists() || (info.isDir() && !recursive) || (!info.isDir() && recursive)) {
        fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                            !info.exists() ? tr("put: %1 does not exist.").arg(local)
                            : info.isDir() ? tr("put: %1 is a folder; add --recursive.").arg(local)
                                           : tr("put --recursive needs a folder, and %1 is a file.").arg(local)));
        return;
    }
    const TransferQueue::ConflictPolicy policy = conflictPolicy(args);
    openStorage(args.positional.at(1), [this, local, recursive, options, policy](StorageClient *client, const QString &path) {
        StorageOps::classify(client, path, this, [this, client, path, local, recursive, options, policy](const Result<StorageOps::PathKind> &kind) {
            if (!kind) {
                fail(kind.error());
                return;
            }
            // A path that names a folder (with or without '/') is put into; any other names the object.
            const bool intoFolder = kind.value() == StorageOps::PathKind::Folder;
            if (recursive && kind.value() == StorageOps::PathKind::File) {
                fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s,
                                    tr("put --recursive: %1 is a file in the datastore; give a folder to put the folder's files into.").arg(path)));
                return;
            }
            const QString folder = path.isEmpty() || path.endsWith(u'/') ? path : path + u'/';
            TransferQueue *queue = runTransfers(client, true, options);
            queue->setConflictPolicy(policy);
            if (!recursive)
                queue->upload(local, intoFolder ? folder + QFileInfo(local).fileName() : path);
            else
                queue->uploadFolder(local, folder, false);
        });
    });
}

TransferQueue *CliApplication::runTransfers(StorageClient *client, bool upload, const TransferOptions &options)
{
    auto *queue = new TransferQueue(client, this);
    queue->setOptions(options);
    // Several files at a time: small files are dominated by round trips (the queue keeps big
    // uploads to two, so memory stays bounded).
    queue->setConcurrency(6);
    const auto stop = [this, queue](const ApiError &error) {
        queue->disconnect(this);
        queue->cancelAll();
        fail(error);
    };
    connect(queue, &TransferQueue::changed, this, [queue, stop](int row) {
        if (queue->item(row).state != TransferQueue::State::Failed)
            return;
        ApiError error = queue->item(row).error; // its message names the file already
        if (error.code == u"transfer.exists"_s)
            error.message += u' ' + tr("Add --overwrite to replace it, or --skip-existing to keep what exists and go on.");
        stop(error);
    });
    connect(queue, &TransferQueue::folderFailed, this, [stop](const QString &, const ApiError &error) { stop(error); });
    connect(queue, &TransferQueue::allFinished, this, [this, queue, upload] {
        queue->disconnect(this);
        int files = 0;
        int skipped = 0;
        QStringList refused; // names that cannot be local files inside the target
        qint64 bytes = 0;
        for (int row = 0; row < queue->count(); ++row) {
            if (queue->item(row).state == TransferQueue::State::Done) {
                ++files;
                bytes += queue->item(row).done;
            }
            skipped += queue->item(row).state == TransferQueue::State::Skipped ? 1 : 0;
            if (queue->item(row).state == TransferQueue::State::Failed && queue->item(row).error.code == u"transfer.unsafe_name"_s)
                refused << queue->item(row).error.message;
        }
        for (const QString &message : std::as_const(refused))
            CliOutput::printError(u"dsstudio: "_s + message);
        const QString skippedNote = skipped > 0 ? u' ' + tr("Skipped %n that exist already.", nullptr, skipped) : QString();
        if (m_json)
            CliOutput::printJson({{"files", files}, {"bytes", bytes}, {"skipped", skipped}, {"refused", refused.size()}});
        else if (upload)
            CliOutput::print(tr("Uploaded %n file(s), %1 bytes.", nullptr, files).arg(bytes) + skippedNote);
        else
            CliOutput::print(tr("Downloaded %n file(s), %1 bytes.", nullptr, files).arg(bytes) + skippedNote
                             + (refused.isEmpty() ? QString() : u' ' + tr("Refused %n whose names cannot be saved inside the folder.", nullptr, int(refused.size()))));
        done(refused.isEmpty() ? Ok : Failure);
    });
    return queue;
}

void CliApplication::storageRm(const QStringList &words)
{
    CliSpec spec = CliSpec::positional(1, 1, tr("Usage: dsstudio rm DATASTORE/PATH [--recursive] [--yes]"));
    spec.switches = {u"--recursive"_s, u"--yes"_s};
    CliArgs args;
    if (!parse(words, spec, &args))
        return;
    const bool recursive = args.switches.contains(u"--recursive"_s);
    const bool yes = args.switches.contains(u"--yes"_s);
    const QString name = args.positional.first().section(u'/', 0, 0);
    openStorage(args.positional.first(), [this, recursive, yes, name](StorageClient *client, const QString &path) {
        if (path.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::InvalidInput, u"usage"_s, tr("rm needs a path inside the datastore: DATASTORE/PATH.")));
            return;
        }
        classifyExisting(client, path, [this, client, path, recursive, yes, name](StorageOps::PathKind kind) {
            if (kind == StorageOps::PathKind::File) {
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
                fail(isAFolder(path, u"rm"_s));
                return;
            }
            removeFolder(client, path.endsWith(u'/') ? path : path + u'/', name, yes);
        });
    });
}

// rm --recursive: counts what the folder holds, says so, and deletes only when confirmed
// (--yes, or "y" typed on a terminal; off a terminal without --yes it refuses).
void CliApplication::removeFolder(StorageClient *client, const QString &folder, const QString &datastore, bool yes)
{
    auto *measure = new TreeMeasure(client, this);
    StorageEntry entry;
    entry.path = folder;
    entry.isDirectory = true;
    connect(measure, &TreeMeasure::finished, this, [this, client, folder, datastore, yes, measure](const Result<TreeMeasure::Totals> &totals) {
        measure->deleteLater();
        if (!totals) {
            fail(totals.error());
            return;
        }
        const QString what = tr("%1/%2 and everything in it: %3 object(s), %4")
                                 .arg(datastore, folder)
                                 .arg(totals.value().objects)
                                 .arg(Units::bytes(totals.value().bytes));
        if (!yes) {
            if (!isatty(fileno(stdin))) {
                fail(ApiError::make(ApiError::Kind::Refused, u"confirm"_s,
                                    tr("rm --recursive would delete %1. Not run on a terminal, it needs --yes to go ahead.").arg(what),
                                    u"--yes"_s));
                return;
            }
            std::fprintf(stderr, "%s", qPrintable(tr("Delete %1? [y/N] ").arg(Printable::line(what))));
            std::fflush(stderr);
            char answer[16] = {};
            if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
                fail(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Nothing was deleted.")));
                return;
            }
        }
        onFinished(StorageOps::removeTree(client, folder, this), this, [this, what](const VoidResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            CliOutput::print(tr("Deleted %1.").arg(what));
            done(Ok);
        });
    });
    measure->start({entry});
}

// A command that takes one file: runs `run` when `path` names one, else says what it is.
void CliApplication::classifyExisting(StorageClient *client, const QString &path, std::function<void(StorageOps::PathKind)> run)
{
    StorageOps::classify(client, path, this, [this, path, run](const Result<StorageOps::PathKind> &kind) {
        if (!kind)
            fail(kind.error());
        else if (kind.value() == StorageOps::PathKind::Missing)
            fail(missing(path));
        else
            run(kind.value());
    });
}

void CliApplication::expectFile(StorageClient *client, const QString &path, const QString &command, std::function<void()> run)
{
    classifyExisting(client, path, [this, path, command, run](StorageOps::PathKind kind) {
        if (kind == StorageOps::PathKind::Folder)
            fail(command == u"cat"_s ? ApiError::make(ApiError::Kind::InvalidInput, u"storage.folder"_s,
                                                      tr("%1 is a folder; cat reads one file (ls lists the folder, get --recursive downloads it).")
                                                          .arg(path.isEmpty() ? tr("The datastore's top level") : path))
                                     : isAFolder(path, command));
        else
            run();
    });
}

ApiError CliApplication::isAFolder(const QString &path, const QString &command) const
{
    return ApiError::make(ApiError::Kind::InvalidInput, u"storage.folder"_s,
                          tr("%1: %2 is a folder; use --recursive.").arg(command, path.isEmpty() ? tr("the datastore's top level") : path));
}

ApiError CliApplication::missing(const QString &path) const
{
    return ApiError::make(ApiError::Kind::NotFound, u"storage.missing"_s, tr("There is no file or folder %1 in the datastore.").arg(path));
}

TransferQueue::ConflictPolicy CliApplication::conflictPolicy(const CliArgs &args) const
{
    return args.switches.contains(u"--overwrite"_s)       ? TransferQueue::ConflictPolicy::Replace
        : args.switches.contains(u"--skip-existing"_s) ? TransferQueue::ConflictPolicy::Skip
                                                         : TransferQueue::ConflictPolicy::Refuse;
}
