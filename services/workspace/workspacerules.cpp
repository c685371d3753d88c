#include "services/workspace/workspacerules.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of WorkspaceRules, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRules)
};

} // namespace

QString WorkspaceRules::labelsWhere(bool (*predicate)(const StorageTypeSpec &), const QString &separator) const
{
    QStringList out;
    for (const StorageTypeSpec &t : m_matrix.types()) {
        if (predicate(t))
            out.append(t.label);
    }
    return out.join(separator);
}

std::optional<ApiError> WorkspaceRules::checkRegistration(const Datastore &ds, const RegisterOptions &options,
                                                          const std::optional<Datastore> &existing, const QString &workspace) const
{
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    if (options.createIfNotExists && !type.canCreate) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"create.not_applicable"_s,
                              Text::tr("Create-if-not-exists applies only to %1; the storage of %2 datastores must already exist.")
                                  .arg(labelsWhere([](const StorageTypeSpec &t) { return t.canCreate; }, Text::tr(" and ")), type.label),
                              u"create_if_not_exists"_s);
    }
    if (options.setDefault && !type.canBeDefault) {
        return ApiError::make(ApiError::Kind::InvalidInput, u"default.not_allowed"_s,
                              Text::tr("%1 datastores cannot be the workspace default: the default receives job outputs, "
                                 "so it must be one of %2.")
                                  .arg(type.label, labelsWhere([](const StorageTypeSpec &t) { return t.canBeDefault; }, u", "_s)),
                              u"set_default"_s);
    }
    if (!existing)
        return std::nullopt;
    if (!options.overwrite) {
        return ApiError::make(ApiError::Kind::Conflict, u"datastore.exists"_s,
                              Text::tr("A datastore named '%1' already exists in workspace '%2'; register with overwrite to replace it.")
                                  .arg(ds.name, workspace),
                              u"name"_s);
    }
    if ((existing->isSystem || isSystemName(existing->name)) && existing->type != ds.type) {
        return ApiError::make(ApiError::Kind::Refused, u"datastore.system_type"_s,
                              Text::tr("'%1' is a built-in datastore of the workspace; it can be re-registered only as a %2.")
                                  .arg(ds.name, m_matrix.type(existing->type).label),
                              u"type"_s);
    }
    if (existing->isDefault && !type.canBeDefault) {
        return ApiError::make(ApiError::Kind::Refused, u"default.not_allowed"_s,
                              Text::tr("'%1' is the default datastore and a %2 cannot be the default; make another datastore the default first.")
                                  .arg(ds.name, type.label),
                              u"type"_s);
    }
    return std::nullopt;
}

std::optional<ApiError> WorkspaceRules::checkSetDefault(const Datastore &ds) const
{
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    if (type.canBeDefault)
        return std::nullopt;
    return ApiError::make(ApiError::Kind::Refused, u"default.not_allowed"_s,
                          Text::tr("'%1' is of type %2, which cannot be the default: the default receives job outputs, so it must be one of %3.")
                              .arg(ds.name, type.label, labelsWhere([](const StorageTypeSpec &t) { return t.canBeDefault; }, u", "_s)),
                          u"name"_s);
}

std::optional<ApiError> WorkspaceRules::checkUnregister(const Datastore &ds, const QString &workspace) const
{
    if (isProtected(ds.name)) {
        return ApiError::make(ApiError::Kind::Refused, u"datastore.builtin"_s,
                              Text::tr("'%1' is the workspace's built-in blob datastore and can never be unregistered.").arg(ds.name), u"name"_s);
    }
    if (ds.isDefault) {
        return ApiError::make(ApiError::Kind::Refused, u"datastore.is_default"_s,
                              Text::tr("'%1' is the default datastore of workspace '%2'; make another datastore the default first, then "
                                 "unregister it.")
                                  .arg(ds.name, workspace),
                              u"name"_s);
    }
    return std::nullopt;
}
