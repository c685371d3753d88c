#pragma once

#include <optional>

#include <QList>
#include <QString>

// The closed sets of storage types and authentication kinds the code knows how to handle.
// Which combinations are allowed, and with which fields, is data: see SupportMatrix.
enum class StorageType {
    AzureBlob,
    AzureFile,
    AzureDataLakeGen1,
    AzureDataLakeGen2,
    AzureSqlDatabase,
    AzurePostgreSql,
    AzureMySql,
    Dbfs,
};

enum class AuthKind {
    AccountKey,
    Sas,
    ServicePrincipal,
    Sql,
    None,
};

namespace StorageTypes {

// Stable ids used in the matrix, the database, the CLI and JSON ("azure_blob", "account_key").
QString id(StorageType type);
QString id(AuthKind kind);
std::optional<StorageType> storageTypeFromId(const QString &id);
std::optional<AuthKind> authKindFromId(const QString &id);
QList<StorageType> allStorageTypes();
QList<AuthKind> allAuthKinds();
QStringList storageTypeIds();
QStringList authKindIds();

} // namespace StorageTypes
