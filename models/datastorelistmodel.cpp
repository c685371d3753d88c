#include "models/datastorelistmodel.h"

#include <QFont>

#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceservice.h"

using namespace Qt::Literals::StringLiterals;

DatastoreListModel::DatastoreListModel(const SupportMatrix &matrix, QObject *parent)
    : QAbstractTableModel(parent), m_matrix(matrix)
{
}

DatastoreListModel::~DatastoreListModel() = default;

void DatastoreListModel::setWorkspace(WorkspaceService *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    ++m_generation; // results of the previous workspace are dropped
    m_notes.clear();
    setDatastores({});
    if (m_workspace) {
        connect(m_workspace, &WorkspaceService::datastoresChanged, this, &DatastoreListModel::refresh);
        refresh();
    }
}

void DatastoreListModel::refresh()
{
    if (!m_workspace)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingStarted();
    DatastoreListJob *job = m_workspace->listDatastores();
    // A first load shows each page as it comes (a remote workspace answers in pages); a
    // refresh of rows already shown waits for the whole list, so nothing flickers away.
    if (m_rows.isEmpty()) {
        connect(job, &DatastoreListJob::page, this, [this, generation](const QList<Datastore> &page) {
            if (generation == m_generation)
                upsert(page);
        });
    }
    onFinished(job, this, [this, job, generation](const Result<QList<Datastore>> &result) {
        if (generation != m_generation)
            return; // a newer refresh or another workspace superseded this one
        m_loading = false;
        if (!result) {
            emit loadingFailed(result.error());
            return;
        }
        m_notes = job->notes();
        setDatastores(result.value());
        emit loadingFinished();
    });
}

void DatastoreListModel::setDatastores(const QList<Datastore> &datastores)
{
    // Remove rows whose datastore is gone, back to front, one contiguous range at a time.
    QSet<QString> incoming;
    for (const Datastore &ds : datastores)
        incoming.insert(ds.name);
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).name)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).name))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = first; i <= row; ++i)
            m_rowByName.remove(m_rows.at(i).name);
        m_rows.remove(first, row - first + 1);
        for (int i = first; i < m_rows.size(); ++i) // the rows after the gap moved up
            m_rowByName[m_rows.at(i).name] = i;
        endRemoveRows();
        row = first - 1;
    }
    upsert(datastores);
}

void DatastoreListModel::upsert(const QList<Datastore> &datastores)
{
    // Update the rows that stay; collect the new ones.
    QList<Datastore> added;
    QHash<QString, int> addedAt; // a name twice in the list is one row, the later record wins
    int changedFirst = int(m_rows.size()), changedLast = -1;
    for (const Datastore &ds : datastores) {
        const int row = rowOf(ds.name);
        if (row >= 0) {
            m_rows[row] = ds;
            changedFirst = std::min(changedFirst, row);
            changedLast = std::max(changedLast, row);
        } else if (const auto it = addedAt.constFind(ds.name); it != addedAt.cend()) {
            added[*it] = ds;
        } else {
            addedAt.insert(ds.name, int(added.size()));
            added.append(ds);
        }
    }
    if (changedLast >= 0)
        emit dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        for (int i = first; i < m_rows.size(); ++i)
            m_rowByName.insert(m_rows.at(i).name, i);
        endInsertRows();
    }
}

const Datastore *DatastoreListModel::datastore(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DatastoreListModel::rowOf(const QString &name) const
{
    return m_rowByName.value(name, -1);
}

int DatastoreListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatastoreListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatastoreListModel::displayData(const Datastore &ds, int column) const
{
    switch (column) {
    case NameColumn: return ds.name;
    case TypeColumn: return m_matrix.type(ds.type).label;
    case AccountColumn: return ds.account(m_matrix);
    case ContainerColumn: return ds.container(m_matrix);
    case AuthColumn: return m_matrix.authKind(ds.auth).label;
    case DefaultColumn: return ds.isDefault ? tr("Default") : QString();
    default: return {};
    }
}

QVariant DatastoreListModel::rawData(const Datastore &ds, int column) const
{
    switch (column) {
    case NameColumn: return ds.name;
    case TypeColumn: return StorageTypes::id(ds.type);
    case AccountColumn: return ds.account(m_matrix);
    case ContainerColumn: return ds.container(m_matrix);
    case AuthColumn: return StorageTypes::id(ds.auth);
    case DefaultColumn: return ds.isDefault;
    default: return {};
    }
}

QVariant DatastoreListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Datastore &ds = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(ds, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DefaultColumn && ds.isDefault)
            return tr("The workspace default datastore: job outputs go here.");
        if (index.column() == TypeColumn && !m_matrix.type(ds.type).note.isEmpty())
            return m_matrix.type(ds.type).note;
        return {};
    case Qt::FontRole:
        if (ds.isDefault) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == DefaultColumn)
            return ds.isDefault ? tr("Default datastore") : tr("Not the default");
        return displayData(ds, index.column());
    case RawValueRole:
        return rawData(ds, index.column());
    case StorageTypeIdRole:
        return StorageTypes::id(ds.type);
    case IsDefaultRole:
        return ds.isDefault;
    case IsSystemRole:
        return ds.isSystem;
    case NameRole:
        return ds.name;
    default:
        return {};
    }
}

QVariant DatastoreListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ContainerColumn)
        return tr("Container, file share, file system or database");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Storage type");
    case AccountColumn: return tr("Account / server");
    case ContainerColumn: return tr("Container / database");
    case AuthColumn: return tr("Authentication");
    case DefaultColumn: return tr("Default");
    default: return {};
    }
}

Qt::ItemFlags DatastoreListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
