#pragma once

#include <QObject>

#include "services/core/jobs.h"

// Checks that a datastore's storage exists and its credential may use it (and creates the
// container or share when asked). One implementation per storage protocol arrives with the
// storage clients; until then a workspace has none, and registration without
// skip-validation says so instead of pretending to have validated.
class AccessValidator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessValidator)

public:
    using QObject::QObject;

    virtual bool canValidate(StorageType type) const = 0;
    virtual bool canCreate(StorageType type) const = 0;
    virtual VoidJob *validate(const Datastore &datastore, const SecretMap &secrets, bool createIfMissing) = 0;
};
