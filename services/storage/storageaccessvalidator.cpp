#include "services/storage/storageaccessvalidator.h"

#include "services/net/storagehttp.h"
#include "services/storage/storageclient.h"
#include "services/storage/storageclientfactory.h"

StorageAccessValidator::StorageAccessValidator(StorageHttp *http, QObject *parent) : AccessValidator(parent), m_http(http) { }

bool StorageAccessValidator::canValidate(StorageType type) const
{
    return StorageClientFactory::validatesFromRecord(type);
}

bool StorageAccessValidator::canCreate(StorageType type) const
{
    return StorageClientFactory::isAzureStorage(type); // container, share or filesystem
}

VoidJob *StorageAccessValidator::validate(const Datastore &datastore, const SecretMap &secrets, bool createIfMissing)
{
    auto *job = new VoidJob(this);
    Result<StorageClient *> client = StorageClientFactory::create(datastore, secrets, m_http, job);
    if (!client) {
        job->finish(client.error());
        return job;
    }
    VoidJob *probe = client.value()->probe(createIfMissing);
    connect(job, &Job::cancelRequested, probe, &Job::cancel);
    onFinished(probe, job, [job](const VoidResult &r) { job->finish(r); });
    return job;
}
