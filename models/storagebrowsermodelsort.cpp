#include "models/storagebrowsermodel.h"

#include <algorithm>
#include <functional>
#include <numeric>

// Sorting (see StorageBrowserModel::sort): name ascending is the service's order; any other
// order is applied per folder, and rows that arrive later are merged in.

void StorageBrowserModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    std::function<void(Node *)> walk = [&](Node *n) {
        n->sortedRows = 0;
        sortNode(n);
        for (auto &c : n->children)
            walk(c.get());
    };
    walk(m_root.get());
    m_unsorted.clear();
}

void StorageBrowserModel::sortPending()
{
    m_sortTimer.stop();
    QElapsedTimer took;
    took.start();
    const QList<quint64> ids = std::exchange(m_unsorted, {});
    for (quint64 id : ids) {
        if (Node *n = m_live.value(id))
            sortNode(n);
    }
    // Keep the UI thread mostly free while a huge folder streams in: wait at least four times
    // as long as sorting in took.
    m_sortTimer.setInterval(std::max<qint64>(250, 4 * took.elapsed()));
}

void StorageBrowserModel::sortNode(Node *node)
{
    const size_t n = node->records.size();
    if (n < 2)
        return;
    const std::vector<Record> &rec = node->records;
    // Names are appended to the arena as rows arrive, so the name offset is the service's
    // order: the tie-break of every sort, and the whole of name ascending.
    const auto byArrival = [&](quint32 a, quint32 b) { return rec[a].nameOffset < rec[b].nameOffset; };
    const Column slot = slotOf(m_sortColumn);
    std::vector<QString> keys; // the Type column's labels, made once
    if (slot == TypeColumn) {
        keys.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const EntryKind kind = kindOf(rec[i]);
            keys[i] = kind == EntryKind::File || kind == EntryKind::Folder
                ? typeLabel(rec[i].flags & FolderFlag, nameOf(node, rec[i]), m_contentTypes.value(int(rec[i].contentType)))
                : m_contentTypes.value(int(rec[i].contentType));
        }
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const auto less = [&](quint32 a, quint32 b) {
        const Record &x = rec[a];
        const Record &y = rec[b];
        if (slot == NameColumn)
            return descending ? byArrival(b, a) : byArrival(a, b);
        const bool fx = x.flags & FolderFlag, fy = y.flags & FolderFlag;
        if (fx != fy)
            return fx; // folders first, whichever way
        int c = 0;
        switch (slot) {
        case SizeColumn:
            c = x.size < y.size ? -1 : x.size > y.size ? 1 : 0;
            break;
        case ModifiedColumn:
            c = x.modifiedSecs < y.modifiedSecs ? -1 : x.modifiedSecs > y.modifiedSecs ? 1 : 0;
            break;
        case TypeColumn:
            c = keys[a].compare(keys[b], Qt::CaseInsensitive);
            break;
        case TierColumn:
            c = m_tiers.value(x.tier).compare(m_tiers.value(y.tier), Qt::CaseInsensitive);
            break;
        case NameColumn:
        case ColumnCount:
            break;
        }
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return byArrival(a, b);
    };
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (std::is_sorted(order.begin(), order.end(), less)) {
        node->sortedRows = n;
        return;
    }
    // Rows sorted before stay so: sort what arrived since and merge it in (linear, not n log n,
    // for each batch of a folder that streams in under a sort).
    const auto done = order.begin() + qsizetype(std::min(node->sortedRows, n));
    std::sort(done, order.end(), less);
    std::inplace_merge(order.begin(), done, order.end(), less);
    node->sortedRows = n;

    const QModelIndex folder = indexOf(node);
    emit layoutAboutToBeChanged({QPersistentModelIndex(folder)}, QAbstractItemModel::VerticalSortHint);
    std::vector<quint32> newRow(n);
    for (size_t i = 0; i < n; ++i)
        newRow[order[i]] = quint32(i);
    std::vector<Record> sorted(n);
    for (size_t i = 0; i < n; ++i)
        sorted[i] = rec[order[i]];
    node->records.swap(sorted);
    for (size_t i = 0; i < n; ++i) {
        const Record &r = node->records[i];
        if (r.child >= 0)
            node->children[size_t(r.child)]->row = int(i);
    }
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &p : persistent) {
        if (p.internalPointer() == node && size_t(p.row()) < n)
            changePersistentIndex(p, createIndex(int(newRow[size_t(p.row())]), p.column(), node));
    }
    emit layoutChanged({QPersistentModelIndex(folder)}, QAbstractItemModel::VerticalSortHint);
}
