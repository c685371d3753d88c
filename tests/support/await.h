#pragma once

#include <optional>

#include <QTest>

// Waits (event loop running) for a job's result; an ApiError "timeout" if none came.
template<typename JobType>
typename JobType::ResultType await(JobType *job, int timeoutMs = 30000)
{
    std::optional<typename JobType::ResultType> result;
    QObject::connect(job, &JobType::finished, job, [&result](const auto &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("test.timeout"), QStringLiteral("no result in time"));
    return *result;
}
