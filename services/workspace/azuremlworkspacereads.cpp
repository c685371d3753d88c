// Reading an Azure ML workspace: the datastore list (v2 pages through nextLink and the v1 list
// alongside, page by page), one datastore (v2, then v1), and the default.
#include <QLoggingCategory>
#include <QSet>

#include "services/core/jsonvalues.h"
#include "services/core/names.h"
#include "services/core/printable.h"
#include "services/net/httpclient.h"
#include "services/workspace/armclient.h"
#include "services/workspace/azuremlworkspace.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using AzureMlMapping::Api;

Q_DECLARE_LOGGING_CATEGORY(lcAzureMl)

// The pages come one after another (each names the next), so the next one is asked for as soon
// as this one is parsed, and this one becomes records while that one travels. The walk's state
// is shared by the replies in flight (and nothing else: abandoned, it goes with them).
struct AzureMlWorkspace::V2Walk
{
    QPointer<const QObject> context;
    QString what;
    QList<Datastore> collected;
    Skipped skipped;
    int pending = 0;   // pages asked for and not yet turned into records
    bool last = false; // the page without a nextLink has been seen
    bool failed = false;
    PageCallback onPage;
    std::function<void(const Result<QList<Datastore>> &, const Skipped &)> done;
};

void AzureMlWorkspace::pageV2(const QUrl &url, const QObject *context, PageCallback onPage,
                              std::function<void(const Result<QList<Datastore>> &, const Skipped &)> done)
{
    auto walk = std::make_shared<V2Walk>();
    walk->context = context;
    walk->what = tr("Listing the datastores of %1").arg(m_ref.name);
    walk->onPage = std::move(onPage);
    walk->done = std::move(done);
    requestV2Page(url, walk);
}

void AzureMlWorkspace::requestV2Page(const QUrl &pageUrl, std::shared_ptr<V2Walk> walk)
{
    if (!walk->context)
        return;
    ArmClient::Call call;
    call.url = pageUrl;
    call.what = walk->what;
    ++walk->pending;
    onFinished(m_arm->send(call), walk->context.data(), [this, walk](const Result<HttpResponse> &r) {
        --walk->pending;
        if (walk->failed)
            return;
        const auto fail = [&walk](const ApiError &e) {
            walk->failed = true;
            walk->done(e, walk->skipped);
        };
        if (!r) {
            fail(r.error());
            return;
        }
        const json j = parseBody(r.value());
        if (!j.is_object() || !j.contains("value") || !j["value"].is_array()) {
            fail(badAnswer(walk->what));
            return;
        }
        const QString next = j.contains("nextLink") && j["nextLink"].is_string() ? QString::fromStdString(j["nextLink"].get<std::string>()) : QString();
        if (!next.isEmpty()) {
            // Followed as given (it holds the continuation), but only to where the token belongs.
            const QUrl nextUrl(next);
            if (!HttpClient::sameOrigin(nextUrl, m_ref.cloud.arm)) {
                fail(ApiError::make(ApiError::Kind::Refused, u"azureml.next_link"_s,
                                    tr("%1: the next page is at another address (%2); the token is not sent there.")
                                        .arg(walk->what, Printable::line(nextUrl.host(), 200))));
                return;
            }
            requestV2Page(nextUrl, walk);
        } else {
            walk->last = true;
        }
        QList<Datastore> page;
        for (const json &item : j["value"]) {
            Result<Datastore> ds = AzureMlMapping::fromArm(m_matrix, item);
            // One datastore the studio cannot read (OneLake, certificates, v1 types as v2
            // shows them, a malformed entry) leaves the rest of the list intact.
            if (ds)
                page.append(ds.takeValue());
            else
                walk->skipped.append({JsonValues::string(item, "name"), ds.error().message});
        }
        walk->collected.append(page);
        if (walk->onPage && !page.isEmpty())
            walk->onPage(page);
        if (walk->last && walk->pending == 0)
            walk->done(walk->collected, walk->skipped);
    });
}

void AzureMlWorkspace::pageV1(const QString &token, const QObject *context, QList<Datastore> collected, PageCallback onPage,
                              std::function<void(const Result<QList<Datastore>> &)> done)
{
    QList<QPair<QString, QString>> query = {{u"count"_s, QString::number(m_pageSize)}, {u"includeSecret"_s, u"false"_s}};
    if (!token.isEmpty())
        query.append({u"continuationToken"_s, token});
    ArmClient::Call call;
    call.url = v1Url(u"/datastores"_s, query);
    call.what = tr("Listing the v1 datastores of %1").arg(m_ref.name);
    onFinished(m_arm->send(call), context, [=, this](const Result<HttpResponse> &r) mutable {
        if (!r) {
            done(r.error());
            return;
        }
        const json j = parseBody(r.value());
        if (!j.is_object() || !j.contains("value") || !j["value"].is_array()) {
            done(badAnswer(call.what));
            return;
        }
        QList<Datastore> page;
        for (const json &item : j["value"]) {
            Result<Datastore> ds = AzureMlMapping::fromV1(m_matrix, item);
            if (ds)
                page.append(ds.takeValue()); // v2's types, listed through v2, are left out here
            else if (ds.error().kind != ApiError::Kind::Unsupported)
                qCInfo(lcAzureMl) << "a v1 datastore that could not be read was left out:" << ds.error().code;
        }
        collected.append(page);
        if (onPage && !page.isEmpty())
            onPage(page);
        const QString next = j.contains("continuationToken") && j["continuationToken"].is_string()
            ? QString::fromStdString(j["continuationToken"].get<std::string>())
            : QString();
        if (next.isEmpty() || next == token) {
            done(collected);
            return;
        }
        pageV1(next, context, std::move(collected), std::move(onPage), std::move(done));
    });
}

DatastoreListJob *AzureMlWorkspace::listDatastores()
{
    auto *job = new DatastoreListJob(this);
    if (!m_connected) {
        job->finish(notConnected());
        return job;
    }
    // Both lists at once: v2 for the storage types, v1 for the rest.
    struct State
    {
        std::optional<Result<QList<Datastore>>> v2;
        std::optional<Result<QList<Datastore>>> v1;
        Skipped skipped;
    };
    auto state = std::make_shared<State>();
    const auto settle = [job, state] {
        if (!state->v2 || !state->v1)
            return;
        if (!*state->v2) {
            job->finish(state->v2->error());
            return;
        }
        if (!*state->v1) {
            job->finish(state->v1->error());
            return;
        }
        QList<Datastore> all = state->v2->value();
        QSet<QString> seen;
        for (const Datastore &ds : all)
            seen.insert(ds.name);
        for (const Datastore &ds : state->v1->value()) {
            if (!seen.contains(ds.name)) {
                all.append(ds);
                seen.insert(ds.name);
            }
        }
        std::sort(all.begin(), all.end(), [](const Datastore &a, const Datastore &b) { return a.name < b.name; });
        // What v2 could not show and v1 did not bring either stays out, said so by name.
        QStringList notes;
        for (const auto &[name, reason] : std::as_const(state->skipped)) {
            if (name.isEmpty() || !seen.contains(name))
                notes.append(tr("Not shown: %1").arg(reason));
        }
        if (!notes.isEmpty())
            qCInfo(lcAzureMl) << notes.size() << "datastores of types the studio does not handle were left out";
        job->setNotes(notes);
        job->finish(all);
    };
    const PageCallback onPage = [job](const QList<Datastore> &page) { emit job->page(page); };
    pageV2(armUrl(u"/datastores"_s, {{u"count"_s, QString::number(m_pageSize)}}), job, onPage,
           [state, settle](const Result<QList<Datastore>> &r, const Skipped &skipped) {
               state->v2 = r;
               state->skipped = skipped;
               settle();
           });
    pageV1({}, job, {}, onPage, [state, settle](const Result<QList<Datastore>> &r) {
        state->v1 = r;
        settle();
    });
    return job;
}

void AzureMlWorkspace::find(const QString &name, const QObject *context, bool missingOk, FoundCallback done)
{
    if (!m_connected) {
        done(notConnected());
        return;
    }
    // Names the service can hold (wider than the studio's rule for new ones) may be read;
    // anything else never goes into a URL.
    if (!AzureMlMapping::isServiceName(name)) {
        if (auto bad = Names::checkDatastoreName(name); bad && missingOk)
            done(*bad);
        else
            done(notFound(name));
        return;
    }
    ArmClient::Call call;
    call.url = armUrl(u"/datastores/"_s + name);
    call.what = tr("Reading datastore %1").arg(name);
    onFinished(m_arm->send(call), context, [=, this](const Result<HttpResponse> &r) {
        if (r) {
            const json j = parseBody(r.value());
            Result<Datastore> ds = AzureMlMapping::fromArm(m_matrix, j);
            if (ds) {
                done(Found{ds.takeValue(), j, Api::V2});
                return;
            }
            if (ds.error().kind != ApiError::Kind::Unsupported) {
                done(ds.error());
                return;
            }
            // A v1 type the v2 API shows with an unknown type: read it through v1.
        } else if (r.error().kind != ApiError::Kind::NotFound) {
            done(r.error());
            return;
        }
        ArmClient::Call v1;
        v1.url = v1Url(u"/datastores/"_s + name);
        v1.what = call.what;
        onFinished(m_arm->send(v1), context, [=, this](const Result<HttpResponse> &r1) {
            if (!r1) {
                if (r1.error().kind == ApiError::Kind::NotFound)
                    done(missingOk ? Result<Found>(Found{}) : Result<Found>(notFound(name)));
                else
                    done(r1.error());
                return;
            }
            const json dto = parseBody(r1.value());
            Result<Datastore> ds = AzureMlMapping::fromV1(m_matrix, dto);
            if (!ds) {
                done(ds.error().kind == ApiError::Kind::Unsupported && !missingOk ? notFound(name) : ds.error());
                return;
            }
            done(Found{ds.takeValue(), dto, Api::V1});
        });
    });
}

DatastoreJob *AzureMlWorkspace::getDatastore(const QString &name)
{
    auto *job = new DatastoreJob(this);
    find(name, job, false, [job](const Result<Found> &f) {
        if (f)
            job->finish(f.value().datastore);
        else
            job->finish(f.error());
    });
    return job;
}

DatastoreJob *AzureMlWorkspace::defaultDatastore()
{
    auto *job = new DatastoreJob(this);
    if (!m_connected) {
        job->finish(notConnected());
        return job;
    }
    ArmClient::Call call;
    call.url = armUrl(u"/datastores"_s, {{u"isDefault"_s, u"true"_s}});
    call.what = tr("Reading the default datastore of %1").arg(m_ref.name);
    onFinished(m_arm->send(call), job, [=, this](const Result<HttpResponse> &r) {
        if (!r) {
            job->finish(r.error());
            return;
        }
        const json j = parseBody(r.value());
        if (!j.is_object() || !j.contains("value") || !j["value"].is_array()) {
            job->finish(badAnswer(call.what));
            return;
        }
        for (const json &item : j["value"]) {
            Result<Datastore> ds = AzureMlMapping::fromArm(m_matrix, item);
            if (ds && ds.value().isDefault) {
                job->finish(ds.value());
                return;
            }
        }
        job->finish(ApiError::make(ApiError::Kind::NotFound, u"default.none"_s, tr("Workspace '%1' has no default datastore.").arg(displayName())));
    });
    return job;
}
