#include "services/workspace/localworkspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "services/core/fieldrules.h"
#include "services/secrets/secretstore.h"
#include "services/workspace/accessvalidator.h"
#include "services/workspace/localworkspacedb.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalWorkspace, "studio.services.workspace", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalWorkspace", text);
}

ApiError cancelledError()
{
    return ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled; nothing was changed."));
}

QStringList labelsWhere(const SupportMatrix &matrix, bool (*predicate)(const StorageTypeSpec &))
{
    QStringList out;
    for (const StorageTypeSpec &t : matrix.types()) {
        if (predicate(t))
            out.append(t.label);
    }
    return out;
}

} // namespace

LocalWorkspace::LocalWorkspace(QString name, std::unique_ptr<LocalWorkspaceDb> db, SecretStore *secrets,
                               AccessValidator *validator, const SupportMatrix &matrix, QObject *parent)
    : WorkspaceService(parent), m_name(std::move(name)), m_db(std::move(db)), m_secrets(secrets),
      m_validator(validator), m_matrix(matrix)
{
}

LocalWorkspace::~LocalWorkspace() = default;

QString LocalWorkspace::id() const
{
    return u"local:"_s + m_db->workspaceId();
}

QString LocalWorkspace::secretKey(const QString &datastore, const QString &field) const
{
    return id() + u'/' + datastore + u'/' + field;
}

QMap<QString, QString> LocalWorkspace::keyed(const QString &datastore, const SecretMap &secrets) const
{
    QMap<QString, QString> out;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        out.insert(secretKey(datastore, it.key()), it.value());
    return out;
}

Result<Datastore> LocalWorkspace::findExisting(const QString &name) const
{
    const auto found = m_db->find(name);
    if (!found)
        return found.error();
    if (!found.value()) {
        return ApiError::make(ApiError::Kind::NotFound, u"datastore.not_found"_s,
                              tr("There is no datastore named '%1' in workspace '%2'.").arg(name, m_name), u"name"_s);
    }
    return *found.value();
}

bool LocalWorkspace::canValidateAccess(StorageType type) const
{
    return m_validator && m_validator->canValidate(type);
}

bool LocalWorkspace::canCreateStorage(StorageType type) const
{
    return m_validator && m_validator->canCreate(type) && m_matrix.type(type).canCreate;
}

DatastoreListJob *LocalWorkspace::listDatastores()
{
    auto *job = new DatastoreListJob(this);
    job->finish(m_db->list());
    return job;
}

DatastoreJob *LocalWorkspace::getDatastore(const QString &name)
{
    auto *job = new DatastoreJob(this);
    job->finish(findExisting(name));
    return job;
}

DatastoreJob *LocalWorkspace::defaultDatastore()
{
    auto *job = new DatastoreJob(this);
    const Result<QString> name = m_db->defaultName();
    if (!name)
        job->finish(name.error());
    else if (name.value().isEmpty())
        job->finish(ApiError::make(ApiError::Kind::NotFound, u"default.none"_s,
                                   tr("Workspace '%1' has no default datastore.").arg(m_name)));
    else
        job->finish(findExisting(name.value()));
    return job;
}

std::optional<ApiError> LocalWorkspace::validationUnavailable(const Datastore &ds, bool createIfNotExists) const
{
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    if (createIfNotExists && (!m_validator || !m_validator->canCreate(ds.type))) {
        return ApiError::make(ApiError::Kind::Unsupported, u"create.unavailable"_s,
                              tr("Creating the storage of %1 datastores is not available yet, so '%2' was not "
                                 "registered. Create it with your usual tool and register without create-if-not-exists.")
                                  .arg(type.label, ds.name),
                              u"create_if_not_exists"_s);
    }
    if (!m_validator || !m_validator->canValidate(ds.type)) {
        return ApiError::make(ApiError::Kind::Unsupported, u"validation.unavailable"_s,
                              tr("Access validation for %1 datastores is not available yet, so '%2' was not registered "
                                 "and nothing was checked. Register it with validation skipped to save it unchecked.")
                                  .arg(type.label, ds.name),
                              u"skip_validation"_s);
    }
    return std::nullopt;
}

DatastoreJob *LocalWorkspace::registerDatastore(const RegistrationRequest &request)
{
    auto *job = new DatastoreJob(this);
    SecretMap secrets = request.secrets;
    Result<Datastore> normalized = FieldRules::normalize(m_matrix, request.datastore, secrets);
    if (!normalized) {
        job->finish(normalized.error());
        return job;
    }
    Datastore ds = normalized.takeValue();
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    const RegisterOptions &options = request.options;
    if (options.createIfNotExists && !type.canCreate) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"create.not_applicable"_s,
                                   tr("Create-if-not-exists applies only to %1; the storage of %2 datastores must already exist.")
                                       .arg(labelsWhere(m_matrix, [](const StorageTypeSpec &t) { return t.canCreate; })
                                                .join(tr(" and ")),
                                            type.label),
                                   u"create_if_not_exists"_s));
        return job;
    }
    if (options.setDefault && !type.canBeDefault) {
        job->finish(ApiError::make(ApiError::Kind::InvalidInput, u"default.not_allowed"_s,
                                   tr("%1 datastores cannot be the workspace default: the default receives job outputs, "
                                      "so it must be one of %2.")
                                       .arg(type.label, labelsWhere(m_matrix, [](const StorageTypeSpec &t) { return t.canBeDefault; })
                                                            .join(u", "_s)),
                                   u"set_default"_s));
        return job;
    }
    const auto found = m_db->find(ds.name);
    if (!found) {
        job->finish(found.error());
        return job;
    }
    const std::optional<Datastore> &existing = found.value();
    if (existing) {
        if (!options.overwrite) {
            job->finish(ApiError::make(ApiError::Kind::Conflict, u"datastore.exists"_s,
                                       tr("A datastore named '%1' already exists in workspace '%2'; register with "
                                          "overwrite to replace it.")
                                           .arg(ds.name, m_name),
                                       u"name"_s));
            return job;
        }
        if (existing->isSystem && existing->type != ds.type) {
            job->finish(ApiError::make(ApiError::Kind::Refused, u"datastore.system_type"_s,
                                       tr("'%1' is a built-in datastore of the workspace; it can be re-registered only as a %2.")
                                           .arg(ds.name, m_matrix.type(existing->type).label),
                                       u"type"_s));
            return job;
        }
        if (existing->isDefault && !type.canBeDefault) {
            job->finish(ApiError::make(ApiError::Kind::Refused, u"default.not_allowed"_s,
                                       tr("'%1' is the default datastore and a %2 cannot be the default; make another "
                                          "datastore the default first.")
                                           .arg(ds.name, type.label),
                                       u"type"_s));
            return job;
        }
        ds.isSystem = existing->isSystem;
        ds.createdAt = existing->createdAt;
    }
    if (!options.skipValidation || options.createIfNotExists) {
        if (auto unavailable = validationUnavailable(ds, options.createIfNotExists)) {
            job->finish(*unavailable);
            return job;
        }
    }
    validateAndStore(job, ds, secrets, existing, !options.skipValidation, options.createIfNotExists, options.setDefault);
    return job;
}

DatastoreJob *LocalWorkspace::updateCredentials(const CredentialUpdate &update)
{
    auto *job = new DatastoreJob(this);
    const Result<Datastore> existing = findExisting(update.name);
    if (!existing) {
        job->finish(existing.error());
        return job;
    }
    SecretMap secrets = update.secrets;
    Result<Datastore> updated = FieldRules::applyCredentialUpdate(m_matrix, existing.value(), update, secrets);
    if (!updated) {
        job->finish(updated.error());
        return job;
    }
    if (!update.skipValidation) {
        if (auto unavailable = validationUnavailable(updated.value(), false)) {
            job->finish(*unavailable);
            return job;
        }
    }
    validateAndStore(job, updated.value(), secrets, existing.value(), !update.skipValidation, false, false);
    return job;
}

void LocalWorkspace::validateAndStore(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets,
                                      const std::optional<Datastore> &previous, bool validate, bool create,
                                      bool makeDefault)
{
    if (!validate && !create) {
        storeSecretsAndCommit(job, ds, secrets, previous, makeDefault);
        return;
    }
    VoidJob *check = m_validator->validate(ds, secrets, create);
    connect(job, &Job::cancelRequested, check, &Job::cancel);
    onFinished(check, job, [=, this](const VoidResult &result) {
        if (!result) {
            job->finish(result.error());
            return;
        }
        storeSecretsAndCommit(job, ds, secrets, previous, makeDefault);
    });
}

void LocalWorkspace::storeSecretsAndCommit(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets,
                                           const std::optional<Datastore> &previous, bool makeDefault)
{
    if (job->isCancelled()) {
        job->finish(cancelledError());
        return;
    }
    const QMap<QString, QString> newEntries = keyed(ds.name, secrets);
    QStringList previousKeys;
    if (previous) {
        for (const QString &field : previous->storedSecrets)
            previousKeys.append(secretKey(ds.name, field));
    }
    const auto writeNew = [=, this](const SecretMap &previousValues) {
        if (newEntries.isEmpty()) {
            commit(job, ds, {}, previousValues, previous, makeDefault);
            return;
        }
        onFinished(m_secrets->write(newEntries), job, [=, this](const Result<SecretMap> &written) {
            if (!written) {
                // Put back what a partial write may have replaced; drop what it added.
                if (!previousValues.isEmpty())
                    m_secrets->write(previousValues);
                QStringList added;
                for (const QString &key : newEntries.keys()) {
                    if (!previousValues.contains(key))
                        added.append(key);
                }
                if (!added.isEmpty())
                    m_secrets->remove(added);
                job->finish(written.error());
                return;
            }
            commit(job, ds, newEntries, previousValues, previous, makeDefault);
        });
    };
    if (previousKeys.isEmpty()) {
        writeNew({});
        return;
    }
    // Keep the previous values so that a failure after the write can restore them.
    onFinished(m_secrets->read(previousKeys), job, [=](const Result<SecretMap> &old) {
        if (!old) {
            job->finish(old.error());
            return;
        }
        writeNew(old.value());
    });
}

void LocalWorkspace::commit(DatastoreJob *job, const Datastore &ds, const SecretMap &written,
                            const SecretMap &previousValues, const std::optional<Datastore> &previous, bool makeDefault)
{
    const auto rollBackSecrets = [=, this] {
        if (!previousValues.isEmpty())
            m_secrets->write(previousValues);
        QStringList added;
        for (const QString &key : written.keys()) {
            if (!previousValues.contains(key))
                added.append(key);
        }
        if (!added.isEmpty())
            m_secrets->remove(added);
    };
    if (job->isCancelled()) {
        rollBackSecrets();
        job->finish(cancelledError());
        return;
    }
    if (const VoidResult saved = m_db->save(ds, makeDefault); !saved) {
        rollBackSecrets();
        job->finish(saved.error());
        return;
    }
    if (previous) {
        QStringList obsolete;
        for (const QString &field : previous->storedSecrets) {
            if (!ds.storedSecrets.contains(field))
                obsolete.append(secretKey(ds.name, field));
        }
        if (!obsolete.isEmpty()) {
            onFinished(m_secrets->remove(obsolete), this, [](const Result<SecretMap> &removed) {
                if (!removed)
                    qCWarning(lcLocalWorkspace) << "an obsolete secret could not be removed:" << removed.error().code;
            });
        }
    }
    emit datastoresChanged();
    job->finish(findExisting(ds.name));
}

VoidJob *LocalWorkspace::unregisterDatastore(const QString &name)
{
    auto *job = new VoidJob(this);
    const Result<Datastore> existing = findExisting(name);
    if (!existing) {
        job->finish(existing.error());
        return job;
    }
    if (name == LocalWorkspaceDb::BlobStoreName) {
        job->finish(ApiError::make(ApiError::Kind::Refused, u"datastore.builtin"_s,
                                   tr("'%1' is the workspace's built-in blob datastore and can never be unregistered.").arg(name),
                                   u"name"_s));
        return job;
    }
    if (existing.value().isDefault) {
        job->finish(ApiError::make(ApiError::Kind::Refused, u"datastore.is_default"_s,
                                   tr("'%1' is the default datastore of workspace '%2'; make another datastore the default "
                                      "first, then unregister it.")
                                       .arg(name, m_name),
                                   u"name"_s));
        return job;
    }
    QStringList keys;
    for (const QString &field : existing.value().storedSecrets)
        keys.append(secretKey(name, field));
    if (keys.isEmpty()) {
        const VoidResult removed = m_db->remove(name);
        if (removed)
            emit datastoresChanged();
        job->finish(removed);
        return job;
    }
    // Make sure the keychain can delete before the record goes, so secrets are not orphaned.
    onFinished(m_secrets->probe(), job, [=, this](const Result<SecretMap> &probed) {
        if (!probed) {
            job->finish(probed.error());
            return;
        }
        if (const VoidResult removed = m_db->remove(name); !removed) {
            job->finish(removed);
            return;
        }
        emit datastoresChanged();
        onFinished(m_secrets->remove(keys), job, [=](const Result<SecretMap> &deleted) {
            if (!deleted) {
                ApiError e = deleted.error();
                e.message = tr("'%1' was unregistered, but its secrets could not be deleted from the keychain: %2")
                                .arg(name, e.message);
                job->finish(e);
                return;
            }
            job->finish({});
        });
    });
    return job;
}

VoidJob *LocalWorkspace::setDefaultDatastore(const QString &name)
{
    auto *job = new VoidJob(this);
    const Result<Datastore> existing = findExisting(name);
    if (!existing) {
        job->finish(existing.error());
        return job;
    }
    const StorageTypeSpec &type = m_matrix.type(existing.value().type);
    if (!type.canBeDefault) {
        job->finish(ApiError::make(ApiError::Kind::Refused, u"default.not_allowed"_s,
                                   tr("'%1' is of type %2, which cannot be the workspace default: the default receives "
                                      "job outputs, so it must be one of %3.")
                                       .arg(name, type.label,
                                            labelsWhere(m_matrix, [](const StorageTypeSpec &t) { return t.canBeDefault; })
                                                .join(u", "_s)),
                                   u"name"_s));
        return job;
    }
    const VoidResult saved = m_db->setDefault(name);
    if (saved)
        emit datastoresChanged();
    job->finish(saved);
    return job;
}

SecretsJob *LocalWorkspace::readSecrets(const QString &name)
{
    auto *job = new SecretsJob(this);
    const Result<Datastore> existing = findExisting(name);
    if (!existing) {
        job->finish(existing.error());
        return job;
    }
    const QStringList fields = existing.value().storedSecrets;
    if (fields.isEmpty()) {
        job->finish(SecretMap{});
        return job;
    }
    QStringList keys;
    for (const QString &field : fields)
        keys.append(secretKey(name, field));
    onFinished(m_secrets->read(keys), job, [=, this](const Result<SecretMap> &read) {
        if (!read) {
            job->finish(read.error());
            return;
        }
        SecretMap out;
        for (const QString &field : fields) {
            const QString key = secretKey(name, field);
            if (!read.value().contains(key)) {
                job->finish(ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s,
                                           tr("The keychain holds no %1 for datastore '%2' (it may have been removed "
                                              "outside Datastore Studio); update its credentials.")
                                               .arg(field, name),
                                           field));
                return;
            }
            out.insert(field, read.value().value(key));
        }
        job->finish(out);
    });
    return job;
}
