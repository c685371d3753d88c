#include "services/workspace/localworkspace.h"

#include <cerrno>
#include <csignal>
#include <limits>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include "services/core/fieldrules.h"
#include "services/secrets/secretstore.h"
#include "services/workspace/accessvalidator.h"
#include "services/workspace/localworkspacedb.h"
#include "services/workspace/workspacerules.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalWorkspace, "studio.services.workspace", QtWarningMsg)

namespace {

// The texts of the code below that is not a member of LocalWorkspace, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalWorkspace)
};

ApiError cancelledError()
{
    return ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, Text::tr("Cancelled; nothing was changed."));
}

QString newGeneration()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

qint64 ownPid()
{
    return QCoreApplication::applicationPid();
}

// Whether the process that recorded an intent may still be at work. A pid that has been
// reused reads as alive: its intents wait for a later sweep, which is safe.
bool processAlive(qint64 pid)
{
    if (pid == ownPid())
        return true;
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
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

QString LocalWorkspace::entryKey(const QString &datastore, const QString &field, const QString &generation) const
{
    QString key = id() + u'/' + datastore + u'/' + field;
    if (!generation.isEmpty())
        key += u'@' + generation;
    return key;
}

QString LocalWorkspace::secretKey(const QString &datastore, const QString &field) const
{
    return entryKey(datastore, field, m_db->secretGeneration(datastore).value());
}

Result<QStringList> LocalWorkspace::secretEntries() const
{
    const auto all = m_db->list();
    if (!all)
        return all.error();
    QStringList out;
    for (const Datastore &ds : all.value()) {
        const Result<QString> generation = m_db->secretGeneration(ds.name);
        if (!generation)
            return generation.error();
        for (const QString &field : ds.storedSecrets)
            out.append(entryKey(ds.name, field, generation.value()));
    }
    out.sort();
    return out;
}

VoidJob *LocalWorkspace::sweepOrphanedSecrets()
{
    auto *job = new VoidJob(this);
    const auto intents = m_db->secretIntents();
    const auto named = secretEntries();
    if (!intents || !named) {
        job->finish(!intents ? intents.error() : named.error());
        return job;
    }
    const QSet<QString> inUse(named.value().begin(), named.value().end());
    QStringList orphans;
    QStringList settled;
    for (const LocalWorkspaceDb::SecretIntent &intent : intents.value()) {
        if (processAlive(intent.pid))
            continue;
        (inUse.contains(intent.entry) ? settled : orphans).append(intent.entry);
    }
    if (!settled.isEmpty()) {
        if (const VoidResult cleared = m_db->clearSecretIntents(settled); !cleared) {
            job->finish(cleared);
            return job;
        }
    }
    if (orphans.isEmpty()) {
        job->finish({});
        return job;
    }
    qCInfo(lcLocalWorkspace) << "sweeping" << orphans.size() << "keychain entries left by an interrupted change";
    release(orphans, job, [job](const Result<SecretMap> &removed) {
        if (removed)
            job->finish({});
        else
            job->finish(removed.error());
    });
    return job;
}

void LocalWorkspace::release(const QStringList &entries, const QObject *context,
                             std::function<void(const Result<SecretMap> &)> done)
{
    onFinished(m_secrets->remove(entries), context, [=, this](const Result<SecretMap> &removed) {
        if (!removed) {
            qCWarning(lcLocalWorkspace) << "keychain entries could not be removed; the next open retries:" << removed.error().code;
        } else if (const VoidResult cleared = m_db->clearSecretIntents(entries); !cleared) {
            qCWarning(lcLocalWorkspace) << "the intents of removed keychain entries could not be cleared:" << cleared.error().code;
        }
        done(removed);
    });
}

Result<Datastore> LocalWorkspace::findExisting(const QString &name) const
{
    const auto found = m_db->find(name);
    if (!found)
        return found.error();
    if (!found.value()) {
        return ApiError::make(ApiError::Kind::NotFound, u"datastore.not_found"_s,
                              Text::tr("There is no datastore named '%1' in workspace '%2'.").arg(name, m_name), u"name"_s);
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
                                   Text::tr("Workspace '%1' has no default datastore.").arg(m_name)));
    else
        job->finish(findExisting(name.value()));
    return job;
}

std::optional<ApiError> LocalWorkspace::validationUnavailable(const Datastore &ds, bool createIfNotExists) const
{
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    if (createIfNotExists && (!m_validator || !m_validator->canCreate(ds.type))) {
        return ApiError::make(ApiError::Kind::Unsupported, u"create.unavailable"_s,
                              Text::tr("Creating the storage of %1 datastores is not available yet, so '%2' was not "
                                 "registered. Create it with your usual tool and register without create-if-not-exists.")
                                  .arg(type.label, ds.name),
                              u"create_if_not_exists"_s);
    }
    if (!m_validator || !m_validator->canValidate(ds.type)) {
        return ApiError::make(ApiError::Kind::Unsupported, u"validation.unavailable"_s,
                              Text::tr("Access validation for %1 datastores is not available yet, so '%2' was not registered "
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
    const RegisterOptions &options = request.options;
    const auto found = m_db->find(ds.name);
    if (!found) {
        job->finish(found.error());
        return job;
    }
    const std::optional<Datastore> &existing = found.value();
    if (const auto refused = WorkspaceRules(m_matrix).checkRegistration(ds, options, existing, m_name)) {
        job->finish(*refused);
        return job;
    }
    if (existing) {
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
    QStringList previousEntries;
    QString oldGeneration;
    if (previous) {
        const Result<QString> found = m_db->secretGeneration(ds.name);
        if (!found) {
            job->finish(found.error());
            return;
        }
        oldGeneration = found.value();
        for (const QString &field : previous->storedSecrets)
            previousEntries.append(entryKey(ds.name, field, oldGeneration));
    }
    QString generation = newGeneration();
    while (generation == oldGeneration)
        generation = newGeneration();
    SecretMap newEntries;
    for (const QString &field : ds.storedSecrets)
        newEntries.insert(entryKey(ds.name, field, generation), secrets.value(field));
    if (newEntries.isEmpty()) {
        commit(job, ds, generation, {}, previousEntries, makeDefault);
        return;
    }
    // The intents go first, so that a kill during the write leaves a trail to the new entries.
    if (const VoidResult noted = m_db->addSecretIntents(newEntries.keys(), ownPid()); !noted) {
        job->finish(noted.error());
        return;
    }
    onFinished(m_secrets->write(newEntries), job, [=, this](const Result<SecretMap> &written) {
        if (!written) {
            // Nothing the record names was touched; drop what the partial write added.
            const ApiError error = written.error();
            release(newEntries.keys(), job, [=](const Result<SecretMap> &) { job->finish(error); });
            return;
        }
        commit(job, ds, generation, newEntries.keys(), previousEntries, makeDefault);
    });
}

void LocalWorkspace::commit(DatastoreJob *job, const Datastore &ds, const QString &generation, const QStringList &written,
                            const QStringList &previousEntries, bool makeDefault)
{
    const auto abandon = [=, this](const ApiError &error) {
        if (written.isEmpty())
            job->finish(error);
        else
            release(written, job, [=](const Result<SecretMap> &) { job->finish(error); });
    };
    if (job->isCancelled()) {
        abandon(cancelledError());
        return;
    }
    const LocalWorkspaceDb::SecretHandover handover{generation, previousEntries, written, ownPid()};
    if (const VoidResult saved = m_db->save(ds, makeDefault, handover); !saved) {
        abandon(saved.error());
        return;
    }
    emit datastoresChanged();
    const auto finish = [=, this] { job->finish(findExisting(ds.name)); };
    if (previousEntries.isEmpty()) {
        finish();
        return;
    }
    // The record has switched: the previous entries are orphans now, recorded as intents.
    release(previousEntries, job, [=](const Result<SecretMap> &) { finish(); });
}

VoidJob *LocalWorkspace::unregisterDatastore(const QString &name)
{
    auto *job = new VoidJob(this);
    const Result<Datastore> existing = findExisting(name);
    if (!existing) {
        job->finish(existing.error());
        return job;
    }
    if (const auto refused = WorkspaceRules(m_matrix).checkUnregister(existing.value(), m_name)) {
        job->finish(*refused);
        return job;
    }
    const Result<QString> generation = m_db->secretGeneration(name);
    if (!generation) {
        job->finish(generation.error());
        return job;
    }
    QStringList keys;
    for (const QString &field : existing.value().storedSecrets)
        keys.append(entryKey(name, field, generation.value()));
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
        // The entries become intents in the transaction that removes the record, so a kill
        // before the keychain delete leaves them to the sweep.
        if (const VoidResult removed = m_db->remove(name, LocalWorkspaceDb::SecretHandover{{}, keys, {}, ownPid()}); !removed) {
            job->finish(removed);
            return;
        }
        emit datastoresChanged();
        release(keys, job, [=](const Result<SecretMap> &deleted) {
            if (!deleted) {
                ApiError e = deleted.error();
                e.message = Text::tr("'%1' was unregistered, but its secrets could not be deleted from the keychain: %2")
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
    if (const auto refused = WorkspaceRules(m_matrix).checkSetDefault(existing.value())) {
        job->finish(*refused);
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
    const Result<QString> generation = m_db->secretGeneration(name);
    if (!generation) {
        job->finish(generation.error());
        return job;
    }
    QStringList keys;
    for (const QString &field : fields)
        keys.append(entryKey(name, field, generation.value()));
    onFinished(m_secrets->read(keys), job, [=, this](const Result<SecretMap> &read) {
        if (!read) {
            job->finish(read.error());
            return;
        }
        SecretMap out;
        for (const QString &field : fields) {
            const QString key = entryKey(name, field, generation.value());
            if (!read.value().contains(key)) {
                job->finish(ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s,
                                           Text::tr("The keychain holds no %1 for datastore '%2' (it may have been removed "
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
