#include "ui/wizard/registerdatastorewizard.h"

#include <algorithm>

#include <QApplication>
#include <QDateTime>
#include <QTimer>

#include "services/core/sastoken.h"

#include <QAbstractButton>

#include "services/core/supportmatrix.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "ui/wizard/authpage.h"
#include "ui/wizard/connectionpage.h"
#include "ui/wizard/optionspage.h"
#include "ui/wizard/storagetypepage.h"
#include "ui/wizard/summarypage.h"

RegisterDatastoreWizard::RegisterDatastoreWizard(WorkspaceService *workspace, const SupportMatrix &matrix,
                                                 const QStringList &existingNames, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_matrix(matrix), m_existingNames(existingNames),
      m_typePage(new StorageTypePage(matrix, this)), m_connectionPage(new ConnectionPage(this)),
      m_authPage(new AuthPage(this)), m_optionsPage(new OptionsPage(this)), m_summaryPage(new SummaryPage(this))
{
    setObjectName(QStringLiteral("registerWizard"));
    setWindowTitle(tr("Register a datastore"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(TypePageId, m_typePage);
    setPage(ConnectionPageId, m_connectionPage);
    setPage(AuthPageId, m_authPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(SummaryPageId, m_summaryPage);
    setButtonText(QWizard::FinishButton, tr("&Register"));
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
        button(which)->setObjectName(QStringLiteral("wizardButton%1").arg(int(which)));
    resize(760, 600);
}

RegisterDatastoreWizard::~RegisterDatastoreWizard()
{
    // A line edit that loses focus while ~QWidget runs says editingFinished to a page that
    // reaches back here, when this object is no longer a RegisterDatastoreWizard (found by
    // the sanitizer suite). Letting go of the focus now delivers that while it still is.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
}

StorageType RegisterDatastoreWizard::storageType() const
{
    return m_typePage->selectedType();
}

RegistrationRequest RegisterDatastoreWizard::request() const
{
    RegistrationRequest r;
    r.datastore.name = m_connectionPage->datastoreName();
    r.datastore.type = storageType();
    r.datastore.auth = m_authPage->authKind();
    r.datastore.fields = m_connectionPage->fieldValues();
    const QMap<QString, QString> auth = m_authPage->fieldValues();
    for (auto it = auth.begin(); it != auth.end(); ++it)
        r.datastore.fields.insert(it.key(), it.value());
    r.secrets = m_authPage->secrets();
    r.options = m_optionsPage->options();
    r.datastore.description = m_description;
    r.datastore.tags = m_tags;
    return r;
}

void RegisterDatastoreWizard::prefill(const Datastore &ds, const SecretMap &secrets)
{
    const StorageTypeSpec &type = m_matrix.type(ds.type);
    m_typePage->selectType(ds.type);
    QMap<QString, QString> connection;
    SecretMap credential = secrets;
    for (auto it = ds.fields.begin(); it != ds.fields.end(); ++it) {
        const bool ofTheType = std::any_of(type.fields.begin(), type.fields.end(), [&it](const FieldSpec &f) { return f.id == it.key(); });
        (ofTheType ? connection : credential).insert(it.key(), it.value());
    }
    // A kind the type does not allow (an identity-based file for a type that needs a
    // credential here) is left for the user to choose.
    m_connectionPage->prefill(ds.name, connection, type.authSpec(ds.auth) ? std::optional<AuthKind>(ds.auth) : std::nullopt, credential);
    m_description = ds.description;
    m_tags = ds.tags;
    QTimer::singleShot(0, this, [this] {
        for (int guard = 0; guard < 4 && currentId() != SummaryPageId && currentPage() && currentPage()->isComplete(); ++guard)
            next();
    });
}

bool RegisterDatastoreWizard::keepsBrowseConnection(StorageType type) const
{
    return BrowseConnections::needsOne(type) && m_connector;
}

bool RegisterDatastoreWizard::canCheckAccess(StorageType type) const
{
    return keepsBrowseConnection(type) || (m_workspace && m_workspace->canValidateAccess(type));
}

SecretMap RegisterDatastoreWizard::browseConnection() const
{
    return keepsBrowseConnection(storageType()) ? m_connectionPage->browseConnection() : SecretMap{};
}

void RegisterDatastoreWizard::reject()
{
    // Cancel while registering stops the registration first; the page reports the outcome.
    if (m_summaryPage->isRunning()) {
        m_summaryPage->cancel();
        return;
    }
    QWizard::reject();
}

using namespace Qt::Literals::StringLiterals;

QStringList RegisterDatastoreWizard::registrationCautions() const
{
    const RegistrationRequest r = request();
    QStringList cautions;
    if (r.options.skipValidation)
        cautions << tr("Access is not checked: the registration does not prove that the credential works.");
    const QString sas = r.secrets.value(u"sas_token"_s);
    if (!sas.isEmpty()) {
        const SasTokenInfo info = SasTokenInfo::analyse(sas);
        if (info.expired(QDateTime::currentDateTimeUtc()))
            cautions << tr("The SAS token expired on %1: the service will refuse it until the credentials are updated.")
                            .arg(info.expiry.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
        const QString needed = r.datastore.type == StorageType::AzureFile ? u"file"_s : u"blob"_s;
        if (info.kind == SasTokenInfo::Kind::Account && !info.services.isEmpty() && !info.services.contains(needed))
            cautions << tr("The SAS token is for the %1 service only; this datastore needs the %2 service.")
                            .arg(info.services.join(u", "_s), needed);
    }
    return cautions;
}
