#pragma once

#include <QPalette>

#include <QWizardPage>

#include "services/core/datastore.h"

class FieldForm;
class QComboBox;
class QLabel;
class RegisterDatastoreWizard;

// Page 3: the authentication kinds the matrix allows for the type, that kind's fields
// (secrets masked), and for a SAS token what it grants: expiry, permissions, resource types,
// with warnings when it is expired, expires within 7 days or cannot list and read.
// objectNames: authCombo, authDescription, authForm, sasInfo, authHint.
class AuthPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthPage)

public:
    explicit AuthPage(RegisterDatastoreWizard *wizard);
    ~AuthPage() override;

    AuthKind authKind() const;
    QMap<QString, QString> fieldValues() const;
    SecretMap secrets() const;
    FieldForm *form() const { return m_form; }

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    void rebuildForm();
    void updateSasInfo();

    RegisterDatastoreWizard *m_wizard;
    QComboBox *m_kind;
    QLabel *m_description;
    FieldForm *m_form;
    QLabel *m_sasInfo;
    QLabel *m_hint;
    std::optional<StorageType> m_builtFor;
};

// Shared with the credentials dialog: the SAS summary for a token, as rich text.
// With `type`, an account SAS whose services (ss) leave out the one the type needs is flagged.
QString describeSasToken(const QString &token, const QPalette &palette, std::optional<StorageType> type = std::nullopt);
