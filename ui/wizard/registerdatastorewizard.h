#pragma once

#include <QPointer>
#include <QStringList>
#include <QWizard>

#include "services/core/datastore.h"
#include "services/workspace/workspaceservice.h"

class AuthPage;
class ConnectionPage;
#include "services/workspace/datastoreconnector.h"
class OptionsPage;
class StorageTypePage;
class SummaryPage;
class SupportMatrix;

// The point-and-click registration of a datastore (KeePassXC's NewDatabaseWizard shape):
// storage type -> connection -> authentication -> options -> summary and run. Each page
// loads and saves its own part; the wizard assembles the RegistrationRequest and the summary
// page runs it against the workspace service, with progress and Cancel. Going Back keeps
// everything typed. Secrets live only in the page editors until they reach the keychain.
class RegisterDatastoreWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterDatastoreWizard)

public:
    enum PageId { TypePageId, ConnectionPageId, AuthPageId, OptionsPageId, SummaryPageId };

    RegisterDatastoreWizard(WorkspaceService *workspace, const SupportMatrix &matrix, const QStringList &existingNames,
                            QWidget *parent = nullptr);
    ~RegisterDatastoreWizard() override;

    WorkspaceService *workspace() const { return m_workspace; }
    // Reaches the studio's own browse connections (a DBFS datastore's Databricks workspace and
    // token, kept in the keychain); without one the wizard registers the record alone.
    void setConnector(DatastoreConnector *connector) { m_connector = connector; }
    DatastoreConnector *connector() const { return m_connector; }
    // Whether access to a datastore of `type` can be checked before it is registered.
    bool canCheckAccess(StorageType type) const;
    // Whether `type` is registered together with a browse connection here.
    bool keepsBrowseConnection(StorageType type) const;
    // The browse connection typed on the connection page (empty for other types).
    SecretMap browseConnection() const;
    const SupportMatrix &matrix() const { return m_matrix; }
    bool nameExists(const QString &name) const { return m_existingNames.contains(name); }

    StorageTypePage *typePage() const { return m_typePage; }
    ConnectionPage *connectionPage() const { return m_connectionPage; }
    AuthPage *authPage() const { return m_authPage; }
    OptionsPage *optionsPage() const { return m_optionsPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

    StorageType storageType() const;
    RegistrationRequest request() const;
    // Fills every page from `ds` and `secrets` (an imported az ml YAML file), then goes on
    // from page to page as far as each is complete: to the summary when nothing is missing,
    // else to the first page that needs something (a secret the file left out). Back works.
    void prefill(const Datastore &ds, const SecretMap &secrets);
    // What the registration carries beside the connection (from an imported file).
    QString description() const { return m_description; }
    QMap<QString, QString> tags() const { return m_tags; }
    // The datastore once registered (valid after the wizard was accepted).
    const Datastore &registered() const { return m_registered; }
    void setRegistered(const Datastore &datastore, bool validated)
    {
        m_registered = datastore;
        m_validated = validated;
    }
    // Whether access was checked before registering.
    bool registeredValidated() const { return m_validated; }
    // What the user should know about the registration: access not checked, an expired or
    // ill-suited SAS. Empty when there is nothing to say. Plain text, one sentence each.
    QStringList registrationCautions() const;

    void reject() override;

private:
    QPointer<WorkspaceService> m_workspace;
    QPointer<DatastoreConnector> m_connector;
    const SupportMatrix &m_matrix;
    QStringList m_existingNames;
    StorageTypePage *m_typePage;
    ConnectionPage *m_connectionPage;
    AuthPage *m_authPage;
    OptionsPage *m_optionsPage;
    SummaryPage *m_summaryPage;
    Datastore m_registered;
    bool m_validated = false;
    QString m_description;
    QMap<QString, QString> m_tags;
};
