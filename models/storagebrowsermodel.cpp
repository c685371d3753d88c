#include "models/storagebrowsermodel.h"

#include <limits>

#include <QLocale>

#include "services/core/units.h"
#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

StorageBrowserModel::StorageBrowserModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->id = m_nextId++;
    m_live.insert(m_root->id, m_root.get());
    m_tiers.append(QString());
    m_tierLookup.insert(QString(), 0);
    m_contentTypes.append(QString());
    m_contentTypeLookup.insert(QString(), 0);
    // Rows that arrive under a sort other than the service's are sorted in at most this often:
    // re-sorting a folder of a million rows for every page would cost more than the listing.
    m_sortTimer.setSingleShot(true);
    m_sortTimer.setInterval(250);
    connect(&m_sortTimer, &QTimer::timeout, this, &StorageBrowserModel::sortPending);
}

StorageBrowserModel::~StorageBrowserModel()
{
    forget(m_root.get());
}

void StorageBrowserModel::setClient(StorageClient *client)
{
    beginResetModel();
    forget(m_root.get());
    m_root = std::make_unique<Node>();
    m_root->id = m_nextId++;
    m_live.insert(m_root->id, m_root.get());
    m_client = client;
    m_columns = client ? client->columns() : StorageClient::fileColumns();
    endResetModel();
    emit folderStateChanged({});
}

void StorageBrowserModel::setIcons(const QIcon &folder, const QIcon &file)
{
    m_folderIcon = folder;
    m_fileIcon = file;
}

void StorageBrowserModel::setIcon(EntryKind kind, const QIcon &icon)
{
    m_icons.insert(kind, icon);
}

// ---- tree plumbing ---------------------------------------------------------------------------
// An index's internal pointer is the Node of the folder that holds its row.

StorageBrowserModel::Node *StorageBrowserModel::nodeFor(const QModelIndex &folder) const
{
    if (!folder.isValid())
        return m_root.get();
    const Node *holder = static_cast<const Node *>(folder.internalPointer());
    const Record &r = holder->records[size_t(folder.row())];
    return r.child < 0 ? nullptr : holder->children[size_t(r.child)].get();
}

StorageBrowserModel::Node *StorageBrowserModel::ensureNode(const QModelIndex &folder)
{
    if (Node *existing = nodeFor(folder))
        return existing;
    Node *holder = static_cast<Node *>(folder.internalPointer());
    Record &r = holder->records[size_t(folder.row())];
    if (!(r.flags & FolderFlag))
        return nullptr;
    auto node = std::make_unique<Node>();
    node->parent = holder;
    node->row = folder.row();
    node->id = m_nextId++;
    node->path = holder->path + segment(nameOf(holder, r)) + u'/';
    m_live.insert(node->id, node.get());
    r.child = qint32(holder->children.size());
    holder->children.push_back(std::move(node));
    return holder->children.back().get();
}

QModelIndex StorageBrowserModel::indexOf(const Node *node) const
{
    if (!node || !node->parent)
        return {};
    return createIndex(node->row, 0, node->parent);
}

QModelIndex StorageBrowserModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (!node || row < 0 || column < 0 || column >= m_columns.size() || size_t(row) >= node->records.size())
        return {};
    return createIndex(row, column, node);
}

QModelIndex StorageBrowserModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer()));
}

int StorageBrowserModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->records.size()) : 0;
}

int StorageBrowserModel::columnCount(const QModelIndex &) const
{
    return int(m_columns.size());
}

StorageBrowserModel::Column StorageBrowserModel::slotOf(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return ColumnCount;
    switch (m_columns.at(column).value) {
    case BrowseColumn::Value::Name: return NameColumn;
    case BrowseColumn::Value::Size:
    case BrowseColumn::Value::RowEstimate: return SizeColumn;
    case BrowseColumn::Value::Modified: return ModifiedColumn;
    case BrowseColumn::Value::Type: return TypeColumn;
    case BrowseColumn::Value::Detail: return TierColumn;
    }
    return ColumnCount;
}

int StorageBrowserModel::columnOf(Column slot) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (slotOf(c) == slot)
            return c;
    }
    return -1;
}

QString StorageBrowserModel::segment(const QString &name) const
{
    return m_client ? m_client->segmentOf(name) : name;
}

EntryKind StorageBrowserModel::kindOf(const Record &r)
{
    return EntryKind((r.flags >> KindShift) & 7);
}

bool StorageBrowserModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return true;
    if (parent.column() > 0 || !isDirectory(parent))
        return false;
    const Node *node = nodeFor(parent);
    // An unlisted folder may have children; a listed one has them if it has rows or more pages.
    return !node || node->state == State::NotLoaded || !node->records.empty() || !node->nextToken.isEmpty()
        || node->state == State::Loading;
}

Qt::ItemFlags StorageBrowserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isDirectory(index))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

// ---- loading -----------------------------------------------------------------------------------

bool StorageBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_client || parent.column() > 0 || !isDirectory(parent))
        return false;
    const Node *node = nodeFor(parent);
    if (!node)
        return true; // a folder never listed
    return node->state == State::NotLoaded || (node->state == State::Partial && !node->nextToken.isEmpty());
    // Failed and Stopped folders wait for Refresh / resume(): a scroll must not hammer a failing service.
}

void StorageBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (Node *node = ensureNode(parent))
        request(node);
}

void StorageBrowserModel::request(Node *node)
{
    if (!m_client || node->job)
        return;
    if (node->state == State::NotLoaded || (node->state == State::Failed && node->records.empty()))
        node->sinceRequest.start();
    node->state = State::Loading;
    ListJob *job = node->prefix.isEmpty() ? m_client->list(node->path, node->nextToken, m_pageSize, false)
                                          : m_client->search(node->path, node->prefix, node->nextToken, m_pageSize);
    node->job = job;
    const quint64 id = node->id;
    connect(job, &ListJob::finished, this, [this, id, job](const Result<ListPage> &page) {
        Node *n = m_live.value(id);
        if (!n || n->job != job)
            return; // stale: the folder was stopped, refreshed, searched anew or dropped
        pageArrived(id, page);
    });
    emit folderStateChanged(indexOf(node));
}

void StorageBrowserModel::pageArrived(quint64 id, const Result<ListPage> &page)
{
    Node *node = m_live.value(id);
    node->job = nullptr;
    const QModelIndex folder = indexOf(node);
    if (!page) {
        if (page.error().kind == ApiError::Kind::Cancelled) {
            node->state = State::Stopped;
        } else {
            node->state = State::Failed;
            node->error = page.error();
            emit listingFailed(folder, page.error());
        }
        emit folderStateChanged(folder);
        return;
    }
    if (node->firstPageMs < 0)
        node->firstPageMs = node->sinceRequest.elapsed();
    const QList<StorageEntry> &entries = page.value().entries;
    // The rows of a folder follow the service's order; a resumed listing continues from the
    // service's continuation token, so a page neither repeats nor skips a row.
    const int first = int(node->records.size());
    int count = 0;
    for (const StorageEntry &e : entries) {
        if (e.name.isEmpty())
            continue;
        ++count;
    }
    if (count > 0) {
        beginInsertRows(folder, first, first + count - 1);
        for (const StorageEntry &e : entries) {
            if (e.name.isEmpty())
                continue;
            const QByteArray utf8 = e.name.toUtf8();
            Record r;
            r.size = e.size;
            r.modifiedSecs = e.lastModified.isValid() ? e.lastModified.toSecsSinceEpoch() : UnknownTime;
            r.nameOffset = quint32(node->names.size());
            r.nameBytes = quint16(std::min<qsizetype>(utf8.size(), 0xffff));
            r.flags = quint8((e.isDirectory ? FolderFlag : 0) | (quint8(e.kind) << KindShift));
            r.tier = intern(m_tiers, m_tierLookup, e.accessTier, 255);
            r.child = -1;
            r.contentType = intern(m_contentTypes, m_contentTypeLookup, e.contentType, 255);
            node->names.append(utf8.constData(), r.nameBytes);
            node->records.push_back(r);
        }
        endInsertRows();
    }
    node->nextToken = page.value().nextToken;
    node->state = node->nextToken.isEmpty() ? State::Complete : State::Partial;
    if (const auto loop = node->guard.check(page.value())) {
        // The rows so far stay; scrolling asks for no more (the token stays, so Retry loops no further).
        node->state = State::Failed;
        node->error = *loop;
        emit listingFailed(folder, *loop);
    }
    if (count > 0 && !serviceOrder()) {
        if (!m_unsorted.contains(node->id))
            m_unsorted.append(node->id);
        if (node->state == State::Complete)
            sortPending(); // the order is final now: no wait
        else if (!m_sortTimer.isActive())
            m_sortTimer.start();
    }
    emit pageLoaded(folder, count);
    emit folderStateChanged(folder);
    // A search page may hold no match yet still have more: go on without waiting for a scroll.
    if (count == 0 && node->state == State::Partial)
        request(node);
}

quint8 StorageBrowserModel::intern(QList<QString> &table, QHash<QString, int> &lookup, const QString &value, int max)
{
    const auto it = lookup.constFind(value);
    if (it != lookup.constEnd())
        return quint8(it.value());
    if (table.size() > max)
        return 0; // too many distinct values to keep: shown as unknown
    table.append(value);
    lookup.insert(value, int(table.size() - 1));
    return quint8(table.size() - 1);
}

void StorageBrowserModel::forget(Node *node)
{
    if (!node)
        return;
    for (auto &child : node->children)
        forget(child.get());
    if (node->job)
        node->job->cancel();
    node->job = nullptr;
    m_live.remove(node->id);
}

void StorageBrowserModel::reset(Node *node)
{
    const QModelIndex folder = indexOf(node);
    if (!node->records.empty()) {
        beginRemoveRows(folder, 0, int(node->records.size()) - 1);
        for (auto &child : node->children)
            forget(child.get());
        node->children.clear();
        node->records.clear();
        node->records.shrink_to_fit();
        node->names.clear();
        node->names.squeeze();
        endRemoveRows();
    }
    if (node->job)
        node->job->cancel();
    node->job = nullptr;
    node->nextToken.clear();
    node->guard.reset();
    node->error = {};
    node->state = State::NotLoaded;
    node->firstPageMs = -1;
    node->sortedRows = 0;
}

void StorageBrowserModel::stop(const QModelIndex &folder)
{
    Node *node = nodeFor(folder);
    if (!node || !node->job)
        return;
    ListJob *job = node->job;
    node->job = nullptr;
    job->cancel();
    node->state = State::Stopped; // stays so until resume() or refresh(): scrolling does not restart it
    emit folderStateChanged(folder);
}

void StorageBrowserModel::resume(const QModelIndex &folder)
{
    Node *node = nodeFor(folder);
    if (!node || node->state != State::Stopped)
        return;
    node->state = node->records.empty() && node->nextToken.isEmpty() ? State::NotLoaded : State::Partial;
    request(node);
}

void StorageBrowserModel::refresh(const QModelIndex &folder)
{
    Node *node = folder.isValid() ? ensureNode(folder) : m_root.get();
    if (!node)
        return;
    reset(node);
    request(node);
}

void StorageBrowserModel::setNamePrefix(const QModelIndex &folder, const QString &prefix)
{
    Node *node = folder.isValid() ? ensureNode(folder) : m_root.get();
    if (!node)
        return;
    node->prefix = prefix;
    reset(node);
    request(node);
}

// ---- state -------------------------------------------------------------------------------------

StorageBrowserModel::State StorageBrowserModel::state(const QModelIndex &folder) const
{
    const Node *node = nodeFor(folder);
    return node ? node->state : State::NotLoaded;
}

int StorageBrowserModel::loadedCount(const QModelIndex &folder) const
{
    const Node *node = nodeFor(folder);
    return node ? int(node->records.size()) : 0;
}

ApiError StorageBrowserModel::lastError(const QModelIndex &folder) const
{
    const Node *node = nodeFor(folder);
    return node ? node->error : ApiError();
}

QString StorageBrowserModel::namePrefix(const QModelIndex &folder) const
{
    const Node *node = nodeFor(folder);
    return node ? node->prefix : QString();
}

QString StorageBrowserModel::folderPath(const QModelIndex &folder) const
{
    return folder.isValid() ? path(folder) : QString();
}

qint64 StorageBrowserModel::firstPageMs(const QModelIndex &folder) const
{
    const Node *node = nodeFor(folder);
    return node ? node->firstPageMs : -1;
}

QModelIndex StorageBrowserModel::indexForFolder(const QString &folderPath) const
{
    const Node *node = m_root.get();
    QModelIndex current;
    const QStringList parts = folderPath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!node)
            return {};
        const QByteArray utf8 = (m_client ? m_client->nameOf(part) : part).toUtf8();
        int found = -1;
        for (size_t i = 0; i < node->records.size(); ++i) {
            const Record &r = node->records[i];
            if ((r.flags & FolderFlag) && r.nameBytes == utf8.size()
                && memcmp(node->names.constData() + r.nameOffset, utf8.constData(), size_t(utf8.size())) == 0) {
                found = int(i);
                break;
            }
        }
        if (found < 0)
            return {};
        current = createIndex(found, 0, node);
        const Record &r = node->records[size_t(found)];
        node = r.child < 0 ? nullptr : node->children[size_t(r.child)].get();
    }
    return current;
}

qint64 StorageBrowserModel::entryBytes() const
{
    qint64 total = 0;
    std::function<void(const Node *)> walk = [&](const Node *n) {
        total += qint64(n->records.capacity() * sizeof(Record)) + n->names.capacity() + qint64(sizeof(Node))
            + qint64(n->children.capacity() * sizeof(void *));
        for (const auto &c : n->children)
            walk(c.get());
    };
    walk(m_root.get());
    return total;
}
