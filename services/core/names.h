#pragma once

#include <optional>

#include <QString>

#include "services/core/apierror.h"

// Name rules of the workspace (REFERENCE.md section 6). Pure functions: no I/O.
namespace Names {

inline constexpr int MaxDatastoreNameLength = 255;

// ^[a-z0-9][a-z0-9_]{0,254}$ — the intersection of the ARM and v1 rules. The error names the
// first offending character and its 1-based position.
std::optional<ApiError> checkDatastoreName(const QString &name, const QString &field = QStringLiteral("name"));

// ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$ — the Azure ML workspace name rule.
std::optional<ApiError> checkWorkspaceName(const QString &name);

// How a character is shown in an error: 'x', or U+00E9 'é' for non-ASCII, or U+0020 (space).
QString describeChar(const QString &text, qsizetype index);

} // namespace Names
