#include "services/storage/storageclient.h"

ListJob *StorageClient::search(const QString &directory, const QString &namePrefix, const QString &pageToken, int pageSize)
{
    auto *job = new ListJob(this);
    ListJob *inner = list(directory, pageToken, pageSize, false);
    connect(job, &Job::cancelRequested, inner, &Job::cancel);
    onFinished(inner, job, [job, namePrefix](const Result<ListPage> &page) {
        if (!page) {
            job->finish(page);
            return;
        }
        ListPage kept;
        kept.nextToken = page.value().nextToken;
        for (const StorageEntry &e : page.value().entries) {
            if (e.name.startsWith(namePrefix))
                kept.entries.append(e);
        }
        job->finish(kept);
    });
    return job;
}
