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
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspaceservice.h"
#include "ui/fieldform.h"
#include "ui/messagebanner.h"
#include "ui/wizard/authpage.h"

using namespace Qt::Literals::StringLiterals;

CredentialsDialog::CredentialsDialog(WorkspaceService *workspace, const SupportMatrix &matrix, const Datastore &datastore,
                                     DatastoreConnector *connector, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_connector(connector),
      m_connection(connector && BrowseConnections::needsOne(datastore.type)), m_matrix(matrix), m_datastore(datastore), m_kind(new QComboBox(this)),
      m_form(new FieldForm(this)), m_sasInfo(new QLabel(this)),
      m_validate(new QCheckBox(tr("&Validate the new credential before saving it"), this)), m_validateNote(new QLabel(this)),
      m_banner(new MessageBanner(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"credentialsDialog"_s);
    setWindowTitle(tr("Update credentials — %1").arg(datastore.name));
    const StorageTypeSpec &type = matrix.type(datastore.type);
    auto *intro = new QLabel(m_connection ? tr("Replace the Databricks connection the studio keeps for <b>%1</b> (%2) in the system "
                                               "keychain; Azure Machine Learning keeps no credential for it. Without a token your own "
                                               "Microsoft Entra sign-in is used. The current connection stays in place if anything fails.")
                                                .arg(datastore.name.toHtmlEscaped(), type.label.toHtmlEscaped())
                                          : tr("Replace the credential of <b>%1</b> (%2). The current one stays in place if anything fails.")
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

    const bool canValidate = m_connection || (workspace && workspace->canValidateAccess(datastore.type));
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
    if (m_connection) {
        kindLabel->hide();
        m_kind->hide();
        m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Update connection"));
        loadConnection();
    }
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
    m_form->setFields(m_connection ? BrowseConnections::fields() : auth ? auth->fields : QList<FieldSpec>{});
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
    save->setEnabled(m_form->isComplete() && m_job.isNull() && !m_loading);
    save->setToolTip(m_form->isComplete() ? QString() : m_form->firstProblem());
}

void CredentialsDialog::loadConnection()
{
    if (!m_workspace || !m_connector)
        return;
    m_loading = true;
    m_progress->show();
    updateState();
    onFinished(m_connector->readConnection(m_workspace, m_datastore.name), this, [this](const Result<SecretMap> &read) {
        m_loading = false;
        m_progress->hide();
        if (!read)
            m_banner->showMessage(MessageBanner::Type::Error, tr("The current connection could not be read: %1").arg(read.error().toString()));
        else
            for (auto it = read.value().begin(); it != read.value().end(); ++it)
                m_form->setValue(it.key(), it.value());
        updateState();
    });
}

void CredentialsDialog::saveConnection()
{
    const SecretMap connection = BrowseConnections::fromForm(m_form->values(), m_form->secrets());
    m_banner->clear();
    m_progress->show();
    VoidJob *job = m_connector->replaceConnection(m_workspace, m_datastore.name, connection, !m_validate->isChecked());
    m_job = job;
    updateState();
    onFinished(job, this, [this](const VoidResult &result) {
        finished(result.error());
        if (!result)
            return;
        emit credentialsUpdated(m_datastore);
        accept();
    });
}

void CredentialsDialog::finished(const ApiError &error)
{
    m_job.clear();
    m_progress->hide();
    updateState();
    if (!error.isError()) {
        m_form->clearSecrets();
        return;
    }
    const bool cancelled = error.kind == ApiError::Kind::Cancelled;
    m_banner->showMessage(cancelled ? MessageBanner::Type::Information : MessageBanner::Type::Error,
                          cancelled ? (m_connection ? tr("Cancelled; the current connection is unchanged.")
                                                    : tr("Cancelled; the current credential is unchanged."))
                                    : (m_connection ? tr("The connection was not changed: %1") : tr("The credential was not changed: %1"))
                                          .arg(error.toString()));
}

void CredentialsDialog::save()
{
    if (!m_workspace || !m_job.isNull() || !m_form->isComplete() || m_loading)
        return;
    if (m_connection) {
        saveConnection();
        return;
    }
    CredentialUpdate update;
    update.name = m_datastore.name;
    update.auth = authKind();
    update.fields = m_form->values();
    update.secrets = m_form->secrets();
    update.skipValidation = !m_validate->isChecked();
    m_banner->clear();
    m_progress->show();
    DatastoreJob *job = m_workspace->updateCredentials(update);
    m_job = job;
    updateState();
    onFinished(job, this, [this](const Result<Datastore> &result) {
        finished(result ? ApiError() : result.error());
        if (!result)
            return;
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
