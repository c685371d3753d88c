#pragma once

#include <optional>

#include <QEventLoop>
#include <QTimer>

#include "services/core/apierror.h"

// Runs the event loop until a job's result arrives; an ApiError "test.timeout" if none came.
// A real event loop, as in the applications (QTest::qWaitFor would sleep 10 ms between its
// rounds, which paces every exchange between threads, such as Qt feeding an upload body).
template<typename JobType>
typename JobType::ResultType await(JobType *job, int timeoutMs = 30000)
{
    std::optional<typename JobType::ResultType> result;
    QEventLoop loop;
    QObject::connect(job, &JobType::finished, &loop, [&result, &loop](const auto &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result)
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("test.timeout"), QStringLiteral("no result in time"));
    return *result;
}
