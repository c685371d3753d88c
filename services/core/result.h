#pragma once

#include <optional>
#include <utility>

#include "services/core/apierror.h"

// Either a value or an ApiError (an expected<T, ApiError> for C++20). Result<void> carries
// only the error. Cheap to copy for the value types the services return.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { } // NOLINT(google-explicit-constructor)
    Result(ApiError error) : m_error(std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(ApiError error) : m_error(std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
};

using VoidResult = Result<void>;
