#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "services/core/preferences.h"
#include "app/cli/cliargs.h"
#include "services/core/datastore.h"
#include "services/core/datastoreyaml.h"
#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceref.h"
#include "services/storage/listingguard.h"
#include "services/storage/storageops.h"
#include "services/storage/storagetypes.h"
#include "services/transfer/transferqueue.h"

class DatastoreConnector;
class KeychainSecretStore;
class QNetworkAccessManager;
class StorageAccessValidator;
class StorageClient;
class StorageHttp;
class WorkspaceManager;
class WorkspaceService;
class WorkspaceCatalog;

// The `dsstudio` command line: parses the words, runs one command against the local
// workspace through the WorkspaceService interface, prints the result (text or --json) and
// ends the event loop with the exit code. Runs on the main thread of a QCoreApplication.
class CliApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    enum ExitCode {
        Ok = 0,
        Failure = 1,
        BadInput = 2,
        NotFound = 3,
        Refused = 4,
        SecretStoreError = 5,
        Unsupported = 6,
    };

    explicit CliApplication(QStringList arguments, QObject *parent = nullptr);
    ~CliApplication() override;

    // Runs the command; the exit code is passed to QCoreApplication::exit().
    void start();
    // The user's preferences (settings file and environment) the transfer commands start from.
    void setPreferences(const Preferences &preferences) { m_preferences = preferences; }

private:
    Preferences m_preferences;
    void dispatch();
    void done(int code);
    void fail(const ApiError &error);
    void printHelp(const QString &topic);

    void workspaceCreate(const QStringList &words);
    void workspaceList(const QStringList &words);
    void workspaceUse(const QStringList &words);
    void workspaceConnect(const QStringList &words);
    void workspaceDisconnect(const QStringList &words);
    void workspaceDiscover(const QStringList &words);
    // --cloud / --arm-endpoint + --authority; the error is reported and nullopt returned.
    std::optional<CloudProfile> cloudOption(const CliArgs &args);
    // The sign-in's secrets from --secret-stdin / --secret-env (a service principal's client secret).
    Result<SecretMap> signInSecrets(WorkspaceRef::SignIn signIn, const CliArgs &args);
    void datastoreList(const QStringList &words);
    void datastoreShow(const QStringList &words);
    void datastoreRegister(const QStringList &words);
    void datastoreUpdateCredentials(const QStringList &words);
    void datastoreUnregister(const QStringList &words);
    void datastoreSetDefault(const QStringList &words);
    void datastoreGetDefault(const QStringList &words);
    // clidatastoreyaml.cpp: az ml v2 YAML out, and in through register --file.
    void datastoreExport(const QStringList &words);
    // Reads --file into `args` where the command line gave nothing (type, name, auth,
    // fields); the error is reported and nullopt returned.
    std::optional<DatastoreYaml::Parsed> readYamlFile(CliArgs *args);
    void types(const QStringList &words);

    // clistoragecommands.cpp
    void storageLs(const QStringList &words);
    void storageCat(const QStringList &words);
    void storageGet(const QStringList &words);
    void storagePut(const QStringList &words);
    void storageRm(const QStringList &words);
    void catFile(StorageClient *client, const QString &path, qint64 limit, qint64 offset = 0);
    void catRows(StorageClient *client, const QString &path, qint64 limit, qint64 offset);
    // DBFS: the studio's own connection (Databricks URL and token) from --databricks-url and
    // the secret options, checked by listing the DBFS root unless `skip`, and kept.
    Result<SecretMap> browseConnectionFrom(const Datastore &ds, const CliArgs &args);
    // What to do about a failed check of a browse connection, in the CLI's own flags.
    static ApiError withConnectionHint(ApiError e, bool validated);
    void updateBrowseConnection(WorkspaceService *ws, const Datastore &ds, const CliArgs &args);
    void removeFolder(StorageClient *client, const QString &folder, const QString &datastore, bool yes);
    // One rule for paths: a folder is a folder with or without '/'; a command that takes a
    // file and is given a folder says so ("is a folder; use --recursive").
    void expectFile(StorageClient *client, const QString &path, const QString &command, std::function<void()> run);
    // classify() that fails the command on an error or a missing path, else runs `run`
    // with File or Folder.
    void classifyExisting(StorageClient *client, const QString &path, std::function<void(StorageOps::PathKind)> run);
    ApiError isAFolder(const QString &path, const QString &command) const;
    ApiError missing(const QString &path) const;
    // --overwrite → Replace, --skip-existing → Skip, neither → Refuse.
    TransferQueue::ConflictPolicy conflictPolicy(const CliArgs &args) const;
    // Resolves DATASTORE[/PATH], reads the datastore's secrets and builds its client.
    void openStorage(const QString &target, std::function<void(StorageClient *client, const QString &path)> run);
    // --verify length|md5 of get and put into `options`; false (and the command failed) otherwise.
    bool parseVerify(const CliArgs &args, bool upload, TransferOptions *options);
    // A transfer queue whose first failure fails the command and whose end prints the totals.
    TransferQueue *runTransfers(StorageClient *client, bool upload, const TransferOptions &options = {});
    void listAll(StorageClient *client, const QString &directory, bool recursive, std::function<void(const QList<StorageEntry> &)> page,
                 std::function<void()> done, const QString &token = {}, std::shared_ptr<ListingGuard> guard = {});

    // Parses with the global switches added; reports the error and returns false on failure.
    bool parse(const QStringList &words, CliSpec spec, CliArgs *out);
    // Opens the workspace of this command (--workspace, else the remembered one) and runs
    // `run` with it; a failure ends the command with the error.
    void withWorkspace(std::function<void(WorkspaceService *)> run);
    // Parses exactly one NAME argument, opens the workspace and runs `run`.
    void withNamedWorkspace(const QStringList &words, const QString &usage, std::function<void(WorkspaceService *, const QString &)> run);
    WorkspaceManager *manager();
    // The workspace this command is for (--workspace, else the remembered one), unopened; a
    // local "default" when the name resolves to nothing (opening then reports why).
    WorkspaceRef targetRef() const;
    // --auth for a type: its value when given and allowed, else `fallback`, else an error
    // (reported) when the type allows several kinds.
    std::optional<AuthKind> authOption(const StorageTypeSpec &type, const CliArgs &args, std::optional<AuthKind> fallback);
    // Ends the command with the job's result: `print` on success, the error otherwise.
    template<typename JobType, typename Print>
    void report(JobType *job, Print print);
    Result<SecretMap> collectSecrets(const AuthSpec &auth, const CliArgs &args, const QString &typeId);
    void printDatastore(const Datastore &ds);
    bool checkLocalPath(const QString &command, const QString &local);
    static QStringList warningsAbout(const QList<FieldSpec> &fields, const SecretMap &secrets);
    // After a change: the datastore as JSON, or a headline (and a note when unvalidated).
    void printChanged(const Datastore &ds, const QString &headline, bool unvalidated);

    QStringList m_arguments;
    QString m_workspaceName;
    bool m_json = false;
    QStringList m_secretWarnings; // about the secrets just given, printed once they are stored
    const SupportMatrix &m_matrix;
    std::unique_ptr<WorkspaceCatalog> m_catalog;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
    std::unique_ptr<StorageAccessValidator> m_validator;
    std::unique_ptr<DatastoreConnector> m_connector;
    std::unique_ptr<WorkspaceManager> m_manager; // opened on the first command that needs a workspace
};

template<typename JobType, typename Print>
void CliApplication::report(JobType *job, Print print)
{
    onFinished(job, this, [this, print](const typename JobType::ResultType &result) {
        if (!result) {
            fail(result.error());
            return;
        }
        print(result);
        done(Ok);
    });
}
