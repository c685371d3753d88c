// StorageBrowserModel's data: what each row shows in the source's columns, its roles, and
// the entry it stands for (see StorageBrowserModel; the loading is in storagebrowsermodel.cpp).
#include "models/storagebrowsermodel.h"

#include <QLocale>

#include "services/core/units.h"
#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

QString StorageBrowserModel::typeLabel(bool folder, const QString &name, const QString &contentType)
{
    if (folder)
        return tr("Folder");
    if (!contentType.isEmpty() && contentType != u"application/octet-stream"_s)
        return contentType;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0 && dot >= name.size() - 8)
        return tr("%1 file").arg(name.mid(dot + 1).toUpper());
    return tr("File");
}

// ---- data --------------------------------------------------------------------------------------

QString StorageBrowserModel::nameOf(const Node *node, const Record &r) const
{
    return QString::fromUtf8(node->names.constData() + r.nameOffset, r.nameBytes);
}

bool StorageBrowserModel::isDirectory(const QModelIndex &index) const
{
    if (!index.isValid())
        return true; // the root
    const Node *holder = static_cast<const Node *>(index.internalPointer());
    return holder->records[size_t(index.row())].flags & FolderFlag;
}

QString StorageBrowserModel::path(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *holder = static_cast<const Node *>(index.internalPointer());
    const Record &r = holder->records[size_t(index.row())];
    return holder->path + segment(nameOf(holder, r)) + ((r.flags & FolderFlag) ? u"/"_s : QString());
}

StorageEntry StorageBrowserModel::entry(const QModelIndex &index) const
{
    StorageEntry e;
    if (!index.isValid())
        return e;
    const Node *holder = static_cast<const Node *>(index.internalPointer());
    const Record &r = holder->records[size_t(index.row())];
    e.name = nameOf(holder, r);
    e.isDirectory = r.flags & FolderFlag;
    e.kind = kindOf(r);
    e.path = holder->path + segment(e.name) + (e.isDirectory ? u"/"_s : QString());
    e.size = r.size;
    if (r.modifiedSecs != UnknownTime)
        e.lastModified = QDateTime::fromSecsSinceEpoch(r.modifiedSecs, Qt::UTC);
    e.contentType = m_contentTypes.value(int(r.contentType));
    e.accessTier = m_tiers.value(r.tier);
    return e;
}

QVariant StorageBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !index.internalPointer())
        return {};
    const Node *holder = static_cast<const Node *>(index.internalPointer());
    if (size_t(index.row()) >= holder->records.size())
        return {};
    const Record &r = holder->records[size_t(index.row())];
    const bool folder = r.flags & FolderFlag;
    const EntryKind kind = kindOf(r);
    const bool estimate = index.column() < m_columns.size() && m_columns.at(index.column()).value == BrowseColumn::Value::RowEstimate;
    const Column slot = slotOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (slot) {
        case NameColumn:
            return nameOf(holder, r);
        case SizeColumn:
            if (estimate)
                return r.size < 0 ? QString() : tr("≈ %1").arg(QLocale().toString(r.size));
            return folder || r.size < 0 ? QString() : Units::bytes(r.size);
        case ModifiedColumn:
            return r.modifiedSecs == UnknownTime
                ? QString()
                : QLocale().toString(QDateTime::fromSecsSinceEpoch(r.modifiedSecs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            if (kind != EntryKind::File && kind != EntryKind::Folder)
                return m_contentTypes.value(int(r.contentType)); // the source's own word: table, view, a data type
            return typeLabel(folder, nameOf(holder, r), m_contentTypes.value(int(r.contentType)));
        case TierColumn:
            return m_tiers.value(r.tier);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (slot == SizeColumn && estimate && r.size >= 0)
            return tr("About %1 rows, from the database's statistics (an estimate, not a count)").arg(QLocale().toString(r.size));
        if (slot == SizeColumn && !folder && r.size >= 0)
            return tr("%1 bytes").arg(QLocale().toString(r.size));
        if (slot == NameColumn)
            return path(index);
        return {};
    case Qt::TextAlignmentRole:
        if (slot == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (slot == NameColumn)
            return m_icons.value(kind, folder ? m_folderIcon : m_fileIcon);
        return {};
    case Qt::AccessibleTextRole:
        if (slot == NameColumn) {
            switch (kind) {
            case EntryKind::Folder: return tr("Folder %1").arg(nameOf(holder, r));
            case EntryKind::Schema: return tr("Schema %1").arg(nameOf(holder, r));
            case EntryKind::Table: return tr("Table %1").arg(nameOf(holder, r));
            case EntryKind::View: return tr("View %1").arg(nameOf(holder, r));
            case EntryKind::Column: return tr("Column %1").arg(nameOf(holder, r));
            case EntryKind::File: return nameOf(holder, r);
            }
        }
        return {};
    case KindRole:
        return int(kind);
    case PathRole:
        return path(index);
    case IsDirectoryRole:
        return folder;
    case SizeRole:
        return r.size;
    case ModifiedRole:
        return r.modifiedSecs == UnknownTime ? QDateTime() : QDateTime::fromSecsSinceEpoch(r.modifiedSecs, Qt::UTC);
    case ContentTypeRole:
        return m_contentTypes.value(int(r.contentType));
    }
    return {};
}

QVariant StorageBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section < 0 || section >= m_columns.size())
        return {};
    const BrowseColumn &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::ToolTipRole && section == 0)
        return tr("Name ascending is the service's order: rows appear as pages arrive. "
                  "Any other order needs the whole folder, which is then listed to the end.");
    if (role == Qt::ToolTipRole) {
        const QString sorting = tr("Sorting by this column lists the whole folder first (Stop keeps what has arrived, sorted).");
        return column.toolTip.isEmpty() ? sorting : column.toolTip + u". "_s + sorting;
    }
    return {};
}
