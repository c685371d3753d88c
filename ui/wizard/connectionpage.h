#pragma once

#include <optional>

#include <QMap>
#include <QWizardPage>

#include "services/core/datastore.h"

class FieldForm;
class QGroupBox;
class QLabel;
class QLineEdit;
class RegisterDatastoreWizard;

// Page 2: the datastore name (checked live against the name rule, the reason beside it) and
// the type's connection fields. For Blob, File and ADLS Gen2 a pasted Azure Storage connection
// string fills the fields and hands its key or SAS to the authentication page.
// objectNames: nameEdit, nameError, nameExists, connectionStringEdit, connectionStringStatus,
// connectionForm, connectionHint, browseNote.
class ConnectionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPage)

public:
    explicit ConnectionPage(RegisterDatastoreWizard *wizard);
    ~ConnectionPage() override;

    QString datastoreName() const;
    // The record's fields (a browse connection's are not among them).
    QMap<QString, QString> fieldValues() const;
    // The browse connection typed for a type that needs one (BrowseConnections).
    SecretMap browseConnection() const;
    FieldForm *form() const { return m_form; }

    // From an imported file: the name, the type's fields, and the credential (its kind, its
    // fields and secrets) that the auth page then takes.
    void prefill(const QString &name, const QMap<QString, QString> &fields, std::optional<AuthKind> auth, const SecretMap &credential);
    // The credential a pasted connection string (or an imported file) carried, taken once by the auth page.
    std::optional<std::pair<AuthKind, SecretMap>> takeCarriedCredential();

    void initializePage() override;
    void cleanupPage() override { } // Back keeps what was typed
    bool isComplete() const override;

private:
    void applyConnectionString();
    void updateHints();

    RegisterDatastoreWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_nameExists;
    QGroupBox *m_connectionGroup;
    QLineEdit *m_connectionString;
    int m_typedLength = 0; // of the connection string, to tell typing from a paste
    QLabel *m_connectionStatus;
    FieldForm *m_form;
    QLabel *m_hint;
    QLabel *m_browseNote;
    std::optional<StorageType> m_builtFor;
    std::optional<std::pair<AuthKind, SecretMap>> m_carried;
};
