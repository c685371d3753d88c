#include "ui/wizard/summarypage.h"

#include "ui/tones.h"

#include <algorithm>

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

#include "services/core/supportmatrix.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/workspaceservice.h"
#include "ui/messagebanner.h"
#include "ui/wizard/optionspage.h"
#include "ui/wizard/registerdatastorewizard.h"

using namespace Qt::Literals::StringLiterals;

SummaryPage::SummaryPage(RegisterDatastoreWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_banner(new MessageBanner(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be registered, then press Register."));
    m_summary->setObjectName(u"summaryText"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progress->setObjectName(u"registerProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Registration in progress"));
    m_progress->hide();
    m_status->setObjectName(u"registerStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        m_wizard->optionsPage()->setValidate(false);
        start(true);
    });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const RegistrationRequest r = m_wizard->request();
    const SupportMatrix &m = m_wizard->matrix();
    const StorageTypeSpec &type = m.type(r.datastore.type);
    QString html = u"<table cellspacing='4'>"_s;
    const auto row = [&html](const QString &k, const QString &v) {
        html += u"<tr><td><b>"_s + k.toHtmlEscaped() + u"</b></td><td>"_s + v.toHtmlEscaped() + u"</td></tr>"_s;
    };
    row(tr("Name"), r.datastore.name);
    row(tr("Storage type"), type.label);
    row(tr("Authentication"), m.authKind(r.datastore.auth).label);
    for (const FieldSpec &f : type.allFields(r.datastore.auth)) {
        if (f.secret)
            row(f.label, r.secrets.contains(f.id) ? tr("(kept in the system keychain, not shown)") : tr("(not given)"));
        else if (r.datastore.fields.contains(f.id))
            row(f.label, r.datastore.fields.value(f.id));
        else if (!f.defaultValue.isEmpty())
            row(f.label, f.defaultValue);
    }
    if (m_wizard->keepsBrowseConnection(r.datastore.type)) {
        const SecretMap connection = m_wizard->browseConnection();
        for (const FieldSpec &f : BrowseConnections::fields()) {
            if (f.secret)
                row(f.label, connection.contains(f.id) ? tr("(kept in the system keychain, not shown)")
                                                       : tr("(not given: your Microsoft Entra sign-in is used)"));
            else
                row(f.label, connection.contains(f.id) ? connection.value(f.id) : tr("(not given)"));
        }
    }
    if (!r.datastore.description.isEmpty())
        row(tr("Description"), r.datastore.description);
    if (!r.datastore.tags.isEmpty()) {
        QStringList tags;
        for (auto it = r.datastore.tags.begin(); it != r.datastore.tags.end(); ++it)
            tags << it.key() + u'=' + it.value();
        row(tr("Tags"), tags.join(u", "_s));
    }
    QStringList options;
    options << (r.options.skipValidation ? tr("register without validating access") : tr("validate access first"));
    if (r.options.createIfNotExists)
        options << tr("create the storage if missing");
    if (r.options.overwrite)
        options << tr("overwrite the existing datastore");
    if (r.options.setDefault)
        options << tr("make it the default");
    row(tr("Options"), options.join(u"; "_s));
    html += u"</table>"_s;
    if (!type.note.isEmpty())
        html += u"<p><i>"_s + tr("Note: %1").arg(type.note).toHtmlEscaped() + u"</i></p>"_s;
    for (const QString &caution : m_wizard->registrationCautions())
        html += u"<p>"_s + Tones::html(Tones::Tone::Warning, palette(), u"\u26a0 "_s + caution) + u"</p>"_s;
    m_summary->setText(html);
    m_banner->clear();
    m_status->clear();
    m_done = false;
}

void SummaryPage::cleanupPage()
{
    m_banner->clear();
}

bool SummaryPage::isComplete() const
{
    return !isRunning();
}

bool SummaryPage::validatePage()
{
    if (m_done)
        return true;
    if (!isRunning())
        start(m_wizard->request().options.skipValidation);
    return false; // the wizard closes when the registration has succeeded
}

void SummaryPage::start(bool skipValidation)
{
    WorkspaceService *ws = m_wizard->workspace();
    if (!ws || isRunning())
        return;
    RegistrationRequest r = m_wizard->request();
    r.options.skipValidation = skipValidation;
    m_banner->clear();
    m_status->setText(skipValidation ? tr("Registering '%1'…").arg(r.datastore.name)
                                     : tr("Checking access and registering '%1'…").arg(r.datastore.name));
    setRunning(true);
    // A DBFS datastore's connection is checked and kept by the studio, beside the record.
    m_job = m_wizard->keepsBrowseConnection(r.datastore.type)
        ? m_wizard->connector()->registerWithConnection(ws, r, m_wizard->browseConnection())
        : ws->registerDatastore(r);
    onFinished(m_job.data(), this, [this, validated = !skipValidation](const Result<Datastore> &result) {
        finished(result, validated);
    });
}

void SummaryPage::cancel()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling…"));
    m_job->cancel();
}

void SummaryPage::finished(const Result<Datastore> &result, bool validated)
{
    m_job.clear();
    setRunning(false);
    if (result) {
        m_done = true;
        m_wizard->setRegistered(result.value(), validated);
        m_status->setText(tr("Registered '%1'.").arg(result.value().name));
        QTimer::singleShot(0, m_wizard, &QWizard::accept);
        return;
    }
    const ApiError &e = result.error();
    m_status->clear();
    // What the connection lacks to be checked (no Databricks URL, say): go back, or go on unchecked.
    const auto browseFields = BrowseConnections::fields();
    if (validated && e.kind == ApiError::Kind::InvalidInput
        && std::any_of(browseFields.begin(), browseFields.end(), [&e](const FieldSpec &f) { return f.id == e.field; })) {
        m_banner->showMessage(MessageBanner::Type::Error, e.toString(), tr("Register &without validation"));
        return;
    }
    switch (e.kind) {
    case ApiError::Kind::Cancelled:
        m_banner->showMessage(MessageBanner::Type::Information, tr("Registration cancelled; nothing was registered."));
        return;
    case ApiError::Kind::Secret:
        m_banner->showMessage(MessageBanner::Type::Error, e.toString());
        return;
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Refused:
        m_banner->showMessage(MessageBanner::Type::Error, tr("%1 Go Back to change it.")
                                                              .arg(e.toString().trimmed().endsWith(u'.') ? e.toString().trimmed()
                                                                                                       : e.toString().trimmed() + u'.'));
        return;
    default:
        break;
    }
    if (validated) {
        // Named as the type names it: a share is not a container.
        const StorageType t = m_wizard->request().datastore.type;
        const QString where = t == StorageType::AzureFile          ? tr("the account, the file share")
            : t == StorageType::AzureDataLakeGen2                   ? tr("the account, the filesystem")
            : t == StorageType::AzureBlob                           ? tr("the account, the container")
            : t == StorageType::AzureDataLakeGen1                   ? tr("the store")
            : t == StorageType::Dbfs                                ? tr("the Databricks workspace URL")
                                                                    : tr("the server, the database");
        QString cause = e.toString().trimmed();
        if (!cause.endsWith(u'.'))
            cause += u'.';
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("The access check failed: %1 Check %2 and the credential "
                                 "(and that the storage firewall admits this computer), or register without validation "
                                 "and fix it later.").arg(cause, where),
                              tr("Register &without validation"));
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error, e.toString());
}

void SummaryPage::setRunning(bool running)
{
    m_progress->setVisible(running);
    emit completeChanged(); // QWizard re-evaluates its buttons here, so Back comes after
    m_wizard->button(QWizard::BackButton)->setEnabled(!running);
}
