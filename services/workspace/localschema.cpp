#include "services/workspace/localschema.h"
#include "services/workspace/workspacerules.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError failure(const QSqlQuery &query, int version)
{
    return ApiError::make(ApiError::Kind::Database, u"db.migration"_s,
                          QCoreApplication::translate("LocalSchema", "Could not upgrade the workspace file to schema version %1.")
                              .arg(version),
                          {}, query.lastError().text());
}

VoidResult exec(QSqlDatabase &db, const QStringList &statements, int version)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return failure(q, version);
    }
    return {};
}

VoidResult toV1(QSqlDatabase &db)
{
    return exec(db,
                {u"CREATE TABLE workspace (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                 u"CREATE TABLE datastores (name TEXT PRIMARY KEY, type TEXT NOT NULL, auth TEXT NOT NULL, "
                 u"fields TEXT NOT NULL, secret_fields TEXT NOT NULL DEFAULT '', "
                 u"is_default INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"_s},
                1);
}

VoidResult toV2(QSqlDatabase &db)
{
    auto created = exec(
        db,
        {u"CREATE TABLE datastore (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL, "
         u"auth TEXT NOT NULL, is_system INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
         u"modified_at TEXT NOT NULL)"_s,
         u"CREATE TABLE datastore_field (datastore_id INTEGER NOT NULL REFERENCES datastore(id) ON DELETE CASCADE, "
         u"field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (datastore_id, field))"_s,
         u"CREATE TABLE datastore_secret (datastore_id INTEGER NOT NULL REFERENCES datastore(id) ON DELETE CASCADE, "
         u"field TEXT NOT NULL, PRIMARY KEY (datastore_id, field))"_s},
        2);
    if (!created)
        return created;

    QSqlQuery old(db);
    if (!old.exec(u"SELECT name, type, auth, fields, secret_fields, is_default, created_at FROM datastores ORDER BY rowid"_s))
        return failure(old, 2);
    QString defaultName;
    while (old.next()) {
        const QString name = old.value(0).toString();
        const QString createdAt = old.value(6).toString();
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO datastore (name, type, auth, is_system, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(name);
        insert.addBindValue(old.value(1).toString());
        insert.addBindValue(old.value(2).toString());
        insert.addBindValue(WorkspaceRules::isSystemName(name) ? 1 : 0);
        insert.addBindValue(createdAt);
        insert.addBindValue(createdAt);
        if (!insert.exec())
            return failure(insert, 2);
        const qlonglong id = insert.lastInsertId().toLongLong();

        const QByteArray fieldsJson = old.value(3).toString().toUtf8();
        const auto fields = nlohmann::json::parse(fieldsJson.begin(), fieldsJson.end(), nullptr, false);
        if (fields.is_discarded() || !fields.is_object()) {
            return ApiError::make(ApiError::Kind::Database, u"db.migration"_s,
                                  QCoreApplication::translate("LocalSchema", "The fields of datastore '%1' are not a JSON object.").arg(name));
        }
        for (const auto &[key, value] : fields.items()) {
            if (!value.is_string())
                continue;
            QSqlQuery f(db);
            f.prepare(u"INSERT INTO datastore_field (datastore_id, field, value) VALUES (?, ?, ?)"_s);
            f.addBindValue(id);
            f.addBindValue(QString::fromStdString(key));
            f.addBindValue(QString::fromStdString(value.get<std::string>()));
            if (!f.exec())
                return failure(f, 2);
        }
        const QStringList secretFields = old.value(4).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &field : secretFields) {
            QSqlQuery s(db);
            s.prepare(u"INSERT INTO datastore_secret (datastore_id, field) VALUES (?, ?)"_s);
            s.addBindValue(id);
            s.addBindValue(field.trimmed());
            if (!s.exec())
                return failure(s, 2);
        }
        // v1 allowed several rows flagged default; the first one wins.
        if (old.value(5).toInt() != 0 && defaultName.isEmpty())
            defaultName = name;
    }
    old.finish();
    if (!defaultName.isEmpty()) {
        QSqlQuery d(db);
        d.prepare(u"INSERT OR REPLACE INTO workspace (key, value) VALUES ('default_datastore', ?)"_s);
        d.addBindValue(defaultName);
        if (!d.exec())
            return failure(d, 2);
    }
    return exec(db, {u"DROP TABLE datastores"_s}, 2);
}

// v3: keychain entries are named per secret generation (a random token per saved record), and
// every entry about to be written or deleted is first recorded as an intent, so that a kill
// between the keychain and the database leaves a trail the next open can sweep.
VoidResult toV3(QSqlDatabase &db)
{
    return exec(db,
                {u"ALTER TABLE datastore ADD COLUMN secret_gen TEXT NOT NULL DEFAULT ''"_s,
                 u"CREATE TABLE secret_intent (entry TEXT PRIMARY KEY, pid INTEGER NOT NULL, created_at TEXT NOT NULL)"_s},
                3);
}

// v4: a datastore's description and tags, as Azure ML keeps them (and az ml YAML carries them).
VoidResult toV4(QSqlDatabase &db)
{
    return exec(db,
                {u"ALTER TABLE datastore ADD COLUMN description TEXT NOT NULL DEFAULT ''"_s,
                 u"CREATE TABLE datastore_tag (datastore_id INTEGER NOT NULL REFERENCES datastore(id) ON DELETE CASCADE, "
                 u"key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (datastore_id, key))"_s},
                4);
}

} // namespace

namespace LocalSchema {

VoidResult migrateTo(QSqlDatabase &db, int version)
{
    switch (version) {
    case 1: return toV1(db);
    case 2: return toV2(db);
    case 3: return toV3(db);
    case 4: return toV4(db);
    default: break;
    }
    return ApiError::make(ApiError::Kind::Database, u"db.migration"_s,
                          QCoreApplication::translate("LocalSchema", "No migration to schema version %1.").arg(version));
}

} // namespace LocalSchema
