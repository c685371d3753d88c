#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include "services/core/jobs.h"

// One entry of a listing. `path` is relative to the container / share / filesystem root;
// directories (virtual folders) end with '/'. `name` is the last path segment.
struct StorageEntry
{
    QString path;
    QString name;
    bool isDirectory = false;
    qint64 size = -1;
    QDateTime lastModified;
    QString contentType;
    QString accessTier;
    QString etag;
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

Q_DECLARE_METATYPE(StorageEntry)
