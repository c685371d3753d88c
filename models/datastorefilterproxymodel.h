#pragma once

#include <optional>

#include <QSortFilterProxyModel>

#include "services/core/storagetypes.h"

// Sorts the datastore list on raw values and filters it by a live text (matched against
// name, storage type, account / server and container columns, case-insensitively) and by
// storage type. Main thread.
class DatastoreFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreFilterProxyModel)

public:
    explicit DatastoreFilterProxyModel(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    void setTypeFilter(std::optional<StorageType> type);
    std::optional<StorageType> typeFilter() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<StorageType> m_type;
};
