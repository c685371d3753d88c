#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "services/auth/cloud.h"
#include "services/core/jobs.h"

class ArmClient;
class HttpClient;
class TokenSource;

// What the signed-in identity can see, for the workspace picker: its subscriptions
// (GET /subscriptions, api-version 2022-12-01) and the Azure ML workspaces of one
// (GET /subscriptions/S/providers/Microsoft.MachineLearningServices/workspaces), both followed
// through nextLink. Main thread.
struct DirectoryEntry
{
    QString subscription;   // id
    QString subscriptionName;
    QString tenantId;
    QString resourceGroup;  // workspaces only
    QString workspace;      // workspaces only
    QString location;       // workspaces only
};

class DirectoryJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryJob)

public:
    using ResultType = Result<QList<DirectoryEntry>>;
    using Job::Job;
    void finish(const ResultType &result);

signals:
    void finished(const Result<QList<DirectoryEntry>> &result);
};

class AzureMlDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureMlDirectory)

public:
    AzureMlDirectory(HttpClient *http, TokenSource *tokens, CloudProfile cloud, QObject *parent = nullptr);

    DirectoryJob *subscriptions();
    DirectoryJob *workspaces(const QString &subscription);
    // Every workspace of every subscription the identity can see.
    DirectoryJob *allWorkspaces();

private:
    void walk(const QUrl &url, const QString &what, DirectoryJob *job, QList<DirectoryEntry> collected, bool workspaces,
              const DirectoryEntry &subscription);

    ArmClient *m_arm;
    CloudProfile m_cloud;
};
