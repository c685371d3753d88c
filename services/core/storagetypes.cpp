#include "services/core/storagetypes.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array TypeIds{
    std::pair{StorageType::AzureBlob, "azure_blob"},
    std::pair{StorageType::AzureFile, "azure_file"},
    std::pair{StorageType::AzureDataLakeGen1, "azure_data_lake_gen1"},
    std::pair{StorageType::AzureDataLakeGen2, "azure_data_lake_gen2"},
    std::pair{StorageType::AzureSqlDatabase, "azure_sql_database"},
    std::pair{StorageType::AzurePostgreSql, "azure_postgresql"},
    std::pair{StorageType::AzureMySql, "azure_mysql"},
    std::pair{StorageType::Dbfs, "dbfs"},
};

constexpr std::array AuthIds{
    std::pair{AuthKind::AccountKey, "account_key"},
    std::pair{AuthKind::Sas, "sas"},
    std::pair{AuthKind::ServicePrincipal, "service_principal"},
    std::pair{AuthKind::Sql, "sql"},
    std::pair{AuthKind::None, "none"},
};

} // namespace

namespace StorageTypes {

QString id(StorageType type)
{
    for (const auto &[t, name] : TypeIds) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

QString id(AuthKind kind)
{
    for (const auto &[k, name] : AuthIds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<StorageType> storageTypeFromId(const QString &id)
{
    for (const auto &[t, name] : TypeIds) {
        if (id == QLatin1StringView(name))
            return t;
    }
    return std::nullopt;
}

std::optional<AuthKind> authKindFromId(const QString &id)
{
    for (const auto &[k, name] : AuthIds) {
        if (id == QLatin1StringView(name))
            return k;
    }
    return std::nullopt;
}

QList<StorageType> allStorageTypes()
{
    QList<StorageType> out;
    for (const auto &entry : TypeIds)
        out.append(entry.first);
    return out;
}

QList<AuthKind> allAuthKinds()
{
    QList<AuthKind> out;
    for (const auto &entry : AuthIds)
        out.append(entry.first);
    return out;
}

QStringList storageTypeIds()
{
    QStringList out;
    for (const auto &entry : TypeIds)
        out.append(QString::fromLatin1(entry.second));
    return out;
}

QStringList authKindIds()
{
    QStringList out;
    for (const auto &entry : AuthIds)
        out.append(QString::fromLatin1(entry.second));
    return out;
}

} // namespace StorageTypes
