#pragma once

#include <QSet>

#include "services/workspace/accessvalidator.h"

// An AccessValidator for tests: claims the listed types, and answers every check with the
// configured result — or never, until cancelled, to test Cancel.
class FakeAccessValidator final : public AccessValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAccessValidator)

public:
    using AccessValidator::AccessValidator;

    QSet<StorageType> types;
    VoidResult answer;
    bool hang = false;
    int calls = 0;

    bool canValidate(StorageType type) const override { return types.contains(type); }
    bool canCreate(StorageType type) const override { return types.contains(type); }
    VoidJob *validate(const Datastore &datastore, const SecretMap &secrets, bool createIfMissing) override;
};
