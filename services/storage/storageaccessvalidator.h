#pragma once

#include <QPointer>

#include "services/workspace/accessvalidator.h"

class StorageHttp;

// Access validation for every datastore the browse sources reach (StorageClientFactory): builds
// the source from the record and the secrets being registered and probes it — the container /
// share / filesystem (created when asked), or the database (connect, a trivial query, what the
// login may read). The error says what failed.
class StorageAccessValidator final : public AccessValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageAccessValidator)

public:
    explicit StorageAccessValidator(StorageHttp *http, QObject *parent = nullptr);

    bool canValidate(StorageType type) const override;
    bool canCreate(StorageType type) const override;
    VoidJob *validate(const Datastore &datastore, const SecretMap &secrets, bool createIfMissing) override;

private:
    QPointer<StorageHttp> m_http;
};
