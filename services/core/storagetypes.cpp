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

template<typename Table, typename Value>
QString idIn(const Table &table, Value value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Value, typename Table>
std::optional<Value> valueIn(const Table &table, const QString &id)
{
    for (const auto &[v, name] : table) {
        if (id == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

template<typename Value, typename Table>
QList<Value> valuesIn(const Table &table)
{
    QList<Value> out;
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

template<typename Table>
QStringList idsIn(const Table &table)
{
    QStringList out;
    for (const auto &entry : table)
        out.append(QString::fromLatin1(entry.second));
    return out;
}

} // namespace

namespace StorageTypes {

QString id(StorageType type) { return idIn(TypeIds, type); }
QString id(AuthKind kind) { return idIn(AuthIds, kind); }
std::optional<StorageType> storageTypeFromId(const QString &id) { return valueIn<StorageType>(TypeIds, id); }
std::optional<AuthKind> authKindFromId(const QString &id) { return valueIn<AuthKind>(AuthIds, id); }
QList<StorageType> allStorageTypes() { return valuesIn<StorageType>(TypeIds); }
QList<AuthKind> allAuthKinds() { return valuesIn<AuthKind>(AuthIds); }
QStringList storageTypeIds() { return idsIn(TypeIds); }
QStringList authKindIds() { return idsIn(AuthIds); }

} // namespace StorageTypes
