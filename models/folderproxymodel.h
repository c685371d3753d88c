#pragma once

#include <QSortFilterProxyModel>

#include "models/storagebrowsermodel.h"

// The folders of a StorageBrowserModel, name column only: the browser's folder tree.
// Expanding a folder that was never listed asks for its first page; further pages are left
// to the list view, which shows the files too. (Forwarding every fetch would let a tree that
// shows no rows — a folder of a million files and no subfolder — pull the whole listing.)
class FolderProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderProxyModel)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool canFetchMore(const QModelIndex &parent) const override
    {
        const auto *source = static_cast<const StorageBrowserModel *>(sourceModel());
        const QModelIndex folder = mapToSource(parent);
        return source->state(folder) == StorageBrowserModel::State::NotLoaded && source->canFetchMore(folder);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return sourceModel()->index(sourceRow, 0, sourceParent).data(StorageBrowserModel::IsDirectoryRole).toBool();
    }
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &) const override
    {
        return sourceColumn == StorageBrowserModel::NameColumn;
    }
};
