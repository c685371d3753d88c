#pragma once

#include <QDialog>
#include <QPointer>

#include "services/core/datastore.h"
#include "services/workspace/workspaceservice.h"
#include "services/core/jobs.h"

#include "services/workspace/datastoreconnector.h"
class FieldForm;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class SupportMatrix;

// Rotates the credential of one datastore: an account key, SAS token, client secret or SQL
// password (or a change to another auth kind the type allows). Validates the new credential
// where the workspace can, then replaces it in the keychain; the service keeps the old one if
// anything fails. A DBFS datastore's record holds no credential: for it the dialog replaces
// the Databricks connection the studio keeps in the keychain (through `connector`), the
// current one filled in. objectNames: credAuthCombo, credentialsForm, credSasInfo, credValidateCheck,
// credProgress, credentialsButtons, and its messageBanner.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    CredentialsDialog(WorkspaceService *workspace, const SupportMatrix &matrix, const Datastore &datastore,
                      DatastoreConnector *connector, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    FieldForm *form() const { return m_form; }
    MessageBanner *banner() const { return m_banner; }
    void reject() override;

signals:
    void credentialsUpdated(const Datastore &datastore);

private:
    AuthKind authKind() const;
    void rebuildForm();
    void updateState();
    void save();
    void saveConnection();
    void loadConnection();
    void finished(const ApiError &error);

    QPointer<WorkspaceService> m_workspace;
    QPointer<DatastoreConnector> m_connector;
    bool m_connection = false; // replacing the browse connection, not a credential of the record
    bool m_loading = false;    // the current connection is being read
    const SupportMatrix &m_matrix;
    Datastore m_datastore;
    QComboBox *m_kind;
    FieldForm *m_form;
    QLabel *m_sasInfo;
    QCheckBox *m_validate;
    QLabel *m_validateNote;
    MessageBanner *m_banner;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<Job> m_job;
};
