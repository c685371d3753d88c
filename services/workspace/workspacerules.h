#pragma once

#include <optional>

#include <QString>

#include "services/core/apierror.h"
#include "services/core/datastore.h"
#include "services/core/supportmatrix.h"

// The Azure ML workspace rules, in one place for both workspace back ends and the UI: the two
// system datastores every workspace has, which types may be the default, what can never be
// unregistered, and what a registration may replace. Each check returns the refusal (its code,
// the field and the rule, in a sentence) or nothing; the UI shows the same sentence as the
// reason an action is disabled. The datastore name rule itself is Names::checkDatastoreName.
class WorkspaceRules
{
public:
    static inline const QString BlobStoreName = QStringLiteral("workspaceblobstore");
    static inline const QString FileStoreName = QStringLiteral("workspacefilestore");

    explicit WorkspaceRules(const SupportMatrix &matrix) : m_matrix(matrix) { }

    // workspaceblobstore and workspacefilestore, which the workspace itself creates.
    static bool isSystemName(const QString &name) { return name == BlobStoreName || name == FileStoreName; }
    // workspaceblobstore: the initial default, never removable.
    static bool isProtected(const QString &name) { return name == BlobStoreName; }
    bool canBeDefault(StorageType type) const { return m_matrix.type(type).canBeDefault; }

    // A registration of `ds` with `options`, over `existing` (the datastore of that name, if
    // any) in the workspace called `workspace`.
    std::optional<ApiError> checkRegistration(const Datastore &ds, const RegisterOptions &options, const std::optional<Datastore> &existing,
                                              const QString &workspace) const;
    std::optional<ApiError> checkSetDefault(const Datastore &ds) const;
    std::optional<ApiError> checkUnregister(const Datastore &ds, const QString &workspace) const;

private:
    QString labelsWhere(bool (*predicate)(const StorageTypeSpec &), const QString &separator) const;

    const SupportMatrix &m_matrix;
};
