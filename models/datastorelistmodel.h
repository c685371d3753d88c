#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include "services/core/apierror.h"
#include "services/core/datastore.h"
#include "services/workspace/workspaceservice.h"

class SupportMatrix;

// The datastores of one workspace as a table: name, storage type, account / server,
// container / share / filesystem / database, authentication, default. Fed only by the
// workspace service (refresh() and the service's datastoresChanged signal). RawValueRole
// gives sortable/filterable raw values; display strings are for people. Main thread.
// Signals: loadingStarted(), loadingFinished(), loadingFailed(error).
class DatastoreListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreListModel)

public:
    // Default comes right after the name: it is what people look for first.
    enum Column {
        NameColumn,
        DefaultColumn,
        TypeColumn,
        AccountColumn,
        ContainerColumn,
        AuthColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,
        StorageTypeIdRole,
        IsDefaultRole,
        IsSystemRole,
        NameRole,
    };

    explicit DatastoreListModel(const SupportMatrix &matrix, QObject *parent = nullptr);
    ~DatastoreListModel() override;

    void setWorkspace(WorkspaceService *workspace);
    WorkspaceService *workspace() const { return m_workspace; }
    void refresh();
    bool isLoading() const { return m_loading; }
    // What the last complete list said beside its rows (datastores not shown, and why).
    QStringList notes() const { return m_notes; }

    // Replaces the rows: rows that stay keep their position when possible (dataChanged),
    // rows that go are removed back to front, new rows are appended.
    void setDatastores(const QList<Datastore> &datastores);
    // Updates the rows of these datastores and appends the new ones; removes nothing.
    void upsert(const QList<Datastore> &datastores);
    const Datastore *datastore(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void loadingStarted();
    void loadingFinished();
    void loadingFailed(const ApiError &error);

private:
    QVariant displayData(const Datastore &ds, int column) const;
    QVariant rawData(const Datastore &ds, int column) const;

    const SupportMatrix &m_matrix;
    QPointer<WorkspaceService> m_workspace;
    QList<Datastore> m_rows;
    QHash<QString, int> m_rowByName; // kept in step with m_rows
    QStringList m_notes;
    bool m_loading = false;
    int m_generation = 0;
};
