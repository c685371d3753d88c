#pragma once

#include <QPointer>

#include "services/workspace/accessvalidator.h"

class StorageHttp;

// Access validation for Azure Storage datastores (Blob, File share, ADLS Gen2): builds the
// client from the record and the secrets being registered, and probes the container / share /
// filesystem (creating it when asked). The error says whether the storage is missing or the
// credential was refused.
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
