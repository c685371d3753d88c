#pragma once

#include <QList>
#include <QStringList>

#include "services/core/datastore.h"

// The names of a list of datastores, in order (what the tests compare lists by).
inline QStringList names(const QList<Datastore> &list)
{
    QStringList out;
    for (const Datastore &ds : list)
        out.append(ds.name);
    return out;
}
