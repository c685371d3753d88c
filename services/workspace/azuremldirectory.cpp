#include "services/workspace/azuremldirectory.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include "services/core/jsonvalues.h"
#include "services/core/printable.h"
#include "services/net/httpclient.h"
#include "services/workspace/armclient.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

QString text(const json &j, const char *name)
{
    return Printable::line(JsonValues::string(j, name), 300);
}

} // namespace

void DirectoryJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

AzureMlDirectory::AzureMlDirectory(HttpClient *http, TokenSource *tokens, CloudProfile cloud, QObject *parent)
    : QObject(parent), m_arm(new ArmClient(http, tokens, this)), m_cloud(std::move(cloud))
{
}

DirectoryJob *AzureMlDirectory::subscriptions()
{
    auto *job = new DirectoryJob(this);
    QUrl url = m_cloud.arm;
    url.setPath(url.path() + u"/subscriptions"_s);
    url.setQuery(u"api-version=2022-12-01"_s);
    walk(url, tr("Listing the subscriptions you can see"), job, {}, false, {});
    return job;
}

DirectoryJob *AzureMlDirectory::workspaces(const QString &subscription)
{
    auto *job = new DirectoryJob(this);
    QUrl url = m_cloud.arm;
    url.setPath(url.path() + u"/subscriptions/"_s + subscription + u"/providers/Microsoft.MachineLearningServices/workspaces"_s, QUrl::DecodedMode);
    url.setQuery(u"api-version=2025-12-01"_s);
    DirectoryEntry sub;
    sub.subscription = subscription;
    walk(url, tr("Listing the Azure ML workspaces of subscription %1").arg(subscription), job, {}, true, sub);
    return job;
}

DirectoryJob *AzureMlDirectory::allWorkspaces()
{
    auto *job = new DirectoryJob(this);
    onFinished(subscriptions(), job, [this, job](const Result<QList<DirectoryEntry>> &subs) {
        if (!subs) {
            job->finish(subs.error());
            return;
        }
        // One list per subscription, all at once; the answer keeps the subscriptions' order.
        struct State
        {
            QList<QList<DirectoryEntry>> parts;
            int pending = 0;
            bool failed = false;
        };
        auto state = std::make_shared<State>();
        state->parts.resize(subs.value().size());
        state->pending = int(subs.value().size());
        if (state->pending == 0) {
            job->finish(QList<DirectoryEntry>());
            return;
        }
        for (int i = 0; i < subs.value().size(); ++i) {
            const DirectoryEntry sub = subs.value().at(i);
            onFinished(workspaces(sub.subscription), job, [job, state, i, sub](const Result<QList<DirectoryEntry>> &ws) {
                if (state->failed)
                    return;
                if (!ws) {
                    state->failed = true;
                    job->finish(ws.error());
                    return;
                }
                for (DirectoryEntry e : ws.value()) {
                    e.subscriptionName = sub.subscriptionName;
                    e.tenantId = sub.tenantId;
                    state->parts[i].append(e);
                }
                if (--state->pending == 0) {
                    QList<DirectoryEntry> all;
                    for (const auto &part : std::as_const(state->parts))
                        all.append(part);
                    job->finish(all);
                }
            });
        }
    });
    return job;
}

void AzureMlDirectory::walk(const QUrl &url, const QString &what, DirectoryJob *job, QList<DirectoryEntry> collected, bool workspaces,
                            const DirectoryEntry &subscription)
{
    ArmClient::Call call;
    call.url = url;
    call.what = what;
    onFinished(m_arm->send(call), job, [=, this](const Result<HttpResponse> &r) mutable {
        if (!r) {
            job->finish(r.error());
            return;
        }
        const QByteArray &body = r.value().body;
        const json j = json::parse(body.begin(), body.end(), nullptr, false);
        if (!j.is_object() || !j.contains("value") || !j["value"].is_array()) {
            job->finish(ApiError::make(ApiError::Kind::Parse, u"azureml.bad_answer"_s, tr("%1: the answer is not the JSON ARM sends.").arg(what)));
            return;
        }
        for (const json &item : j["value"]) {
            DirectoryEntry e = subscription;
            if (workspaces) {
                e.workspace = text(item, "name");
                e.location = text(item, "location");
                // /subscriptions/S/resourceGroups/G/providers/…/workspaces/W
                const QStringList parts = text(item, "id").split(u'/');
                qsizetype at = -1;
                for (qsizetype i = 0; i < parts.size() && at < 0; ++i) {
                    if (parts.at(i).compare(u"resourceGroups"_s, Qt::CaseInsensitive) == 0)
                        at = i;
                }
                e.resourceGroup = at >= 0 && at + 1 < parts.size() ? parts.at(at + 1) : QString();
                if (e.workspace.isEmpty() || e.resourceGroup.isEmpty())
                    continue;
            } else {
                e.subscription = text(item, "subscriptionId");
                e.subscriptionName = text(item, "displayName");
                e.tenantId = text(item, "tenantId");
                if (e.subscription.isEmpty() || (item.contains("state") && text(item, "state") != u"Enabled"_s))
                    continue; // disabled or deleted subscriptions hold no usable workspace
            }
            collected.append(e);
        }
        const QString next = j.contains("nextLink") && j["nextLink"].is_string() ? QString::fromStdString(j["nextLink"].get<std::string>()) : QString();
        if (next.isEmpty()) {
            job->finish(collected);
            return;
        }
        const QUrl nextUrl(next);
        if (!HttpClient::sameOrigin(nextUrl, m_cloud.arm)) {
            job->finish(ApiError::make(ApiError::Kind::Refused, u"azureml.next_link"_s,
                                       tr("%1: the next page is at another address; the token is not sent there.").arg(what)));
            return;
        }
        walk(nextUrl, what, job, std::move(collected), workspaces, subscription);
    });
}
