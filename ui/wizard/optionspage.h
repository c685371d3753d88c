#pragma once

#include <QWizardPage>

#include "services/core/datastore.h"

class QCheckBox;
class QLabel;
class RegisterDatastoreWizard;

// Page 4: validate access (on by default where this workspace can check the type), create
// the container / share if missing (only where that makes sense), overwrite (offered only when
// the name exists, with a warning) and set as default (only for types that can be the default).
// objectNames: validateCheck, validateNote, createCheck, overwriteCheck, overwriteWarning,
// defaultCheck, defaultNote.
class OptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(RegisterDatastoreWizard *wizard);
    ~OptionsPage() override;

    RegisterOptions options() const;
    void setValidate(bool on);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    RegisterDatastoreWizard *m_wizard;
    QCheckBox *m_validate;
    QLabel *m_validateNote;
    QCheckBox *m_create;
    QLabel *m_createNote;
    QCheckBox *m_overwrite;
    QLabel *m_overwriteWarning;
    QCheckBox *m_default;
    QLabel *m_defaultNote;
    bool m_nameExists = false;
    bool m_canCreate = false;
};
