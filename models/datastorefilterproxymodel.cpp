#include "models/datastorefilterproxymodel.h"

#include "models/datastorelistmodel.h"

DatastoreFilterProxyModel::DatastoreFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DatastoreListModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DatastoreFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void DatastoreFilterProxyModel::setTypeFilter(std::optional<StorageType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

bool DatastoreFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_type) {
        const QString id = model->index(sourceRow, 0, sourceParent).data(DatastoreListModel::StorageTypeIdRole).toString();
        if (id != StorageTypes::id(*m_type))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {DatastoreListModel::NameColumn, DatastoreListModel::TypeColumn, DatastoreListModel::AccountColumn,
                       DatastoreListModel::ContainerColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
