#include "support/fakeaccessvalidator.h"

using namespace Qt::Literals::StringLiterals;

VoidJob *FakeAccessValidator::validate(const Datastore &, const SecretMap &, bool)
{
    ++calls;
    auto *job = new VoidJob(this);
    if (hang) {
        connect(job, &Job::cancelRequested, job, [job] {
            job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, u"Cancelled."_s));
        });
        return job;
    }
    job->finish(answer);
    return job;
}
