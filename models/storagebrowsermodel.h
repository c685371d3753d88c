#pragma once

#include <limits>
#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QTimer>

#include "services/core/apierror.h"
#include "services/storage/listingguard.h"
#include "services/storage/storageclient.h"


// The contents of one container / share / filesystem as a lazy tree. Nothing is listed until
// a view asks: canFetchMore()/fetchMore() start a request for the next page of a folder and
// return at once; the rows are inserted when the page arrives. A reply that no longer
// belongs to the folder (after Stop, Refresh, a new search or a new client) is dropped.
//
// Entries are stored compactly — a fixed 32-byte record per row plus its name in UTF-8 in one
// arena per folder, content types and tiers interned — so a folder of a million objects costs
// well under 150 bytes per entry. Columns are the source's (StorageClient::columns()): for
// files name, size, last modified, type, access tier; for a database name, type, estimated
// rows, details.
// Main thread only.
class StorageBrowserModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageBrowserModel)

public:
    // What a column shows (the slots of a record); the source's columns() say which of them it
    // has, in which order and under which titles. File sources show all five, in this order.
    enum Column { NameColumn, SizeColumn, ModifiedColumn, TypeColumn, TierColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: path from the root; folders end in '/'
        IsDirectoryRole,             // bool
        SizeRole,                    // qint64, -1 when unknown
        ModifiedRole,                // QDateTime (UTC)
        ContentTypeRole,             // QString
        KindRole,                    // int: EntryKind
    };
    enum class State { NotLoaded, Loading, Partial, Complete, Stopped, Failed };
    Q_ENUM(State)

    explicit StorageBrowserModel(QObject *parent = nullptr);
    ~StorageBrowserModel() override;

    // Starts over on `client` (not owned; may be null). The root folder is the invalid index.
    void setClient(StorageClient *client);
    StorageClient *client() const { return m_client; }
    void setPageSize(int entries) { m_pageSize = entries; }
    int pageSize() const { return m_pageSize; }
    void setIcons(const QIcon &folder, const QIcon &file);
    void setIcon(EntryKind kind, const QIcon &icon); // schemas, tables, views, columns
    // The column (view section) that shows `slot`, or -1 when the source has none.
    int columnOf(Column slot) const;

    // Folder state, for the status line: how many rows are loaded, whether more exist.
    State state(const QModelIndex &folder) const;
    int loadedCount(const QModelIndex &folder) const;
    ApiError lastError(const QModelIndex &folder) const;
    QString namePrefix(const QModelIndex &folder) const;
    QString folderPath(const QModelIndex &folder) const;
    // The folder row for a path ("" = root) if it is loaded already, else invalid.
    QModelIndex indexForFolder(const QString &path) const;
    bool isDirectory(const QModelIndex &index) const;
    QString path(const QModelIndex &index) const;
    StorageEntry entry(const QModelIndex &index) const;
    // Milliseconds from a folder's (re)load request to its first page, -1 if not yet.
    qint64 firstPageMs(const QModelIndex &folder) const;

    // Cancels the folder's running request; the rows already loaded stay, and no page is
    // fetched until resume() or refresh().
    void stop(const QModelIndex &folder);
    void resume(const QModelIndex &folder);
    // Drops the folder's rows (and everything below them) and lists it again.
    void refresh(const QModelIndex &folder);
    // Shows only the entries whose names start with `prefix` (empty: all), listed anew.
    void setNamePrefix(const QModelIndex &folder, const QString &prefix);

    // Sorting. Name ascending is the service's own order, in which pages arrive: it costs
    // nothing and is right however little is loaded. Any other order is only right over the
    // whole folder, so a view that asks for one should load the rest (see serviceOrder());
    // rows that arrive meanwhile are sorted in within a fraction of a second, and sorting by
    // name ascending again gives back exactly the service's order. Folders stay before objects.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool serviceOrder() const { return m_sortColumn == NameColumn && m_sortOrder == Qt::AscendingOrder; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Bytes held for entries (records, names, child tables), for the benchmark.
    qint64 entryBytes() const;

signals:
    // Loading started or stopped, a page arrived, or the listing failed.
    void folderStateChanged(const QModelIndex &folder);
    void pageLoaded(const QModelIndex &folder, int rows);
    void listingFailed(const QModelIndex &folder, const ApiError &error);

private:
    struct Record
    {
        qint64 size;
        qint64 modifiedSecs;  // seconds since epoch, UTC; INT64_MIN when unknown
        quint32 nameOffset;   // into Node::names
        quint16 nameBytes;
        quint8 flags;         // bit 0: folder
        quint8 tier;          // index into m_tiers
        qint32 child;         // index into Node::children, -1 until opened
        quint32 contentType;  // index into m_contentTypes
    };
    static_assert(sizeof(Record) == 32);

    struct Node
    {
        Node *parent = nullptr;
        int row = -1;                 // row of this folder in its parent
        quint64 id = 0;
        QString path;                 // "" or ending in '/'
        std::vector<Record> records;
        QByteArray names;
        std::vector<std::unique_ptr<Node>> children;
        QString nextToken;
        ListingGuard guard;           // the tokens this folder's listing has sent
        QString prefix;
        State state = State::NotLoaded;
        QPointer<ListJob> job;
        ApiError error;
        QElapsedTimer sinceRequest;
        qint64 firstPageMs = -1;
        size_t sortedRows = 0;        // leading rows already in the current sort order
    };

    Node *nodeFor(const QModelIndex &folder) const;
    Node *ensureNode(const QModelIndex &folder);
    QModelIndex indexOf(const Node *node) const;
    void request(Node *node);
    void pageArrived(quint64 id, const Result<ListPage> &page);
    void reset(Node *node);
    void forget(Node *node);
    QString nameOf(const Node *node, const Record &r) const;
    quint8 intern(QList<QString> &table, QHash<QString, int> &lookup, const QString &value, int max);
    static QString typeLabel(bool folder, const QString &name, const QString &contentType);
    static constexpr qint64 UnknownTime = std::numeric_limits<qint64>::min(); // Record::modifiedSecs
    static constexpr quint8 FolderFlag = 1; // Record::flags: bit 0, then the EntryKind in bits 1-3
    static constexpr int KindShift = 1;
    static EntryKind kindOf(const Record &r);
    Column slotOf(int column) const;
    QString segment(const QString &name) const;
    void sortNode(Node *node);
    void sortPending();

    QPointer<StorageClient> m_client;
    QList<BrowseColumn> m_columns;
    QHash<EntryKind, QIcon> m_icons;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_live;
    quint64 m_nextId = 1;
    int m_pageSize = 1000;
    QList<QString> m_tiers;
    QHash<QString, int> m_tierLookup;
    QList<QString> m_contentTypes;
    QHash<QString, int> m_contentTypeLookup;
    QIcon m_folderIcon;
    QIcon m_fileIcon;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<quint64> m_unsorted; // folders with rows not yet sorted in
    QTimer m_sortTimer;
};
