#include "services/workspace/azuremlworkspace.h"

#include <QLoggingCategory>

#include "services/core/fieldrules.h"
#include "services/core/names.h"
#include "services/core/printable.h"
#include "services/net/httpclient.h"
#include "services/workspace/armclient.h"
#include "services/workspace/workspacerules.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using AzureMlMapping::Api;

Q_LOGGING_CATEGORY(lcAzureMl, "studio.services.azureml", QtWarningMsg)

json AzureMlWorkspace::parseBody(const HttpResponse &response)
{
    return json::parse(response.body.begin(), response.body.end(), nullptr, false);
}

ApiError AzureMlWorkspace::badAnswer(const QString &what)
{
    return ApiError::make(ApiError::Kind::Parse, u"azureml.bad_answer"_s, tr("%1: the answer is not the JSON the service sends.").arg(what));
}

AzureMlWorkspace::AzureMlWorkspace(WorkspaceRef ref, HttpClient *http, TokenSource *tokens, const SupportMatrix &matrix, QObject *parent)
    : WorkspaceService(parent), m_ref(std::move(ref)), m_http(http), m_arm(new ArmClient(http, tokens, this)), m_matrix(matrix)
{
}

AzureMlWorkspace::~AzureMlWorkspace() = default;

void AzureMlWorkspace::setTokenSource(TokenSource *tokens)
{
    m_arm->setTokenSource(tokens);
}

TokenSource *AzureMlWorkspace::identityTokens(const QString &resource)
{
    if (TokenSource *known = m_identityTokens.value(resource))
        return known;
    if (!m_identityFactory)
        return nullptr;
    TokenSource *made = m_identityFactory(resource, this);
    if (made)
        m_identityTokens.insert(resource, made);
    return made;
}

QUrl AzureMlWorkspace::armUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    return HttpClient::compose(m_ref.cloud.arm, m_ref.armId() + path, QList<QPair<QString, QString>>{{u"api-version"_s, m_apiVersion}} + query);
}

QUrl AzureMlWorkspace::v1Url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    return HttpClient::compose(m_v1Base, u"/datastore/v1.0"_s + m_ref.armId() + path, query);
}

ApiError AzureMlWorkspace::notConnected() const
{
    return ApiError::make(ApiError::Kind::Network, u"workspace.not_connected"_s,
                          tr("Workspace %1 is not connected yet.").arg(displayName()));
}

ApiError AzureMlWorkspace::notFound(const QString &name) const
{
    return ApiError::make(ApiError::Kind::NotFound, u"datastore.not_found"_s,
                          tr("There is no datastore named '%1' in workspace '%2'.").arg(name, displayName()), u"name"_s);
}

VoidJob *AzureMlWorkspace::connectToWorkspace()
{
    auto *job = new VoidJob(this);
    if (m_ref.v1Base.isValid() && !HttpClient::refusal(m_ref.v1Base).isError() && m_arm->tokenSource()) {
        // Reopening a workspace connected before: the sign-in is checked now (a token), the
        // workspace itself by the first call made to it, so the list comes one token after start.
        onFinished(m_arm->tokenSource()->token(), job, [this, job](const Result<AccessToken> &token) {
            if (!token) {
                job->finish(token.error());
                return;
            }
            m_v1Base = m_ref.v1Base;
            m_connected = true;
            job->finish({});
        });
        return job;
    }
    ArmClient::Call call;
    call.url = armUrl({});
    call.what = tr("Opening Azure ML workspace %1").arg(m_ref.name);
    HttpJob *get = m_arm->send(call);
    connect(job, &Job::cancelRequested, get, &Job::cancel);
    onFinished(get, job, [this, job, call](const Result<HttpResponse> &r) {
        if (!r) {
            ApiError e = r.error();
            if (e.kind == ApiError::Kind::NotFound)
                e.message = tr("There is no Azure ML workspace %1 in resource group %2 of subscription %3 that this identity may see (%4).")
                                .arg(m_ref.name, m_ref.resourceGroup, m_ref.subscription, e.message);
            job->finish(e);
            return;
        }
        const json j = parseBody(r.value());
        const json *props = j.is_object() && j.contains("properties") && j["properties"].is_object() ? &j["properties"] : nullptr;
        if (!props || !props->contains("discoveryUrl") || !(*props)["discoveryUrl"].is_string()) {
            job->finish(badAnswer(call.what));
            return;
        }
        const QUrl discovery(QString::fromStdString((*props)["discoveryUrl"].get<std::string>()));
        if (const QString env = qEnvironmentVariable("AZUREML_SERVICE_ENDPOINT"); !env.isEmpty()) {
            m_v1Base = QUrl(env);
            m_connected = true;
            job->finish({});
            return;
        }
        ArmClient::Call disco;
        disco.url = discovery;
        disco.authorize = false; // the discovery document is public; the token stays with ARM
        disco.what = tr("Reading the service addresses of workspace %1").arg(m_ref.name);
        disco.maxBodyBytes = 256 * 1024;
        HttpJob *read = m_arm->send(disco);
        connect(job, &Job::cancelRequested, read, &Job::cancel);
        onFinished(read, job, [this, job, disco](const Result<HttpResponse> &d) {
            if (!d) {
                job->finish(d.error());
                return;
            }
            const json services = parseBody(d.value());
            if (!services.is_object() || !services.contains("history") || !services["history"].is_string()) {
                job->finish(badAnswer(disco.what));
                return;
            }
            const QUrl history(QString::fromStdString(services["history"].get<std::string>()));
            if (const ApiError refused = HttpClient::refusal(history); refused.isError() || history.host().isEmpty()) {
                job->finish(ApiError::make(ApiError::Kind::Refused, u"azureml.discovery"_s,
                                           tr("%1: the v1 service address '%2' is not a safe https address, so no token is sent to it.")
                                               .arg(disco.what, Printable::line(history.toString(), 200))));
                return;
            }
            m_v1Base = history;
            m_connected = true;
            job->finish({});
        });
    });
    return job;
}

bool AzureMlWorkspace::canValidateAccess(StorageType type) const
{
    // The service checks access itself (skipValidation=false); a DBFS record has nothing to check.
    return type != StorageType::Dbfs;
}

bool AzureMlWorkspace::canCreateStorage(StorageType) const
{
    return false; // v2 has no create-if-not-exists; the studio does not create storage on Azure yet
}

DatastoreJob *AzureMlWorkspace::registerDatastore(const RegistrationRequest &request)
{
    auto *job = new DatastoreJob(this);
    SecretMap secrets = request.secrets;
    Result<Datastore> normalized = FieldRules::normalize(m_matrix, request.datastore, secrets);
    if (!normalized) {
        job->finish(normalized.error());
        return job;
    }
    const Datastore ds = normalized.takeValue();
    const RegisterOptions options = request.options;
    if (ds.type == StorageType::AzureDataLakeGen1 && !ds.field(u"endpoint"_s).isEmpty()) {
        // The service's ADLS Gen1 datastore has a store name and no endpoint: nothing would keep it.
        job->finish(ApiError::make(ApiError::Kind::Unsupported, u"azureml.gen1_endpoint"_s,
                                   tr("An Azure ML workspace keeps no WebHDFS endpoint for ADLS Gen1 datastores (only the store name), so "
                                      "'%1' was not registered with one. Register it without the endpoint, or in a local workspace.")
                                       .arg(ds.name),
                                   u"endpoint"_s));
        return job;
    }
    if (options.createIfNotExists) {
        job->finish(ApiError::make(ApiError::Kind::Unsupported, u"create.unavailable"_s,
                                   tr("Creating the storage of a datastore is not available for Azure ML workspaces, so '%1' was not "
                                      "registered. Create it with your usual tool and register without create-if-not-exists.")
                                       .arg(ds.name),
                                   u"create_if_not_exists"_s));
        return job;
    }
    find(ds.name, job, true, [=, this](const Result<Found> &found) {
        if (!found) {
            job->finish(found.error());
            return;
        }
        std::optional<Found> previous;
        if (!found.value().datastore.name.isEmpty())
            previous = found.value();
        const std::optional<Datastore> existing = previous ? std::optional<Datastore>(previous->datastore) : std::nullopt;
        if (const auto refused = WorkspaceRules(m_matrix).checkRegistration(ds, options, existing, displayName())) {
            job->finish(*refused);
            return;
        }
        if (previous && AzureMlMapping::apiFor(ds.type) != previous->api) {
            // Moving a name between the two APIs: v1 and v2 share one registry, so the old
            // record goes first would lose it on failure; refuse instead.
            job->finish(ApiError::make(ApiError::Kind::Refused, u"azureml.api_change"_s,
                                       tr("'%1' is a %2 datastore held by the %3; it cannot be replaced by a %4 datastore. Unregister it first.")
                                           .arg(ds.name, m_matrix.type(previous->datastore.type).label, AzureMlMapping::apiLabel(previous->api),
                                                m_matrix.type(ds.type).label),
                                       u"type"_s));
            return;
        }
        write(job, ds, secrets, previous, !options.skipValidation, options.setDefault);
    });
    return job;
}

DatastoreJob *AzureMlWorkspace::updateCredentials(const CredentialUpdate &update)
{
    auto *job = new DatastoreJob(this);
    find(update.name, job, false, [=, this](const Result<Found> &found) {
        if (!found) {
            job->finish(found.error());
            return;
        }
        SecretMap secrets = update.secrets;
        Result<Datastore> updated = FieldRules::applyCredentialUpdate(m_matrix, found.value().datastore, update, secrets);
        if (!updated) {
            job->finish(updated.error());
            return;
        }
        write(job, updated.value(), secrets, found.value(), !update.skipValidation, false);
    });
    return job;
}

void AzureMlWorkspace::write(DatastoreJob *job, const Datastore &ds, const SecretMap &secrets, const std::optional<Found> &previous,
                             bool validate, bool makeDefault)
{
    if (job->isCancelled()) {
        job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled; nothing was changed.")));
        return;
    }
    ArmClient::Call call;
    const QString skip = validate ? u"false"_s : u"true"_s;
    if (AzureMlMapping::apiFor(ds.type) == Api::V2) {
        const json previousProps = previous && previous->raw.contains("properties") ? previous->raw["properties"] : json();
        call.method = "PUT";
        call.url = armUrl(u"/datastores/"_s + ds.name, {{u"skipValidation"_s, skip}});
        call.body = AzureMlMapping::toArm(ds, secrets, previousProps);
    } else if (previous) {
        call.method = "PUT";
        call.url = v1Url(u"/datastores/"_s + ds.name, {{u"createIfNotExists"_s, u"false"_s}, {u"skipValidation"_s, skip}});
        call.body = AzureMlMapping::toV1(ds, secrets, previous->raw);
    } else {
        call.method = "POST";
        call.idempotent = false; // a second create would fail as "exists" after a lost answer
        call.url = v1Url(u"/datastores"_s, {{u"createIfNotExists"_s, u"false"_s}, {u"skipValidation"_s, skip}});
        call.body = AzureMlMapping::toV1(ds, secrets);
    }
    call.what = previous ? tr("Updating datastore %1").arg(ds.name) : tr("Registering datastore %1").arg(ds.name);
    HttpJob *sent = m_arm->send(call);
    connect(job, &Job::cancelRequested, sent, &Job::cancel);
    onFinished(sent, job, [=, this](const Result<HttpResponse> &r) {
        if (!r) {
            ApiError e = r.error();
            if (validate && e.kind == ApiError::Kind::InvalidInput)
                e.message = tr("The workspace could not validate access to the storage of '%1', so nothing was changed: %2 "
                               "Check the credential, or register with validation skipped to save it unchecked.")
                                .arg(ds.name, e.message);
            job->finish(e);
            return;
        }
        emit datastoresChanged();
        finishWritten(job, ds.name, makeDefault);
    });
}

void AzureMlWorkspace::finishWritten(DatastoreJob *job, const QString &name, bool makeDefault)
{
    const auto reread = [this, job, name](QStringList notes) {
        find(name, job, false, [job, notes](const Result<Found> &f) {
            if (!f) {
                job->finish(f.error());
                return;
            }
            Datastore ds = f.value().datastore;
            ds.notes = notes;
            job->finish(ds);
        });
    };
    if (!makeDefault) {
        reread({});
        return;
    }
    // Two calls on Azure: the datastore is registered whatever the second one answers.
    ArmClient::Call call;
    call.method = "PUT";
    call.url = v1Url(u"/default/"_s + name);
    call.what = tr("Making %1 the default datastore").arg(name);
    onFinished(m_arm->send(call), job, [=, this](const Result<HttpResponse> &r) {
        if (!r) {
            reread({tr("'%1' was registered, but the default datastore was not changed because: %2").arg(name, r.error().message)});
            return;
        }
        emit datastoresChanged();
        reread({});
    });
}

VoidJob *AzureMlWorkspace::unregisterDatastore(const QString &name)
{
    auto *job = new VoidJob(this);
    find(name, job, false, [=, this](const Result<Found> &found) {
        if (!found) {
            job->finish(found.error());
            return;
        }
        if (const auto refused = WorkspaceRules(m_matrix).checkUnregister(found.value().datastore, displayName())) {
            job->finish(*refused);
            return;
        }
        ArmClient::Call call;
        call.method = "DELETE";
        call.url = found.value().api == Api::V2 ? armUrl(u"/datastores/"_s + name) : v1Url(u"/datastores/"_s + name);
        call.what = tr("Unregistering datastore %1").arg(name);
        onFinished(m_arm->send(call), job, [this, job](const Result<HttpResponse> &r) {
            // A retried DELETE whose first attempt went through answers 404: gone either way.
            if (!r && r.error().kind != ApiError::Kind::NotFound) {
                job->finish(r.error());
                return;
            }
            emit datastoresChanged();
            job->finish({});
        });
    });
    return job;
}

VoidJob *AzureMlWorkspace::setDefaultDatastore(const QString &name)
{
    auto *job = new VoidJob(this);
    find(name, job, false, [=, this](const Result<Found> &found) {
        if (!found) {
            job->finish(found.error());
            return;
        }
        if (const auto refused = WorkspaceRules(m_matrix).checkSetDefault(found.value().datastore)) {
            job->finish(*refused);
            return;
        }
        ArmClient::Call call;
        call.method = "PUT";
        call.url = v1Url(u"/default/"_s + name);
        call.what = tr("Making %1 the default datastore").arg(name);
        onFinished(m_arm->send(call), job, [this, job](const Result<HttpResponse> &r) {
            if (!r) {
                job->finish(r.error());
                return;
            }
            emit datastoresChanged();
            job->finish({});
        });
    });
    return job;
}

SecretsJob *AzureMlWorkspace::readSecrets(const QString &name)
{
    auto *job = new SecretsJob(this);
    find(name, job, false, [=, this](const Result<Found> &found) {
        if (!found) {
            job->finish(found.error());
            return;
        }
        const Found f = found.value();
        if (f.api == Api::V1) {
            SecretMap secrets;
            const Result<Datastore> ds = AzureMlMapping::fromV1(m_matrix, f.raw, &secrets);
            if (!ds)
                job->finish(ds.error());
            else
                job->finish(secrets);
            return;
        }
        if (f.datastore.storedSecrets.isEmpty()) {
            job->finish(SecretMap());
            return;
        }
        ArmClient::Call call;
        call.method = "POST";
        call.url = armUrl(u"/datastores/"_s + name + u"/listSecrets"_s);
        call.what = tr("Reading the secrets of datastore %1").arg(name);
        call.maxBodyBytes = 64 * 1024;
        onFinished(m_arm->send(call), job, [=](const Result<HttpResponse> &r) {
            if (!r) {
                job->finish(r.error());
                return;
            }
            job->finish(AzureMlMapping::secretsFromArm(f.datastore, parseBody(r.value())));
        });
    });
    return job;
}
