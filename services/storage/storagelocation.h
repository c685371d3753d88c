#pragma once

#include <QUrl>

#include "services/core/datastore.h"
#include "services/core/result.h"

// Where a datastore's container / share / filesystem lives on the wire. From the record:
// {protocol}://{account}.{blob|file|dfs}.{suffix}/{container}, or an explicit endpoint URL
// (emulators, private endpoints, sovereign clouds) with the container appended. Plain http is
// accepted only for loopback hosts. Builds object URLs with every path segment encoded, so
// any legal name (spaces, unicode, % + # ? = &, repeated slashes) survives the round trip.
struct StorageLocation
{
    enum class Service { Blob, File, Dfs };

    QUrl serviceUrl;    // no trailing '/'
    QString account;
    QString container;

    static Result<StorageLocation> forDatastore(const Datastore &datastore, Service service);

    QUrl containerUrl(const QString &query = {}) const;
    QUrl objectUrl(const QString &path, const QString &query = {}) const;
    static QByteArray encodePath(const QString &path);
};
