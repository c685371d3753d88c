#include "services/workspace/localworkspacedb.h"
#include "services/workspace/workspacerules.h"

#include <cerrno>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include "services/core/localfiles.h"
#include "services/workspace/localschema.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of LocalWorkspaceDb, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalWorkspaceDb)
};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// BEGIN IMMEDIATE .. COMMIT, rolled back unless committed. IMMEDIATE takes the write lock up
// front, so two processes writing the same workspace wait (busy timeout) instead of failing
// half-way through.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) { m_active = QSqlQuery(m_db).exec(u"BEGIN IMMEDIATE"_s); }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool active() const { return m_active; }
    bool commit()
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(u"COMMIT"_s);
        m_active = !ok;
        return ok;
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// Writes one datastore inside the caller's transaction; `generation` replaces its secret
// generation unless null.
bool writeDatastore(QSqlDatabase &db, const Datastore &ds, QString *error, const QString *generation = nullptr)
{
    QSqlQuery q(db);
    const QString now = nowIso();
    const auto fail = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        return false;
    };
    if (!execBound(q, u"SELECT id, created_at FROM datastore WHERE name = ?"_s, {ds.name}))
        return fail(q);
    qlonglong id = -1;
    if (q.next()) {
        id = q.value(0).toLongLong();
        QSqlQuery u(db);
        if (!execBound(u, u"UPDATE datastore SET type = ?, auth = ?, description = ?, modified_at = ? WHERE id = ?"_s,
                       {StorageTypes::id(ds.type), StorageTypes::id(ds.auth), ds.description.isEmpty() ? QString(u""_s) : ds.description, now, id}))
            return fail(u);
        if (generation && !execBound(u, u"UPDATE datastore SET secret_gen = ? WHERE id = ?"_s, {*generation, id}))
            return fail(u);
        QSqlQuery clear(db);
        if (!execBound(clear, u"DELETE FROM datastore_field WHERE datastore_id = ?"_s, {id}))
            return fail(clear);
        if (!execBound(clear, u"DELETE FROM datastore_secret WHERE datastore_id = ?"_s, {id}))
            return fail(clear);
        if (!execBound(clear, u"DELETE FROM datastore_tag WHERE datastore_id = ?"_s, {id}))
            return fail(clear);
    } else {
        QSqlQuery i(db);
        const QString created = ds.createdAt.isValid() ? ds.createdAt.toString(Qt::ISODateWithMs) : now;
        if (!execBound(i, u"INSERT INTO datastore (name, type, auth, is_system, created_at, modified_at, secret_gen, description) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {ds.name, StorageTypes::id(ds.type), StorageTypes::id(ds.auth), ds.isSystem ? 1 : 0, created, now,
                        generation ? *generation : QString(u""_s), ds.description.isEmpty() ? QString(u""_s) : ds.description}))
            return fail(i);
        id = i.lastInsertId().toLongLong();
    }
    for (auto it = ds.fields.begin(); it != ds.fields.end(); ++it) {
        QSqlQuery f(db);
        if (!execBound(f, u"INSERT INTO datastore_field (datastore_id, field, value) VALUES (?, ?, ?)"_s, {id, it.key(), it.value()}))
            return fail(f);
    }
    for (const QString &field : ds.storedSecrets) {
        QSqlQuery s(db);
        if (!execBound(s, u"INSERT INTO datastore_secret (datastore_id, field) VALUES (?, ?)"_s, {id, field}))
            return fail(s);
    }
    for (auto it = ds.tags.begin(); it != ds.tags.end(); ++it) {
        QSqlQuery t(db);
        if (!execBound(t, u"INSERT INTO datastore_tag (datastore_id, key, value) VALUES (?, ?, ?)"_s, {id, it.key(), it.value()}))
            return fail(t);
    }
    return true;
}

bool writeDefault(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    if (!execBound(q, u"INSERT OR REPLACE INTO workspace (key, value) VALUES ('default_datastore', ?)"_s, {name})) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool writeIntents(QSqlDatabase &db, const QStringList &entries, qint64 pid, QString *error)
{
    const QString now = nowIso();
    for (const QString &entry : entries) {
        QSqlQuery q(db);
        if (!execBound(q, u"INSERT OR REPLACE INTO secret_intent (entry, pid, created_at) VALUES (?, ?, ?)"_s, {entry, pid, now})) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool deleteIntents(QSqlDatabase &db, const QStringList &entries, QString *error)
{
    for (const QString &entry : entries) {
        QSqlQuery q(db);
        if (!execBound(q, u"DELETE FROM secret_intent WHERE entry = ?"_s, {entry})) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool handOver(QSqlDatabase &db, const LocalWorkspaceDb::SecretHandover &handover, QString *error)
{
    return writeIntents(db, handover.released, handover.pid, error) && deleteIntents(db, handover.settled, error);
}

} // namespace

LocalWorkspaceDb::LocalWorkspaceDb(QString connectionName, QString path)
    : m_connection(std::move(connectionName)), m_path(std::move(path))
{
}

LocalWorkspaceDb::~LocalWorkspaceDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

ApiError LocalWorkspaceDb::dbError(const QString &what) const
{
    return ApiError::make(ApiError::Kind::Database, u"db.error"_s,
                          Text::tr("The workspace file %1 could not be used: %2").arg(QDir::toNativeSeparators(m_path), what));
}

namespace {

// An endpoint stored with "user:password@" before the field rules refused it (issue 16,
// item 7) is read without them: nothing shows, prints or sends them, and the next save of
// the datastore stores it clean.
QString withoutUserInfo(const QString &field, const QString &value)
{
    if (field != u"endpoint"_s || !value.contains(u'@') || !value.contains(u"://"_s))
        return value;
    QUrl url(value);
    if (!url.isValid() || url.userInfo().isEmpty())
        return value;
    url.setUserInfo({});
    return url.toString();
}

} // namespace

Result<std::unique_ptr<LocalWorkspaceDb>> LocalWorkspaceDb::open(const QString &path, OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == OpenMode::OpenExisting) {
        return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                              Text::tr("The workspace file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    }
    if (!exists) {
        // Only its owner may read a workspace (the names and places of someone's data): a
        // folder this creates is 0700, the file 0600, before SQLite writes a byte to it (its
        // journal takes the file's mode).
        const QString folder = QFileInfo(path).absolutePath();
        const bool folderExisted = QFileInfo::exists(folder);
        if (!QDir().mkpath(folder)
            || (!folderExisted && !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))) {
            return ApiError::make(ApiError::Kind::Database, u"db.error"_s,
                                  Text::tr("Could not create the folder for %1.").arg(QDir::toNativeSeparators(path)));
        }
        const int fd = LocalFiles::createExclusive(path, 0600);
        if (fd < 0 && errno != EEXIST) { // EEXIST: another process created it just now
            return ApiError::make(ApiError::Kind::Database, u"db.error"_s,
                                  Text::tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), LocalFiles::errnoText()));
        }
        if (fd >= 0)
            ::close(fd);
    } else {
        // A workspace made by an older version (0644) is made private on open.
        const QFile::Permissions shared = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        if (QFileInfo info(path); info.isFile() && info.ownerId() == ::getuid() && (info.permissions() & shared))
            QFile::setPermissions(path, info.permissions() & ~shared);
    }
    std::unique_ptr<LocalWorkspaceDb> self(
        new LocalWorkspaceDb(u"workspace-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, self->m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            return self->dbError(db.lastError().text());
        QSqlQuery pragma(db);
        // Rollback journal, fully synchronous: reading never creates files beside the
        // database, and a killed process leaves the last committed state.
        for (const QString &sql : {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA synchronous = FULL"_s,
                                   u"PRAGMA foreign_keys = ON"_s}) {
            if (!pragma.exec(sql))
                return self->dbError(pragma.lastError().text());
        }
    }
    if (auto migrated = self->migrate(); !migrated)
        return migrated.error();
    return self;
}

int LocalWorkspaceDb::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

VoidResult LocalWorkspaceDb::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int version = schemaVersion();
    if (version > CurrentSchemaVersion) {
        return ApiError::make(ApiError::Kind::Database, u"db.too_new"_s,
                              Text::tr("The workspace file %1 has schema version %2, newer than this program understands (%3). "
                                 "Use a newer Datastore Studio.")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(version)
                                  .arg(CurrentSchemaVersion));
    }
    if (version < CurrentSchemaVersion) {
        Transaction tx(db);
        if (!tx.active())
            return dbError(db.lastError().text());
        version = schemaVersion(); // another process may have migrated meanwhile
        const bool empty = version == 0;
        for (int v = version + 1; v <= CurrentSchemaVersion; ++v) {
            if (auto step = LocalSchema::migrateTo(db, v); !step)
                return step.error();
        }
        QSqlQuery q(db);
        if (empty) {
            if (!execBound(q, u"INSERT INTO workspace (key, value) VALUES ('id', ?)"_s,
                           {QUuid::createUuid().toString(QUuid::WithoutBraces)}))
                return dbError(q.lastError().text());
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(CurrentSchemaVersion)))
            return dbError(q.lastError().text());
        if (empty) {
            if (!q.exec(u"SELECT value FROM workspace WHERE key = 'id'"_s) || !q.next())
                return dbError(q.lastError().text());
            m_workspaceId = q.value(0).toString();
            if (auto seeded = seedSystemDatastores(); !seeded)
                return seeded;
        }
        if (!tx.commit())
            return dbError(db.lastError().text());
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM workspace WHERE key = 'id'"_s) || !q.next())
        return dbError(Text::tr("the workspace has no id"));
    m_workspaceId = q.value(0).toString();
    return {};
}

VoidResult LocalWorkspaceDb::seedSystemDatastores()
{
    // The built-in stores of a local workspace point at the local storage emulator; like
    // Azure's, their container and share names carry the workspace id. No credential is
    // stored until the user adds one.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Datastore blob;
    blob.name = WorkspaceRules::BlobStoreName;
    blob.type = StorageType::AzureBlob;
    blob.auth = AuthKind::AccountKey;
    blob.isSystem = true;
    blob.fields = {{u"account_name"_s, u"devstoreaccount1"_s},
                   {u"container_name"_s, u"azureml-blobstore-"_s + m_workspaceId},
                   {u"endpoint"_s, u"http://127.0.0.1:10000/devstoreaccount1"_s},
                   {u"protocol"_s, u"http"_s}};
    Datastore file = blob;
    file.name = WorkspaceRules::FileStoreName;
    file.type = StorageType::AzureFile;
    file.fields = {{u"account_name"_s, u"devstoreaccount1"_s},
                   {u"file_share_name"_s, u"azureml-filestore-"_s + m_workspaceId},
                   {u"endpoint"_s, u"http://127.0.0.1:10004/devstoreaccount1"_s},
                   {u"protocol"_s, u"http"_s}};
    QString error;
    if (!writeDatastore(db, blob, &error) || !writeDatastore(db, file, &error) || !writeDefault(db, WorkspaceRules::BlobStoreName, &error))
        return dbError(error);
    return {};
}

Result<QList<Datastore>> LocalWorkspaceDb::list() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const Result<QString> def = defaultName();
    if (!def)
        return def.error();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, name, type, auth, is_system, created_at, modified_at, description FROM datastore ORDER BY name"_s))
        return dbError(q.lastError().text());
    QList<Datastore> out;
    QHash<qlonglong, qsizetype> index;
    while (q.next()) {
        Datastore ds;
        ds.name = q.value(1).toString();
        const auto type = StorageTypes::storageTypeFromId(q.value(2).toString());
        const auto auth = StorageTypes::authKindFromId(q.value(3).toString());
        if (!type || !auth)
            return dbError(Text::tr("datastore '%1' has an unknown type or authentication kind").arg(ds.name));
        ds.type = *type;
        ds.auth = *auth;
        ds.isSystem = q.value(4).toInt() != 0;
        ds.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        ds.modifiedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        ds.description = q.value(7).toString();
        ds.isDefault = ds.name == def.value();
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(ds);
    }
    QSqlQuery f(db);
    if (!f.exec(u"SELECT datastore_id, field, value FROM datastore_field"_s))
        return dbError(f.lastError().text());
    while (f.next()) {
        const auto it = index.constFind(f.value(0).toLongLong());
        if (it != index.cend())
            out[*it].fields.insert(f.value(1).toString(), withoutUserInfo(f.value(1).toString(), f.value(2).toString()));
    }
    QSqlQuery s(db);
    if (!s.exec(u"SELECT datastore_id, field FROM datastore_secret ORDER BY field"_s))
        return dbError(s.lastError().text());
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it != index.cend())
            out[*it].storedSecrets.append(s.value(1).toString());
    }
    QSqlQuery t(db);
    if (!t.exec(u"SELECT datastore_id, key, value FROM datastore_tag"_s))
        return dbError(t.lastError().text());
    while (t.next()) {
        const auto it = index.constFind(t.value(0).toLongLong());
        if (it != index.cend())
            out[*it].tags.insert(t.value(1).toString(), t.value(2).toString());
    }
    return out;
}

Result<std::optional<Datastore>> LocalWorkspaceDb::find(const QString &name) const
{
    const Result<QList<Datastore>> all = list();
    if (!all)
        return all.error();
    for (const Datastore &ds : all.value()) {
        if (ds.name == name)
            return std::optional<Datastore>(ds);
    }
    return std::optional<Datastore>();
}

Result<QString> LocalWorkspaceDb::defaultName() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT value FROM workspace WHERE key = 'default_datastore'"_s))
        return dbError(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

VoidResult LocalWorkspaceDb::save(const Datastore &datastore, bool makeDefault, const std::optional<SecretHandover> &handover)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.active())
        return dbError(db.lastError().text());
    QString error;
    if (!writeDatastore(db, datastore, &error, handover ? &handover->generation : nullptr))
        return dbError(error);
    if (makeDefault && !writeDefault(db, datastore.name, &error))
        return dbError(error);
    if (handover && !handOver(db, *handover, &error))
        return dbError(error);
    if (!tx.commit())
        return dbError(db.lastError().text());
    return {};
}

VoidResult LocalWorkspaceDb::remove(const QString &name, const std::optional<SecretHandover> &handover)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.active())
        return dbError(db.lastError().text());
    QSqlQuery q(db);
    if (!execBound(q, u"DELETE FROM datastore WHERE name = ?"_s, {name}))
        return dbError(q.lastError().text());
    QString error;
    if (handover && !handOver(db, *handover, &error))
        return dbError(error);
    if (!tx.commit())
        return dbError(db.lastError().text());
    return {};
}

VoidResult LocalWorkspaceDb::setDefault(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString error;
    Transaction tx(db);
    if (!tx.active())
        return dbError(db.lastError().text());
    if (!writeDefault(db, name, &error))
        return dbError(error);
    if (!tx.commit())
        return dbError(db.lastError().text());
    return {};
}

Result<QString> LocalWorkspaceDb::secretGeneration(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!execBound(q, u"SELECT secret_gen FROM datastore WHERE name = ?"_s, {name}))
        return dbError(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<LocalWorkspaceDb::SecretIntent>> LocalWorkspaceDb::secretIntents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT entry, pid FROM secret_intent ORDER BY entry"_s))
        return dbError(q.lastError().text());
    QList<SecretIntent> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

VoidResult LocalWorkspaceDb::addSecretIntents(const QStringList &entries, qint64 pid)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.active())
        return dbError(db.lastError().text());
    QString error;
    if (!writeIntents(db, entries, pid, &error))
        return dbError(error);
    if (!tx.commit())
        return dbError(db.lastError().text());
    return {};
}

VoidResult LocalWorkspaceDb::clearSecretIntents(const QStringList &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.active())
        return dbError(db.lastError().text());
    QString error;
    if (!deleteIntents(db, entries, &error))
        return dbError(error);
    if (!tx.commit())
        return dbError(db.lastError().text());
    return {};
}
