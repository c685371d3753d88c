#include "ui/credentialsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceservice.h"
#include "ui/fieldform.h"
#include "ui/messagebanner.h"
#include "ui/wizard/authpage.h"

using namespace Qt::Literals::StringLiterals;

CredentialsDialog::CredentialsDialog(WorkspaceService *workspace, const SupportMatrix &matrix, const Datastore &datastore,
                                     QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_matrix(matrix), m_datastore(datastore), m_kind(new QComboBox(this)),
      m_form(new FieldForm(this)), m_sasInfo(new QLabel(this)),
      m_validate(new QCheckBox(tr("&Validate the new credential before saving it"), this)), m_validateNote(new QLabel(this)),
      m_banner(new MessageBanner(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"credentialsDialog"_s);
    setWindowTitle(tr("Update credentials — %1").arg(datastore.name));
    const StorageTypeSpec &type = matrix.type(datastore.type);
    auto *intro = new QLabel(tr("Replace the credential of <b>%1</b> (%2). The current one stays in place if anything fails.")
                                 .arg(datastore.name.toHtmlEscaped(), type.label.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_kind->setObjectName(u"credAuthCombo"_s);
    m_kind->setAccessibleName(tr("Authentication kind"));
    for (AuthKind k : type.authKinds())
        m_kind->addItem(matrix.authKind(k).label, int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(datastore.auth)));
    m_form->setObjectName(u"credentialsForm"_s);
    for (auto it = datastore.fields.begin(); it != datastore.fields.end(); ++it)
        m_form->setValue(it.key(), it.value());
    m_sasInfo->setObjectName(u"credSasInfo"_s);
    m_sasInfo->setWordWrap(true);
    m_sasInfo->setTextFormat(Qt::RichText);
    m_validate->setObjectName(u"credValidateCheck"_s);
    m_validateNote->setWordWrap(true);
    m_progress->setObjectName(u"credProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_buttons->setObjectName(u"credentialsButtons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Update"));

    auto *kindRow = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Authentication"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addRow(kindLabel, m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(kindRow);
    layout->addWidget(m_form);
    layout->addWidget(m_sasInfo);
    layout->addWidget(m_validate);
    layout->addWidget(m_validateNote);
    layout->addStretch(1);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    const bool canValidate = workspace && workspace->canValidateAccess(datastore.type);
    m_validate->setEnabled(canValidate);
    m_validate->setChecked(canValidate);
    m_validateNote->setText(canValidate ? QString()
                                        : tr("Access checks for %1 datastores are not available yet; the credential "
                                             "will be saved without one.").arg(type.label));
    m_validateNote->setVisible(!canValidate);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CredentialsDialog::rebuildForm);
    connect(m_form, &FieldForm::changed, this, &CredentialsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    rebuildForm();
    resize(620, 420);
}

CredentialsDialog::~CredentialsDialog() = default;

AuthKind CredentialsDialog::authKind() const
{
    return AuthKind(m_kind->currentData().toInt());
}

void CredentialsDialog::rebuildForm()
{
    const AuthSpec *auth = m_matrix.type(m_datastore.type).authSpec(authKind());
    m_form->setFields(auth ? auth->fields : QList<FieldSpec>{});
    if (!m_form->fields().isEmpty())
        setTabOrder(m_kind, m_form->editor(m_form->fields().first().id));
    updateState();
}

void CredentialsDialog::updateState()
{
    const bool sas = authKind() == AuthKind::Sas;
    m_sasInfo->setVisible(sas);
    if (sas)
        m_sasInfo->setText(describeSasToken(m_form->value(u"sas_token"_s), m_sasInfo->palette(), m_datastore.type));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(m_form->isComplete() && m_job.isNull());
    save->setToolTip(m_form->isComplete() ? QString() : m_form->firstProblem());
}

void CredentialsDialog::save()
{
    if (!m_workspace || !m_job.isNull() || !m_form->isComplete())
        return;
    CredentialUpdate update;
    update.name = m_datastore.name;
    update.auth = authKind();
    update.fields = m_form->values();
    update.secrets = m_form->secrets();
    update.skipValidation = !m_validate->isChecked();
    m_banner->clear();
    m_progress->show();
    m_job = m_workspace->updateCredentials(update);
    updateState();
    onFinished(m_job.data(), this, [this](const Result<Datastore> &result) {
        m_job.clear();
        m_progress->hide();
        updateState();
        if (!result) {
            m_banner->showMessage(result.error().kind == ApiError::Kind::Cancelled ? MessageBanner::Type::Information
                                                                                   : MessageBanner::Type::Error,
                                  result.error().kind == ApiError::Kind::Cancelled
                                      ? tr("Cancelled; the current credential is unchanged.")
                                      : tr("The credential was not changed: %1").arg(result.error().toString()));
            return;
        }
        m_form->clearSecrets();
        emit credentialsUpdated(result.value());
        accept();
    });
}

void CredentialsDialog::reject()
{
    if (!m_job.isNull()) {
        m_job->cancel();
        return;
    }
    m_form->clearSecrets();
    QDialog::reject();
}
