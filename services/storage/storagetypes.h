#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "services/core/jobs.h"

// What an entry of a browse source is. Folders, schemas, tables and views have children
// (their paths end with '/'); files and columns do not. Tables and views also have rows.
enum class EntryKind : quint8 { Folder, File, Schema, Table, View, Column };

// One entry of a listing. `path` is relative to the container / share / filesystem root;
// directories (virtual folders) end with '/'. `name` is the last path segment. Database
// sources use the same record: `contentType` holds the entry's type as the source names it
// (a column's data type, "table", "view"), `accessTier` a detail ("not null, primary key"),
// and `size` a row count (an estimate, see BrowseColumn::Value::RowEstimate).
struct StorageEntry
{
    QString path;
    QString name;
    bool isDirectory = false; // has children: a folder, schema, table or view
    EntryKind kind = EntryKind::File;
    qint64 size = -1;
    QDateTime lastModified;
    QString contentType;
    QString accessTier;
    QString etag;
};

// A column of a source's listing: its title and which part of StorageEntry it shows.
struct BrowseColumn
{
    enum class Value {
        Name,        // name (always the first column)
        Size,        // size, in bytes
        RowEstimate, // size, as an estimated number of rows ("≈ 1,200")
        Modified,    // lastModified
        Type,        // contentType (files: a label derived from the name and content type)
        Detail,      // accessTier
    };
    QString title;
    Value value = Value::Name;
    QString toolTip; // what the column means, for its header
};

// What a browse source can do, in one value: the browser enables exactly these actions and
// explains the others with `readOnlyReason`; the transfer engine sizes its parts from it.
struct BrowseCapabilities
{
    bool readRanges = true;       // read(path, offset, length) of files: preview, download
    bool upload = true;           // begin / part / commit uploads
    bool parallelParts = true;    // upload parts may travel at once, in any order
    bool wholeUpload = false;     // uploadWhole() for small files, in one request
    qint64 maxPartBytes = 4 * 1024 * 1024; // the largest upload part the service takes
    bool remove = true;           // remove(path)
    bool makeDirectories = true;  // makeDirectory(path)
    bool needsDirectories = false; // a directory must exist before files are put in it
    bool versionPinning = true;   // reads pinned to an ETag (If-Match)
    bool serverSearch = false;    // search() asks the service (else it filters listed pages)
    bool rows = false;            // rows(path, offset, count) of tables and views
    QString readOnlyReason;       // why nothing can be changed here, when upload and remove are off
};

// A page of a table's or view's rows, as text; null values are null QVariants.
struct RowsPage
{
    QStringList columns;
    QList<QVariantList> rows;
    qint64 offset = 0;
    bool more = false; // rows after this page may exist
};

struct ListPage
{
    QList<StorageEntry> entries;
    QString nextToken; // empty when the listing is complete
};

struct ObjectProperties
{
    qint64 size = -1;
    QString contentType;
    QString etag;
    QDateTime lastModified;
    QByteArray contentMd5;   // raw bytes, when the service stores one for the whole object
    QString accessTier;
    QString kind;            // BlockBlob, File, file, directory …
    QMap<QString, QString> metadata;
};

struct ReadResult
{
    QByteArray data;
    qint64 offset = 0;
    qint64 length = 0;           // bytes read: data.size(), or the bytes written by readToFile
    ObjectProperties properties; // size is the whole object's size
};

class ListJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListJob)
public:
    using ResultType = Result<ListPage>;
    using Job::Job;
    void finish(const ResultType &result);
signals:
    void finished(const Result<ListPage> &result);
};

class ReadJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadJob)
public:
    using ResultType = Result<ReadResult>;
    using Job::Job;
    void finish(const ResultType &result);
signals:
    // The object's properties (size, ETag …) from the reply's headers, before the body has
    // arrived. Not every read tells them early; finished() always carries them.
    void propertiesKnown(const ObjectProperties &properties);
    void finished(const Result<ReadResult> &result);
};

class PropertiesJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesJob)
public:
    using ResultType = Result<ObjectProperties>;
    using Job::Job;
    void finish(const ResultType &result);
signals:
    void finished(const Result<ObjectProperties> &result);
};

class RowsJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowsJob)
public:
    using ResultType = Result<RowsPage>;
    using Job::Job;
    void finish(const ResultType &result);
signals:
    void finished(const Result<RowsPage> &result);
};

Q_DECLARE_METATYPE(StorageEntry)
